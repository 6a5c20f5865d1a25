# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 60: twelve model licences as the Hub and model runners really carry them, outside a LICENSE file: the
gate a gated Hub repository shows before download (its `extra_gated_prompt`, form fields and check boxes written out as
the text a user sees), the "License" section of a model card that paraphrases the terms in a few bullet points, the
triple-quoted `LICENSE` block of an Ollama Modelfile, a "By downloading you agree" banner printed by a download tool,
API-style "Terms of Use" written for downloadable weights, a short `NOTICE` file, a licence block inside a
`config.json`, and the metadata of a GGUF file as `gguf-dump` prints it. Each text is what a reader would be given, with
the surrounding card, form, template, tensor list or prompt as it appears. Each is drafted as that kind of vendor
writes: a Hub gate's form labels, a start-up's emoji bullets, a terse numbered Modelfile licence, a shouting CLI banner,
a US company's "Welcome!" terms, a German company's numbered notices, JSON keys, a one-line metadata string. Eight take
something away, each expecting a different blocking type of the README's clause-type table: non-commercial,
revenue-threshold, no-redistribution, use-policy-by-reference, output-training-ban, naming-branding,
geographic-restriction and time-limit. Four are open controls, each a near miss of one of the restricted texts in the
same shape and wording (the Hub gate, the Modelfile, the NOTICE file and the config.json block), the limit taken out and
only a harmless duty left. Each expectation is decided from the README's definitions (the verdict table, "research-only
beats non-commercial, which beats restricted", the clause-type table) and the frameworks' rules (OSAID's freedoms to use
the system for any purpose without having to ask permission, to study it, to modify it for any purpose and to share it,
with or without modifications, for any purpose; the Open Source Definition's free redistribution (1), derived works (3),
integrity of the author's source code, which allows a derived work to be asked to carry a different name but not the
licensor's (4), no discrimination against persons or groups (5) or fields of endeavour (6), and a licence not specific
to a product (8) and technology-neutral (10); the G7 labels, Weights Available being the label for "commercial,
geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause, Recital 102 keeping it for
a licence that asks only for credit and comparable distribution terms), not from what opengauge reads. Every name,
company, product, address, URL and figure is invented (the Hub's own interface lines, the Modelfile and GGUF key names,
and the governing laws are real; the domains end in `.example`). None of the texts is a catalog licence, so an open one
is `open-non-osi`.

- "hub gate: a check box for non-commercial use only": the gate of Quillfeather-7B, headed "Acknowledge the licence
  to access Quillfeather-7B" above the Hub's "This repository is publicly accessible, but you have to accept the
  conditions to access its files and content."; its prompt lets anyone "use, copy, study, modify and share the
  Quillfeather-7B weights and the models you derive from them", copies carrying the licence; the form asks for first
  name, last name, affiliation and country, and its first check box reads "I agree to use this model for
  non-commercial use only", the second "I have read and accept the Quillfeather Licence above", above the button
  "Agree and access repository" (non-commercial, non-commercial: the README's "commercial use is not allowed"; what
  the user ticks is what the user agrees to, on the same gate as the licence, so the box is a term of the licence
  as given and the prompt's grant, which names no purpose, does not outweigh it; OSAID's use "for any purpose", the
  Open Source Definition's no discrimination against fields of endeavour (6); nothing confines use to research, so
  not research-only. The contact fields collected before download may also read as a registration, a
  notification-duty, which would not change the verdict: non-commercial beats restricted).
- "model card licence section: a commercial licence above us$25 million revenue": a Hub model card for Tamarind-3B,
  YAML front matter (`license: other`, `license_name`, `license_link: LICENSE`), a quick-start code block and a
  citation, and between them a "## License" section that says "In short:" in emoji bullets: "Use it for anything,
  including commercial products and services", change it, share it with a copy of the licence, and "Large companies:
  if you and your affiliates had more than US$25 million in total revenue in the previous fiscal year, the community
  licence does not apply to you. You need a commercial licence from Sundew Labs before you use Tamarind-3B or any
  derivative" (restricted, revenue-threshold: the README's "above a revenue level you need another, often paid,
  license"; below the figure commercial use is free, so not non-commercial; OSAID's freedoms are for everyone, the
  Open Source Definition's no discrimination against persons or groups (5); the card's summary is the text the reader
  is given, and a paraphrase that states a revenue cap is read for it, whatever the linked file says).
