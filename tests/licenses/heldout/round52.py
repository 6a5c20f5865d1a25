# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 52 (issue 14): twelve model licences whose limit takes a shape rounds 40 to 51 used little, eight
that take something away (each expecting a different clause type, most of them types rounds 40 to 51 asked for once
to three times: personal-use-only, no-source-access, revenue-threshold, research-only, ethical-conditions,
geographic-restriction, naming-branding, and use-restrictions in an attribution licence) and four open controls, each
a near miss of one of the restricted texts (the same device, turned so that it takes nothing away). Each expectation
is decided from the README's definitions (verdicts and clause types) and the frameworks' rules (OSAID's freedoms to
use, study, modify and share for any purpose, for everyone and without asking permission, with no field-of-use,
user-count or revenue limit; the Open Source Definition's free redistribution and no discrimination against persons,
groups or fields; the G7 labels, which all need release free of charge, Weights Available being the label for
"commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause, Recital 102
keeping it for a licence that only asks for credit and same terms), not from what opengauge reads. The shapes: a
restriction that sits only in the definition of "Licensee" (a natural person acting alone, no organisation), used
four clauses later by a recipients clause that gives no licence to anyone else; research-only terms written as a
condition precedent in a LaTeX document; a ban on reverse engineering (inspecting, probing or analysing the weights
and activations) in an XML licence file; a revenue cap stated only as a consequence in a plain-language list of what
you owe ("If your organisation's revenue ... was more than EUR 10 million ..., you owe ... a yearly licence fee"); an
attribution licence whose field-of-use carve-out hides under "How credit works"; human-rights and living-wage
conditions in legal doublets and Latin ("each and every", "respect, observe and uphold", "null and void ab initio",
"cease and desist"); a derived model's name prefix and a "Built with" badge as boxes of a Markdown task list declared
part of the licence; and a territory limit inside a one-sentence licence. The four controls: the same definitions
whose "Licensee" is any person or organisation; the same LaTeX conditions precedent asking only for the licence with
copies, changed files marked and a citation; the same attribution licence whose "How credit works" keeps only names
and logos; and the same task list asking for a name of one's own and no badge. Drafting styles vary (British numbered
clauses with a definitions section, a LaTeX article, an XML document, plain-language case-by-case bullets, a terse
Markdown licence with bold fields, an agreement of Articles in doublets and Latin, Markdown with a task list, one long
sentence). Every name, company, product and figure is invented (the governing laws, and the towns given as seats and
courts, are real). Written blind, before any rule changed.

- "definitions: the licensee is a natural person acting alone": British numbered clauses, '"Licensee" means a natural
  person who obtains a copy of the Model for his or her own account, including for a trade, profession or business
  that he or she carries on alone, and does not include any company, partnership, university, charity, public body or
  other organisation, or any natural person acting as an employee, officer, agent or contractor of such an
  organisation;', a grant to "the Licensee" to "use, reproduce, study, modify and distribute the Model and
  Derivatives, for any purpose, commercial or non-commercial", and, in clause 4, "Each person who receives a copy of
  the Model or of a Derivative and who is a Licensee receives a licence directly from the Licensor on the terms of
  this Licence. Any other person who receives a copy receives no licence under this Licence and may not use it."
  (restricted, personal-use-only: the README's "only an individual ... may use it"; a sole trader's business use is
  allowed, so commercial use is not taken away; OSAID's "for everyone" and the Open Source Definition's point 5 are
  refused to every organisation).
- "latex conditions precedent: research, evaluation or teaching only": a LaTeX article (`\\section`, `\\label`,
  `\\begin{enumerate}`, ``` ``...'' ``` quotes), a grant "to use, copy, study, modify and distribute the Model and
  models derived from it", then "Each licence granted in Section~\\ref{sec:grant} takes effect only if, and for only
  so long as, every one of the following conditions is met:" with "(a) the Model, and every model derived from it, is
  used solely for scientific research, for evaluation or for teaching, and is not used in or for any product, any
  service offered to others or any other production setting;" and "A use that does not meet condition~(a) is not
  licensed, whether or not anyone is paid for it." (research-only, research-only: the README's "only research,
  evaluation or other non-production use").
- "xml licence file: no reverse engineering of the weights": an XML document (`<licence>`, `<clause n=".."
  title="..">`), a grant "to run, copy, fine-tune, modify and distribute the Work and models derived from it, for any
  purpose, commercial purposes included.", then clause 3 "Reverse engineering": "You may not reverse engineer the
  Work. In particular, you may not inspect, probe, visualise or analyse its weights, activations or internal
  representations in order to learn how the Work was built, what it was trained on or how it reaches its outputs, and
  you may not publish the results of any such analysis." (restricted, no-source-access: the README's "no reverse
  engineering or decompiling"; OSAID's freedom to study is withheld; commercial use is allowed).
- "plain consequences: above eur 10 million revenue you owe a yearly fee": plain English, "Anyone may download, run,
  study, change and share Fennick-ASR 2 and models made from it, for any purpose, commercial or not.", then "What you
  owe us" case by case, "If you build it into something you sell, you owe us nothing, as long as your organisation's
  revenue stays at or below EUR 10 million a year." and "If your organisation's revenue, counted together with that
  of every company in its group, was more than EUR 10 million in its last financial year, you owe Corrieden Speech
  Ltd a yearly licence fee of EUR 40,000 for every year in which you use Fennick-ASR 2 or a model made from it,
  payable before that year's first use." (restricted, revenue-threshold: the README's "above a revenue level you need
  another, often paid, license", stated only as what is owed; a fee-required reading would also be right, the test
  asks for the threshold).
