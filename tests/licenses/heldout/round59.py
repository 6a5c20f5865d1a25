# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 59: twelve licences written for models that are not text models, with the clauses such releases
really carry: a text-to-speech model with zero-shot voice cloning, a text-to-image diffusion model, a visuomotor policy
for robot arms, an on-device segmentation model from a chip vendor, a text-to-music model, a text-to-video model, an
automatic speech recognition model and an audio-driven talking-head generator. Each is drafted as that kind of vendor
writes: a British start-up's plain-language Markdown, a Delaware company's numbered legalese, a robotics firm's
README-style lists, a semiconductor vendor's shouting agreement, a music collective's friendly note, a studio's terse
dot-leader sheet of key terms, a university consortium's Articles, a research group's short notice. Eight take something
away, each expecting a different blocking type of the README's clause-type table: notification-duty, output-training-ban,
platform-tie, fee-required, non-commercial, user-threshold, use-restrictions and research-only. Four are open controls,
each a near miss of one of the restricted texts in the same layout and wording (the voice licence, the image licence,
the robot licence and the on-device licence), the limit taken out and only a harmless duty left. Each expectation is
decided from the README's definitions (the verdict table, "research-only beats non-commercial, which beats restricted",
the clause-type table) and the frameworks' rules (OSAID's freedoms to use the system for any purpose without asking
permission, to study it, to modify it for any purpose including changing its output, and to share it; the Open Source
Definition's free redistribution (1), derived works (3), no discrimination against persons or groups (5) or fields of
endeavour (6), and a licence that is not specific to a product (8) and is technology-neutral (10); the G7 labels, Weights
Available being the label for "commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any
blocking clause, Recital 102 keeping it for a licence that asks only for credit and comparable distribution terms), not
from what opengauge reads. Every name, company, product, address, URL and figure is invented (the governing laws and
Regulation (EU) 2024/1689 are real; the domains end in `.example`). None of the texts is a catalog licence, so an open
one is `open-non-osi`.

