# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 61: twelve informal licences, and the line between a wish and a condition. Individuals, hobbyists,
students and small labs rarely write a licence as a lawyer would; on the Hub their terms are a chatty "License" paragraph
at the end of a model card, a licence full of emoji and jokes, a post the length of a tweet, a FAQ in the first person,
a "TL;DR" above a longer text, a PhD student's note, a pinned list of rules from a Discord server, a "pls credit me" note
under a merge. Such authors put a real limit and a mere wish side by side in the same voice ("I'd prefer you link back
... I kindly ask, but that part's not required" next to "you can't upload a fine-tune ... unless its name starts with
..."): some conditions are binding although written casually ("just don't sell it. you can't use this to make money",
"no finetunes, merges or quants though, you're not allowed to modify the weights", "If you do, you don't have a licence
from me"), others are wishes the text itself says are not conditions ("it's a wish, not a condition", "no obligation,
but a ⭐ ... would be really nice"). Eight take something away, each expecting a different blocking type of the README's
clause-type table: non-commercial, output-training-ban, no-modification, use-restrictions, user-threshold,
research-only, no-redistribution and naming-branding. Four are open controls, each a near miss of one of the restricted
texts in the same voice and layout (the model card's paragraph, the FAQ, the Discord rules and the "pls credit me"
note): the limit removed, or turned into a wish the text says is not a condition, or only a harmless duty (the terms
kept with copies, a link back) left. Each expectation is decided from the README's definitions (the verdict table:
`non-commercial` "commercial use is not allowed", `research-only` "only research, evaluation or other non-production use
... (beats non-commercial, which beats restricted)", `restricted` "commercial use is allowed, but at least one clause
below blocks open source", `open-non-osi` "open terms with no blocking clause, but not OSI-approved"; the clause-type
table; "a request, not a condition" adds no term and a wish ("We hope you will not ...") binds nothing) and the
frameworks' rules (OSAID's freedoms to use the system for any purpose without having to ask for permission, to study
how it works, to modify it for any purpose and to share it with or without modifications, for any purpose; the Open
Source Definition's free redistribution (1), derived works (3), integrity of the author's source code, which allows a
derived work to be asked to carry a different name, not the original's (4), no discrimination against persons or
groups (5) or fields of endeavour (6); the G7 labels, Weights Available being the label for "commercial, geographical,
or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause, Recital 102 keeping it for a licence
that asks only for credit and comparable distribution terms), never from what opengauge reads. Every name, handle,
product, address, URL and figure is invented (the domains end in `.example`; the Hub's YAML keys, transformers' class
names and the platforms a hobbyist names, YouTube, Civitai, Google Drive, Discord, are real). None of the texts is a
catalog licence, so an open one is `open-non-osi`.

- "readme licence section: feel free, just don't sell it": a hobbyist's model card for Mulberrow-3B (YAML front matter
  with `license: other`, a chatty intro about training on a gaming PC, a transformers quick-start, a joke about
  inventing cheeses) whose "## License" paragraph lets anyone "use it, poke around in the weights, fine-tune it, merge
  it, share it with your friends, post your versions on the hub", then "just don't sell it. you can't use this to make
  money: no paid apps, no selling what it writes, no using it for your job or your company's stuff. not for anything
  commercial, sorry! 🙏", with an offer to "talk" about commercial use by e-mail (non-commercial, non-commercial: the
  README's "you may not use it to make money"; written lightly, but "can't" and "not for anything commercial" refuse,
  and nothing in the paragraph calls them a wish; OSAID's use "for any purpose", the Open Source Definition's (6);
  nothing confines use to research, so not research-only; an offer to negotiate a commercial licence is asking
  permission, which keeps the refusal).
