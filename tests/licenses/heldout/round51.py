# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 51 (issue 14): twelve model licences whose limit takes a shape rounds 30 to 50 used little, eight
that take something away (each expecting a different clause type, three of them types rounds 48 to 50 did not use) and
four open controls, each control a near miss of one of the restricted texts (the same device, turned so that it takes
nothing away). Each expectation is decided from the README's definitions (verdicts and clause types) and the
frameworks' rules (OSAID's freedoms to use, study, modify and share for any purpose, for everyone and without asking
permission, with no field-of-use, user-count or revenue limit and no purpose-restricting use policy; the Open Source
Definition's free redistribution, derived works and no discrimination against persons, groups or fields; the G7
labels, which all need release free of charge, Weights Available being the label for "commercial, geographical, or
usecase restrictions"; the EU AI Act exemption, lost to any blocking clause, Recital 102 keeping it for a licence that
only asks for credit and same terms), not from what opengauge reads. The shapes: a user cap that appears only in the
third of three worked examples declared part of the terms; a non-commercial limit written as a double negative ("may
not use ... other than for non-commercial purposes") in an AsciiDoc admonition block; a grant that runs only "until 31
December 2027", in an HTML licence page with entities (`&nbsp;`, `&amp;`, `&copy;`); a duty to replace every copy with
the newest release within thirty days, as item (2) of a numbered "Exceptions to Section 2" block; the MIT License word
for word except one clause put in the middle of its permission paragraph that ties running the weights to one chip
maker's processors; a commit message whose body is the licence and lets the licensor amend the terms by committing to
a branch, binding every copy; an archaic deed ("SAVE THAT", "PROVIDED ALWAYS that", "in like manner") whose proviso
makes every recipient bound by its credit-scoring exception; and an e-mail reply, published as the licence, that
allows use and sharing and refuses any change to the weights. The four controls: the same worked examples, the third
saying the app with three million monthly users is covered however many use it; the same AsciiDoc admonition turned
into "There is no purpose, commercial or non-commercial, for which you may not use" the model; the same "Exceptions to
Section 2" block whose items take only the trade marks and vendored Apache-2.0 files out and say no copy need ever be
updated; and the same commit message whose amendments bind only copies obtained after them. Drafting styles vary (plain
sections with worked examples, AsciiDoc with attributes and an admonition, an HTML page, numbered Sections with
lettered definitions, the MIT License's own layout, a git commit message with a sign-off, a deed with recitals and an
attestation, an e-mail with headers, a signature and a quoted question). Every name, company, product, address and
figure is invented (the governing laws named are real); the MIT text around the inserted clause is the standard one.
Written blind, before any rule changed.

- "worked example: an app with three million monthly users needs another licence": plain sections, a grant to "use,
  study, modify and share Pembrey-Chat 8B and models derived from it, for any purpose, including in commercial products
  and services, free of charge", "The worked examples below are part of these terms: where a case is like one of them,
  it is decided the same way.", then three examples, a research group and a paid support bot "Covered.", and "Example
  3. A startup's app, built on a model derived from Pembrey-Chat 8B, is used by 3 million people a month. The startup
  would need a separate licence from Harrowgate Labs before continuing to use the model in the app: this licence covers
  an app only while fewer than 1 million people a month use it, and Harrowgate Labs may grant or refuse the separate
  licence." (restricted, user-threshold: the README's "above a number of users you lose the rights or need another
  license"; the figure and the rule sit only in the example, which the text makes binding; commercial use below the
  cap is allowed).
- "asciidoc admonition: no use other than for non-commercial purposes": AsciiDoc (`= Title`, `:attribute:` lines, `==`
  sections, an `[IMPORTANT]` block between `====` delimiters), a grant to "use, study, modify and distribute
  Lindqvist-Sum 3 and models derived from it, free of charge", then in the admonition "You may not use Lindqvist-Sum
  3, or a model derived from it, other than for non-commercial purposes." and "A purpose is commercial if it earns
  money, or is meant to, for you or for anyone else, directly or indirectly, including through advertising, paid
  subscriptions or work done for a client." (non-commercial, non-commercial: the README's "you may not use it to make
  money", stated as a double negative; no field is refused beyond commercial use, so not research-only).