- "text-to-speech: a voice is cloned only once its speaker's consent is filed with the licensor": a plain-language
  Markdown licence for Murmur TTS 2 granting use, study, copying, modification, fine-tuning and sharing "for any
  purpose, including in products and services you charge for"; under "Cloning a voice", before cloning anyone's voice
  "you must upload that person's signed consent form ... to the Larkspur Voice Registry and receive a registry number
  for that voice", "This applies to your own voice too", and "A voice that has no registry number may not be cloned"
  (restricted, notification-duty: the README's "you must register, tell the licensor ... before ... you use" it; the
  consent is filed with the licensor, not merely obtained as a law would ask, and even one's own voice needs the
  licensor's registry number, so the use the model is made for waits on the licensor: OSAID's use "without asking
  permission"; commercial use stays, so not non-commercial).
- "image generator: outputs may not train any other image or video generator": a Delaware licence agreement for the
  Palette-XL 3 diffusion model granting every freedom "for any purpose, including commercial purposes"; 4.1 gives the
  licensee the Outputs, and 4.2 says "Licensee shall not use any Output, or any dataset that contains Outputs, to
  train, fine-tune, distill or otherwise improve any Image Generation Model other than the Model or a Derivative", a
  defined term covering any model that generates or edits images or video (restricted, output-training-ban: the
  README's "the model or its outputs may not train or improve other models"; OSAID's freedom to use for any purpose,
  the Open Source Definition's no discrimination against fields of endeavour).
- "robot policy: deployed only on the vendor's arms and trained only in its simulator": a README-style Markdown licence
  whose "You may" list grants use for any purpose, commercial or not, study, fine-tuning and sharing "free of charge or
  for a fee"; under "Hardware and simulation", the policy and any policy derived from it "may be deployed only on
  Ostrander R-series arms and Ostrander Rover mobile bases", simulation is "permitted only in Ostrander SimYard", and
  any other robot, controller or simulator "is not licensed" (restricted, platform-tie: the README's "use only with
  (or on) a named vendor's hardware, devices or services"; the Open Source Definition's licence not specific to a
  product (8) and technology-neutral (10)). A "Safety note (not a condition)" recommends testing in simulation and
  behind a light curtain: advice, no term.
- "on-device model: free on the vendor's chips, a royalty per device on any other": a chip vendor's agreement in
  capitals for the EdgeSeg-Nano segmentation model granting every freedom "in source or binary form, for any purpose,
  including commercial purposes", "Subject to Section 3"; 3.1 owes nothing for a Device whose processor or NPU is "a
  Kestrel Product", 3.2 makes the licensee pay "a royalty of USD 0.06 (six US cents) per unit shipped" for every
  other Device, and 3.3 says the licence "does not extend to any Device for which the royalty ... has not been paid"
  (restricted, fee-required: the README's "some use or distribution requires a fee or royalty"; commercial use is
  allowed, for a fee, so not non-commercial; the fee falls on other vendors' chips, which also offends the Open Source
  Definition's technology neutrality (10), but the type that names the limit is the royalty; the G7 labels all need a
  release "free of charge").
- "music generator: no commercial use of the model or of the music it makes": a friendly plain-text note from a music
  collective letting anyone run, study, fine-tune, change and share Cadenza Small "as long as you do not do any of it
  commercially", "commercially" covering selling or licensing tracks, monetised channels, paid streaming releases,
  ads, games, films or apps that earn money and a paid service; music made is the user's "to keep, play and share for
  free, on the non-commercial terms above", commercial use needing a separate licence (non-commercial,
  non-commercial: the README's "commercial use is not allowed"; nothing limits it to research, so not research-only).
- "video generator: a cap on monthly users and on views of generated videos": a terse dot-leader sheet of key terms
  for Reelwright-V 5B whose "You may" row grants every freedom, "any purpose, commercial included"; its "Scale limit"
  row says a product or service built on it "may have at most 100,000 monthly active users, and the videos it
  generates may be viewed at most 10,000,000 times a calendar month in total", and above either figure "this licence
  no longer covers that product or service", a Scale Licence the licensor "may grant or refuse at its discretion"
  being needed (restricted, user-threshold: the README's "above a number of users you lose the rights or need another
  license"; OSAID's and the DESIGN's "no ... user-count ... restriction").
- "speech recognition: no covert transcription, workplace monitoring, policing or voice identification": a university
  consortium's licence in Articles granting every freedom "for any purpose, including commercial purposes", "Subject to
  Article 4"; Article 4, "Excluded uses", forbids using the model, a derivative or any Transcript to transcribe anyone
  "who has not been told that it is being transcribed, even where the law permits it", to monitor employees, students,
  tenants or residents, in any system of a police, intelligence, border or immigration authority, or to identify,
  verify or track a person by voice (restricted, use-restrictions: the README's "purposes or fields you may not use the
  model for"; the Open Source Definition's no discrimination against fields of endeavour (6) and persons or groups (5);
  "even where the law permits it" makes the first ban the licensor's own, not the law's).
- "talking-head generator: academic research and evaluation only": a research group's short notice for SpeakFace-2
  granting use, copying, modification and sharing "for academic research and evaluation only", with "Not permitted:
  any use in a product, a service or a production pipeline, internal ones included; any use for a commercial purpose",
  and generated videos publishable only in papers, theses, talks and their supplementary material (research-only,
  research-only: the README's "only research, evaluation or other non-production use", which beats non-commercial).
- "text-to-speech: consent the law asks for is the user's business, nothing filed" (control of the first): the same
  Markdown layout and grant for Hushline TTS 2; "Cloning a voice" says "You are responsible for getting any consent
  that the law of the place where you use Hushline requires. You do not need to register voices with Wrenfield Voice
  or tell us whose voice you clone, and this licence adds no condition of its own about voices." (open-non-osi: the
  licence neither conditions its grant on the consent nor asks for anything to be filed, it only reminds the user of
  duties the law imposes on everyone, licensed or not, so no freedom of OSAID's is narrowed and no notification duty
  exists; the duties left are the licence and copyright notice with every copy and changed weights said to be
  changed, which the Open Source Definition (4) and Recital 102 allow).
- "image generator: outputs free for any use, ai labelling only as the law requires" (control of the second): the same
  Delaware agreement for Lumen-XL 3; 4.1 adds "Licensee may use Outputs for any purpose, including to train, fine-tune
  or distill any other Image Generation Model", and 4.2 says "Where applicable law, such as Article 50 of Regulation
  (EU) 2024/1689, requires images generated by artificial intelligence to be marked or disclosed as such, Licensee
  shall mark or disclose Outputs as that law requires. This Section 4.2 imposes no obligation beyond what that law
  itself imposes." (open-non-osi). The rule applied: a duty whose whole content is what a law already imposes on the
  licensee takes away no freedom that the licensee would have without the licence, so it narrows neither OSAID's use
  "for any purpose" nor discriminates against a field of endeavour (the Open Source Definition 6): every field is
  bound alike and only where the law binds it; the README counts "AI-generated content disclosed as such (the EU AI Act
  asks it anyway)" among the duties every open licence may carry, and round 45 expected the same of its control with a
  duty to disclose AI-generated images. A labelling or watermark duty going beyond the law (a mark on every output
  wherever published, a watermark that may not be removed) would not be this case.
- "robot policy: vendor drivers included, any robot or simulator allowed" (control of the third): the same Markdown
  lists for Reach-Pick v3; "Hardware and simulation" says the release "includes drivers for Brightwater K-series arms
  and a scene file for Brightwater SimDock, because that is what we trained on", and "You may deploy the policy, and
  any policy derived from it, on any robot or controller, and train, fine-tune or evaluate it in any simulator, whoever
  makes it." (open-non-osi: a vendor's hardware named only as what is supported ties nothing; the same safety note,
  the same notices and marked checkpoints).
- "on-device model: no fee per device, whatever chip it runs on" (control of the fourth): the same agreement in
  capitals from Plover Silicon for TinyMatte; Section 3, "NO DEVICE FEES", says "No royalty, fee or other payment is
  owed to Plover for any Device, whatever application processor or neural processing unit it uses" and "The Model is
  optimized for Plover Products, but Licensee may run it on any hardware." (open-non-osi: a fee named only to say none
  is owed, hardware named only as what the model is tuned for; the one duty is the copyright notice and the agreement
  in the documentation of a distribution).