- "ollama modelfile: weights and fine-tunes may not be passed on": an Ollama Modelfile for Pinecrest 8B Instruct
  (`FROM` a GGUF file, a `TEMPLATE` with Go-template tags, `PARAMETER` lines, a `SYSTEM` prompt) whose triple-quoted
  `LICENSE` block lets the user "run, study, fine-tune and otherwise modify" the model and use it and modified
  versions "for any purpose, commercial or not, free of charge", then "2. You may not redistribute the weights, in
  this or any other format": no quantized files, no pushing the model "or a model built on it" to the Ollama library
  "or any other registry", "no sharing of merged or fine-tuned versions", the licensor's address being "the only
  authorised source" (restricted, no-redistribution: the README's "you may not pass the model on"; OSAID's freedom to
  share the system "with or without modifications", the Open Source Definition's free redistribution (1) and derived
  works (3); use and modification stay free, commercial use included, so neither non-commercial nor no-modification).
- "download banner: an acceptable use policy by reference, updated at will": what a vendor's download tool prints
  for `marlowe fetch marlowe-diffusion-4`: a banner between rules of equals signs, "BY DOWNLOADING YOU AGREE", saying
  that downloading, installing or using the model is agreeing to the licence below "AND to the Marlowe Acceptable Use
  Policy at https://marlowe-studio.example/aup, which forms part of the licence. Marlowe Studio may update the
  Acceptable Use Policy at any time; the version posted at that address when you use the model is the one that
  applies to you.", then a licence granting every freedom "for any purpose, including commercial purposes", and the
  prompt "Continue with the download? [y/N]" (restricted, use-policy-by-reference: the README's "an external use
  policy is part of the license, and the licensor can change it"; the policy's content is not given and may change,
  so the use "for any purpose" is whatever the licensor posts: OSAID's use without having to ask permission. A
  unilateral-change clause may be read beside it, the policy's update being a change of terms that binds).
- "terms of use for downloadable weights: outputs may not train other models": Terms of Use in the style of a
  hosted API's ("Welcome!", "Input" and "Output" defined, "As between you and Kestrelmind, you own all Input and
  Output"), written for the K2 weights, which "run on your own systems"; section 1 grants use, reproduction,
  inspection, modification, fine-tuning and distribution "for any lawful purpose, including commercial purposes";
  section 3, "Restrictions", says "You will not, and will not permit or assist anyone else to, use the Weights, any
  Derivative or any Output to develop, train or improve any artificial intelligence model that is not a Derivative,
  including through distillation, synthetic data generation or reward modeling." (restricted, output-training-ban:
  the README's "the model or its outputs may not train or improve other models"; OSAID's use for any purpose and
  modification for any purpose, the Open Source Definition's no discrimination against fields of endeavour (6)).
  Section 7 lets a new version of the Terms govern only weights released with it, "the version you accepted
  continues to govern the Weights you downloaded under it": no unilateral change; "for any lawful purpose" is no
  limit (the README).
- "notice file: derivative names and a built-with mark": a `NOTICE` file for Brackenfold-Coder 15B that states the
  permission ("to use, study, modify and redistribute the weights and Derivatives, with or without modification, for
  any purpose, including commercial purposes, provided that the notices below are observed") and three numbered
  notices: keep the NOTICE file, "The name of every Derivative you publish must begin with "Brackenfold-"", and "Any
  product or service that uses the weights or a Derivative must show the words "Built with Brackenfold" in its user
  interface or, if it has none, on its website" (restricted, naming-branding: the README's "derived models or
  products must carry the licensor's name or a "Built with" badge"; the Open Source Definition (4) lets a licence ask
  derived works to carry a different name, not the original's, and Recital 102's credit is not a mark in every
  product's interface).
- "config.json licence block: australia and new zealand only": a transformers-style `config.json` for Wattle-4B
  (architectures, sizes, `torch_dtype`) whose `"license"` object has keys `name`, `licensor`, `applies_to`,
  `"grant": "Anyone may use, copy, study, modify and distribute the model and models derived from it, for any
  purpose, including commercial purposes, free of charge."`, `"territory": "Australia and New Zealand only. Using,
  hosting or distributing the model or a derived model outside Australia and New Zealand is not licensed."`,
  `notice`, `warranty` and `governing_law` (restricted, geographic-restriction: the README's "some places are
  excluded, or use is limited to one country"; OSAID's freedoms for everyone, the Open Source Definition's no
  discrimination against persons or groups (5); the G7 labels' "geographical" restrictions).
- "gguf metadata: an evaluation licence that ends 120 days after download": the key/value pairs of a GGUF file as
  `gguf-dump` prints them, with `general.license = 'other'`, `general.license.name` and `general.license.link`, and a
  vendor key `wrenmoor.license.terms` holding the whole licence on one line: a free licence "to use, copy, study,
  modify and share this model and models derived from it, for any purpose, commercial pilots included, for 120 days
  from the day you first download it. When the 120 days end, this licence ends and you must stop using the model and
  delete every copy, unless you have signed a Wrenmoor production licence." (restricted, time-limit: the README's "a
  trial or a fixed period"; OSAID's freedoms are not lent for a season, and after it every use needs the licensor's
  production licence, asking permission; commercial use is allowed during the trial, so not non-commercial).
- "hub gate: check boxes acknowledge the licence and the notice duty" (control of the first): the same gate for
  Larchmere-7B, the same heading and Hub line; the prompt's grant adds "for any purpose, commercial or not"; the form
  asks for no contact details, and says "Requests are processed automatically. Nobody who gets a copy from you needs
  to fill in this form."; the check boxes read "I agree to keep this licence with every copy I share" and "I have
  read and accept the Larchmere Licence above" (open-non-osi: accepting a licence that grants every freedom takes none
  away, a gate on the first download that does not pass to later copies conditions nothing a recipient does, so the
  Open Source Definition's (7) and (10) are not offended, and the one duty, the licence kept with copies, is the
  attribution the Open Source Definition (4) and Recital 102 allow. The contact fields are left out of the control
  because a registration before download might itself be a notification duty).
- "ollama modelfile: weights and fine-tunes shared with the licence" (control of the third): the same Modelfile for
  Alderbank 8B Instruct; item 2 reads "You may redistribute the weights, in this or any other format: you may upload
  GGUF or other quantized files, push Alderbank or a model built on it to the Ollama library or any other registry,
  and share merged or fine-tuned versions that contain the weights or are derived from them, as long as each copy
  carries this licence. The original weights are also available at ..." (open-non-osi: every freedom, the licence
  carried with copies being the only duty).
