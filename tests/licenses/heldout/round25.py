# ruff: noqa: E501 (the texts keep their own line breaks)
"""Held-out round 25 (issue 14): ten model licences, seven restricted and three open, in drafting styles
the earlier rounds used little. Written before any rule changed.

- "bsd with one clause swapped": BSD-3-Clause whose no-endorsement clause is replaced by a ban on
  systems that track or profile people (a use restriction).
- "translated articles": a translated-sounding licence whose grant is "only for the aims which do not
  have the character of extraction of profit" (non-commercial).
- "eligibility section": an open grant preceded by an eligibility section that excludes banks, insurers
  and other financial institutions (a use restriction by the licensee's identity).
- "licence certificate with dates": a key-value certificate "Valid until: 2026-02-28", after which copies
  must be deleted (a time limit).
- "you defined as an individual": a grant to "You" for any purpose, where the definitions make "You" an
  individual acting only on their own behalf (personal use only).
- "do and don't with emoji": a Markdown do/don't list whose one "Don't" bans training other models on
  the outputs (an output-training ban).
- "interpretation clause varies terms": an interpretation clause that reads "this Licence" as varied by
  the licensor from time to time by posting (a unilateral change).
- "boost verbatim": the Boost Software License 1.0, unchanged, whose notice clause calls itself "this
  restriction" (osi-open).
- "patent retaliation and capitals": a bespoke permissive licence with a patent-retaliation clause and
  a capitalised disclaimer naming safety-critical uses (open).
- "plain words with a cure period": a plain-English licence by non-lawyers whose only duty is to keep
  the file, with a termination that cures itself (open).

First run (before any rule changed): 3 of 10 right (the do/don't list, Boost, the plain-words licence).
Three restricted texts read as open: the BSD whose clause 3 bars use "in the design, development or
operation of any system that tracks or profiles people without their knowledge" (read as BSD-2 with
changes), the eligibility section ("if you are a bank, an insurer ... you are not eligible and no rights
are granted to you"), and the definition "'You' means an individual natural person acting on his or her
own behalf, and not for or on behalf of any company ...". Two read unknown, never open: the certificate
("Valid until: 2026-02-28"; "On expiry all rights end") and the interpretation clause ("as varied by
Dotterel Ltd from time to time by notice posted"). The translated grant "only for the aims which do not
have the character of extraction of profit" read unknown (not recognised), and the open Kakapo licence
with patent retaliation read unknown too (too strict). No expectation was changed.

What changed (general rules, each with near misses in `test_near_misses.py`): a refusal whose negation is
"neither ... nor ... may be used in/for" (not BSD's names clause); a class of licensees shut out by who
they are ("if you are a ..., no rights are granted to you", "you are not eligible"); the licensee defined
as an individual acting only for themselves; rights valid until a calendar date (a licence's own date, a
certificate's "Valid until:" field) or ending on expiry; the licence read "as varied by" the licensor from
time to time, or a change that takes effect for every existing licensee; purposes in other nouns ("only
for the aims which do not have the character of ... profit"); in the grant reader, "irrevocable except as
stated in section 2" between commas is an aside (as it was in parentheses), "gives to the User the
right" names a grantee, and "transfer copies" is sharing. Checked on the ScanCode texts, a Creative Commons
licence confined "solely within the geographic territory of one or more Developing Nations" moved from
restricted for a wrong reason (no grant to modify) to open, so the territory rule now takes that wording
(restricted, geographic); a document "valid until December 3, 2009" is not the licence's date.
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "bsd with one clause swapped": (
        "Copyright (c) 2025, Kingfisher Research Group\n"
        "All rights reserved.\n"
        "\n"
        "Redistribution and use in source and binary forms, with or without modification, are permitted "
        "provided that the following conditions are met:\n"
        "\n"
        "1. Redistributions of source code must retain the above copyright notice, this list of conditions and "
        "the following disclaimer.\n"
        "\n"
        "2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions "
        "and the following disclaimer in the documentation and/or other materials provided with the "
        "distribution.\n"
        "\n"
        "3. Neither this software nor any software or model derived from it may be used in the design, "
        "development or operation of any system that tracks or profiles people without their knowledge.\n"
        "\n"
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR '
        "IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND "
        "FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR "
        "CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL "
        "DAMAGES ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF "
        "SUCH DAMAGE.\n",
        "restricted",
        "use-restrictions",
    ),
    "translated articles": (
        "Licence for the Snipe-4B Model (translation from the original)\n"
        "\n"
        "Article 1. The Licensor gives to the User the right, without payment, to use the Model, to study its "
        "construction, to make changes in it and to transfer copies of it to third persons.\n"
        "\n"
        "Article 2. The right of Article 1 is given only for the aims which do not have the character of "
        "extraction of profit. For use with aims of extraction of profit, the User must conclude a separate "
        "agreement with the Licensor.\n"
        "\n"
        'Article 3. The Model is transferred "as it is". The Licensor does not carry responsibility for any '
        "harm.\n",
        "non-commercial",
        "non-commercial",
    ),
    "eligibility section": (
        "Toucan-8B Licence\n"
        "\n"
        "Eligibility\n"
        "This licence is offered to everyone, with one exception: if you are a bank, an insurer, a credit "
        "bureau or any other financial institution, or you are acting for one, you are not eligible and no "
        "rights are granted to you.\n"
        "\n"
        "Grant\n"
        "Eligible persons may use, copy, modify and distribute Toucan-8B for any purpose, commercial or "
        "otherwise, free of charge.\n"
        "\n"
        "Warranty\n"
        "None.\n",
        "restricted",
        "use-restrictions",
    ),
    "licence certificate with dates": (
        "STONECHAT-2 LICENCE CERTIFICATE\n"
        "\n"
        "Licensee:       any person who downloads the weights\n"
        "Licensed item:  Stonechat-2 weights, all sizes\n"
        "Rights:         use, copy, modify and redistribute, for any purpose, including commercial purposes\n"
        "Fee:            none\n"
        "Valid from:     2025-03-01\n"
        "Valid until:    2026-02-28\n"
        "\n"
        "On expiry all rights end, and every copy, including modified copies, must be deleted unless Stonechat "
        "AI has issued a new certificate.\n",
        "restricted",
        "time-limit",
    ),
    "you defined as an individual": (
        "WAXWING MODEL LICENSE\n"
        "\n"
        "1. Definitions\n"
        '"Model" means the Waxwing-13B weights and any accompanying code.\n'
        '"Derivative" means any model created by modifying or fine-tuning the Model.\n'
        '"You" means an individual natural person acting on his or her own behalf, and not for or on behalf '
        "of any company, partnership, university, government body or other organisation.\n"
        "\n"
        "2. Grant\n"
        "Waxwing Labs grants You a worldwide, royalty-free, perpetual licence to use, copy, modify and "
        "distribute the Model and Derivatives for any purpose.\n"
        "\n"
        "3. Disclaimer\n"
        "The Model is provided as is.\n",
        "restricted",
        "personal-use-only",
    ),
    "do and don't with emoji": (
        "## Bobolink-3B licence: the short version\n"
        "\n"
        "This list is the whole licence.\n"
        "\n"
        "- ✅ Do run Bobolink-3B on your own machines or in the cloud.\n"
        "- ✅ Do fine-tune it and ship it inside paid products.\n"
        "- ✅ Do share your fine-tunes, with this file attached.\n"
        "- ❌ Don't use text generated by Bobolink-3B to train, distil or improve any other language model.\n"
        "- ❌ Don't expect a warranty: there isn't one.\n",
        "restricted",
        "output-training-ban",
    ),
    "interpretation clause varies terms": (
        "DOTTEREL MODEL LICENCE\n"
        "\n"
        "1. Interpretation\n"
        '1.1 In this Licence, a reference to "this Licence" is a reference to this Licence as varied by '
        "Dotterel Ltd from time to time by notice posted at dotterel.ai/licence; any variation takes effect "
        "for all existing and future licensees on the date it is posted.\n"
        '1.2 "Model" means the Dotterel-20B weights and code.\n'
        "\n"
        "2. Licence\n"
        "2.1 Dotterel Ltd grants you a non-exclusive, worldwide, royalty-free licence to use, copy, modify and "
        "distribute the Model for any purpose, on the terms of this Licence.\n"
        "\n"
        "3. Warranty\n"
        "3.1 The Model is supplied as is.\n",
        "restricted",
        "unilateral-change",
    ),
    "boost verbatim": (
        "Boost Software License - Version 1.0 - August 17th, 2003\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person or organization\n"
        "obtaining a copy of the software and accompanying documentation covered by\n"
        'this license (the "Software") to use, reproduce, display, distribute,\n'
        "execute, and transmit the Software, and to prepare derivative works of the\n"
        "Software, and to permit third-parties to whom the Software is furnished to\n"
        "do so, all subject to the following:\n"
        "\n"
        "The copyright notices in the Software and this entire statement, including\n"
        "the above license grant, this restriction and the following disclaimer,\n"
        "must be included in all copies of the Software, in whole or in part, and\n"
        "all derivative works of the Software, unless such copies or derivative\n"
        "works are solely in the form of machine-executable object code generated by\n"
        "a source language processor.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n'
        "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
        "FITNESS FOR A PARTICULAR PURPOSE, TITLE AND NON-INFRINGEMENT. IN NO EVENT\n"
        "SHALL THE COPYRIGHT HOLDERS OR ANYONE DISTRIBUTING THE SOFTWARE BE LIABLE\n"
        "FOR ANY DAMAGES OR OTHER LIABILITY, WHETHER IN CONTRACT, TORT OR OTHERWISE,\n"
        "ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER\n"
        "DEALINGS IN THE SOFTWARE.\n",
        "osi-open",
        None,
    ),
    "patent retaliation and capitals": (
        "Kakapo Weights License v1\n"
        "\n"
        "1. Permission. The Kakapo Foundation grants every recipient a perpetual, worldwide, no-charge, "
        "royalty-free licence, irrevocable except as stated in section 2, to use, reproduce, modify, "
        "sublicense and distribute the Kakapo weights and works derived from them, for any purpose, and a "
        "licence under its patents that read on the weights to make, use, sell and import them.\n"
        "2. Patent retaliation. If you start patent litigation against anyone (including a cross-claim or "
        "counterclaim) alleging that the weights infringe a patent, every licence granted to you under this "
        "licence terminates on the date that litigation is filed.\n"
        '3. Notice. Keep this licence and the line "Kakapo weights (c) Kakapo Foundation" with every copy you '
        "distribute.\n"
        '4. DISCLAIMER. THE WEIGHTS ARE PROVIDED "AS IS", WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND. IN NO '
        "EVENT WILL THE KAKAPO FOUNDATION BE LIABLE FOR ANY DAMAGES ARISING FROM THE OUTPUTS OF THE WEIGHTS "
        "OR FROM THEIR USE IN ANY APPLICATION, INCLUDING MEDICAL, LEGAL OR SAFETY-CRITICAL APPLICATIONS.\n",
        "open-non-osi",
        None,
    ),
    "plain words with a cure period": (
        "Junco-1B license (plain words, no lawyers were involved)\n"
        "\n"
        "- You can use Junco-1B for anything: hobby, work, research, products you sell.\n"
        "- You can change it, fine-tune it, cut it up, merge it with other models.\n"
        "- You can give it away or sell copies of it, changed or not.\n"
        "- The one thing we ask in return: keep this file with every copy you pass on.\n"
        "\n"
        "If you forget to keep this file with a copy, your permission stops, but it comes back by itself once "
        "you put the file back within 30 days of noticing.\n"
        "\n"
        "It might not work. It might say wrong things. We don't promise anything about it, and we are not "
        "liable for what happens when you use it.\n",
        "open-non-osi",
        None,
    ),
}