- "html page: the grant runs until 31 december 2027": an HTML page (`<h1>`, `<p>`, `<strong>`, `<ul>`, entities), the
  grant "to use, study, modify and distribute Calloway-Vision&nbsp;2 and models derived from it, for any purpose,
  commercial or not, <strong>until 31&nbsp;December&nbsp;2027</strong>, after which this licence ends for every copy,
  changed or not.", then "From 1&nbsp;January&nbsp;2028 you must stop using Calloway-Vision&nbsp;2 and every model
  derived from it, and delete the copies you hold, unless Merrow &amp; Thane Imaging has granted you a new licence,
  which it may grant or refuse." (restricted, time-limit: the README's "a trial or a fixed period"; OSAID's freedoms
  and the Open Source Definition's grant do not expire on a date; commercial use is allowed until then).
- "exceptions to section 2: every copy replaced by the newest release": numbered Sections with lettered definitions
  ('"Release" means each version of the Model that Fellgate Audio publishes at https://fellgate.example/hollins'), the
  grant "Subject to Section 3, ... to use, reproduce, study, modify and distribute the Model and Derivatives, for any
  purpose, commercial or non-commercial.", then "Section 3. Exceptions to Section 2." with "(1) Section 2 does not
  extend to the names and logos of Fellgate Audio.", "(2) Section 2 does not extend to any copy of the Model, or of a
  Derivative, that is built on a Release other than the latest. Within 30 days after Fellgate Audio publishes a new
  Release, you must replace every copy of the Model that you run or distribute with that Release, and rebuild every
  Derivative on it; a copy not replaced or rebuilt in time is not licensed." and a third item leaving vendored files
  under the Apache License 2.0 (restricted, remote-control: the README's "you must use its latest version"; items (1)
  and (3) take nothing away).
- "mit permission paragraph with a processor clause in the middle": the MIT License in its own layout and words, the
  Software defined as "the Ashby-Edge 3B model weights and associated files", and one clause put between "and/or sell
  copies of the Software," and "and to permit persons to whom the Software is furnished to do so": "provided that the
  Software, and any work derived from it, is run only on Quarrendon Q-series neural processors and on no other
  processor, accelerator or computer," (restricted, platform-tie: the README's "use only with (or on) a named vendor's
  hardware"; the rest is the MIT text, which lets everyone sell copies, so commercial use is allowed; text beats name).
- "commit message: terms amended by a later commit bind every copy": a `git log` entry (commit hash, Author, Date, an
  indented body, a Signed-off-by trailer), the body granting everyone the right "to use, study, modify and redistribute
  the Kvitfjell-Coder 2 weights and models derived from them, for any purpose, commercial or not", then "The terms are
  those in LICENSE at the head of the main branch of https://git.kvitfjell.example/kvitfjell-coder-2. Kvitfjell Data
  AS may amend them at any time by committing to that branch, and every user of the weights, or of a model derived
  from them, is bound by the amended terms from the date of the commit, whenever and from wherever the copy was
  obtained." (restricted, unilateral-change: the README's "the licensor may change the terms and they bind you").
- "deed with a proviso: the credit-scoring exception binds every recipient": a deed ("THIS DEED is made on the
  fourteenth day of January Two Thousand and Twenty-Six", "WHEREAS", "NOW THIS DEED WITNESSETH", "IN WITNESS whereof"),
  clause 1 granting "every person who shall lawfully obtain a copy of the Model" the right "to use, study, adapt, copy
  and distribute the Model and every work derived therefrom for any purpose whatsoever, whether of trade or otherwise,
  SAVE THAT the Licensee shall not use the Model nor any such work in assessing the creditworthiness or the
  insurability of any natural person", then "2. PROVIDED ALWAYS that the Licensee shall not supply the Model nor any
  work derived therefrom to any person save upon terms which bind that person to observe the exception in Clause 1 and
  this proviso in like manner as the Licensee, and the Licensee shall procure that every such person so observes them."
  (restricted, restrictions-flow-down: the README's "what you build from it, or share it with, must carry the same
  restrictions"; the exception itself is also a forbidden use, which the test does not ask about; trade is allowed).
- "e-mail reply: use and share it, never change the weights": an e-mail (From, To, Date, Subject "Re: ...", a
  signature, the question quoted with ">"), "This e-mail is the licence for Ommeland-TTS 2. We publish it word for word
  in the release as LICENSE.eml, so it covers everyone who has the weights, not only you.", "You may use Ommeland-TTS 2
  for any purpose, commercial ones included, free of charge, and you may copy it and pass it on to anyone, as long as
  this e-mail goes with it.", then "The one thing we don't allow is changing the weights. You may not fine-tune, merge,
  prune or quantise them, or alter them in any other way, and you may not distribute a changed copy." (restricted,
  no-modification: the README's "you may not modify it or make derivatives"; OSAID's freedom to modify and the Open
  Source Definition's derived works are refused; commercial use is allowed).
- "worked example: an app with three million monthly users is covered": the same worked examples, declared part of the
  terms, the third "A startup's app, built on a model derived from Teversal-Chat 8B, is used by 3 million people a
  month. Covered, exactly as in examples 1 and 2: this licence covers an app however many people use it, and there is
  no number of users at which anything changes." (open-non-osi: a near miss of the first case; the example shows the
  absence of a cap).
- "asciidoc admonition: no purpose it may not be used for": the same AsciiDoc, the grant "to use, study, modify and
  distribute Tornvik-Sum 2 and models derived from it, free of charge", and in the `[IMPORTANT]` block "There is no
  purpose, commercial or non-commercial, for which you may not use Tornvik-Sum 2 or a model derived from it. Making
  money with it, directly or indirectly, is as welcome as any other use." (open-non-osi: a near miss of the second
  case; the double negative excludes nothing).