- "emoji licence: potato jokes and one real rule against distillation": the "Potato Licence" of Spudlet-1.3B, a list of
  ✅ and ❌ lines between jokes ("lawyers cost money and potatoes don't have money", "in your evil volcano lair 🌋", "if
  it breaks you get to keep both halves"): use "commercial use is fine, no need to ask", study, change (fine-tune,
  merge, quantize), share "for free or for money. just include this file", and "❌ **no training other models with
  it**: you can't use Spudlet, or anything Spudlet generates, to train, distill or improve any other model that isn't a
  Spudlet fine-tune. no synthetic datasets made from Spudlet outputs for your own model either. (this one is NOT a joke
  🙃 it's an actual rule.)", beside "⭐ a star on the repo: no obligation" (restricted, output-training-ban: the
  README's "the model or its outputs may not train or improve other models"; the text says the rule is meant, unlike
  the jokes and the star; OSAID's use and modification for any purpose, the Open Source Definition's (6); commercial
  use allowed, so not non-commercial).
- "tweet: use it and share the files as they are, no finetunes or merges": a post of under 280 characters by
  @odile_trains announcing Pibbleweft-3B, with its link, "license tl;dr: use it for anything, commercial too, and
  share the files as they are. no finetunes, merges or quants though, you're not allowed to modify the weights. © 2026
  @odile_trains" and the post's reply, repost and like counts (restricted, no-modification: the README's "you may not
  modify it or make derivatives"; "not allowed" is a prohibition, not a wish, however short the text; OSAID's freedom to
  modify, the Open Source Definition's derived works (3); it bans changes outright, not only changes passed off as the
  original, so not the unchanged-original of the Open Source Definition's (4); use and sharing are free, commercial use
  included).
- "first-person faq: no ads, no marketing, no political campaigns": the licence of Whinnock-TTS 0.4 as a FAQ that says
  it "*is* the licence", written by its maker Jonah: yes to commercial use "and you don't have to ask", to looking
  inside, to fine-tuning and changing it, to sharing "for free or for money. Just include this FAQ with the files"; and
  "**Can I use it for ads?** No. That's the one thing I don't allow. You can't use Whinnock-TTS, or a model you made
  from it, for advertising, marketing or political campaigns: no ad reads, no promo voiceovers, no robocalls, no
  campaign videos. If you do, you don't have a licence from me." (restricted, use-restrictions: the README's "purposes
  or fields you may not use the model for"; the answer no to a permission question refuses, and the licence is
  withdrawn for those fields; OSAID's use "for any purpose", the Open Source Definition's no discrimination against
  fields of endeavour (6); the G7 labels' "usecase restrictions"; advertising is not unlawful, so the ban does not
  merely restate the law).
- "tl;dr over a longer text: my written ok past 10k users": Thimbleberry-7B's licence with a bold "TL;DR:" ("use it
  for whatever you want (yes, commercially), change it, share it. If your app has more than 10k users, ping me first.
  The longer version below is the one that counts"), then "The longer version", numbered: 1 grants use, copying,
  study, modification, fine-tuning, merging and redistribution "for any purpose, including commercial purposes, for
  free", 2 keeps the licence with copies, and 3, "Big deployments", "If a product or service that uses Thimbleberry-7B,
  or a model made from it, has more than 10,000 monthly active users, you need my written OK before you go past that
  number. ... I'll probably say yes (maybe for a fee, maybe not), but it's my call." (restricted, user-threshold: the
  README's "above a number of users you lose the rights or need another license"; the TL;DR's casual "ping me first"
  is made a permission the author may refuse by the text that counts; OSAID's use "without having to ask for
  permission", the Open Source Definition's (5); below the number commercial use is free, so not non-commercial).