Written blind, before any rule changed. First run (on commit 272e721): 9 of 12 right. Right: the image licence whose
4.2 bars training other generators on Outputs (restricted, output-training-ban from "4.2 Licensee shall not use any
Output, or any dataset that contains Outputs, to train, fine-tune, distill or otherwise improve any Image Generation
Model ..." (line 31), beside attribution from section 3); the on-device licence (restricted, fee-required from "3.2 For
each other Device, Licensee shall pay Kestrel a royalty of USD 0.06 (six US cents) per unit shipped, payable quarterly
in arrears." (line 26)); the video sheet (restricted, user-threshold from its "Scale limit" row, line 7); the speech
recognition licence (restricted, use-restrictions from Article 4, line 23); the talking-head notice (research-only,
research-only from its grant, line 6); and all four controls (open-non-osi, with attribution only, or no clause at all
for the robot control): the voice licence that leaves consent to the law and files nothing, the image licence whose
AI labelling binds only as far as the law does (its 4.2 neither flagged nor read as a limit), the robot licence that
allows any robot or simulator, and the on-device licence that owes no fee per device.

No text read more open than expected, and no control read blocked. Three restricted texts read `unknown` instead:

- text-to-speech: a voice is cloned only once its speaker's consent is filed with the licensor read `unknown` ("the
  text states terms opengauge cannot classify (line 20: "Before you clone the voice of any person with Murmur, or with
  any model you build from it, you must upload that..." and 1 more)"), the four freedoms credited to the grant (line
  14), attribution from line 28; the unread terms were the upload of the consent form "to the Larkspur Voice Registry"
  for "a registry number for that voice" (lines 20 to 23) and "A voice that has no registry number may not be cloned."
  (line 24): no notification-duty (nor any blocking type) was found.
- robot policy: deployed only on the vendor's arms and trained only in its simulator read `unknown` ("the text states
  terms opengauge cannot classify (line 17: "- The policy, and any policy fine-tuned from it or otherwise derived from
  it, may be deployed only on Ostrander..." and 1 more)"), the four freedoms all credited to the list item "use the
  policy for any purpose, commercial or not;" (line 10), no clause at all: neither "may be deployed only on Ostrander
  R-series arms and Ostrander Rover mobile bases" (line 17) nor "Training, fine-tuning and evaluation in simulation are
  permitted only in Ostrander SimYard." (line 18) was read as a platform-tie, and line 19's "... or running it in any
  other simulator, is not licensed." was neither read nor flagged; "Keep this `LICENSE.md` and the `NOTICE` file in
  every copy you share." gave no attribution clause (in the control either).
- music generator: no commercial use of the model or of the music it makes read `unknown` ("the text states terms
  opengauge cannot classify (line 22: "What you must do when you share the model Include this file.")"), no clause at
  all, the four freedoms granted by line 7, the very sentence that ends "as long as you do not do any of it
  commercially". The one unread term was the harmless "Include this file." (its heading, which has no full stop, read
  into it); neither the grant's proviso, nor the definition of "commercially" (lines 11 to 15), nor "on the
  non-commercial terms above" (line 20) raised non-commercial or was flagged as unread. Had the notice duty been read,
  this non-commercial text would have read `open-non-osi`: the nearest this round came to reading more open than
  expected.

The verdicts and messages are the test run's; the clause lists, lines, freedoms and unread terms were read with
`opengauge license FILE --format json` on copies of the same texts outside the repository right after it, nothing
changed in between. No expectation was changed after the run, and no case is listed in `DISAGREEMENTS`.

What changed (general causes, each with paraphrases and near misses that fail on the code before, in
`tests/licenses/test_round59_rules.py`): the things of a vendor a licence ties use to are one vocabulary
(`vendor_kit` in rules.yaml), now with robots' arms, bases and controllers, headsets, wearables, cameras, drones and
simulators beside chips, devices and clouds, shared by the platform-tie rules that had each their own shorter list
("may be deployed only on Ostrander R-series arms", "on any other robot or controller ... is not licensed", "in any
other simulator"); the grant's proviso in plain words with the verb "do" is non-commercial ("as long as you do not do
any of it commercially", "provided you don't do so commercially"); a use allowed only once something is filed in the
licensor's registry or portal and a number issued is a notification duty ("upload that person's signed consent form
... to the Larkspur Voice Registry and receive a registry number"), never a filing the law asks of an authority (the
`by_law` fragment, which the older "must register" rules now share: "If the law requires it, you must register your
system in the EU database"); a heading written as a plain line (short, no closing punctuation, after a blank line,
clearly shorter than the line below it) is a sentence of its own and states no term, so "What you must do when you
share the model" no longer runs into "Include this file."; and the author's views disclaimed ("The views expressed
... do not represent those of my employer") are no term (the ScanCode text shital-shah, whose "Disclaimer" heading is
now its own sentence). Now 12 of 12. On the ScanCode licence database one verdict moved, for the better: "Anyone But
Richard M Stallman" (abrms), whose "EXCEPTIONS" heading ran into the exception, went from `unknown` to restricted.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "text-to-speech: a voice is cloned only once its speaker's consent is filed with the licensor": (
        "# Murmur TTS 2: Model Licence\n"
        "\n"
        "Version 1.1, 4 May 2026\n"
        "Larkspur Audio Ltd, 9 Tanner Row, Leeds LS1 4QT, United Kingdom\n"
        "https://larkspur-audio.example/murmur/licence\n"
        "\n"
        "Murmur TTS 2 is a text-to-speech model with zero-shot voice cloning: give it\n"
        "ten seconds of someone speaking and it reads any text aloud in that voice. This\n"
        "licence covers the acoustic model weights, the vocoder weights and the\n"
        'inference code ("Murmur"). "You" means whoever uses Murmur under this licence.\n'
        "\n"
        "## What you can do\n"
        "\n"
        "Larkspur Audio gives you a free, worldwide, non-exclusive and perpetual licence\n"
        "to use, study, copy, modify, fine-tune and share Murmur, and any model you build\n"
        "from it, for any purpose, including in products and services you charge for.\n"
        "\n"
        "## Cloning a voice\n"
        "\n"
        "Before you clone the voice of any person with Murmur, or with any model you\n"
        "build from it, you must upload that person's signed consent form (the template\n"
        "is at https://larkspur-audio.example/murmur/consent) to the Larkspur Voice\n"
        "Registry and receive a registry number for that voice. This applies to your own\n"
        "voice too. A voice that has no registry number may not be cloned.\n"
        "\n"
        "## When you share Murmur\n"
        "\n"
        "- Keep this licence and Larkspur Audio's copyright notice with every copy.\n"
        "- If you changed the weights, say so in the model's README.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "Murmur comes as it is, without warranty of any kind. To the extent the law\n"
        "allows, Larkspur Audio is not liable for any loss that comes from using it.\n"
        "\n"
        "## Law\n"
        "\n"
        "This licence is governed by the law of England and Wales.\n",
        "restricted",
        "notification-duty",
    ),
    "image generator: outputs may not train any other image or video generator": (
        "PALETTE-XL 3 IMAGE MODEL LICENSE AGREEMENT\n"
        "\n"
        'Quarrystone Imaging, Inc., a Delaware corporation ("Licensor"), makes the\n'
        "Palette-XL 3 text-to-image model available under the following terms. By\n"
        'downloading, using or distributing the Model, you ("Licensee") agree to them.\n'
        "\n"
        "1. DEFINITIONS.\n"
        '1.1 "Model" means the Palette-XL 3 diffusion model weights, the autoencoder and\n'
        "text encoder weights, and the sampling code released by Licensor.\n"
        '1.2 "Derivative" means any model created by fine-tuning, distilling, merging,\n'
        "pruning or otherwise modifying the Model, including low-rank adapters.\n"
        '1.3 "Output" means any image or image sequence generated by the Model or a\n'
        "Derivative.\n"
        '1.4 "Image Generation Model" means any machine-learning model that generates or\n'
        "edits images or video.\n"
        "\n"
        "2. LICENSE GRANT. Subject to the terms of this Agreement, Licensor hereby grants\n"
        "Licensee a worldwide, non-exclusive, royalty-free, perpetual license to use,\n"
        "reproduce, study, modify, create Derivatives of, publicly display and\n"
        "distribute the Model and Derivatives, for any purpose, including commercial\n"
        "purposes.\n"
        "\n"
        "3. CONDITIONS OF DISTRIBUTION. Licensee shall (a) include a copy of this\n"
        "Agreement with each copy of the Model or a Derivative that Licensee distributes,\n"
        "(b) retain all copyright notices contained in the Model, and (c) cause any\n"
        "Derivative to carry a prominent notice stating that it was modified.\n"
        "\n"
        "4. OUTPUTS.\n"
        "4.1 As between the parties, Licensee owns the Outputs it generates, and\n"
        "Licensor claims no right, title or interest in them.\n"
        "4.2 Licensee shall not use any Output, or any dataset that contains Outputs, to\n"
        "train, fine-tune, distill or otherwise improve any Image Generation Model other\n"
        "than the Model or a Derivative, and shall not permit any third party to do so.\n"
        "\n"
        '5. DISCLAIMER OF WARRANTIES. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTIES\n'
        "OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED.\n"
        "\n"
        "6. LIMITATION OF LIABILITY. IN NO EVENT SHALL LICENSOR BE LIABLE FOR ANY\n"
        "INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT OR\n"
        "THE USE OF THE MODEL.\n"
        "\n"
        "7. GOVERNING LAW. This Agreement is governed by the laws of the State of\n"
        "Delaware, without regard to its conflict-of-laws principles.\n",
        "restricted",
        "output-training-ban",
    ),
    "robot policy: deployed only on the vendor's arms and trained only in its simulator": (
        "# Gantry-Grasp v3 policy: license\n"
        "\n"
        "**Licensor:** Ostrander Robotics GmbH, Munich, https://ostrander-robotics.example\n"
        "**Covers:** the Gantry-Grasp v3 visuomotor policy checkpoints (`gg3-base`, `gg3-bimanual`), the action tokenizer and the deployment scripts.\n"
        "\n"
        "Gantry-Grasp v3 maps camera images and joint states to arm actions for pick-and-place tasks.\n"
        "\n"
        "## You may\n"
        "\n"
        "- use the policy for any purpose, commercial or not;\n"
        "- study it, inspect the checkpoints and benchmark it;\n"
        "- fine-tune it on your own demonstrations and change it in any other way;\n"
        "- share it and your fine-tuned versions, free of charge or for a fee.\n"
        "\n"
        "## Hardware and simulation\n"
        "\n"
        "- The policy, and any policy fine-tuned from it or otherwise derived from it, may be deployed only on Ostrander R-series arms and Ostrander Rover mobile bases.\n"
        "- Training, fine-tuning and evaluation in simulation are permitted only in Ostrander SimYard.\n"
        "- Deploying the policy on any other robot or controller, or running it in any other simulator, is not licensed.\n"
        "\n"
        "## Conditions\n"
        "\n"
        "- Keep this `LICENSE.md` and the `NOTICE` file in every copy you share.\n"
        "- Mark fine-tuned checkpoints as changed (for example in the checkpoint name or the model card).\n"
        "\n"
        "## Safety note (not a condition)\n"
        "\n"
        "Robot arms can injure people. We recommend testing every fine-tuned policy in simulation and behind a light curtain before running it near people.\n"
        "\n"
        "## Warranty\n"
        "\n"
        "Provided as is, with no warranty. To the extent German law allows, Ostrander Robotics is not liable for damage to robots, property or persons caused by the policy.\n",
        "restricted",
        "platform-tie",
    ),
    "on-device model: free on the vendor's chips, a royalty per device on any other": (
        "KESTREL SEMICONDUCTOR CORP.\n"
        "ON-DEVICE MODEL LICENSE AGREEMENT (KS-ODML v1.0)\n"
        "Model: Kestrel EdgeSeg-Nano (on-device image segmentation, 38M parameters)\n"
        "\n"
        "PLEASE READ THIS AGREEMENT CAREFULLY. BY DOWNLOADING, INSTALLING OR USING THE\n"
        "MODEL YOU ACCEPT THIS AGREEMENT.\n"
        "\n"
        "1. DEFINITIONS\n"
        '"Model" means the EdgeSeg-Nano weights in floating-point and INT8 formats, the\n'
        'conversion scripts and the sample application source code. "Derivative" means\n'
        'any modified, fine-tuned, quantized or compiled version of the Model. "Device"\n'
        "means any physical product (phone, camera, vehicle module, appliance or\n"
        "similar) on which the Model or a Derivative is installed, pre-installed or\n"
        'distributed. "Kestrel Product" means any system-on-chip or neural processing\n'
        "unit sold by Kestrel or its affiliates.\n"
        "\n"
        "2. LICENSE GRANT\n"
        "Subject to Section 3, Kestrel grants Licensee a worldwide, non-exclusive,\n"
        "perpetual license to use, reproduce, study, modify, create Derivatives of and\n"
        "distribute the Model and Derivatives, in source or binary form, for any\n"
        "purpose, including commercial purposes.\n"
        "\n"
        "3. DEVICE ROYALTY\n"
        "3.1 No royalty is payable for a Device whose application processor or neural\n"
        "processing unit is a Kestrel Product.\n"
        "3.2 For each other Device, Licensee shall pay Kestrel a royalty of USD 0.06\n"
        "(six US cents) per unit shipped, payable quarterly in arrears.\n"
        "3.3 The license in Section 2 does not extend to any Device for which the\n"
        "royalty under Section 3.2 has not been paid.\n"
        "\n"
        "4. NOTICES\n"
        "Licensee shall reproduce Kestrel's copyright notice and this Agreement in the\n"
        "documentation of any distribution of the Model or a Derivative.\n"
        "\n"
        "5. DISCLAIMER\n"
        'THE MODEL IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND. KESTREL SHALL NOT BE\n'
        "LIABLE FOR ANY DAMAGES ARISING FROM ITS USE.\n"
        "\n"
        "6. GOVERNING LAW\n"
        "This Agreement is governed by the laws of the State of California.\n",
        "restricted",
        "fee-required",
    ),
    "music generator: no commercial use of the model or of the music it makes": (
        "Cadenza Small: licence for the model and the music it makes\n"
        "\n"
        "Hi! Cadenza Small is a 300M-parameter text-to-music model made by the Fairlight\n"
        "Sound Collective (https://fairlight-sound.example). We are a small team and we\n"
        "want musicians, students and tinkerers to play with it. Here are the rules.\n"
        "\n"
        "What you can do\n"
        "You can download Cadenza Small, run it, look inside it, fine-tune it on your own\n"
        "recordings, change it any way you like and share it, with or without your\n"
        "changes, as long as you do not do any of it commercially.\n"
        "\n"
        'What "commercially" means\n'
        "Using the model, or music made with it, to earn money or for a business:\n"
        "selling or licensing tracks, putting them on a monetised channel or a paid\n"
        "streaming release, using them in ads, games, films or apps that earn money, or\n"
        "offering Cadenza Small as a paid service. If you want to do any of these, write\n"
        "to licensing@fairlight-sound.example for a commercial licence.\n"
        "\n"
        "The music you make\n"
        "It's yours to keep, play and share for free, on the non-commercial terms above.\n"
        "\n"
        "What you must do when you share the model\n"
        "Include this file. If you changed the model, say what you changed.\n"
        "\n"
        "No guarantees\n"
        "Cadenza Small is provided as is. We are not responsible for anything that\n"
        "happens because you used it.\n",
        "non-commercial",
        "non-commercial",
    ),
    "video generator: a cap on monthly users and on views of generated videos": (
        "REELWRIGHT-V 5B: LICENCE TERMS\n"
        "\n"
        "Licensor ........ Reelwright Studios Pty Ltd, Melbourne\n"
        "Model ........... Reelwright-V 5B text-to-video and image-to-video weights, VAE, inference code\n"
        "Licence ......... worldwide, royalty-free, non-exclusive\n"
        "You may ......... use, study, copy, modify, fine-tune and distribute it; any purpose, commercial included\n"
        "Conditions ...... keep this file and the copyright notice with every copy; mark modified weights as modified\n"
        "Scale limit ..... a product or service built on the Model or a derivative may have at most 100,000 monthly active users, and the videos it generates may be viewed at most 10,000,000 times a calendar month in total\n"
        "Above the limit . this licence no longer covers that product or service; it needs a Reelwright Scale Licence, which Reelwright may grant or refuse at its discretion\n"
        "Outputs ......... yours; Reelwright claims no rights in them\n"
        "Warranty ........ none; provided as is\n"
        "Law ............. Victoria, Australia\n",
        "restricted",
        "user-threshold",
    ),
    "speech recognition: no covert transcription, workplace monitoring, policing or voice identification": (
        "LISTENING POST ASR 1.0 - LICENCE\n"
        "Heronsgate Speech Consortium (Heronsgate University Trust and partners)\n"
        "\n"
        "Article 1 - Subject matter\n"
        "1.1 This Licence governs the use of Listening Post ASR 1.0, an automatic speech\n"
        "recognition model for English, Welsh and Scottish Gaelic, comprising its encoder\n"
        "and decoder weights, its language model, and its inference and fine-tuning code\n"
        '(the "Model").\n'
        '1.2 "Transcript" means any text, timestamps or speaker labels produced by the\n'
        'Model or a Derivative. "Derivative" means any model obtained by modifying or\n'
        "fine-tuning the Model.\n"
        "\n"
        "Article 2 - Grant\n"
        "Subject to Article 4, the Consortium grants the Licensee a worldwide,\n"
        "royalty-free, non-exclusive licence to use, study, reproduce, modify and\n"
        "distribute the Model and Derivatives for any purpose, including commercial\n"
        "purposes.\n"
        "\n"
        "Article 3 - Attribution\n"
        "Every copy of the Model or a Derivative that the Licensee distributes shall be\n"
        "accompanied by this Licence and the Consortium's copyright notice.\n"
        "\n"
        "Article 4 - Excluded uses\n"
        "The Licensee shall not use the Model, a Derivative or any Transcript, and shall\n"
        "not permit any other person to use them:\n"
        "(a) to record or transcribe the speech of any person who has not been told that\n"
        "it is being transcribed, even where the law permits it;\n"
        "(b) to monitor employees, students, tenants or residents;\n"
        "(c) in any system operated by or for a police, intelligence, border or\n"
        "immigration authority; or\n"
        "(d) to identify, verify or track a person by his or her voice.\n"
        "\n"
        "Article 5 - No warranty\n"
        'The Model is provided "as is". The Consortium accepts no liability for its use,\n'
        "save where liability cannot be excluded by law.\n"
        "\n"
        "Article 6 - Law\n"
        "This Licence is governed by the law of Scotland.\n",
        "restricted",
        "use-restrictions",
    ),
    "talking-head generator: academic research and evaluation only": (
        "SpeakFace-2 (audio-driven talking-head video generation)\n"
        "Copyright (c) 2026 Visual Computing Group, Tallowmere Institute for Media Research\n"
        "\n"
        "License for the code and pretrained weights in this repository.\n"
        "\n"
        "Permission is granted, free of charge, to any person or institution to use,\n"
        "copy, modify and share the code and weights for academic research and\n"
        "evaluation only.\n"
        "\n"
        "Not permitted: any use in a product, a service or a production pipeline,\n"
        "internal ones included; any use for a commercial purpose.\n"
        "\n"
        "Videos generated with SpeakFace-2 may be published only as part of research\n"
        "papers, theses, talks and their supplementary material, and must be labelled as\n"
        "synthetic.\n"
        "\n"
        "Keep this notice in all copies.\n"
        "\n"
        'THE CODE AND WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND. IN NO\n'
        "EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM ARISING FROM THEIR USE.\n"
        "\n"
        "Other licences: speakface@tallowmere-media.example\n",
        "research-only",
        "research-only",
    ),
    "text-to-speech: consent the law asks for is the user's business, nothing filed": (
        "# Hushline TTS 2: Model Licence\n"
        "\n"
        "Version 1.0, 11 May 2026\n"
        "Wrenfield Voice Ltd, 3 Chandlers Yard, Bristol BS1 6QA, United Kingdom\n"
        "https://wrenfield-voice.example/hushline/licence\n"
        "\n"
        "Hushline TTS 2 is a text-to-speech model with zero-shot voice cloning: give it\n"
        "ten seconds of someone speaking and it reads any text aloud in that voice. This\n"
        "licence covers the acoustic model weights, the vocoder weights and the\n"
        'inference code ("Hushline"). "You" means whoever uses Hushline under this\n'
        "licence.\n"
        "\n"
        "## What you can do\n"
        "\n"
        "Wrenfield Voice gives you a free, worldwide, non-exclusive and perpetual licence\n"
        "to use, study, copy, modify, fine-tune and share Hushline, and any model you\n"
        "build from it, for any purpose, including in products and services you charge\n"
        "for.\n"
        "\n"
        "## Cloning a voice\n"
        "\n"
        "Laws on using a person's voice differ from country to country. You are\n"
        "responsible for getting any consent that the law of the place where you use\n"
        "Hushline requires. You do not need to register voices with Wrenfield Voice or\n"
        "tell us whose voice you clone, and this licence adds no condition of its own\n"
        "about voices.\n"
        "\n"
        "## When you share Hushline\n"
        "\n"
        "- Keep this licence and Wrenfield Voice's copyright notice with every copy.\n"
        "- If you changed the weights, say so in the model's README.\n"
        "\n"
        "## No warranty\n"
        "\n"
        "Hushline comes as it is, without warranty of any kind. To the extent the law\n"
        "allows, Wrenfield Voice is not liable for any loss that comes from using it.\n"
        "\n"
        "## Law\n"
        "\n"
        "This licence is governed by the law of England and Wales.\n",
        "open-non-osi",
        None,
    ),
    "image generator: outputs free for any use, ai labelling only as the law requires": (
        "LUMEN-XL 3 IMAGE MODEL LICENSE AGREEMENT\n"
        "\n"
        'Cobaltine Imaging, Inc., a Delaware corporation ("Licensor"), makes the\n'
        "Lumen-XL 3 text-to-image model available under the following terms. By\n"
        'downloading, using or distributing the Model, you ("Licensee") agree to them.\n'
        "\n"
        "1. DEFINITIONS.\n"
        '1.1 "Model" means the Lumen-XL 3 diffusion model weights, the autoencoder and\n'
        "text encoder weights, and the sampling code released by Licensor.\n"
        '1.2 "Derivative" means any model created by fine-tuning, distilling, merging,\n'
        "pruning or otherwise modifying the Model, including low-rank adapters.\n"
        '1.3 "Output" means any image or image sequence generated by the Model or a\n'
        "Derivative.\n"
        '1.4 "Image Generation Model" means any machine-learning model that generates or\n'
        "edits images or video.\n"
        "\n"
        "2. LICENSE GRANT. Subject to the terms of this Agreement, Licensor hereby grants\n"
        "Licensee a worldwide, non-exclusive, royalty-free, perpetual license to use,\n"
        "reproduce, study, modify, create Derivatives of, publicly display and\n"
        "distribute the Model and Derivatives, for any purpose, including commercial\n"
        "purposes.\n"
        "\n"
        "3. CONDITIONS OF DISTRIBUTION. Licensee shall (a) include a copy of this\n"
        "Agreement with each copy of the Model or a Derivative that Licensee distributes,\n"
        "(b) retain all copyright notices contained in the Model, and (c) cause any\n"
        "Derivative to carry a prominent notice stating that it was modified.\n"
        "\n"
        "4. OUTPUTS.\n"
        "4.1 As between the parties, Licensee owns the Outputs it generates, and\n"
        "Licensor claims no right, title or interest in them. Licensee may use Outputs\n"
        "for any purpose, including to train, fine-tune or distill any other Image\n"
        "Generation Model.\n"
        "4.2 Where applicable law, such as Article 50 of Regulation (EU) 2024/1689,\n"
        "requires images generated by artificial intelligence to be marked or disclosed\n"
        "as such, Licensee shall mark or disclose Outputs as that law requires. This\n"
        "Section 4.2 imposes no obligation beyond what that law itself imposes.\n"
        "\n"
        '5. DISCLAIMER OF WARRANTIES. THE MODEL IS PROVIDED "AS IS", WITHOUT WARRANTIES\n'
        "OR CONDITIONS OF ANY KIND, EXPRESS OR IMPLIED.\n"
        "\n"
        "6. LIMITATION OF LIABILITY. IN NO EVENT SHALL LICENSOR BE LIABLE FOR ANY\n"
        "INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT OR\n"
        "THE USE OF THE MODEL.\n"
        "\n"
        "7. GOVERNING LAW. This Agreement is governed by the laws of the State of\n"
        "Delaware, without regard to its conflict-of-laws principles.\n",
        "open-non-osi",
        None,
    ),
    "robot policy: vendor drivers included, any robot or simulator allowed": (
        "# Reach-Pick v3 policy: license\n"
        "\n"
        "**Licensor:** Brightwater Motion Oy, Tampere, https://brightwater-motion.example\n"
        "**Covers:** the Reach-Pick v3 visuomotor policy checkpoints (`rp3-base`, `rp3-bimanual`), the action tokenizer and the deployment scripts.\n"
        "\n"
        "Reach-Pick v3 maps camera images and joint states to arm actions for pick-and-place tasks.\n"
        "\n"
        "## You may\n"
        "\n"
        "- use the policy for any purpose, commercial or not;\n"
        "- study it, inspect the checkpoints and benchmark it;\n"
        "- fine-tune it on your own demonstrations and change it in any other way;\n"
        "- share it and your fine-tuned versions, free of charge or for a fee.\n"
        "\n"
        "## Hardware and simulation\n"
        "\n"
        "- The release includes drivers for Brightwater K-series arms and a scene file for Brightwater SimDock, because that is what we trained on.\n"
        "- You may deploy the policy, and any policy derived from it, on any robot or controller, and train, fine-tune or evaluate it in any simulator, whoever makes it.\n"
        "\n"
        "## Conditions\n"
        "\n"
        "- Keep this `LICENSE.md` and the `NOTICE` file in every copy you share.\n"
        "- Mark fine-tuned checkpoints as changed (for example in the checkpoint name or the model card).\n"
        "\n"
        "## Safety note (not a condition)\n"
        "\n"
        "Robot arms can injure people. We recommend testing every fine-tuned policy in simulation and behind a light curtain before running it near people.\n"
        "\n"
        "## Warranty\n"
        "\n"
        "Provided as is, with no warranty. To the extent Finnish law allows, Brightwater Motion is not liable for damage to robots, property or persons caused by the policy.\n",
        "open-non-osi",
        None,
    ),
    "on-device model: no fee per device, whatever chip it runs on": (
        "PLOVER SILICON, INC.\n"
        "ON-DEVICE MODEL LICENSE AGREEMENT (PS-ODML v1.0)\n"
        "Model: Plover TinyMatte (on-device image segmentation, 41M parameters)\n"
        "\n"
        "PLEASE READ THIS AGREEMENT CAREFULLY. BY DOWNLOADING, INSTALLING OR USING THE\n"
        "MODEL YOU ACCEPT THIS AGREEMENT.\n"
        "\n"
        "1. DEFINITIONS\n"
        '"Model" means the TinyMatte weights in floating-point and INT8 formats, the\n'
        'conversion scripts and the sample application source code. "Derivative" means\n'
        'any modified, fine-tuned, quantized or compiled version of the Model. "Device"\n'
        "means any physical product (phone, camera, vehicle module, appliance or\n"
        "similar) on which the Model or a Derivative is installed, pre-installed or\n"
        'distributed. "Plover Product" means any system-on-chip or neural processing\n'
        "unit sold by Plover or its affiliates.\n"
        "\n"
        "2. LICENSE GRANT\n"
        "Subject to Section 4, Plover grants Licensee a worldwide, non-exclusive,\n"
        "perpetual license to use, reproduce, study, modify, create Derivatives of and\n"
        "distribute the Model and Derivatives, in source or binary form, for any\n"
        "purpose, including commercial purposes.\n"
        "\n"
        "3. NO DEVICE FEES\n"
        "3.1 No royalty, fee or other payment is owed to Plover for any Device, whatever\n"
        "application processor or neural processing unit it uses.\n"
        "3.2 The Model is optimized for Plover Products, but Licensee may run it on any\n"
        "hardware.\n"
        "\n"
        "4. NOTICES\n"
        "Licensee shall reproduce Plover's copyright notice and this Agreement in the\n"
        "documentation of any distribution of the Model or a Derivative.\n"
        "\n"
        "5. DISCLAIMER\n"
        'THE MODEL IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND. PLOVER SHALL NOT BE\n'
        "LIABLE FOR ANY DAMAGES ARISING FROM ITS USE.\n"
        "\n"
        "6. GOVERNING LAW\n"
        "This Agreement is governed by the laws of the State of California.\n",
        "open-non-osi",
        None,
    ),
}