- "exceptions to section 2: trade marks and vendored files only, updates optional": the same numbered Sections,
  "Section 3. Exceptions to Section 2." with "(1) Section 2 does not extend to the names and logos of Lowick Audio.",
  "(2) Section 2 does not depend on updating. You need not replace a copy of the Model with a later Release, or rebuild
  a Derivative on one: a copy built on any Release stays licensed under Section 2, however old that Release is." and
  the vendored Apache-2.0 files (open-non-osi: a near miss of the fourth case; withholding trade marks is the usual
  reservation, files under their own open licence take nothing away, and no copy need ever be updated).
- "commit message: a later commit binds only later copies": the same `git log` entry, "Vardnes Data AS may amend them
  by committing to that branch. An amendment applies only to copies obtained from that branch after its commit: the
  terms that came with your copy stay the terms of that copy, and of every model derived from it, for good." (open-
  non-osi: a near miss of the sixth case; a licensor that licenses later copies differently takes nothing from the
  copies already given).

First run (before any rule changed, on commit 7d5ee92): 7 of 12 right (worked example: an app with three million monthly
users needs another licence, restricted, user-threshold from Example 3's "The startup would need a separate licence from
Harrowgate Labs before continuing to use the model in the app: this licence covers an app only while fewer than 1
million people a month use it, and Harrowgate Labs may grant or refuse ..."; asciidoc admonition: no use other than for
non-commercial purposes, non-commercial, non-commercial from the admonition, quoted with its markup, "[IMPORTANT] ====
You may not use Lindqvist-Sum 3, or a model derived from it, other than for non-commercial purposes. ===="; exceptions
to section 2: every copy replaced by the newest release, restricted, remote-control from "Within 30 days after Fellgate
Audio publishes a new Release, you must replace every copy of the Model that you run or distribute with that Release,
and rebuild every Derivative on it;", items (1) and (3) raising nothing, rightly; mit permission paragraph with a
processor clause in the middle, restricted, "Based on MIT License, with changes: the text adds 1 clause that the MIT
License does not have", platform-tie from "is run only on Quarrendon Q-series neural processors and on no other
processor, accelerator or computer, and to permit persons to whom the Software is furnished to do so, ..."; and three
controls, worked example: an app with three million monthly users is covered, exceptions to section 2: trade marks and
vendored files only, updates optional, and commit message: a later commit binds only later copies, each open-non-osi
with only attribution found). One blocked text read open. Commit message: terms amended by a later commit bind every
copy read open-non-osi ("the text grants all four freedoms (use, study, modify, share) and no clause blocks open
source", all four credited to the body's grant, only attribution found, from "Keep this notice with every copy."): "The
terms are those in LICENSE at the head of the main branch of https://git.kvitfjell.example/kvitfjell-coder-2. Kvitfjell
Data AS may amend them at any time by committing to that branch, and every user of the weights, or of a model derived
from them, is bound by the amended terms from the date of the commit, whenever and from wherever the copy was obtained."
raised no unilateral-change and was not listed among the unread terms. One blocked text read unknown. Html page: the
grant runs until 31 december 2027 read "Unknown: the text states terms opengauge cannot classify (line 14: "2. After 31
December 2027 From 1 January 2028 you must stop using Calloway-Vision 2 and every model derived from it,..."), so
whether it is open is not decided: read them" (the sentence quoted with its heading, the entities decoded), its only
unread term; no clause at all (not even attribution from "Keep this page with every copy of the weights or of a derived
model."), and all four freedoms were credited to the grant "Grant Merrow & Thane Imaging Ltd grants you ... licence to
use, study, modify and distribute Calloway-Vision 2 ..., for any purpose, commercial or not, until 31 December 2027 ,
after which this licence ends for every copy, changed or not.", whose end date raised no time-limit. Two blocked texts
read with the right verdict but not the clause asked for. Deed with a proviso: the credit-scoring exception binds every
recipient read restricted ("commercial use is allowed but 1 clause restricts it") with use-restrictions from "SAVE THAT
the Licensee shall not use the Model nor any such work in assessing the creditworthiness or the insurability of any
natural person." (a right reading of the exception) and no restrictions-flow-down: "2. PROVIDED ALWAYS that the Licensee
shall not supply the Model nor any work derived therefrom to any person save upon terms which bind that person to
observe the exception in Clause 1 and this proviso in like manner as the Licensee, and the Licensee shall procure that
every such person so observes them." raised nothing; clause 3, "The Licensee shall preserve this Deed with every copy
...", raised no attribution. E-mail reply: use and share it, never change the weights read restricted ("commercial use
is allowed but 2 clauses restrict it") with guardrail-termination and no-redistribution, both from "You may not
fine-tune, merge, prune or quantise them, or alter them in any other way, and you may not distribute a changed copy.",
and no no-modification (the weights are no safeguard, and the e-mail lets anyone pass unchanged copies on); all four
freedoms, modify and study included, were credited to "You may use Ommeland-TTS 2 for any purpose, commercial ones
included, free of charge, and you may copy it and pass it on to anyone, as long as this e-mail goes with it.", which
grants no change. One open control read wrong. Asciidoc admonition: no purpose it may not be used for read "Unknown: the
text states terms opengauge cannot classify (line 12: "[IMPORTANT] ==== There is no purpose, commercial or
non-commercial, for which you may not use Tornvik-Sum 2 or a..." and 1 more), so whether it is open is not decided: read
them", the other unread term being the bullet "Every copy of Tornvik-Sum 2, or of a derived model, that you distribute
must carry this document.", which was not read as attribution (nor was the same bullet in the restricted AsciiDoc text,
where only non-commercial was found); all four freedoms credited to the grant. No expectation was changed; none was
found wrong by the definitions, and no case is listed in `DISAGREEMENTS`.

What changed (general causes, each with paraphrases and near hits in `tests/licenses/test_round51_rules.py`): a grant
that holds until a calendar date ("until 31 December 2027, after which this licence ends"; "expires on 30 June 2027";
"From 1 January 2028 you must stop using") is a time limit, not support or a warranty that lasts until then; users
said to be bound by terms the licensor amends ("is bound by the amended terms") is a unilateral change; copies
supplied only on terms that bind the recipient to observe the licence's exception or restriction is
restrictions-flow-down; the ways a model is changed refused as a list with the object right after ("may not
fine-tune, merge, prune or quantise them") is no-modification; "them" is read as a safety measure only where the
sentence names one first or a termination follows (the e-mail's "alter them" spoke of the weights, and had read as a
guardrail); a double negative that leaves every purpose free ("There is no purpose ... for which you may not use
it") states no limit unless an exception follows; "must carry this document" and "Keep this page with every copy"
are the usual duty to pass the licence on. Found while writing the tests: "You may not fine-tune other models on the
outputs of the model" had read as no-modification (the model named at the end); it is an output-training ban. 12 of
12 pass. ScanCode DB 0 of 2,086 moved; corpus 64 of 64, precision unchanged.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "worked example: an app with three million monthly users needs another licence": (
        "PEMBREY-CHAT 8B LICENCE\n"
        "\n"
        "Copyright 2026 Harrowgate Labs Ltd\n"
        "\n"
        "What you may do\n"
        "\n"
        "Harrowgate Labs Ltd grants you a free, worldwide licence to use, study, modify and share Pembrey-Chat 8B "
        "and models derived from it, for any purpose, including in commercial products and services, free of "
        "charge. Keep this licence with every copy you share.\n"
        "\n"
        "Worked examples\n"
        "\n"
        "The worked examples below are part of these terms: where a case is like one of them, it is decided the "
        "same way.\n"
        "\n"
        "Example 1. A hospital research group fine-tunes Pembrey-Chat 8B on anonymised discharge letters and "
        "publishes the fine-tuned weights. Covered; nothing to do beyond keeping this licence with the weights.\n"
        "\n"
        "Example 2. A two-person agency builds a paid customer-support bot on a derived model and sells it to "
        "local shops. Covered; no fee is owed.\n"
        "\n"
        "Example 3. A startup's app, built on a model derived from Pembrey-Chat 8B, is used by 3 million people "
        "a month. The startup would need a separate licence from Harrowgate Labs before continuing to use the "
        "model in the app: this licence covers an app only while fewer than 1 million people a month use it, "
        "and Harrowgate Labs may grant or refuse the separate licence.\n"
        "\n"
        "No warranty\n"
        "\n"
        "Pembrey-Chat 8B is provided as is, without warranty of any kind. This licence is governed by the laws "
        "of England and Wales.\n",
        "restricted",
        "user-threshold",
    ),
    "asciidoc admonition: no use other than for non-commercial purposes": (
        "= Lindqvist-Sum 3 Licence\n"
        ":author: Oresund Textverk AB\n"
        ":revdate: 2026-02-11\n"
        ":toc:\n"
        "\n"
        "== Grant\n"
        "\n"
        "Oresund Textverk AB grants you a free, worldwide, non-exclusive licence to use, study, modify and "
        "distribute Lindqvist-Sum 3 and models derived from it, free of charge, on the terms of this document.\n"
        "\n"
        "== Purpose\n"
        "\n"
        "[IMPORTANT]\n"
        "====\n"
        "You may not use Lindqvist-Sum 3, or a model derived from it, other than for non-commercial purposes.\n"
        "====\n"
        "\n"
        "A purpose is commercial if it earns money, or is meant to, for you or for anyone else, directly or "
        "indirectly, including through advertising, paid subscriptions or work done for a client.\n"
        "\n"
        "== Copies\n"
        "\n"
        "* Every copy of Lindqvist-Sum 3, or of a derived model, that you distribute must carry this document.\n"
        "* Derived models may be distributed on these terms only.\n"
        "\n"
        "== Warranty\n"
        "\n"
        "None. Lindqvist-Sum 3 is provided as is. Swedish law applies.\n",
        "non-commercial",
        "non-commercial",
    ),
    "html page: the grant runs until 31 december 2027": (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Calloway-Vision 2 &ndash; Licence</title>\n"
        "</head>\n"
        "<body>\n"
        "<h1>Calloway-Vision&nbsp;2 Licence</h1>\n"
        "<p>Copyright &copy; 2026 Merrow &amp; Thane Imaging Ltd</p>\n"
        "\n"
        "<h2>1. Grant</h2>\n"
        "<p>Merrow &amp; Thane Imaging Ltd grants you a free, worldwide, non-exclusive licence to use, study, "
        "modify and distribute Calloway-Vision&nbsp;2 and models derived from it, for any purpose, commercial "
        "or not, <strong>until 31&nbsp;December&nbsp;2027</strong>, after which this licence ends for every "
        "copy, changed or not.</p>\n"
        "\n"
        "<h2>2. After 31&nbsp;December&nbsp;2027</h2>\n"
        "<p>From 1&nbsp;January&nbsp;2028 you must stop using Calloway-Vision&nbsp;2 and every model derived "
        "from it, and delete the copies you hold, unless Merrow &amp; Thane Imaging has granted you a new "
        "licence, which it may grant or refuse.</p>\n"
        "\n"
        "<h2>3. Notices</h2>\n"
        "<ul>\n"
        "<li>Keep this page with every copy of the weights or of a derived model.</li>\n"
        "<li>Calloway-Vision&nbsp;2 is provided &ldquo;as is&rdquo;, without warranty of any kind.</li>\n"
        "</ul>\n"
        "\n"
        "<p>Merrow &amp; Thane Imaging Ltd &middot; 14 Coldharbour Lane &middot; Bristol</p>\n"
        "</body>\n"
        "</html>\n",
        "restricted",
        "time-limit",
    ),
    "exceptions to section 2: every copy replaced by the newest release": (
        "HOLLINS-ASR 6 LICENCE\n"
        "\n"
        "Section 1. Definitions.\n"
        '(a) "Fellgate Audio" means Fellgate Audio Ltd.\n'
        '(b) "Model" means the Hollins-ASR 6 weights, tokenizer and configuration files.\n'
        '(c) "Release" means each version of the Model that Fellgate Audio publishes at '
        "https://fellgate.example/hollins.\n"
        '(d) "Derivative" means any model made by fine-tuning, merging, distilling or otherwise modifying the '
        "Model.\n"
        "\n"
        "Section 2. Grant. Subject to Section 3, Fellgate Audio grants you a worldwide, royalty-free, "
        "non-exclusive licence to use, reproduce, study, modify and distribute the Model and Derivatives, for "
        "any purpose, commercial or non-commercial.\n"
        "\n"
        "Section 3. Exceptions to Section 2.\n"
        "(1) Section 2 does not extend to the names and logos of Fellgate Audio.\n"
        "(2) Section 2 does not extend to any copy of the Model, or of a Derivative, that is built on a Release "
        "other than the latest. Within 30 days after Fellgate Audio publishes a new Release, you must replace "
        "every copy of the Model that you run or distribute with that Release, and rebuild every Derivative on "
        "it; a copy not replaced or rebuilt in time is not licensed.\n"
        "(3) Section 2 does not extend to the files in `vendor/`, each of which is licensed under the Apache "
        "License 2.0, as its header states.\n"
        "\n"
        "Section 4. Notices. Every copy of the Model or of a Derivative that you distribute must be accompanied "
        "by this licence.\n"
        "\n"
        'Section 5. Warranty. The Model is provided "as is", without warranty of any kind.\n'
        "\n"
        "Section 6. Law. This licence is governed by the laws of Scotland.\n",
        "restricted",
        "remote-control",
    ),
    "mit permission paragraph with a processor clause in the middle": (
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Quarrendon Silicon Ltd\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        'of the Ashby-Edge 3B model weights and associated files (the "Software"), to deal\n'
        "in the Software without restriction, including without limitation the rights\n"
        "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
        "copies of the Software, provided that the Software, and any work derived from\n"
        "it, is run only on Quarrendon Q-series neural processors and on no other\n"
        "processor, accelerator or computer, and to permit persons to whom the Software\n"
        "is furnished to do so, subject to the following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all\n"
        "copies or substantial portions of the Software.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n'
        "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
        "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
        "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
        "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
        "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
        "SOFTWARE.\n",
        "restricted",
        "platform-tie",
    ),
    "commit message: terms amended by a later commit bind every copy": (
        "commit 4e1b9c07d2a85f36b0e1c4a9d7f2e8b3a6c5d190\n"
        "Author: Ilse Brandvold <ilse@kvitfjell.example>\n"
        "Date:   Tue Mar 3 10:12:44 2026 +0100\n"
        "\n"
        "    LICENSE: terms for the Kvitfjell-Coder 2 weights\n"
        "\n"
        "    This commit message is the licence of the Kvitfjell-Coder 2 weights.\n"
        "\n"
        "    Kvitfjell Data AS grants everyone a free, worldwide licence to use,\n"
        "    study, modify and redistribute the Kvitfjell-Coder 2 weights and models\n"
        "    derived from them, for any purpose, commercial or not.\n"
        "\n"
        "    The terms are those in LICENSE at the head of the main branch of\n"
        "    https://git.kvitfjell.example/kvitfjell-coder-2. Kvitfjell Data AS may\n"
        "    amend them at any time by committing to that branch, and every user of\n"
        "    the weights, or of a model derived from them, is bound by the amended\n"
        "    terms from the date of the commit, whenever and from wherever the copy\n"
        "    was obtained.\n"
        "\n"
        "    Keep this notice with every copy. The weights come without warranty.\n"
        "\n"
        "    Signed-off-by: Ilse Brandvold <ilse@kvitfjell.example>\n",
        "restricted",
        "unilateral-change",
    ),
    "deed with a proviso: the credit-scoring exception binds every recipient": (
        "DEED OF LICENCE\n"
        "\n"
        "THIS DEED is made on the fourteenth day of January Two Thousand and Twenty-Six BY Athelney Quant "
        'Limited, whose registered office is at 9 Saltmarsh Row, Taunton (hereinafter called "the Grantor").\n'
        "\n"
        "WHEREAS the Grantor is the owner of the statistical model known as Wendover-Risk 4, together with its "
        'weights and configuration files (hereinafter called "the Model"), and is desirous of making the same '
        "available to the public.\n"
        "\n"
        "NOW THIS DEED WITNESSETH as follows:\n"
        "\n"
        "1. The Grantor hereby grants unto every person who shall lawfully obtain a copy of the Model "
        '(hereinafter called "the Licensee") a licence, free of charge and without limit of time, to use, '
        "study, adapt, copy and distribute the Model and every work derived therefrom for any purpose "
        "whatsoever, whether of trade or otherwise, SAVE THAT the Licensee shall not use the Model nor any such "
        "work in assessing the creditworthiness or the insurability of any natural person.\n"
        "\n"
        "2. PROVIDED ALWAYS that the Licensee shall not supply the Model nor any work derived therefrom to any "
        "person save upon terms which bind that person to observe the exception in Clause 1 and this proviso in "
        "like manner as the Licensee, and the Licensee shall procure that every such person so observes them.\n"
        "\n"
        "3. The Licensee shall preserve this Deed with every copy of the Model and of every work derived "
        "therefrom.\n"
        "\n"
        "4. The Model is supplied as it stands, and the Grantor gives no warranty of any kind touching the same.\n"
        "\n"
        "5. This Deed shall be governed by and construed in accordance with the laws of England and Wales.\n"
        "\n"
        "IN WITNESS whereof the Grantor has executed this instrument as a deed the day and year first above "
        "written.\n"
        "\n"
        "EXECUTED AS A DEED by Athelney Quant Limited acting by a director in the presence of a witness.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "e-mail reply: use and share it, never change the weights": (
        "From: Rosalind Achterberg <licensing@veldhuis-audio.example>\n"
        "To: Tomasz Krol <tomasz@brightwater-apps.example>\n"
        "Date: Thu, 12 Feb 2026 09:41:07 +0100\n"
        "Subject: Re: Licence for Ommeland-TTS 2?\n"
        "\n"
        "Hi Tomasz,\n"
        "\n"
        "Thanks for asking. This e-mail is the licence for Ommeland-TTS 2. We publish it word for word in the "
        "release as LICENSE.eml, so it covers everyone who has the weights, not only you.\n"
        "\n"
        "You may use Ommeland-TTS 2 for any purpose, commercial ones included, free of charge, and you may copy "
        "it and pass it on to anyone, as long as this e-mail goes with it.\n"
        "\n"
        "The one thing we don't allow is changing the weights. You may not fine-tune, merge, prune or quantise "
        "them, or alter them in any other way, and you may not distribute a changed copy. If you need a voice "
        "we don't ship, ask us and we will see what we can do.\n"
        "\n"
        "There's no warranty: the weights come as they are.\n"
        "\n"
        "Best,\n"
        "Rosalind\n"
        "\n"
        "--\n"
        "Rosalind Achterberg, Licensing\n"
        "Veldhuis Audio BV, Groningen\n"
        "\n"
        "> On 11 Feb 2026, at 17:02, Tomasz Krol wrote:\n"
        "> Can we use Ommeland-TTS 2 in our paid audiobook app, and what are the terms?\n",
        "restricted",
        "no-modification",
    ),
    "worked example: an app with three million monthly users is covered": (
        "TEVERSAL-CHAT 8B LICENCE\n"
        "\n"
        "Copyright 2026 Ravensworth Labs Ltd\n"
        "\n"
        "What you may do\n"
        "\n"
        "Ravensworth Labs Ltd grants you a free, worldwide licence to use, study, modify and share Teversal-Chat "
        "8B and models derived from it, for any purpose, including in commercial products and services, free of "
        "charge. Keep this licence with every copy you share.\n"
        "\n"
        "Worked examples\n"
        "\n"
        "The worked examples below are part of these terms: where a case is like one of them, it is decided the "
        "same way.\n"
        "\n"
        "Example 1. A hospital research group fine-tunes Teversal-Chat 8B on anonymised discharge letters and "
        "publishes the fine-tuned weights. Covered; nothing to do beyond keeping this licence with the weights.\n"
        "\n"
        "Example 2. A two-person agency builds a paid customer-support bot on a derived model and sells it to "
        "local shops. Covered; no fee is owed.\n"
        "\n"
        "Example 3. A startup's app, built on a model derived from Teversal-Chat 8B, is used by 3 million "
        "people a month. Covered, exactly as in examples 1 and 2: this licence covers an app however many "
        "people use it, and there is no number of users at which anything changes.\n"
        "\n"
        "No warranty\n"
        "\n"
        "Teversal-Chat 8B is provided as is, without warranty of any kind. This licence is governed by the laws "
        "of England and Wales.\n",
        "open-non-osi",
        None,
    ),
    "asciidoc admonition: no purpose it may not be used for": (
        "= Tornvik-Sum 2 Licence\n"
        ":author: Skanor Sprakdata AB\n"
        ":revdate: 2026-02-11\n"
        ":toc:\n"
        "\n"
        "== Grant\n"
        "\n"
        "Skanor Sprakdata AB grants you a free, worldwide, non-exclusive licence to use, study, modify and "
        "distribute Tornvik-Sum 2 and models derived from it, free of charge, on the terms of this document.\n"
        "\n"
        "== Purpose\n"
        "\n"
        "[IMPORTANT]\n"
        "====\n"
        "There is no purpose, commercial or non-commercial, for which you may not use Tornvik-Sum 2 or a model "
        "derived from it.\n"
        "====\n"
        "\n"
        "Making money with it, directly or indirectly, including through advertising, paid subscriptions or "
        "work done for a client, is as welcome as any other use.\n"
        "\n"
        "== Copies\n"
        "\n"
        "* Every copy of Tornvik-Sum 2, or of a derived model, that you distribute must carry this document.\n"
        "\n"
        "== Warranty\n"
        "\n"
        "None. Tornvik-Sum 2 is provided as is. Swedish law applies.\n",
        "open-non-osi",
        None,
    ),
    "exceptions to section 2: trade marks and vendored files only, updates optional": (
        "BRANTHWAITE-ASR 2 LICENCE\n"
        "\n"
        "Section 1. Definitions.\n"
        '(a) "Lowick Audio" means Lowick Audio Ltd.\n'
        '(b) "Model" means the Branthwaite-ASR 2 weights, tokenizer and configuration files.\n'
        '(c) "Release" means each version of the Model that Lowick Audio publishes at '
        "https://lowick.example/branthwaite.\n"
        '(d) "Derivative" means any model made by fine-tuning, merging, distilling or otherwise modifying the '
        "Model.\n"
        "\n"
        "Section 2. Grant. Subject to Section 3, Lowick Audio grants you a worldwide, royalty-free, "
        "non-exclusive licence to use, reproduce, study, modify and distribute the Model and Derivatives, for "
        "any purpose, commercial or non-commercial.\n"
        "\n"
        "Section 3. Exceptions to Section 2.\n"
        "(1) Section 2 does not extend to the names and logos of Lowick Audio.\n"
        "(2) Section 2 does not depend on updating. You need not replace a copy of the Model with a later "
        "Release, or rebuild a Derivative on one: a copy built on any Release stays licensed under Section 2, "
        "however old that Release is.\n"
        "(3) Section 2 does not extend to the files in `vendor/`, each of which is licensed under the Apache "
        "License 2.0, as its header states.\n"
        "\n"
        "Section 4. Notices. Every copy of the Model or of a Derivative that you distribute must be accompanied "
        "by this licence.\n"
        "\n"
        'Section 5. Warranty. The Model is provided "as is", without warranty of any kind.\n'
        "\n"
        "Section 6. Law. This licence is governed by the laws of Scotland.\n",
        "open-non-osi",
        None,
    ),
    "commit message: a later commit binds only later copies": (
        "commit 9a3f07c1e85b2d46f0c9e1a7b3d5f82c4e6a0b17\n"
        "Author: Sindre Holmvik <sindre@vardnes.example>\n"
        "Date:   Tue Mar 3 10:12:44 2026 +0100\n"
        "\n"
        "    LICENSE: terms for the Vardnes-Coder 2 weights\n"
        "\n"
        "    This commit message is the licence of the Vardnes-Coder 2 weights.\n"
        "\n"
        "    Vardnes Data AS grants everyone a free, worldwide licence to use,\n"
        "    study, modify and redistribute the Vardnes-Coder 2 weights and models\n"
        "    derived from them, for any purpose, commercial or not.\n"
        "\n"
        "    The terms are those in LICENSE at the head of the main branch of\n"
        "    https://git.vardnes.example/vardnes-coder-2. Vardnes Data AS may amend\n"
        "    them by committing to that branch. An amendment applies only to copies\n"
        "    obtained from that branch after its commit: the terms that came with\n"
        "    your copy stay the terms of that copy, and of every model derived from\n"
        "    it, for good.\n"
        "\n"
        "    Keep this notice with every copy. The weights come without warranty.\n"
        "\n"
        "    Signed-off-by: Sindre Holmvik <sindre@vardnes.example>\n",
        "open-non-osi",
        None,
    ),
}