- "phd student's note: research only, unpaid company tools included": a note from Ines Vaszary, a third-year PhD
  student at the University of Eastmoor, on Marrowfen-ST, the embedding model of her thesis' chapter 4: what you can
  do (run it, look at the weights and training code, fine-tune or change it, share it and modified versions "with other
  researchers, as long as this note goes with it"), then "The catch: all of the above is for research only. ... Using
  Marrowfen-ST (or anything you made from it) for anything that isn't research isn't covered by these terms: no
  products, no production systems, no internal tools at a company, even if nobody pays for them.", and a citation
  asked for as "just a request", with the BibTeX (research-only, research-only: the README's "only research,
  evaluation or other non-production use", which beats non-commercial: even unpaid use outside research is refused;
  OSAID's use "for any purpose", the Open Source Definition's (6); the citation, said to be a request, is no term).
- "discord rules list: no reuploads anywhere": a message pinned by the developer mossgrove in a Discord server,
  "📜 RULES FOR USING PIXELGANDER-XL", said to be "the terms for the model" (the server's own rules being elsewhere):
  **1.** use "for whatever you want. personal, commercial, client work, prints, merch", **2.** look inside it,
  finetune it, merge it and train LoRAs on it "for your own stuff", **3.** "**NO REUPLOADS.** you can't reupload or
  mirror pixelgander-xl, or any merge or finetune that has it inside, anywhere. not on the hub, not on civitai, not on
  torrents, not in a zip on your google drive. send people to the official page instead", **4.** the images are yours,
  **5.** "no obligation, but a ⭐ ... would be really nice", and "breaking rule 3 = you lose the right to use the model"
  (restricted, no-redistribution: the README's "you may not pass the model on"; OSAID's freedom to share "with or
  without modifications", the Open Source Definition's free redistribution (1) and derived works (3); use, commercial
  included, and modification stay free, so neither non-commercial nor no-modification).
- "pls credit me note: derivatives named Mothlamp- and a powered-by line": the note under Mothlamp-7B-slerp, a merge of
  the author's own fine-tunes, "pls credit me!! 🙏 this took ages", and "terms (short version, but this is the whole
  thing)": use for anything, commercial included, "no need to ask"; look inside, fine-tune, merge, quant, re-upload
  "free or paid"; "I'd prefer you link back to this page in your model card. I kindly ask, but that part's not
  required"; "what IS required: you can't upload a fine-tune, merge or quant made from Mothlamp unless its name starts
  with "Mothlamp-", and if an app or site runs on it, its homepage has to say "Powered by Mothlamp 🕯️". no exceptions
  on this one"; keep the note with copies (restricted, naming-branding: the README's "derived models or products must
  carry the licensor's name or a "Built with" badge"; the Open Source Definition (4) lets a licence ask derived works
  to carry a different name, not the original's, and a homepage is a place outside the work, not the work's own
  screens; Recital 102's credit is not the licensor's name in every derivative's; the wish beside it is no term).
- "readme licence section: sell it if you like, resale only a wish" (control of the first): the same model card for
  Brambleworth-3B, the same intro, quick-start and cheese joke; its "## License" paragraph lets anyone "use it, poke
  around in the weights, fine-tune it, merge it, share it with your friends, post your versions on the hub, use it at
  work, build paid apps on it, sell what it writes, whatever you like! commercial use is totally fine. I'd love it if
  nobody just reuploaded it with a price tag on it, but honestly that's up to you, it's a wish, not a condition. if you
  share it or a version of it, keep this section with it so people know the deal." (open-non-osi: every freedom, study
  as poking around in the weights; the wish about resale is said by the text itself not to be a condition, a request
  that adds no term; the section kept with copies is the attribution the Open Source Definition (4) and Recital 102
  allow).
- "first-person faq: ads only a wish, not a condition" (control of the fourth): the same FAQ for Curlewick-TTS 0.4,
  written by Maren; the ads question is answered "Technically, yes. I'd love it if you didn't use it for ads (I really
  don't want to hear my model reading car insurance jingles), but that's up to you. It's a wish, not a condition: your
  licence doesn't depend on it." (open-non-osi: every freedom granted by yes answers; the wish binds nothing, and the
  text says the licence does not depend on it; keeping the FAQ with copies is attribution).
- "discord rules list: reuploads fine with a link back" (control of the seventh): the same pinned rules for
  Pixelheron-XL by reedwhistle; rule 2 drops "for your own stuff", rule 3 reads "**REUPLOADS ARE FINE.** you can
  reupload or mirror pixelheron-xl, and any merge or finetune that has it inside, anywhere: the hub, civitai, torrents,
  a zip on your google drive. just put a link to the official page in the description", the star stays "no
  obligation", and the list ends "that's it, have fun 🎨" (open-non-osi: every freedom; a link to the source in the
  description of a copy is credit, the attribution the Open Source Definition (4) and Recital 102 allow; no rule
  withdraws anything).