- "attribution licence: mining machinery carved out under how credit works": a terse Markdown licence with bold
  fields, "## You may" (any purpose, commercial included; redistribute; adapt; charge), "## You must" (notices, a credit
  line, changed files marked), and among the bullets of "## How credit works": "The grant under "You may" covers
  every field except the guidance or control of autonomous mining or quarrying machinery, a field Kuusivaara Robotics
  reserves to itself and its licensed partners; no licence, with or without credit, is given for it." (restricted,
  use-restrictions: the README's "purposes or fields you may not use the model for"; the Open Source Definition's
  point 6; commercial use is allowed).
- "doublets and latin: human rights and a living wage, or void ab initio": an agreement of Articles ("made by and
  between", "grants, conveys and confers unto", "mutatis mutandis", "inter alia"), a grant "to use, study, copy,
  modify, adapt and distribute the Model and any Derivative, for any and all purposes whatsoever, commercial purposes
  included, subject only to Articles 3 and 4", then "4.1 The right and licence granted in Article 2 is given upon the
  express condition that the Licensee shall, for so long as it makes any use whatsoever of the Model or of any
  Derivative, respect, observe and uphold the human rights set forth, inter alia, in the Universal Declaration of
  Human Rights, and shall pay to each and every natural person engaged in work involving the Model, whether as
  employee or as contractor, a fair and living wage not less than the living wage published for the place where that
  work is performed." and "4.2 ... shall be deemed null and void ab initio and of no force or effect, and the Licensee
  shall forthwith cease and desist from any and all use of the Model and of any Derivative." (restricted,
  ethical-conditions: the README's "rights depend on human-rights, labour or ethical standards").
- "task list: derived names begin with the brand and apps show a badge": Markdown, a grant "to use, study, modify and
  share Halloran-Chat 3 and anything you build from it, for any purpose, including selling it", then "This checklist
  is part of the licence. ... every box below must be ticked. A derived model published or deployed with a box left
  empty is not covered by this licence." and among the `- [ ]` boxes "The model's name begins with "Halloran-", for
  example "Halloran-Legal-7B" or "Halloran-Tutor"." and "Every app or website that serves the model shows the badge
  "Built with Halloran" next to its chat window, and every API that serves it returns that badge's text in a response
  header." (restricted, naming-branding: the README's "derived models or products must carry the licensor's name or a
  "Built with" badge").
- "one long sentence: only in the eea, the uk or switzerland": a one-sentence licence granting "to use, study, copy,
  modify, merge, publish and distribute the Model and any work derived from it, and to sell copies of them and
  services built on them, for any purpose, commercial purposes expressly included, on the condition that neither the
  Model nor any work derived from it is run, hosted, sold, supplied or otherwise made available in or into any
  country other than a member state of the European Economic Area, the United Kingdom or Switzerland, or to any
  person resident outside those countries, ..." (restricted, geographic-restriction: the README's "some places are
  excluded"; the G7's "geographical ... restrictions").
- "definitions: the licensee is any person or organisation": the first case's clauses, '"Licensee" means any person
  who obtains a copy of the Model, whether a natural person or a company, partnership, university, charity, public
  body or other organisation, and includes the employees, officers, agents and contractors of an organisation when
  they act for it;' and "Every person who receives a copy of the Model or of a Derivative, from the Licensor or from
  anyone else, is a Licensee and receives a licence directly from the Licensor on the terms of this Licence. No
  recipient needs a licence from the person who passed the copy on." (open-non-osi: a near miss of the first case;
  the defined term excludes no one).
- "latex conditions precedent: notices and citation only": the second case's LaTeX, its conditions precedent "(a)
  every copy of the Model or of a derived model that you distribute is accompanied by this licence;", "(b) every file
  of the Model that you have changed carries a notice saying that you changed it;" and "(c) every publication that
  reports results obtained with the Model cites the Ellan-Seg~2 technical report.", then "These conditions concern
  only the copies you distribute and the results you publish. The Model may be used for research, in products and
  services and in any production setting, paid or unpaid, and no condition limits the purpose for which it is used."
  (open-non-osi: a near miss of the second case; notices, marked changes and a citation are credit, which Recital 102
  allows).
- "attribution licence: every field covered, only names and logos kept": the fifth case's licence, the carve-out
  bullet turned into "The grant under "You may" covers every field, the guidance or control of autonomous mining or
  quarrying machinery included; all Pajusaari Robotics keeps to itself is its names and logos, which this licence does
  not cover." (open-non-osi: a near miss of the fifth case; keeping trade marks is the usual reservation).
- "task list: a name of your own, no badge": the seventh case's checklist, its boxes the licence in the release, the
  starting checkpoint named, "The model's name is one of your own choosing and does not suggest that Keshcarrig Labs
  made or endorses the model." and changed files marked, then "Apps, websites and APIs that serve the model need no
  badge, logo or mention of Keshcarrig Labs." (open-non-osi: a near miss of the seventh case; not passing a derived
  model off as the licensor's is what every open licence asks).