- "notice file: keep the notice, name derivatives as you like" (control of the sixth): the same NOTICE file for
  Hazelrigg-Coder 15B; notice 2 says "You may give a Derivative you publish any name you like; it need not mention
  Hazelrigg.", notice 3 "No product or service needs to show the Hazelrigg name. Do not use the name to suggest that
  Hazelrigg Software GmbH endorses your product." (open-non-osi: a name not to be used for endorsement is a clause
  every permissive licence may have (the README), and keeping the NOTICE is attribution).
- "config.json licence block: worldwide, export laws are the user's own" (control of the seventh): the same
  `config.json` for Banksia-4B; `"territory": "Worldwide."` and `"export_control": "You are responsible for complying
  with the export control and sanctions laws that apply to you."` (open-non-osi: export notes are not additions (the
  README), a reminder of laws that bind everyone takes away nothing, and keeping the licence block with copies is
  attribution).

Written blind, before any rule changed. First run (on commit 5646166): 10 of 12 right. Right: the Hub gate whose check
box reads "I agree to use this model for non-commercial use only" (non-commercial, non-commercial from line 20, the
quote running both check boxes together as one sentence, beside attribution from line 7; no notification duty read
from the contact fields); the model card's "## License" bullets (restricted, revenue-threshold from the "Large
companies" bullet, line 33; no freedom recorded from the other bullets); the Modelfile's `LICENSE` block (restricted,
no-redistribution from "2. You may not redistribute the weights, in this or any other format ..." (line 26), share
read as not stated); the download banner (restricted, use-policy-by-reference from line 7 and unilateral-change from
"Marlowe Studio may update the Acceptable Use Policy at any time;" (line 10), beside attribution); the Terms of Use
(restricted, output-training-ban from section 3, line 13, beside attribution; section 7 read as no unilateral change);
the NOTICE file (restricted, naming-branding from notice 3, "Built with Brackenfold" (line 15), beside attribution;
notice 2, the "Brackenfold-" prefix for every Derivative's name, gave no clause of its own); the config.json block
(restricted, geographic-restriction from `"territory": "Australia and New Zealand only.` (line 21), and also
no-redistribution from "Using, hosting or distributing the model or a derived model outside Australia and New Zealand
is not licensed." (line 22); the four freedoms credited to line 2, the JSON read as one sentence from
`"_name_or_path"` on, not to the `"grant"` key); the GGUF metadata (restricted, time-limit, quoted from the start of
line 16, "STRING 1 wrenmoor.license.terms = 'Wrenmoor Evaluation Licence.", rather than from the "120 days" sentence,
beside attribution); the Modelfile control (open-non-osi, no clause: share credited to item 2, line 26); and the
config.json control (open-non-osi, no clause, the freedoms again credited to line 2; the export note not flagged).

No text read more open than expected, and no control read blocked. Two controls read `unknown` instead:

- hub gate: check boxes acknowledge the licence and the notice duty read `unknown` ("the text states terms opengauge
  cannot classify (line 5: "This repository is publicly accessible, but you have to accept the conditions to access
  its files and content." and 1 more)"), the four freedoms credited to the prompt's grant (line 7), attribution from
  line 7 ("Copies you share must include this licence.") and from the check boxes (line 11); the unread terms were the
  Hub's own interface line (line 5) and "Nobody who gets a copy from you needs to fill in this form." (lines 9 to 10),
  a sentence that lifts a duty rather than imposing one. (The same Hub line in the restricted gate was not listed as
  unread there, its verdict being decided by the non-commercial check box.)
- notice file: keep the notice, name derivatives as you like read `unknown` ("the text states terms opengauge cannot
  classify (line 15: "3. No product or service needs to show the Hazelrigg name.")"), the four freedoms credited to
  the permission (line 4), attribution from notice 1 (line 12); the one unread term was notice 3's first sentence,
  which says a duty does not exist; notice 2 ("You may give a Derivative you publish any name you like; it need not
  mention Hazelrigg.") and the endorsement sentence were not flagged.

The verdicts and messages are the test run's; the clause lists, lines, freedoms and unread terms were read with
`opengauge license FILE --format json` on copies of the same texts outside the repository right after it, nothing
changed in between. No expectation was changed after the run, and no case is listed in `DISAGREEMENTS`.

What changed (general causes, with paraphrases and near misses that fail on the code before, in
`tests/licenses/test_round60_rules.py`): a duty said not to exist is no term whatever its subject's length ("No
product or service needs to show the Hazelrigg name", "Nobody who gets a copy from you needs to fill in this form"),
unless a refusal comes before it ("Nobody may use it commercially unless they have to" stays unread); and the Hub's
notice over a gated repository ("you have to accept the conditions to access its files and content") states no term
of its own, the conditions being read where they are stated. Now 12 of 12. Corpus licences and the ScanCode licence
database unchanged.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "hub gate: a check box for non-commercial use only": (
        "Quillfeather-7B\n"
        "\n"
        "Acknowledge the licence to access Quillfeather-7B\n"
        "\n"
        "This repository is publicly accessible, but you have to accept the conditions to access its files and content.\n"
        "\n"
        "Quillfeather-7B is released by the Brannock Institute for Language Technology under the Quillfeather Licence. You may use, copy, study, modify and share the Quillfeather-7B weights and the models you derive from them. Copies you share must include this licence. The weights come as they are, without any warranty, and the Institute is not liable for anything that results from their use.\n"
        "\n"
        "Requests are processed automatically. Please fill in the form below.\n"
        "\n"
        "First name\n"
        "[                              ]\n"
        "Last name\n"
        "[                              ]\n"
        "Affiliation\n"
        "[                              ]\n"
        "Country\n"
        "[ Select a country           v ]\n"
        "\n"
        "[ ] I agree to use this model for non-commercial use only\n"
        "[ ] I have read and accept the Quillfeather Licence above\n"
        "\n"
        "[ Agree and access repository ]\n",
        "non-commercial",
        "non-commercial",
    ),
    "model card licence section: a commercial licence above us$25 million revenue": (
        "---\n"
        "language:\n"
        "- en\n"
        "- id\n"
        "- ms\n"
        "- th\n"
        "license: other\n"
        "license_name: tamarind-community-licence\n"
        "license_link: LICENSE\n"
        "pipeline_tag: text-generation\n"
        "---\n"
        "\n"
        "# Tamarind-3B\n"
        "\n"
        "Tamarind-3B is a 3-billion-parameter language model for English and the languages of Southeast Asia, trained by Sundew Labs on 4.2 trillion tokens of web, code and book text.\n"
        "\n"
        "## Quickstart\n"
        "\n"
        "```python\n"
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n"
        "\n"
        'tok = AutoTokenizer.from_pretrained("sundew-labs/Tamarind-3B")\n'
        'model = AutoModelForCausalLM.from_pretrained("sundew-labs/Tamarind-3B")\n'
        "```\n"
        "\n"
        "## License\n"
        "\n"
        "Tamarind-3B is released under the Tamarind Community Licence (full text in [LICENSE](LICENSE)). In short:\n"
        "\n"
        "- ✅ **Use it** for anything, including commercial products and services.\n"
        "- ✅ **Change it**: fine-tune, merge, prune or quantize it.\n"
        "- ✅ **Share it**: redistribute the weights and your derivatives, with a copy of the licence.\n"
        "- ⚠️ **Large companies**: if you and your affiliates had more than US$25 million in total revenue in the previous fiscal year, the community licence does not apply to you. You need a commercial licence from Sundew Labs before you use Tamarind-3B or any derivative; write to licensing@sundew-labs.example.\n"
        "- ❌ **No warranty**: the model is provided as is.\n"
        "\n"
        "## Citation\n"
        "\n"
        "```bibtex\n"
        "@misc{sundew2026tamarind,\n"
        "  title  = {Tamarind: Small Multilingual Models for Southeast Asia},\n"
        "  author = {{Sundew Labs}},\n"
        "  year   = {2026},\n"
        "  url    = {https://sundew-labs.example/tamarind}\n"
        "}\n"
        "```\n",
        "restricted",
        "revenue-threshold",
    ),
    "ollama modelfile: weights and fine-tunes may not be passed on": (
        "# Modelfile for Pinecrest 8B Instruct (Q4_K_M)\n"
        "# Build with: ollama create pinecrest:8b -f Modelfile\n"
        "\n"
        "FROM ./pinecrest-8b-instruct.Q4_K_M.gguf\n"
        "\n"
        'TEMPLATE """{{ if .System }}<|system|>\n'
        "{{ .System }}<|end|>\n"
        "{{ end }}{{ if .Prompt }}<|user|>\n"
        "{{ .Prompt }}<|end|>\n"
        "{{ end }}<|assistant|>\n"
        "{{ .Response }}<|end|>\n"
        '"""\n'
        "\n"
        'PARAMETER stop "<|end|>"\n'
        "PARAMETER temperature 0.6\n"
        "PARAMETER num_ctx 8192\n"
        "\n"
        'SYSTEM """You are Pinecrest, a concise and helpful assistant."""\n'
        "\n"
        'LICENSE """\n'
        "PINECREST 8B INSTRUCT LICENCE\n"
        "Copyright (c) 2026 Holloway Ridge AI Ltd.\n"
        "\n"
        "1. You may run, study, fine-tune and otherwise modify Pinecrest 8B Instruct, and use it and your modified versions for any purpose, commercial or not, free of charge.\n"
        "\n"
        "2. You may not redistribute the weights, in this or any other format: no uploads of GGUF or other quantized files, no pushing Pinecrest or a model built on it to the Ollama library or any other registry, and no sharing of merged or fine-tuned versions that contain the weights or are derived from them. The only authorised source of the weights is https://holloway-ridge.example/pinecrest; point others there.\n"
        "\n"
        "3. The weights are provided as is, without warranty of any kind.\n"
        '"""\n',
        "restricted",
        "no-redistribution",
    ),
    "download banner: an acceptable use policy by reference, updated at will": (
        "$ marlowe fetch marlowe-diffusion-4 --variant fp16\n"
        "Resolving marlowe-diffusion-4 (fp16) ... 4 files, 6.9 GB\n"
        "\n"
        "=====================================================================\n"
        " BY DOWNLOADING YOU AGREE\n"
        "=====================================================================\n"
        " By downloading, installing or using Marlowe-Diffusion 4 you agree to\n"
        " the Marlowe Open Model Licence printed below AND to the Marlowe\n"
        " Acceptable Use Policy at https://marlowe-studio.example/aup, which\n"
        " forms part of the licence. Marlowe Studio may update the Acceptable\n"
        " Use Policy at any time; the version posted at that address when you\n"
        " use the model is the one that applies to you.\n"
        "=====================================================================\n"
        "\n"
        "Marlowe Open Model Licence\n"
        "Marlowe Studio AB grants you a free, worldwide, perpetual licence to\n"
        "use, copy, study, modify, fine-tune and distribute Marlowe-Diffusion 4\n"
        "and models derived from it, for any purpose, including commercial\n"
        "purposes. Keep this licence with every copy you distribute. The model\n"
        "is provided as is, without warranty of any kind.\n"
        "\n"
        "Continue with the download? [y/N]\n",
        "restricted",
        "use-policy-by-reference",
    ),
    "terms of use for downloadable weights: outputs may not train other models": (
        "Kestrelmind Terms of Use: K2 Open Weights\n"
        "Last updated: March 2, 2026\n"
        "\n"
        'Welcome! These Terms of Use ("Terms") apply to the Kestrelmind K2 model weights, tokenizer and reference code (together, the "Weights") that Kestrelmind, Inc. ("Kestrelmind," "we," "us") makes available for download at https://kestrelmind.example/k2. They are an agreement between you and Kestrelmind. By downloading or using the Weights, you agree to these Terms. If you use the Weights on behalf of an organization, you agree to these Terms for that organization.\n'
        "\n"
        "1. Your Rights\n"
        'Subject to these Terms, we grant you a non-exclusive, worldwide, royalty-free, perpetual license to use, reproduce, inspect, modify, fine-tune and distribute the Weights and any Derivatives, for any lawful purpose, including commercial purposes. "Derivative" means any model whose weights are created from the Weights, in whole or in part, by fine-tuning, merging, pruning, quantization or similar methods.\n'
        "\n"
        "2. Input and Output\n"
        'You may provide input to the Weights ("Input") and receive output generated from that Input ("Output"). As between you and Kestrelmind, you own all Input and Output. We do not see your Input or Output: the Weights run on your own systems.\n'
        "\n"
        "3. Restrictions\n"
        "You will not, and will not permit or assist anyone else to, use the Weights, any Derivative or any Output to develop, train or improve any artificial intelligence model that is not a Derivative, including through distillation, synthetic data generation or reward modeling.\n"
        "\n"
        "4. Distribution\n"
        "If you distribute the Weights or a Derivative, you must include a copy of these Terms and retain the attribution notices contained in the Weights.\n"
        "\n"
        "5. Disclaimer of Warranties\n"
        'THE WEIGHTS AND ANY OUTPUT ARE PROVIDED "AS IS" AND "AS AVAILABLE", WITHOUT WARRANTIES OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT.\n'
        "\n"
        "6. Limitation of Liability\n"
        "TO THE FULLEST EXTENT PERMITTED BY LAW, KESTRELMIND WILL NOT BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR EXEMPLARY DAMAGES ARISING OUT OF OR RELATING TO THE WEIGHTS OR THESE TERMS.\n"
        "\n"
        "7. Changes to These Terms\n"
        "We may publish new versions of these Terms with new releases of the Weights. A new version applies only to Weights released with it; the version you accepted continues to govern the Weights you downloaded under it.\n"
        "\n"
        "8. Governing Law\n"
        "These Terms are governed by the laws of the State of Washington, excluding its conflict of laws rules.\n"
        "\n"
        "Questions? legal@kestrelmind.example\n",
        "restricted",
        "output-training-ban",
    ),
    "notice file: derivative names and a built-with mark": (
        "Brackenfold-Coder 15B\n"
        "Copyright 2026 Brackenfold Systems GmbH, Leipzig\n"
        "\n"
        "This NOTICE file accompanies the Brackenfold-Coder 15B model weights. Brackenfold\n"
        "Systems GmbH permits anyone, free of charge, to use, study, modify and\n"
        "redistribute the weights and Derivatives, with or without modification, for any\n"
        "purpose, including commercial purposes, provided that the notices below are\n"
        "observed.\n"
        "\n"
        "Notices to be observed by redistributors and users:\n"
        "\n"
        "1. Keep this NOTICE file with every copy of the weights or of a Derivative.\n"
        '2. The name of every Derivative you publish must begin with "Brackenfold-" (for\n'
        '   example "Brackenfold-Coder-15B-sql").\n'
        "3. Any product or service that uses the weights or a Derivative must show the\n"
        '   words "Built with Brackenfold" in its user interface or, if it has none, on\n'
        "   its website.\n"
        "\n"
        '"Derivative" means any model whose weights are created from the weights by\n'
        "fine-tuning, merging, distillation, quantization or any other change.\n"
        "\n"
        'THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "restricted",
        "naming-branding",
    ),
    "config.json licence block: australia and new zealand only": (
        "{\n"
        '  "_name_or_path": "corvid-analytics/Wattle-4B",\n'
        '  "architectures": [\n'
        '    "WattleForCausalLM"\n'
        "  ],\n"
        '  "model_type": "wattle",\n'
        '  "hidden_size": 3072,\n'
        '  "intermediate_size": 8192,\n'
        '  "num_hidden_layers": 30,\n'
        '  "num_attention_heads": 24,\n'
        '  "num_key_value_heads": 8,\n'
        '  "max_position_embeddings": 32768,\n'
        '  "rope_theta": 500000.0,\n'
        '  "vocab_size": 131072,\n'
        '  "torch_dtype": "bfloat16",\n'
        '  "transformers_version": "4.53.1",\n'
        '  "license": {\n'
        '    "name": "Corvid Regional Model Licence 1.1",\n'
        '    "licensor": "Corvid Analytics Pty Ltd, Hobart",\n'
        '    "applies_to": "the weights, tokenizer and code in this repository",\n'
        '    "grant": "Anyone may use, copy, study, modify and distribute the model and models derived from it, for any purpose, including commercial purposes, free of charge.",\n'
        '    "territory": "Australia and New Zealand only. Using, hosting or distributing the model or a derived model outside Australia and New Zealand is not licensed.",\n'
        '    "notice": "Keep this license block in the config.json of every copy and of every derived model.",\n'
        '    "warranty": "None. The model is provided as is.",\n'
        '    "governing_law": "Tasmania, Australia"\n'
        "  }\n"
        "}\n",
        "restricted",
        "geographic-restriction",
    ),
    "gguf metadata: an evaluation licence that ends 120 days after download": (
        "$ gguf-dump wrenmoor-13b-eval.Q5_K_M.gguf\n"
        "INFO:gguf-dump:* Loading: wrenmoor-13b-eval.Q5_K_M.gguf\n"
        "* File is LITTLE endian, script is running on a LITTLE endian host.\n"
        "* Dumping 24 key/value pair(s)\n"
        "      1: UINT32     |        1 | GGUF.version = 3\n"
        "      2: UINT64     |        1 | GGUF.tensor_count = 363\n"
        "      3: UINT64     |        1 | GGUF.kv_count = 21\n"
        "      4: STRING     |        1 | general.architecture = 'wrenmoor'\n"
        "      5: STRING     |        1 | general.type = 'model'\n"
        "      6: STRING     |        1 | general.name = 'Wrenmoor 13B Eval'\n"
        "      7: STRING     |        1 | general.organization = 'Wrenmoor Labs'\n"
        "      8: STRING     |        1 | general.size_label = '13B'\n"
        "      9: STRING     |        1 | general.license = 'other'\n"
        "     10: STRING     |        1 | general.license.name = 'wrenmoor-evaluation-licence'\n"
        "     11: STRING     |        1 | general.license.link = 'https://wrenmoor-labs.example/eval-licence'\n"
        "     12: STRING     |        1 | wrenmoor.license.terms = 'Wrenmoor Evaluation Licence. Wrenmoor Labs Ltd grants you a free licence to use, copy, study, modify and share this model and models derived from it, for any purpose, commercial pilots included, for 120 days from the day you first download it. When the 120 days end, this licence ends and you must stop using the model and delete every copy, unless you have signed a Wrenmoor production licence. Keep these terms with every copy. No warranty.'\n"
        "     13: UINT32     |        1 | wrenmoor.context_length = 16384\n"
        "     14: UINT32     |        1 | wrenmoor.embedding_length = 5120\n"
        "     15: UINT32     |        1 | wrenmoor.block_count = 40\n"
        "     16: UINT32     |        1 | wrenmoor.feed_forward_length = 13824\n"
        "     17: UINT32     |        1 | wrenmoor.attention.head_count = 40\n"
        "     18: UINT32     |        1 | wrenmoor.attention.head_count_kv = 8\n"
        "     19: FLOAT32    |        1 | wrenmoor.rope.freq_base = 500000.0\n"
        "     20: UINT32     |        1 | general.file_type = 17\n"
        "     21: STRING     |        1 | tokenizer.ggml.model = 'gpt2'\n"
        "     22: [STRING]   |   131072 | tokenizer.ggml.tokens = ['!', '\"', '#', '$', '%', '&', ...]\n"
        "     23: UINT32     |        1 | tokenizer.ggml.eos_token_id = 131071\n"
        "     24: UINT32     |        1 | general.quantization_version = 2\n"
        "* Dumping 363 tensor(s)\n"
        "      1:  671088640 |  5120, 131072,     1,     1 | Q6_K    | token_embd.weight\n"
        "      2:       5120 |  5120,     1,     1,     1 | F32     | blk.0.attn_norm.weight\n"
        "      ...\n",
        "restricted",
        "time-limit",
    ),
    "hub gate: check boxes acknowledge the licence and the notice duty": (
        "Larchmere-7B\n"
        "\n"
        "Acknowledge the licence to access Larchmere-7B\n"
        "\n"
        "This repository is publicly accessible, but you have to accept the conditions to access its files and content.\n"
        "\n"
        "Larchmere-7B is released by the Ostwick Institute for Language Technology under the Larchmere Licence. You may use, copy, study, modify and share the Larchmere-7B weights and the models you derive from them, for any purpose, commercial or not. Copies you share must include this licence. The weights come as they are, without any warranty, and the Institute is not liable for anything that results from their use.\n"
        "\n"
        "Requests are processed automatically. Nobody who gets a copy from you needs to fill in this form.\n"
        "\n"
        "[ ] I agree to keep this licence with every copy I share\n"
        "[ ] I have read and accept the Larchmere Licence above\n"
        "\n"
        "[ Agree and access repository ]\n",
        "open-non-osi",
        None,
    ),
    "ollama modelfile: weights and fine-tunes shared with the licence": (
        "# Modelfile for Alderbank 8B Instruct (Q4_K_M)\n"
        "# Build with: ollama create alderbank:8b -f Modelfile\n"
        "\n"
        "FROM ./alderbank-8b-instruct.Q4_K_M.gguf\n"
        "\n"
        'TEMPLATE """{{ if .System }}<|system|>\n'
        "{{ .System }}<|end|>\n"
        "{{ end }}{{ if .Prompt }}<|user|>\n"
        "{{ .Prompt }}<|end|>\n"
        "{{ end }}<|assistant|>\n"
        "{{ .Response }}<|end|>\n"
        '"""\n'
        "\n"
        'PARAMETER stop "<|end|>"\n'
        "PARAMETER temperature 0.6\n"
        "PARAMETER num_ctx 8192\n"
        "\n"
        'SYSTEM """You are Alderbank, a concise and helpful assistant."""\n'
        "\n"
        'LICENSE """\n'
        "ALDERBANK 8B INSTRUCT LICENCE\n"
        "Copyright (c) 2026 Fenwick Hollow AI Ltd.\n"
        "\n"
        "1. You may run, study, fine-tune and otherwise modify Alderbank 8B Instruct, and use it and your modified versions for any purpose, commercial or not, free of charge.\n"
        "\n"
        "2. You may redistribute the weights, in this or any other format: you may upload GGUF or other quantized files, push Alderbank or a model built on it to the Ollama library or any other registry, and share merged or fine-tuned versions that contain the weights or are derived from them, as long as each copy carries this licence. The original weights are also available at https://fenwick-hollow.example/alderbank.\n"
        "\n"
        "3. The weights are provided as is, without warranty of any kind.\n"
        '"""\n',
        "open-non-osi",
        None,
    ),
    "notice file: keep the notice, name derivatives as you like": (
        "Hazelrigg-Coder 15B\n"
        "Copyright 2026 Hazelrigg Software GmbH, Dresden\n"
        "\n"
        "This NOTICE file accompanies the Hazelrigg-Coder 15B model weights. Hazelrigg\n"
        "Software GmbH permits anyone, free of charge, to use, study, modify and\n"
        "redistribute the weights and Derivatives, with or without modification, for any\n"
        "purpose, including commercial purposes, provided that the notices below are\n"
        "observed.\n"
        "\n"
        "Notices to be observed by redistributors and users:\n"
        "\n"
        "1. Keep this NOTICE file with every copy of the weights or of a Derivative.\n"
        "2. You may give a Derivative you publish any name you like; it need not mention\n"
        "   Hazelrigg.\n"
        "3. No product or service needs to show the Hazelrigg name. Do not use the name\n"
        "   to suggest that Hazelrigg Software GmbH endorses your product.\n"
        "\n"
        '"Derivative" means any model whose weights are created from the weights by\n'
        "fine-tuning, merging, distillation, quantization or any other change.\n"
        "\n"
        'THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
        "open-non-osi",
        None,
    ),
    "config.json licence block: worldwide, export laws are the user's own": (
        "{\n"
        '  "_name_or_path": "petrel-data/Banksia-4B",\n'
        '  "architectures": [\n'
        '    "BanksiaForCausalLM"\n'
        "  ],\n"
        '  "model_type": "banksia",\n'
        '  "hidden_size": 3072,\n'
        '  "intermediate_size": 8192,\n'
        '  "num_hidden_layers": 30,\n'
        '  "num_attention_heads": 24,\n'
        '  "num_key_value_heads": 8,\n'
        '  "max_position_embeddings": 32768,\n'
        '  "rope_theta": 500000.0,\n'
        '  "vocab_size": 131072,\n'
        '  "torch_dtype": "bfloat16",\n'
        '  "transformers_version": "4.53.1",\n'
        '  "license": {\n'
        '    "name": "Petrel Model Licence 1.1",\n'
        '    "licensor": "Petrel Data Pty Ltd, Fremantle",\n'
        '    "applies_to": "the weights, tokenizer and code in this repository",\n'
        '    "grant": "Anyone may use, copy, study, modify and distribute the model and models derived from it, for any purpose, including commercial purposes, free of charge.",\n'
        '    "territory": "Worldwide.",\n'
        '    "export_control": "You are responsible for complying with the export control and sanctions laws that apply to you.",\n'
        '    "notice": "Keep this license block in the config.json of every copy and of every derived model.",\n'
        '    "warranty": "None. The model is provided as is.",\n'
        '    "governing_law": "Western Australia, Australia"\n'
        "  }\n"
        "}\n",
        "open-non-osi",
        None,
    ),
}