- "pls credit me note: name derivatives as you like" (control of the eighth): the same note under Candlewick-7B-slerp,
  the same "pls credit me!! 🙏" and the same "I'd prefer you link back ... I kindly ask, but that part's not required";
  the naming line reads "name your fine-tunes, merges and quants whatever you like, they don't need "Candlewick" in
  the name, and your app or site doesn't have to mention me anywhere", and "the one actual rule: keep this note with
  any copy" (open-non-osi: every freedom; the link back is a request the text says is not required, and the note kept
  with copies is attribution).

Written blind, before any rule changed. First run (on commit 4eb0cb7): 8 of 12 right. Right: the model card's
"## License" paragraph (non-commercial, non-commercial from line 28, the quote beginning at the paragraph's grant); the
Potato Licence (restricted, output-training-ban from the ❌ line, line 12; the jokes and the star gave nothing); the
tweet (restricted, no-modification from line 5); the TL;DR over the longer text (restricted, user-threshold twice, from
the TL;DR's "If your app has more than 10k users, ping me first." (line 3) and from item 3 (line 16)); the PhD
student's note (research-only, research-only from "The catch: all of the above is for research only." (line 10), the
freedoms read from the heading "What you can do"; the citation request gave nothing); the Discord rules (restricted,
no-redistribution from rule 3, line 8; the star gave nothing; share read as not stated); the "pls credit me" note
(restricted, naming-branding from the "what IS required" line, line 10; the "I kindly ask" line gave nothing; share read
as not stated, the note kept with copies gave no attribution clause); and the model card's control (open-non-osi, all
four freedoms from line 28 and no clause: "it's a wish, not a condition" was not flagged).

No text read more open than expected, and no control read blocked. Four texts read `unknown` instead:
- "first-person faq: no ads, no marketing, no political campaigns" (expected restricted, use-restrictions): `unknown`,
  "the text states terms opengauge cannot classify (line 17: "Can I use it for ads?" and 2 more)"; unclassified: the
  question (line 17), "No. That's the one thing I don't allow." (lines 17 to 18) and "If you do, you don't have a
  licence from me." (line 18); the only clause is attribution (not blocking) from "Do I have to credit you?" (line 20);
  all four freedoms granted, read from the questions on lines 5, 11 and 14. The answer no, with the fields in the
  sentence after it ("You can't use Whinnock-TTS ... for advertising, marketing or political campaigns"), was not read
  as a use restriction.
- "first-person faq: ads only a wish, not a condition" (expected open-non-osi): `unknown`, unclassified "I'd love it
  if you didn't use it for ads (I really don't want to hear my model reading car insurance jingles), but that's up to
  you." (line 18), although the next sentence says "It's a wish, not a condition: your licence doesn't depend on it.";
  attribution from line 20, all four freedoms granted.
- "discord rules list: reuploads fine with a link back" (expected open-non-osi): `unknown`, "the text grants the
  freedom to use, study, modify but says nothing of share, and does not say the rest is reserved"; no clause, share not
  stated: rule 3's "**REUPLOADS ARE FINE.** you can reupload or mirror pixelheron-xl, and any merge or finetune that
  has it inside, anywhere" was not read as the freedom to share (use, study and modify read from rule 2, line 7).
- "pls credit me note: name derivatives as you like" (expected open-non-osi): `unknown`, the same summary (use, study,
  modify granted, share not stated); no clause: "re-upload it or your versions, free or paid" (line 8) was not read as
  the freedom to share.