First run (written blind, before any rule changed, on commit 372ed70): 7 of 12 right (latex conditions precedent:
research, evaluation or teaching only, research-only, research-only from item (a), quoted with its markup,
"begin{enumerate} item[(a)] the Model, and every model derived from it, is used solely for scientific research, ...";
xml licence file: no reverse engineering of the weights, restricted, no-source-access from "You may not reverse
engineer the Work." and, a second time, from the exception "Fine-tuning the Work, and measuring its outputs on your own
test sets, are not reverse engineering."; plain consequences: above eur 10 million revenue you owe a yearly fee,
restricted, revenue-threshold, quoted from the bullet before the one that owes the fee, "If you build it into something
you sell, you owe us nothing, as long as your organisation's revenue stays at or below EUR 10 million a year."; doublets
and latin: human rights and a living wage, or void ab initio, restricted, ethical-conditions from 4.1, and attribution
from 3.1; task list: derived names begin with the brand and apps show a badge, restricted, naming-branding from the
badge box only, "[ ] Every app or website that serves the model shows the badge "Built with Halloran" ...", the box
"The model's name begins with "Halloran-" ..." raising nothing; and two controls, definitions: the licensee is any
person or organisation (open-non-osi, no clause at all) and attribution licence: every field covered, only names and
logos kept (open-non-osi, attribution only)). Two blocked texts read open, the most serious kind of miss. Attribution
licence: mining machinery carved out under how credit works read open-non-osi ("the text grants all four freedoms
(use, study, modify, share) and no clause blocks open source", all four credited to the first "You may" item, "use the
Model for any purpose, commercial included;"), with only attribution found (the two "You must" bullets and "Credit goes
in your documentation, an About screen or the model card."): "The grant under "You may" covers every field except the
guidance or control of autonomous mining or quarrying machinery, a field Kuusivaara Robotics reserves to itself and its
licensed partners; no licence, with or without credit, is given for it." raised no use-restrictions and was not listed
among the unread terms. One long sentence: only in the eea, the uk or switzerland read open-non-osi (the same summary,
all four freedoms credited to the one sentence), no clause at all: its "on the condition that neither the Model nor any
work derived from it is run, hosted, sold, supplied or otherwise made available in or into any country other than a
member state of the European Economic Area, the United Kingdom or Switzerland, or to any person resident outside those
countries" raised no geographic-restriction and nothing unread (nor did "every copy carries this licence unchanged"
raise attribution). One blocked text read unknown, never open. Definitions: the licensee is a natural person acting
alone read "Unknown: the text states terms opengauge cannot classify (line 38: "Any other person who receives a copy
receives no licence under this Licence and may not use it."), so whether it is open is not decided: read them", with no
clause at all and all four freedoms credited to 2.1's grant "to the Licensee"; the definition of "Licensee" ("a natural
person who obtains a copy of the Model for his or her own account, ... and does not include any company, partnership,
university, charity, public body or other organisation, ...") raised no personal-use-only. Two open controls read
unknown. Latex conditions precedent: notices and citation only read "Unknown: the text states terms opengauge cannot
classify (line 16: "section{Conditions precedent} label{sec:conditions} Each licence granted in Section ref{sec:grant}
takes effect only..." and 1 more)", the other being lines 20 to 23, "and item[(c)] every publication that reports
results obtained with the Model cites the Ellan-Seg 2 technical report. end{enumerate} These conditions concern only
the copies you distribute and the results you publish."; no clause at all (items (a) and (b), the licence with every
copy and changed files marked, raised no attribution). Task list: a name of your own, no badge read "Unknown: the text
states terms opengauge cannot classify (line 9: "Before you publish, sell or deploy a model derived from Brannock-Chat
3, every box below must be ticked."), so whether it is open is not decided: read them", attribution found only from
"Keep this licence with any copy you share.". The verdicts and messages are the test run's; the clause lists, the
freedoms and the second unread term of the LaTeX control were read from `analyze` on the same texts right after it,
nothing changed in between. No expectation was changed; none was found wrong by the definitions, and no case is
listed in `DISAGREEMENTS`.
What changed (fixed in general, each with paraphrases and near misses in `tests/licenses/test_round52_rules.py`
that fail on the code before): a territory given as "in or into any country other than" (and "within", "from")
is geographic-restriction; the safety net reads a long sentence (60 words or more) term by term, cut where a new
condition, proviso or understanding begins, so a warranty disclaimer or a governing law in its last term no longer
excuses a limit in its first, and a grant sentence that confines "on the condition that" or "provided that" is not
explained by its grant alone; "neither ... nor ... is run, sold ..." refuses; a grant that "covers every field
except" one, and a field the licensor "reserves to itself", are use-restrictions (not its names, marks or what the
text sets out elsewhere), and the safety net flags both and "no licence ... is given"; a licensee defined as a
natural person that "does not include" any organisation is personal-use-only; the lead-in of a list of conditions
("every one of the following conditions is met:") or of a checklist ("every box below must be ticked") states no
term of its own when no item of its list refuses what the usual terms do not explain (`additions._lead_in_only`;
an item that refuses keeps the lead-in unread); "These conditions concern only the copies you distribute" narrows
the duties, not the grant; and the weights "are not used for any commercial purpose", a condition stated as a state,
is non-commercial; and what a text says "is not reverse engineering" (or "does not count as decompiling") is no
second refusal of it. 12 of 12 pass. Corpus 64 of 64, precision 0.975; ScanCode DB 0 of 2,086 moved (the passive
"neither ... nor ... are responsible" was tried and moved purdue-bsd to unknown, so only acts are read).
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "definitions: the licensee is a natural person acting alone": (
        "POLVENNA-LM 4B MODEL LICENCE\n"
        "Version 1.2, 3 February 2026\n"
        "\n"
        "Copyright 2026 Trewarden Systems Ltd, Truro\n"
        "\n"
        "1. DEFINITIONS AND INTERPRETATION\n"
        "\n"
        "1.1 In this Licence the following words have the following meanings:\n"
        "\n"
        '"Derivative" means any model whose weights are obtained by fine-tuning, merging, pruning, '
        "quantising, distilling or otherwise changing the weights of the Model;\n"
        "\n"
        '"Documentation" means the model card, evaluation reports and usage notes published by the '
        "Licensor with the Model;\n"
        "\n"
        '"Licensee" means a natural person who obtains a copy of the Model for his or her own account, '
        "including for a trade, profession or business that he or she carries on alone, and does not "
        "include any company, partnership, university, charity, public body or other organisation, or any"
        " natural person acting as an employee, officer, agent or contractor of such an organisation;\n"
        "\n"
        '"Licensor" means Trewarden Systems Ltd, a company registered in England and Wales;\n'
        "\n"
        '"Model" means the Polvenna-LM 4B weights, configuration files and tokenizer published by the '
        "Licensor;\n"
        "\n"
        '"Outputs" means text or other content generated by running the Model or a Derivative.\n'
        "\n"
        "1.2 Clause headings do not affect interpretation. Words in the singular include the plural and "
        "the other way round.\n"
        "\n"
        "2. GRANT\n"
        "\n"
        "2.1 Subject to the terms of this Licence, the Licensor grants to the Licensee a worldwide, "
        "royalty-free, non-exclusive, perpetual licence to use, reproduce, study, modify and distribute "
        "the Model and Derivatives, for any purpose, commercial or non-commercial.\n"
        "\n"
        "2.2 The Licensor claims no rights in Outputs.\n"
        "\n"
        "3. DISTRIBUTION\n"
        "\n"
        "3.1 The Model and Derivatives may be distributed in any form and by any means, provided that a "
        "copy of this Licence accompanies each copy and that each changed file carries a prominent notice"
        " that it has been changed.\n"
        "\n"
        "3.2 No fee, royalty or other payment is due to the Licensor for any use or distribution.\n"
        "\n"
        "4. RECIPIENTS\n"
        "\n"
        "4.1 Each person who receives a copy of the Model or of a Derivative and who is a Licensee "
        "receives a licence directly from the Licensor on the terms of this Licence. Any other person who"
        " receives a copy receives no licence under this Licence and may not use it.\n"
        "\n"
        "5. TRADE MARKS\n"
        "\n"
        "5.1 This Licence does not grant permission to use the Licensor's names or logos, except as "
        "needed to say truthfully where the Model came from.\n"
        "\n"
        "6. NO WARRANTY AND LIMITATION OF LIABILITY\n"
        "\n"
        '6.1 The Model is provided "as is", without warranty of any kind. To the extent the law allows, '
        "the Licensor is not liable for any loss arising from its use.\n"
        "\n"
        "7. TERMINATION\n"
        "\n"
        "7.1 This Licence terminates automatically for a Licensee who breaches it and does not remedy the"
        " breach within 30 days of becoming aware of it.\n"
        "\n"
        "8. GOVERNING LAW\n"
        "\n"
        "8.1 This Licence is governed by the laws of England and Wales, and the courts of England and "
        "Wales have exclusive jurisdiction.\n",
        "restricted",
        "personal-use-only",
    ),
    "latex conditions precedent: research, evaluation or teaching only": (
        "\\documentclass[11pt,a4paper]{article}\n"
        "\\usepackage[utf8]{inputenc}\n"
        "\\title{Licence for the Morrach-Seg~2 Model Weights}\n"
        "\\author{Glenmorrach Vision Institute}\n"
        "\\date{Version 1.0 --- 9 February 2026}\n"
        "\n"
        "\\begin{document}\n"
        "\\maketitle\n"
        "\n"
        "\\section{Parties and Model}\\label{sec:model}\n"
        "This licence is given by the Glenmorrach Vision Institute, a charity registered in Scotland "
        "(``the Institute''), to every person who obtains a copy of the Morrach-Seg~2 weights, "
        "configuration files and inference scripts (``the Model'').\n"
        "\n"
        "\\section{Grant}\\label{sec:grant}\n"
        "The Institute grants you a free, worldwide, non-exclusive licence to use, copy, study, modify "
        "and distribute the Model and models derived from it.\n"
        "\n"
        "\\section{Conditions precedent}\\label{sec:conditions}\n"
        "Each licence granted in Section~\\ref{sec:grant} takes effect only if, and for only so long as, "
        "every one of the following conditions is met:\n"
        "\\begin{enumerate}\n"
        "  \\item[(a)] the Model, and every model derived from it, is used solely for scientific research,"
        " for evaluation or for teaching, and is not used in or for any product, any service offered to "
        "others or any other production setting;\n"
        "  \\item[(b)] every copy of the Model or of a derived model that you distribute is accompanied by"
        " this licence; and\n"
        "  \\item[(c)] every publication that reports results obtained with the Model cites the "
        "Morrach-Seg~2 technical report.\n"
        "\\end{enumerate}\n"
        "A use that does not meet condition~(a) is not licensed, whether or not anyone is paid for it.\n"
        "\n"
        "\\section{Disclaimer}\n"
        "The Model is provided as is, without warranty of any kind. To the extent the law allows, the "
        "Institute is not liable for any loss or damage arising from its use.\n"
        "\n"
        "\\section{Law}\n"
        "This licence is governed by the law of Scotland.\n"
        "\n"
        "\\end{document}\n",
        "research-only",
        "research-only",
    ),
    "xml licence file: no reverse engineering of the weights": (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!--\n"
        "  LICENSE.xml for the Vorlander-Speech 3 weights.\n"
        "  This file is the licence. The summary on haldermoor.example is not.\n"
        "-->\n"
        '<licence xmlns="https://haldermoor.example/ns/licence/1" id="haldermoor-model-licence-1.1" '
        'lang="en">\n'
        "  <licensor>Haldermoor Audio GmbH, Bremen, Germany</licensor>\n"
        "  <work>The Vorlander-Speech 3 model weights, configuration files and tokenizer (the "
        '"Work")</work>\n'
        '  <clause n="1" title="Grant">\n'
        "    Haldermoor Audio GmbH grants every person who obtains a copy of the Work a free, worldwide,\n"
        "    non-exclusive licence to run, copy, fine-tune, modify and distribute the Work and models "
        "derived\n"
        "    from it, for any purpose, commercial purposes included.\n"
        "  </clause>\n"
        '  <clause n="2" title="Notices">\n'
        "    Every copy of the Work, or of a model derived from it, that you distribute must include this"
        "\n"
        "    file, unchanged.\n"
        "  </clause>\n"
        '  <clause n="3" title="Reverse engineering">\n'
        "    You may not reverse engineer the Work. In particular, you may not inspect, probe, visualise "
        "or\n"
        "    analyse its weights, activations or internal representations in order to learn how the Work "
        "was\n"
        "    built, what it was trained on or how it reaches its outputs, and you may not publish the "
        "results\n"
        "    of any such analysis. Fine-tuning the Work, and measuring its outputs on your own test sets,"
        " are\n"
        "    not reverse engineering.\n"
        "  </clause>\n"
        '  <clause n="4" title="Trade marks">\n'
        "    This licence does not cover the names Haldermoor and Vorlander or their logos.\n"
        "  </clause>\n"
        '  <clause n="5" title="No warranty">\n'
        "    The Work is provided as is, without warranty of any kind, and Haldermoor Audio GmbH is not "
        "liable\n"
        "    for any damage arising from its use, except where the law does not allow liability to be "
        "excluded.\n"
        "  </clause>\n"
        '  <clause n="6" title="Law">\n'
        "    German law applies. The courts of Bremen have jurisdiction.\n"
        "  </clause>\n"
        "</licence>\n",
        "restricted",
        "no-source-access",
    ),
    "plain consequences: above eur 10 million revenue you owe a yearly fee": (
        "FENNICK-ASR 2 LICENCE (in plain English)\n"
        "\n"
        "Corrieden Speech Ltd made Fennick-ASR 2, a speech recognition model. This page is its licence.\n"
        "\n"
        "Anyone may download, run, study, change and share Fennick-ASR 2 and models made from it, for any"
        " purpose, commercial or not. You don't need to ask us first, and you don't need to sign "
        "anything.\n"
        "\n"
        "What you owe us\n"
        "\n"
        "That depends on what you do, so here it is case by case.\n"
        "\n"
        "- If you use Fennick-ASR 2 for yourself, for research or in a free project, you owe us nothing.\n"
        "- If you pass a copy on, changed or not, you owe the person you give it to a copy of this page.\n"
        "- If you build it into something you sell, you owe us nothing, as long as your organisation's "
        "revenue stays at or below EUR 10 million a year.\n"
        "- If your organisation's revenue, counted together with that of every company in its group, was "
        "more than EUR 10 million in its last financial year, you owe Corrieden Speech Ltd a yearly "
        "licence fee of EUR 40,000 for every year in which you use Fennick-ASR 2 or a model made from it,"
        " payable before that year's first use.\n"
        "- If you pay late, you owe interest at 8 % a year on top, and we may recover the fee and the "
        "interest from you as a debt.\n"
        "\n"
        "What we don't promise\n"
        "\n"
        "Fennick-ASR 2 comes as it is. We don't promise that it is accurate or fit for any purpose, and "
        "we aren't liable for what happens when you use it, as far as the law allows.\n"
        "\n"
        "The law\n"
        "\n"
        "This licence is governed by the law of Scotland.\n",
        "restricted",
        "revenue-threshold",
    ),
    "attribution licence: mining machinery carved out under how credit works": (
        "# Kuusivaara Attribution Licence 1.0\n"
        "\n"
        "**Licensor:** Kuusivaara Robotics Oy, Oulu\n"
        '**Covers:** the Wrenfield-Vision 5 weights, configuration and tokenizer ("the Model")\n'
        "\n"
        "## You may\n"
        "\n"
        "- use the Model for any purpose, commercial included;\n"
        "- copy it and redistribute it, changed or unchanged;\n"
        "- fine-tune, merge, quantise or otherwise adapt it, and share what you make;\n"
        "- charge for any of the above.\n"
        "\n"
        "## You must\n"
        "\n"
        '- keep this licence and the line "Copyright 2026 Kuusivaara Robotics Oy" with every copy;\n'
        '- credit "Wrenfield-Vision 5 by Kuusivaara Robotics" wherever you credit the other components of'
        " your product;\n"
        "- mark changed files as changed.\n"
        "\n"
        "## How credit works\n"
        "\n"
        "- Credit goes in your documentation, an About screen or the model card. It need not appear in "
        "outputs.\n"
        "- No credit is needed for use inside your own organisation.\n"
        "- One credit line covers every model in your product that derives from the Model.\n"
        '- The grant under "You may" covers every field except the guidance or control of autonomous '
        "mining or quarrying machinery, a field Kuusivaara Robotics reserves to itself and its licensed "
        "partners; no licence, with or without credit, is given for it.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "- The Model is provided as is, without warranty of any kind.\n"
        "- Kuusivaara Robotics Oy is not liable for any damage arising from its use, to the extent the "
        "law allows.\n"
        "- Finnish law applies.\n",
        "restricted",
        "use-restrictions",
    ),
    "doublets and latin: human rights and a living wage, or void ab initio": (
        "MARROWBY-TRANSLATE 6 LICENCE AGREEMENT\n"
        "\n"
        "made by and between Oszterhaven Language Technologies B.V., having its registered seat at Leiden"
        ' (the "Licensor"), and each and every person who downloads, uses or otherwise obtains the Model '
        '(the "Licensee").\n'
        "\n"
        "ARTICLE 1 - DEFINITIONS\n"
        "\n"
        '1.1 "Model" means the Marrowby-Translate 6 weights, configuration, tokenizer and any and all '
        "accompanying files, together with any and all parts thereof.\n"
        "\n"
        '1.2 "Derivative" means any model derived from, based upon or otherwise made from the Model, '
        "whether by fine-tuning, merging, distillation or otherwise howsoever.\n"
        "\n"
        "1.3 Save where the context otherwise requires, the definitions herein shall apply mutatis "
        "mutandis to the plural.\n"
        "\n"
        "ARTICLE 2 - GRANT\n"
        "\n"
        "2.1 The Licensor hereby grants, conveys and confers unto the Licensee a perpetual, worldwide, "
        "royalty-free and non-exclusive right and licence to use, study, copy, modify, adapt and "
        "distribute the Model and any Derivative, for any and all purposes whatsoever, commercial "
        "purposes included, subject only to Articles 3 and 4.\n"
        "\n"
        "ARTICLE 3 - NOTICES\n"
        "\n"
        "3.1 The Licensee shall keep, retain and preserve this Agreement, and the copyright notice of the"
        " Licensor, in and with each and every copy of the Model or of any Derivative which the Licensee "
        "distributes.\n"
        "\n"
        "ARTICLE 4 - CONDITIONS OF GRANT\n"
        "\n"
        "4.1 The right and licence granted in Article 2 is given upon the express condition that the "
        "Licensee shall, for so long as it makes any use whatsoever of the Model or of any Derivative, "
        "respect, observe and uphold the human rights set forth, inter alia, in the Universal Declaration"
        " of Human Rights, and shall pay to each and every natural person engaged in work involving the "
        "Model, whether as employee or as contractor, a fair and living wage not less than the living "
        "wage published for the place where that work is performed.\n"
        "\n"
        "4.2 Should the Licensee fail in the due and punctual observance of Article 4.1, the right and "
        "licence granted in Article 2 shall be deemed null and void ab initio and of no force or effect, "
        "and the Licensee shall forthwith cease and desist from any and all use of the Model and of any "
        "Derivative.\n"
        "\n"
        "ARTICLE 5 - DISCLAIMER\n"
        "\n"
        '5.1 The Model is furnished "as is" and "with all faults", and the Licensor makes no '
        "representation or warranty, express or implied, of any kind or nature whatsoever.\n"
        "\n"
        "ARTICLE 6 - GOVERNING LAW AND FORUM\n"
        "\n"
        "6.1 This Agreement shall be governed by and construed in accordance with the laws of the "
        "Netherlands, and the competent court at The Hague shall have exclusive jurisdiction over any and"
        " all disputes arising out of or in connection herewith.\n",
        "restricted",
        "ethical-conditions",
    ),
    "task list: derived names begin with the brand and apps show a badge": (
        "# Halloran-Chat 3 licence\n"
        "\n"
        "Copyright 2026 Drumcarrow Labs Ltd.\n"
        "\n"
        "Drumcarrow Labs gives you a free, worldwide licence to use, study, modify and share "
        "Halloran-Chat 3 and anything you build from it, for any purpose, including selling it or "
        "services built on it.\n"
        "\n"
        "## Publishing a derived model\n"
        "\n"
        "This checklist is part of the licence. Before you publish, sell or deploy a model derived from "
        "Halloran-Chat 3, every box below must be ticked. A derived model published or deployed with a "
        "box left empty is not covered by this licence.\n"
        "\n"
        "- [ ] This licence is included in the release.\n"
        "- [ ] The model card names the Halloran-Chat 3 checkpoint you started from.\n"
        '- [ ] The model\'s name begins with "Halloran-", for example "Halloran-Legal-7B" or '
        '"Halloran-Tutor".\n'
        '- [ ] Every app or website that serves the model shows the badge "Built with Halloran" next to '
        "its chat window, and every API that serves it returns that badge's text in a response header.\n"
        "- [ ] Files you changed say that you changed them.\n"
        "\n"
        "Copy the list into your release notes and tick it there; we don't need to see it.\n"
        "\n"
        "## Using the original model\n"
        "\n"
        "Running Halloran-Chat 3 unchanged needs no checklist. Keep this licence with any copy you share."
        "\n"
        "\n"
        "## No warranty\n"
        "\n"
        "Halloran-Chat 3 is provided as is, without warranty of any kind. Drumcarrow Labs is not liable "
        "for any damage arising from its use, as far as the law allows. Irish law governs this licence.\n",
        "restricted",
        "naming-branding",
    ),
    "one long sentence: only in the eea, the uk or switzerland": (
        "SKARV-FORECAST 2 LICENCE\n"
        "\n"
        'Kestrel Fjord Analytics AS, of Tromsø, Norway (the "Licensor"), hereby grants to every person '
        "and organisation that obtains a copy of the Skarv-Forecast 2 weather-forecasting model weights, "
        'configuration files and inference code (together, the "Model") a perpetual, non-exclusive, '
        "royalty-free licence to use, study, copy, modify, merge, publish and distribute the Model and "
        "any work derived from it, and to sell copies of them and services built on them, for any "
        "purpose, commercial purposes expressly included, on the condition that neither the Model nor any"
        " work derived from it is run, hosted, sold, supplied or otherwise made available in or into any "
        "country other than a member state of the European Economic Area, the United Kingdom or "
        "Switzerland, or to any person resident outside those countries, on the further condition that "
        "every copy carries this licence unchanged, and on the understanding that the Model is provided "
        "as is and without warranty of any kind, that the Licensor shall not be liable for any loss or "
        "damage arising from its use except where liability cannot lawfully be excluded, and that this "
        "licence is governed by Norwegian law, with the Oslo District Court as the agreed venue for any "
        "dispute arising out of or in connection with it.\n",
        "restricted",
        "geographic-restriction",
    ),
    "definitions: the licensee is any person or organisation": (
        "PENHALLICK-LM 4B MODEL LICENCE\n"
        "Version 1.2, 3 February 2026\n"
        "\n"
        "Copyright 2026 Rosvear Systems Ltd, Falmouth\n"
        "\n"
        "1. DEFINITIONS AND INTERPRETATION\n"
        "\n"
        "1.1 In this Licence the following words have the following meanings:\n"
        "\n"
        '"Derivative" means any model whose weights are obtained by fine-tuning, merging, pruning, '
        "quantising, distilling or otherwise changing the weights of the Model;\n"
        "\n"
        '"Documentation" means the model card, evaluation reports and usage notes published by the '
        "Licensor with the Model;\n"
        "\n"
        '"Licensee" means any person who obtains a copy of the Model, whether a natural person or a '
        "company, partnership, university, charity, public body or other organisation, and includes the "
        "employees, officers, agents and contractors of an organisation when they act for it;\n"
        "\n"
        '"Licensor" means Rosvear Systems Ltd, a company registered in England and Wales;\n'
        "\n"
        '"Model" means the Penhallick-LM 4B weights, configuration files and tokenizer published by the '
        "Licensor;\n"
        "\n"
        '"Outputs" means text or other content generated by running the Model or a Derivative.\n'
        "\n"
        "1.2 Clause headings do not affect interpretation. Words in the singular include the plural and "
        "the other way round.\n"
        "\n"
        "2. GRANT\n"
        "\n"
        "2.1 Subject to the terms of this Licence, the Licensor grants to the Licensee a worldwide, "
        "royalty-free, non-exclusive, perpetual licence to use, reproduce, study, modify and distribute "
        "the Model and Derivatives, for any purpose, commercial or non-commercial.\n"
        "\n"
        "2.2 The Licensor claims no rights in Outputs.\n"
        "\n"
        "3. DISTRIBUTION\n"
        "\n"
        "3.1 The Model and Derivatives may be distributed in any form and by any means, provided that a "
        "copy of this Licence accompanies each copy and that each changed file carries a prominent notice"
        " that it has been changed.\n"
        "\n"
        "3.2 No fee, royalty or other payment is due to the Licensor for any use or distribution.\n"
        "\n"
        "4. RECIPIENTS\n"
        "\n"
        "4.1 Every person who receives a copy of the Model or of a Derivative, from the Licensor or from "
        "anyone else, is a Licensee and receives a licence directly from the Licensor on the terms of "
        "this Licence. No recipient needs a licence from the person who passed the copy on.\n"
        "\n"
        "5. TRADE MARKS\n"
        "\n"
        "5.1 This Licence does not grant permission to use the Licensor's names or logos, except as "
        "needed to say truthfully where the Model came from.\n"
        "\n"
        "6. NO WARRANTY AND LIMITATION OF LIABILITY\n"
        "\n"
        '6.1 The Model is provided "as is", without warranty of any kind. To the extent the law allows, '
        "the Licensor is not liable for any loss arising from its use.\n"
        "\n"
        "7. TERMINATION\n"
        "\n"
        "7.1 This Licence terminates automatically for a Licensee who breaches it and does not remedy the"
        " breach within 30 days of becoming aware of it.\n"
        "\n"
        "8. GOVERNING LAW\n"
        "\n"
        "8.1 This Licence is governed by the laws of England and Wales, and the courts of England and "
        "Wales have exclusive jurisdiction.\n",
        "open-non-osi",
        None,
    ),
    "latex conditions precedent: notices and citation only": (
        "\\documentclass[11pt,a4paper]{article}\n"
        "\\usepackage[utf8]{inputenc}\n"
        "\\title{Licence for the Ellan-Seg~2 Model Weights}\n"
        "\\author{Strathellan Vision Institute}\n"
        "\\date{Version 1.0 --- 16 February 2026}\n"
        "\n"
        "\\begin{document}\n"
        "\\maketitle\n"
        "\n"
        "\\section{Parties and Model}\\label{sec:model}\n"
        "This licence is given by the Strathellan Vision Institute, a charity registered in Scotland "
        "(``the Institute''), to every person who obtains a copy of the Ellan-Seg~2 weights, "
        "configuration files and inference scripts (``the Model'').\n"
        "\n"
        "\\section{Grant}\\label{sec:grant}\n"
        "The Institute grants you a free, worldwide, non-exclusive licence to use, copy, study, modify "
        "and distribute the Model and models derived from it.\n"
        "\n"
        "\\section{Conditions precedent}\\label{sec:conditions}\n"
        "Each licence granted in Section~\\ref{sec:grant} takes effect only if, and for only so long as, "
        "every one of the following conditions is met:\n"
        "\\begin{enumerate}\n"
        "  \\item[(a)] every copy of the Model or of a derived model that you distribute is accompanied by"
        " this licence;\n"
        "  \\item[(b)] every file of the Model that you have changed carries a notice saying that you "
        "changed it; and\n"
        "  \\item[(c)] every publication that reports results obtained with the Model cites the "
        "Ellan-Seg~2 technical report.\n"
        "\\end{enumerate}\n"
        "These conditions concern only the copies you distribute and the results you publish. The Model "
        "may be used for research, in products and services and in any production setting, paid or "
        "unpaid, and no condition limits the purpose for which it is used.\n"
        "\n"
        "\\section{Disclaimer}\n"
        "The Model is provided as is, without warranty of any kind. To the extent the law allows, the "
        "Institute is not liable for any loss or damage arising from its use.\n"
        "\n"
        "\\section{Law}\n"
        "This licence is governed by the law of Scotland.\n"
        "\n"
        "\\end{document}\n",
        "open-non-osi",
        None,
    ),
    "attribution licence: every field covered, only names and logos kept": (
        "# Pajusaari Attribution Licence 1.0\n"
        "\n"
        "**Licensor:** Pajusaari Robotics Oy, Kuopio\n"
        '**Covers:** the Lindhollow-Vision 5 weights, configuration and tokenizer ("the Model")\n'
        "\n"
        "## You may\n"
        "\n"
        "- use the Model for any purpose, commercial included;\n"
        "- copy it and redistribute it, changed or unchanged;\n"
        "- fine-tune, merge, quantise or otherwise adapt it, and share what you make;\n"
        "- charge for any of the above.\n"
        "\n"
        "## You must\n"
        "\n"
        '- keep this licence and the line "Copyright 2026 Pajusaari Robotics Oy" with every copy;\n'
        '- credit "Lindhollow-Vision 5 by Pajusaari Robotics" wherever you credit the other components of'
        " your product;\n"
        "- mark changed files as changed.\n"
        "\n"
        "## How credit works\n"
        "\n"
        "- Credit goes in your documentation, an About screen or the model card. It need not appear in "
        "outputs.\n"
        "- No credit is needed for use inside your own organisation.\n"
        "- One credit line covers every model in your product that derives from the Model.\n"
        '- The grant under "You may" covers every field, the guidance or control of autonomous mining or '
        "quarrying machinery included; all Pajusaari Robotics keeps to itself is its names and logos, "
        "which this licence does not cover.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "- The Model is provided as is, without warranty of any kind.\n"
        "- Pajusaari Robotics Oy is not liable for any damage arising from its use, to the extent the law"
        " allows.\n"
        "- Finnish law applies.\n",
        "open-non-osi",
        None,
    ),
    "task list: a name of your own, no badge": (
        "# Brannock-Chat 3 licence\n"
        "\n"
        "Copyright 2026 Keshcarrig Labs Ltd.\n"
        "\n"
        "Keshcarrig Labs gives you a free, worldwide licence to use, study, modify and share "
        "Brannock-Chat 3 and anything you build from it, for any purpose, including selling it or "
        "services built on it.\n"
        "\n"
        "## Publishing a derived model\n"
        "\n"
        "This checklist is part of the licence. Before you publish, sell or deploy a model derived from "
        "Brannock-Chat 3, every box below must be ticked. A derived model published or deployed with a "
        "box left empty is not covered by this licence.\n"
        "\n"
        "- [ ] This licence is included in the release.\n"
        "- [ ] The model card names the Brannock-Chat 3 checkpoint you started from.\n"
        "- [ ] The model's name is one of your own choosing and does not suggest that Keshcarrig Labs "
        "made or endorses the model.\n"
        "- [ ] Files you changed say that you changed them.\n"
        "\n"
        "Apps, websites and APIs that serve the model need no badge, logo or mention of Keshcarrig Labs. "
        "Copy the list into your release notes and tick it there; we don't need to see it.\n"
        "\n"
        "## Using the original model\n"
        "\n"
        "Running Brannock-Chat 3 unchanged needs no checklist. Keep this licence with any copy you share."
        "\n"
        "\n"
        "## No warranty\n"
        "\n"
        "Brannock-Chat 3 is provided as is, without warranty of any kind. Keshcarrig Labs is not liable "
        "for any damage arising from its use, as far as the law allows. Irish law governs this licence.\n",
        "open-non-osi",
        None,
    ),
}