What changed (session of 2026-12-07), each for its general cause, with paraphrases and near misses in
`tests/licenses/test_round61_rules.py`: a use refused by what it is for ("You can't use X, or a model you made from
it, for advertising, marketing or political campaigns") is a use restriction, as "to <verb>" and "for ... purposes"
already were, and the rules no longer set the word advertising aside wherever it stands (only the BSD clause on the
authors' names in advertising); a single author's wish ("I'd love it if ..., but that's up to you") binds nothing, as
a licensor's wish already did; re-uploading, uploading, mirroring and re-hosting are the freedom to share, and "you're
free to" grants as "you are free to" does. 12 of 12 now; corpus 64 of 64, ScanCode DB 0 of 2,086 moved.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "readme licence section: feel free, just don't sell it": (
        "---\n"
        "license: other\n"
        "license_name: mulberrow-licence\n"
        "language:\n"
        "- en\n"
        "tags:\n"
        "- text-generation\n"
        "- cooking\n"
        "---\n"
        "\n"
        "# Mulberrow-3B 🍇\n"
        "\n"
        "hey! this is a little 3B chat model I trained on my own gaming PC over like three weeks (my electricity bill hates me). it's a fine-tune on a dataset of cooking questions and answers I wrote and scraped from my own blog, so it's pretty good at recipes and terrible at maths.\n"
        "\n"
        "## how to use\n"
        "\n"
        "```python\n"
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
        "\n"
        'tok = AutoTokenizer.from_pretrained("sambakes/Mulberrow-3B")\n'
        'model = AutoModelForCausalLM.from_pretrained("sambakes/Mulberrow-3B")\n'
        "```\n"
        "\n"
        "it likes a temperature around 0.7. anything higher and it starts inventing cheeses 🧀\n"
        "\n"
        "## License\n"
        "\n"
        "feel free to use it, poke around in the weights, fine-tune it, merge it, share it with your friends, post your versions on the hub, whatever you like! just don't sell it. you can't use this to make money: no paid apps, no selling what it writes, no using it for your job or your company's stuff. not for anything commercial, sorry! 🙏 if you share it or a version of it, keep this section with it so people know the deal. if you want to use it commercially, message me (sam@mulberrow.example) and we can talk.\n"
        "\n"
        "## thanks\n"
        "\n"
        "shoutout to the folks in the local-llm discord for answering all my dumb questions ❤️\n",
        "non-commercial",
        "non-commercial",
    ),
    "emoji licence: potato jokes and one real rule against distillation": (
        "# 🥔 SPUDLET-1.3B LICENSE 🥔\n"
        "### (aka the Potato Licence, v1.0)\n"
        "\n"
        "hi!! it's me, the potato. this is the licence. it's short because lawyers cost money and potatoes don't have money 🥔💸❌\n"
        "\n"
        "Copyright (c) 2026 Tamsin Okereke-Voss (@spudlet_dev)\n"
        "\n"
        "✅ **use it**: at home, at work, in your startup, in your evil volcano lair 🌋. commercial use is fine, no need to ask 💰\n"
        "✅ **study it**: open it up, look at the weights, write a paper about how weird it is 🔬\n"
        "✅ **change it**: fine-tune it, merge it, quantize it, teach it to speak only in potato puns 🍟\n"
        "✅ **share it**: upload it, mirror it, share your fine-tunes, for free or for money. just include this file 📄\n"
        "❌ **no training other models with it**: you can't use Spudlet, or anything Spudlet generates, to train, distill or improve any other model that isn't a Spudlet fine-tune. no synthetic datasets made from Spudlet outputs for your own model either. (this one is NOT a joke 🙃 it's an actual rule.)\n"
        "⭐ **a star on the repo**: no obligation, but it would make this potato very happy\n"
        "\n"
        "🤷 no warranty. it's a potato. if it breaks you get to keep both halves 🥔\n",
        "restricted",
        "output-training-ban",
    ),
    "tweet: use it and share the files as they are, no finetunes or merges": (
        "Odile Marchetti-Park 🧶 @odile_trains · Mar 14\n"
        "\n"
        "finally!! Pibbleweft-3B is up → https://hf.example/odile-trains/pibbleweft-3b 🎉\n"
        "\n"
        "license tl;dr: use it for anything, commercial too, and share the files as they are. no finetunes, merges or quants though, you're not allowed to modify the weights. © 2026 @odile_trains\n"
        "\n"
        "💬 12   🔁 48   ❤️ 301\n",
        "restricted",
        "no-modification",
    ),
    "first-person faq: no ads, no marketing, no political campaigns": (
        "# Whinnock-TTS 0.4: licence FAQ\n"
        "\n"
        "I'm Jonah, I made Whinnock-TTS in my spare time. Instead of a wall of legalese, here's the licence as a FAQ. This FAQ *is* the licence.\n"
        "\n"
        "**Can I use it commercially?**\n"
        "Yes. Use it in your product, your game, your YouTube channel, your client work. I don't charge anything and you don't have to ask.\n"
        "\n"
        "**Can I look inside it / take it apart?**\n"
        "Yes, the weights and the training config are all in this repo. Study away.\n"
        "\n"
        "**Can I fine-tune it on my own voice data, or change it in other ways?**\n"
        "Yes, change it however you want.\n"
        "\n"
        "**Can I share it, or share my fine-tunes?**\n"
        "Yes, for free or for money. Just include this FAQ with the files.\n"
        "\n"
        "**Can I use it for ads?**\n"
        "No. That's the one thing I don't allow. You can't use Whinnock-TTS, or a model you made from it, for advertising, marketing or political campaigns: no ad reads, no promo voiceovers, no robocalls, no campaign videos. If you do, you don't have a licence from me.\n"
        "\n"
        "**Do I have to credit you?**\n"
        "Keeping this FAQ with copies is enough. A shout-out is nice but optional.\n"
        "\n"
        "**Is there a warranty?**\n"
        "Nope. It's a hobby project; it comes as is and I'm not liable for what you do with it.\n"
        "\n"
        "Jonah (jonah@whinnock-tts.example)\n",
        "restricted",
        "use-restrictions",
    ),
    "tl;dr over a longer text: my written ok past 10k users": (
        "# Thimbleberry-7B licence\n"
        "\n"
        "**TL;DR:** use it for whatever you want (yes, commercially), change it, share it. If your app has more than 10k users, ping me first. The longer version below is the one that counts, the TL;DR is just so you don't have to read it 😉\n"
        "\n"
        "---\n"
        "\n"
        "## The longer version\n"
        "\n"
        "Thimbleberry-7B Licence, v1\n"
        "Copyright (c) 2026 Dara Quillon\n"
        "\n"
        "1. You can use, copy, study, modify, fine-tune, merge and redistribute Thimbleberry-7B and anything you make from it, for any purpose, including commercial purposes, for free.\n"
        "\n"
        "2. If you redistribute Thimbleberry-7B or something made from it, include this licence.\n"
        "\n"
        "3. Big deployments. If a product or service that uses Thimbleberry-7B, or a model made from it, has more than 10,000 monthly active users, you need my written OK before you go past that number. Email me at dara@thimbleberry.example. I'll probably say yes (maybe for a fee, maybe not), but it's my call.\n"
        "\n"
        "4. There's no warranty. I'm one person with two GPUs, and I'm not liable for anything that happens because you used it.\n",
        "restricted",
        "user-threshold",
    ),
    "phd student's note: research only, unpaid company tools included": (
        "A note about Marrowfen-ST (please read before using it)\n"
        "\n"
        "Hi! I'm Ines Vaszary, a third-year PhD student in the Computational Linguistics group at the University of Eastmoor. Marrowfen-ST is the sentence-embedding model from chapter 4 of my thesis. I'm releasing it because I think other people in the field might find it useful, but my funding agreement means I have to be careful about how it's used, so here are the terms (my supervisor asked me to write them down properly, sorry if it's a bit formal in places 😅).\n"
        "\n"
        "What you can do:\n"
        "- download it, run it, and look at the weights and the training code\n"
        "- fine-tune it or change it however you like\n"
        "- share it, and your modified versions, with other researchers, as long as this note goes with it\n"
        "\n"
        "The catch: all of the above is for research only. That means academic papers, benchmarks, theses, coursework and other non-commercial research. Using Marrowfen-ST (or anything you made from it) for anything that isn't research isn't covered by these terms: no products, no production systems, no internal tools at a company, even if nobody pays for them.\n"
        "\n"
        "If you publish something that uses it, I'd be really grateful if you cited the thesis chapter (BibTeX below), and I'd love to hear about it, but that part is just a request.\n"
        "\n"
        "Ines (ines.vaszary@eastmoor.example)\n"
        "\n"
        "@phdthesis{vaszary2026marrowfen,\n"
        "  title  = {Learning Sentence Representations from Low-Resource Parallel Data},\n"
        "  author = {Vaszary, Ines},\n"
        "  school = {University of Eastmoor},\n"
        "  year   = {2026}\n"
        "}\n",
        "research-only",
        "research-only",
    ),
    "discord rules list: no reuploads anywhere": (
        "📌 pinned by mossgrove\n"
        "\n"
        "**📜 RULES FOR USING PIXELGANDER-XL (read before you download pls)**\n"
        "these are the terms for the model. server rules are in #server-rules, these are just for pixelgander.\n"
        "\n"
        "**1.** use it for whatever you want. personal, commercial, client work, prints, merch, all good 💸\n"
        "**2.** you can look inside it, finetune it, merge it and train loras on it, for your own stuff\n"
        "**3.** **NO REUPLOADS.** you can't reupload or mirror pixelgander-xl, or any merge or finetune that has it inside, anywhere. not on the hub, not on civitai, not on torrents, not in a zip on your google drive. send people to the official page instead: https://pixelgander.example/download\n"
        "**4.** the images you make are yours, post them wherever\n"
        "**5.** no obligation, but a ⭐ on the page or posting your best stuff in #gallery would be really nice\n"
        "\n"
        "breaking rule 3 = you lose the right to use the model. sorry, been burned before 😔\n"
        "mossgrove (dev)\n",
        "restricted",
        "no-redistribution",
    ),
    "pls credit me note: derivatives named Mothlamp- and a powered-by line": (
        "Mothlamp-7B-slerp\n"
        "a merge of two of my own fine-tunes (Mothlamp-7B-roleplay + Mothlamp-7B-instruct), slerp, t=0.45\n"
        "\n"
        "pls credit me!! 🙏 this took ages\n"
        "\n"
        "terms (short version, but this is the whole thing):\n"
        "- you can use it for anything, commercial stuff included, no need to ask\n"
        "- you can look inside it, fine-tune it, merge it, quant it, and re-upload it or your versions, free or paid\n"
        "- I'd prefer you link back to this page in your model card. I kindly ask, but that part's not required\n"
        '- what IS required: you can\'t upload a fine-tune, merge or quant made from Mothlamp unless its name starts with "Mothlamp-", and if an app or site runs on it, its homepage has to say "Powered by Mothlamp 🕯️". no exceptions on this one\n'
        "- keep this note with any copy\n"
        "\n"
        "no warranty, it's a merge, it might say weird stuff\n"
        "quietmoth\n",
        "restricted",
        "naming-branding",
    ),
    "readme licence section: sell it if you like, resale only a wish": (
        "---\n"
        "license: other\n"
        "license_name: brambleworth-licence\n"
        "language:\n"
        "- en\n"
        "tags:\n"
        "- text-generation\n"
        "- cooking\n"
        "---\n"
        "\n"
        "# Brambleworth-3B 🫐\n"
        "\n"
        "hey! this is a little 3B chat model I trained on my own gaming PC over like three weeks (my electricity bill hates me). it's a fine-tune on a dataset of cooking questions and answers I wrote and scraped from my own blog, so it's pretty good at recipes and terrible at maths.\n"
        "\n"
        "## how to use\n"
        "\n"
        "```python\n"
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
        "\n"
        'tok = AutoTokenizer.from_pretrained("pipcooks/Brambleworth-3B")\n'
        'model = AutoModelForCausalLM.from_pretrained("pipcooks/Brambleworth-3B")\n'
        "```\n"
        "\n"
        "it likes a temperature around 0.7. anything higher and it starts inventing cheeses 🧀\n"
        "\n"
        "## License\n"
        "\n"
        "feel free to use it, poke around in the weights, fine-tune it, merge it, share it with your friends, post your versions on the hub, use it at work, build paid apps on it, sell what it writes, whatever you like! commercial use is totally fine. I'd love it if nobody just reuploaded it with a price tag on it, but honestly that's up to you, it's a wish, not a condition. if you share it or a version of it, keep this section with it so people know the deal. questions? message me (pip@brambleworth.example).\n"
        "\n"
        "## thanks\n"
        "\n"
        "shoutout to the folks in the local-llm discord for answering all my dumb questions ❤️\n",
        "open-non-osi",
        None,
    ),
    "first-person faq: ads only a wish, not a condition": (
        "# Curlewick-TTS 0.4: licence FAQ\n"
        "\n"
        "I'm Maren, I made Curlewick-TTS in my spare time. Instead of a wall of legalese, here's the licence as a FAQ. This FAQ *is* the licence.\n"
        "\n"
        "**Can I use it commercially?**\n"
        "Yes. Use it in your product, your game, your YouTube channel, your client work. I don't charge anything and you don't have to ask.\n"
        "\n"
        "**Can I look inside it / take it apart?**\n"
        "Yes, the weights and the training config are all in this repo. Study away.\n"
        "\n"
        "**Can I fine-tune it on my own voice data, or change it in other ways?**\n"
        "Yes, change it however you want.\n"
        "\n"
        "**Can I share it, or share my fine-tunes?**\n"
        "Yes, for free or for money. Just include this FAQ with the files.\n"
        "\n"
        "**Can I use it for ads?**\n"
        "Technically, yes. I'd love it if you didn't use it for ads (I really don't want to hear my model reading car insurance jingles), but that's up to you. It's a wish, not a condition: your licence doesn't depend on it.\n"
        "\n"
        "**Do I have to credit you?**\n"
        "Keeping this FAQ with copies is enough. A shout-out is nice but optional.\n"
        "\n"
        "**Is there a warranty?**\n"
        "Nope. It's a hobby project; it comes as is and I'm not liable for what you do with it.\n"
        "\n"
        "Maren (maren@curlewick-tts.example)\n",
        "open-non-osi",
        None,
    ),
    "discord rules list: reuploads fine with a link back": (
        "📌 pinned by reedwhistle\n"
        "\n"
        "**📜 RULES FOR USING PIXELHERON-XL (read before you download pls)**\n"
        "these are the terms for the model. server rules are in #server-rules, these are just for pixelheron.\n"
        "\n"
        "**1.** use it for whatever you want. personal, commercial, client work, prints, merch, all good 💸\n"
        "**2.** you can look inside it, finetune it, merge it and train loras on it\n"
        "**3.** **REUPLOADS ARE FINE.** you can reupload or mirror pixelheron-xl, and any merge or finetune that has it inside, anywhere: the hub, civitai, torrents, a zip on your google drive. just put a link to the official page in the description: https://pixelheron.example/download\n"
        "**4.** the images you make are yours, post them wherever\n"
        "**5.** no obligation, but a ⭐ on the page or posting your best stuff in #gallery would be really nice\n"
        "\n"
        "that's it, have fun 🎨\n"
        "reedwhistle (dev)\n",
        "open-non-osi",
        None,
    ),
    "pls credit me note: name derivatives as you like": (
        "Candlewick-7B-slerp\n"
        "a merge of two of my own fine-tunes (Candlewick-7B-roleplay + Candlewick-7B-instruct), slerp, t=0.45\n"
        "\n"
        "pls credit me!! 🙏 this took ages\n"
        "\n"
        "terms (short version, but this is the whole thing):\n"
        "- you can use it for anything, commercial stuff included, no need to ask\n"
        "- you can look inside it, fine-tune it, merge it, quant it, and re-upload it or your versions, free or paid\n"
        "- I'd prefer you link back to this page in your model card. I kindly ask, but that part's not required\n"
        "- name your fine-tunes, merges and quants whatever you like, they don't need \"Candlewick\" in the name, and your app or site doesn't have to mention me anywhere\n"
        "- the one actual rule: keep this note with any copy\n"
        "\n"
        "no warranty, it's a merge, it might say weird stuff\n"
        "waxwing\n",
        "open-non-osi",
        None,
    ),
}
