# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 54 (issue 14): twelve model licences that look like well-known open licences but are not, and open
licences that look unusual. Seven take something away, each expecting a different clause type (notification-duty,
geographic-restriction, guardrail-termination, non-commercial, restrictions-flow-down, user-threshold,
use-restrictions), each hidden in the layout of a licence a reader would wave through by its shape; five are open
controls in unusual layouts. Each expectation is decided from the README's definitions (verdicts and clause types,
"text beats name", a catalog licence's own verdict for an unchanged copy) and the frameworks' rules (OSAID's freedoms
to use, study, modify and share for any purpose, for everyone and without asking permission, with no field-of-use,
user-count or revenue limit and no purpose-restricting use policy; the Open Source Definition's free redistribution,
derived works and no discrimination against persons, groups or fields; the G7 labels, Weights Available being the
label for "commercial, geographical, or usecase restrictions"; the EU AI Act exemption, lost to any blocking clause,
Recital 102 keeping it for a licence that only asks for credit and same terms), not from what opengauge reads. The
standard texts (Apache License 2.0, MIT, BSD-2-Clause, BSD-3-Clause, the Apache appendix boilerplate) are reproduced
as published; only the deliberate change in each is this round's own. Every name, company, product, address and figure
is invented (the governing law named in the community licence is real; the domains end in `.example`). Written blind,
before any rule changed.

- "apache 2.0 with a section 4(e): every derivative sent to the licensor": the whole Apache License 2.0, appendix
  included, with one sub-clause added to Section 4 (Redistribution) after (d): "(e) You must send the Licensor a
  complete copy, in Source form, of every Derivative Work that You distribute, together with a description of the
  data used to create it, no later than thirty (30) days after You first distribute that Derivative Work, by
  electronic mail to derivatives@tarnhollow-imaging.example." (restricted, notification-duty: the README's "you must
  ... hand it your changes or training data, before or after you ... share it"; commercial use stays).
- "mit with one word swapped: any resident of new zealand": the MIT License whose permission sentence grants to "any
  resident of New Zealand obtaining a copy" and lets the licensee "permit residents of New Zealand to whom the Software
  is furnished", "person" and "persons" being the only words changed (restricted, geographic-restriction: the README's
  "use is limited to one country"; the Open Source Definition's no discrimination against persons or groups).
- "bsd-3-clause with a fourth clause: the safety classifier stays on": BSD-3-Clause with "4. Any redistribution or
  deployment of this software, or of a work derived from it, must keep the safety classifier in the guard/ directory
  enabled and unmodified, and must not pass any input to the model by a path that bypasses that classifier." before
  the disclaimer (restricted, guardrail-termination: the README's "removing or bypassing safety guardrails is
  forbidden"; use and sale stay free).
- "attribution deed: share and adapt, for non-commercial use": a deed in the words of a Creative Commons Attribution
  4.0 summary ("You are free to: Share ... Adapt ...", "Under the following terms: Attribution ... No additional
  restrictions ...", "Notices:") for a licence of its own, not declared a mere summary, whose line under the two
  freedoms, where that summary says "for any purpose, even commercially.", reads "for non-commercial use."
  (non-commercial, non-commercial: the README's "commercial use is not allowed").
- "rail-style licence: attachment a written into every onward licence": a responsible-AI licence in the OpenRAIL
  layout (Sections I to IV, copyright and patent grants, "END OF TERMS AND CONDITIONS"), its refused uses in an
  Attachment A after the end of the terms (non-consensual images of real people, unreviewed screening for jobs,
  tenancies or loans, predicting offences from appearance or personality, misleading voters, weapons targeting), and
  clause 8: "Every licence or agreement under which You make the Model or a Derivative of the Model available to
  another person must contain the limits of Attachment A as binding terms, and must oblige that person to put them, in
  the same way, into every licence or agreement under which it makes the Model or a Derivative of the Model available
  to anyone else." (restricted, restrictions-flow-down: the README's "what you build from it, or share it with, must
  carry the same restrictions"; the attachment's fields are use-restrictions too, and commercial use is granted).
- "community licence: rights reach a product only while its audience is forty million or fewer": a licence in the
  layout of a large vendor's community licence (release date, quoted definitions, "By clicking "I Accept"", Section
  1.a's grant, 1.b's redistribution notice, disclaimer in capitals, Oregon law), its cap in Section 2, "Audience Size":
  "The rights granted in Section 1.a reach a product or service offered by you or your affiliates only while its
  audience is forty million people or fewer.", the audience being the people who used it "on at least one day of any
  twenty-eight consecutive days", and above that "you must obtain a separate license from Larchwood ... and Larchwood
  may give or refuse that license in its sole discretion" (restricted, user-threshold: the README's "above a number of
  users you lose the rights or need another license").
- "source-available: no offering with the same functions as the licensor's cloud": a source-available licence in
  short headed sections (Acceptance, Copyright licence, Limitations, Patents, Notices, No other rights, Termination,
  No liability, Definitions) whose limitation never says "compete": "You may not offer the Licensed Work, or any work
  based on it, to third parties as part of a product or service that gives them substantially the same search-ranking
  functions as Cindervale Relevance Cloud, or that is sold or promoted as a substitute for a subscription to
  Cindervale Relevance Cloud." (restricted, use-restrictions: the field of offering what the licensor sells is
  withheld, as rounds 40 and 46 judged a competing offering).
- "apache 2.0 appendix boilerplate, fields filled in, as comments": the Apache appendix's notice in `#` comment
  syntax, with a file description above it as the appendix recommends and "Copyright 2026 Brackwater Robotics Ltd" in
  place of the bracketed fields (osi-open: a notice naming Apache-2.0 alone and stating no terms of its own is read as
  that licence).
- "mit in markdown: holders as a list, extra blank lines, nothing changed": the MIT License word for word, under a
  Markdown heading, its copyright lines a bulleted list of two holders with "©" and year ranges, each paragraph on one
  long line, its condition a list item and its disclaimer a block quote, with two or three blank lines between parts
  (osi-open: the catalog licence unchanged).
- "bsd-2-clause with a citation request between its conditions and disclaimer": BSD-2-Clause word for word, with a
  parenthesis between condition 2 and the disclaimer: "(A request, not a condition of this licence: if you publish
  research that uses the Stonechat-Birdsong 2 models, please cite ... Nothing above depends on whether you do.)"
  (osi-open: a request binds nothing, so the text is the OSI-approved licence, as round 33's BSD-3 with a citation
  request).
- "apache 2.0 notice file: attributions only": an Apache-style NOTICE file, a product line and copyright, "This product
  is licensed under the Apache License, Version 2.0.", and four attributions (a research group's software, a pitch
  tracker's author, phoneme tables compiled for an archive, volunteers thanked) (osi-open: it names one catalog licence
  and states no terms of its own).
- "plain-words licence: four freedoms and a credit duty": a licence written from scratch in plain words under the
  headings "What you may do", "The one thing you must do" and "What we do not promise": anyone may use it "for anything
  they like, ... in a business or in government, without paying us and without asking us first", look inside it, change
  it in any way and give or sell copies, changed or not; who passes a copy on must name the maker, pass the licence on
  and say if they changed it (open-non-osi: all four freedoms, the one duty credit, not an OSI-approved text).

First run (written blind, before any rule changed, on commit da00f01): 9 of 12 right. Right: the Apache 2.0 with a
Section 4(e) ("Based on Apache License 2.0, with changes", notification-duty quoted from the added sub-clause, listed as
the one change), the BSD-3-Clause with a fourth clause ("Based on BSD 3-Clause License, with changes",
guardrail-termination from clause 4), the attribution deed (non-commercial from "for non-commercial use."), the
RAIL-style licence (restrictions-flow-down from clause 8, and use-restrictions from clause 7 and from Attachment A's
items), the community licence (user-threshold from Section 2's "When the audience of such a product or service first
goes above forty million people, you must obtain a separate license from Larchwood ...", and also restrictions-flow-down
from 1.b.i's "you shall provide a copy of this Agreement with any such Heronsgate Materials"), and four controls: the
Apache boilerplate in comments and the NOTICE file ("Open source (an OSI-approved license) (this notice puts the files
under the Apache License 2.0)"), the MIT in Markdown (identified as MIT, confidence 1.0, attribution only) and the
BSD-2-Clause with the citation request (identified as BSD-2-Clause, confidence 0.625; the request read as attribution,
which does not block). One blocked text read open, the most serious kind of miss: mit with one word swapped: any
resident of new zealand read `osi-open`, "Open source (an OSI-approved license)", identified as the MIT License
(confidence 0.75), attribution only, no change listed and nothing unread: neither "Permission is hereby granted, free of
charge, to any resident of New Zealand obtaining a copy of this software ..." nor "... and to permit residents of New
Zealand to whom the Software is furnished to do so" raised geographic-restriction or an insertion. One blocked text read
`unknown`, never open: source-available: no offering with the same functions as the licensor's cloud read "Unknown: the
text states terms opengauge cannot classify (line 45: "These terms do not imply any licences other than those expressly
granted in these terms."), so whether it is open is not decided: read them", all four freedoms credited to the grant
(line 13), patent-retaliation and attribution only; the limitation itself, "You may not offer the Licensed Work, or any
work based on it, to third parties as part of a product or service that gives them substantially the same
search-ranking functions as Cindervale Relevance Cloud, or that is sold or promoted as a substitute for a subscription
to Cindervale Relevance Cloud.", raised no use-restrictions and was not listed as unread (the `unknown` comes from the
"No other rights" sentence). One open control read `unknown`: plain-words licence: four freedoms and a credit duty read
"Unknown: the text states terms opengauge cannot classify (line 23: "We do not promise that it works, and we are not
responsible for anything that goes wrong when you use it, as far as..."), so whether it is open is not decided: read
them", all four freedoms read (use from line 8, study and modify from line 11's "You may change it in any way ...",
share from line 12's "You may give copies to others or sell them, as it is or changed."), no clause at all (the credit
duty, "say that Brightwater-Speech 1 was made by Fenlow Works and pass on this licence with it", raised no attribution);
the unread term is the plain-words disclaimer. The verdicts and messages are the test run's; the clause lists, the
freedoms and the unread terms were read from `analyze` on the same texts right after it, nothing changed in between. No
expectation was changed; none was found wrong by the definitions, and no case is listed in `DISAGREEMENTS`.

What changed (fixed in general, each with paraphrases and near misses in `tests/licenses/test_round54_rules.py` that
fail on the code before): a few words swapped into a known licence's own sentence that narrow who receives the grant
("to any resident of New Zealand", a citizen, a company incorporated somewhere, a student, an employee, an individual)
are read as a change (`reference._NARROWING`), so the text is not that licence and not open unless they are read; a
grant to the residents, citizens or companies of a place is geographic-restriction; a product or service refused for
giving "substantially the same ... functions as" the licensor's, or "sold or promoted as a substitute for a
subscription to" it, is use-restrictions without the word "compete"; and for the safety net, "promoted" excuses a
sentence only as the names-not-to-endorse clause has it ("to endorse or promote products derived"), while a
plain-words disclaimer ("We do not promise that it works ... not responsible for anything that goes wrong") and "These
terms do not imply any licences other than those expressly granted" state no limit. 12 of 12 pass. Corpus 64 of 64,
precision 0.975; ScanCode DB 0 of 2,086 moved.
"""

from __future__ import annotations

#: Cases where opengauge's reading and the round's expectation differ, for the reason written here (strict
#: expected failures: reading them as written would pass).
DISAGREEMENTS: dict[str, str] = {}

CASES: dict[str, tuple[str, str, str | None]] = {
    "apache 2.0 with a section 4(e): every derivative sent to the licensor": (
        "                                 Apache License\n"
        "                           Version 2.0, January 2004\n"
        "                        http://www.apache.org/licenses/\n"
        "\n"
        "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n"
        "\n"
        "   1. Definitions.\n"
        "\n"
        '      "License" shall mean the terms and conditions for use, reproduction,\n'
        "      and distribution as defined by Sections 1 through 9 of this document.\n"
        "\n"
        '      "Licensor" shall mean the copyright owner or entity authorized by\n'
        "      the copyright owner that is granting the License.\n"
        "\n"
        '      "Legal Entity" shall mean the union of the acting entity and all\n'
        "      other entities that control, are controlled by, or are under common\n"
        "      control with that entity. For the purposes of this definition,\n"
        '      "control" means (i) the power, direct or indirect, to cause the\n'
        "      direction or management of such entity, whether by contract or\n"
        "      otherwise, or (ii) ownership of fifty percent (50%) or more of the\n"
        "      outstanding shares, or (iii) beneficial ownership of such entity.\n"
        "\n"
        '      "You" (or "Your") shall mean an individual or Legal Entity\n'
        "      exercising permissions granted by this License.\n"
        "\n"
        '      "Source" form shall mean the preferred form for making modifications,\n'
        "      including but not limited to software source code, documentation\n"
        "      source, and configuration files.\n"
        "\n"
        '      "Object" form shall mean any form resulting from mechanical\n'
        "      transformation or translation of a Source form, including but\n"
        "      not limited to compiled object code, generated documentation,\n"
        "      and conversions to other media types.\n"
        "\n"
        '      "Work" shall mean the work of authorship, whether in Source or\n'
        "      Object form, made available under the License, as indicated by a\n"
        "      copyright notice that is included in or attached to the work\n"
        "      (an example is provided in the Appendix below).\n"
        "\n"
        '      "Derivative Works" shall mean any work, whether in Source or Object\n'
        "      form, that is based on (or derived from) the Work and for which the\n"
        "      editorial revisions, annotations, elaborations, or other modifications\n"
        "      represent, as a whole, an original work of authorship. For the purposes\n"
        "      of this License, Derivative Works shall not include works that remain\n"
        "      separable from, or merely link (or bind by name) to the interfaces of,\n"
        "      the Work and Derivative Works thereof.\n"
        "\n"
        '      "Contribution" shall mean any work of authorship, including\n'
        "      the original version of the Work and any modifications or additions\n"
        "      to that Work or Derivative Works thereof, that is intentionally\n"
        "      submitted to Licensor for inclusion in the Work by the copyright owner\n"
        "      or by an individual or Legal Entity authorized to submit on behalf of\n"
        '      the copyright owner. For the purposes of this definition, "submitted"\n'
        "      means any form of electronic, verbal, or written communication sent\n"
        "      to the Licensor or its representatives, including but not limited to\n"
        "      communication on electronic mailing lists, source code control systems,\n"
        "      and issue tracking systems that are managed by, or on behalf of, the\n"
        "      Licensor for the purpose of discussing and improving the Work, but\n"
        "      excluding communication that is conspicuously marked or otherwise\n"
        '      designated in writing by the copyright owner as "Not a Contribution."\n'
        "\n"
        '      "Contributor" shall mean Licensor and any individual or Legal Entity\n'
        "      on behalf of whom a Contribution has been received by Licensor and\n"
        "      subsequently incorporated within the Work.\n"
        "\n"
        "   2. Grant of Copyright License. Subject to the terms and conditions of\n"
        "      this License, each Contributor hereby grants to You a perpetual,\n"
        "      worldwide, non-exclusive, no-charge, royalty-free, irrevocable\n"
        "      copyright license to reproduce, prepare Derivative Works of,\n"
        "      publicly display, publicly perform, sublicense, and distribute the\n"
        "      Work and such Derivative Works in Source or Object form.\n"
        "\n"
        "   3. Grant of Patent License. Subject to the terms and conditions of\n"
        "      this License, each Contributor hereby grants to You a perpetual,\n"
        "      worldwide, non-exclusive, no-charge, royalty-free, irrevocable\n"
        "      (except as stated in this section) patent license to make, have made,\n"
        "      use, offer to sell, sell, import, and otherwise transfer the Work,\n"
        "      where such license applies only to those patent claims licensable\n"
        "      by such Contributor that are necessarily infringed by their\n"
        "      Contribution(s) alone or by combination of their Contribution(s)\n"
        "      with the Work to which such Contribution(s) was submitted. If You\n"
        "      institute patent litigation against any entity (including a\n"
        "      cross-claim or counterclaim in a lawsuit) alleging that the Work\n"
        "      or a Contribution incorporated within the Work constitutes direct\n"
        "      or contributory patent infringement, then any patent licenses\n"
        "      granted to You under this License for that Work shall terminate\n"
        "      as of the date such litigation is filed.\n"
        "\n"
        "   4. Redistribution. You may reproduce and distribute copies of the\n"
        "      Work or Derivative Works thereof in any medium, with or without\n"
        "      modifications, and in Source or Object form, provided that You\n"
        "      meet the following conditions:\n"
        "\n"
        "      (a) You must give any other recipients of the Work or\n"
        "          Derivative Works a copy of this License; and\n"
        "\n"
        "      (b) You must cause any modified files to carry prominent notices\n"
        "          stating that You changed the files; and\n"
        "\n"
        "      (c) You must retain, in the Source form of any Derivative Works\n"
        "          that You distribute, all copyright, patent, trademark, and\n"
        "          attribution notices from the Source form of the Work,\n"
        "          excluding those notices that do not pertain to any part of\n"
        "          the Derivative Works; and\n"
        "\n"
        '      (d) If the Work includes a "NOTICE" text file as part of its\n'
        "          distribution, then any Derivative Works that You distribute must\n"
        "          include a readable copy of the attribution notices contained\n"
        "          within such NOTICE file, excluding those notices that do not\n"
        "          pertain to any part of the Derivative Works, in at least one\n"
        "          of the following places: within a NOTICE text file distributed\n"
        "          as part of the Derivative Works; within the Source form or\n"
        "          documentation, if provided along with the Derivative Works; or,\n"
        "          within a display generated by the Derivative Works, if and\n"
        "          wherever such third-party notices normally appear. The contents\n"
        "          of the NOTICE file are for informational purposes only and\n"
        "          do not modify the License. You may add Your own attribution\n"
        "          notices within Derivative Works that You distribute, alongside\n"
        "          or as an addendum to the NOTICE text from the Work, provided\n"
        "          that such additional attribution notices cannot be construed\n"
        "          as modifying the License.\n"
        "\n"
        "      (e) You must send the Licensor a complete copy, in Source form, of\n"
        "          every Derivative Work that You distribute, together with a\n"
        "          description of the data used to create it, no later than thirty\n"
        "          (30) days after You first distribute that Derivative Work, by\n"
        "          electronic mail to derivatives@tarnhollow-imaging.example.\n"
        "\n"
        "      You may add Your own copyright statement to Your modifications and\n"
        "      may provide additional or different license terms and conditions\n"
        "      for use, reproduction, or distribution of Your modifications, or\n"
        "      for any such Derivative Works as a whole, provided Your use,\n"
        "      reproduction, and distribution of the Work otherwise complies with\n"
        "      the conditions stated in this License.\n"
        "\n"
        "   5. Submission of Contributions. Unless You explicitly state otherwise,\n"
        "      any Contribution intentionally submitted for inclusion in the Work\n"
        "      by You to the Licensor shall be under the terms and conditions of\n"
        "      this License, without any additional terms or conditions.\n"
        "      Notwithstanding the above, nothing herein shall supersede or modify\n"
        "      the terms of any separate license agreement you may have executed\n"
        "      with Licensor regarding such Contributions.\n"
        "\n"
        "   6. Trademarks. This License does not grant permission to use the trade\n"
        "      names, trademarks, service marks, or product names of the Licensor,\n"
        "      except as required for reasonable and customary use in describing the\n"
        "      origin of the Work and reproducing the content of the NOTICE file.\n"
        "\n"
        "   7. Disclaimer of Warranty. Unless required by applicable law or\n"
        "      agreed to in writing, Licensor provides the Work (and each\n"
        '      Contributor provides its Contributions) on an "AS IS" BASIS,\n'
        "      WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or\n"
        "      implied, including, without limitation, any warranties or conditions\n"
        "      of TITLE, NON-INFRINGEMENT, MERCHANTABILITY, or FITNESS FOR A\n"
        "      PARTICULAR PURPOSE. You are solely responsible for determining the\n"
        "      appropriateness of using or redistributing the Work and assume any\n"
        "      risks associated with Your exercise of permissions under this License.\n"
        "\n"
        "   8. Limitation of Liability. In no event and under no legal theory,\n"
        "      whether in tort (including negligence), contract, or otherwise,\n"
        "      unless required by applicable law (such as deliberate and grossly\n"
        "      negligent acts) or agreed to in writing, shall any Contributor be\n"
        "      liable to You for damages, including any direct, indirect, special,\n"
        "      incidental, or consequential damages of any character arising as a\n"
        "      result of this License or out of the use or inability to use the\n"
        "      Work (including but not limited to damages for loss of goodwill,\n"
        "      work stoppage, computer failure or malfunction, or any and all\n"
        "      other commercial damages or losses), even if such Contributor\n"
        "      has been advised of the possibility of such damages.\n"
        "\n"
        "   9. Accepting Warranty or Additional Liability. While redistributing\n"
        "      the Work or Derivative Works thereof, You may choose to offer,\n"
        "      and charge a fee for, acceptance of support, warranty, indemnity,\n"
        "      or other liability obligations and/or rights consistent with this\n"
        "      License. However, in accepting such obligations, You may act only\n"
        "      on Your own behalf and on Your sole responsibility, not on behalf\n"
        "      of any other Contributor, and only if You agree to indemnify,\n"
        "      defend, and hold each Contributor harmless for any liability\n"
        "      incurred by, or claims asserted against, such Contributor by reason\n"
        "      of your accepting any such warranty or additional liability.\n"
        "\n"
        "   END OF TERMS AND CONDITIONS\n"
        "\n"
        "   APPENDIX: How to apply the Apache License to your work.\n"
        "\n"
        "      To apply the Apache License to your work, attach the following\n"
        '      boilerplate notice, with the fields enclosed by brackets "[]"\n'
        "      replaced with your own identifying information. (Don't include\n"
        "      the brackets!)  The text should be enclosed in the appropriate\n"
        "      comment syntax for the file format. We also recommend that a\n"
        "      file or class name and description of purpose be included on the\n"
        '      same "printed page" as the copyright notice for easier\n'
        "      identification within third-party archives.\n"
        "\n"
        "   Copyright [yyyy] [name of copyright owner]\n"
        "\n"
        '   Licensed under the Apache License, Version 2.0 (the "License");\n'
        "   you may not use this file except in compliance with the License.\n"
        "   You may obtain a copy of the License at\n"
        "\n"
        "       http://www.apache.org/licenses/LICENSE-2.0\n"
        "\n"
        "   Unless required by applicable law or agreed to in writing, software\n"
        '   distributed under the License is distributed on an "AS IS" BASIS,\n'
        "   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        "   See the License for the specific language governing permissions and\n"
        "   limitations under the License.\n",
        "restricted",
        "notification-duty",
    ),
    "mit with one word swapped: any resident of new zealand": (
        "MIT License\n"
        "\n"
        "Copyright (c) 2026 Wextonby Speech Ltd\n"
        "\n"
        "Permission is hereby granted, free of charge, to any resident of New Zealand\n"
        "obtaining a copy of this software and associated documentation files (the\n"
        '"Software"), to deal in the Software without restriction, including without\n'
        "limitation the rights to use, copy, modify, merge, publish, distribute,\n"
        "sublicense, and/or sell copies of the Software, and to permit residents of\n"
        "New Zealand to whom the Software is furnished to do so, subject to the\n"
        "following conditions:\n"
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
        "geographic-restriction",
    ),
    "bsd-3-clause with a fourth clause: the safety classifier stays on": (
        "BSD 3-Clause License\n"
        "\n"
        "Copyright (c) 2026, Ellerbeck Vision Systems\n"
        "All rights reserved.\n"
        "\n"
        "Redistribution and use in source and binary forms, with or without\n"
        "modification, are permitted provided that the following conditions are met:\n"
        "\n"
        "1. Redistributions of source code must retain the above copyright notice, this\n"
        "   list of conditions and the following disclaimer.\n"
        "\n"
        "2. Redistributions in binary form must reproduce the above copyright notice,\n"
        "   this list of conditions and the following disclaimer in the documentation\n"
        "   and/or other materials provided with the distribution.\n"
        "\n"
        "3. Neither the name of the copyright holder nor the names of its\n"
        "   contributors may be used to endorse or promote products derived from\n"
        "   this software without specific prior written permission.\n"
        "\n"
        "4. Any redistribution or deployment of this software, or of a work derived\n"
        "   from it, must keep the safety classifier in the guard/ directory enabled\n"
        "   and unmodified, and must not pass any input to the model by a path that\n"
        "   bypasses that classifier.\n"
        "\n"
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"\n'
        "AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE\n"
        "IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
        "DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n"
        "FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n"
        "DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n"
        "SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n"
        "CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n"
        "OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n"
        "OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n",
        "restricted",
        "guardrail-termination",
    ),
    "attribution deed: share and adapt, for non-commercial use": (
        "Lowmoor Attribution Licence 4.0 - Deed\n"
        "\n"
        "This deed sets out the terms on which Lowmoor Acoustics Ltd licenses the\n"
        "Ploverdale-TTS 1.5 weights and the voice files that come with them (the\n"
        "material).\n"
        "\n"
        "You are free to:\n"
        "\n"
        "Share - copy and redistribute the material in any medium or format\n"
        "Adapt - remix, transform, and build upon the material\n"
        "\n"
        "for non-commercial use.\n"
        "\n"
        "The licensor cannot revoke these freedoms as long as you follow the licence\n"
        "terms.\n"
        "\n"
        "Under the following terms:\n"
        "\n"
        "Attribution - You must give appropriate credit, provide a link to the\n"
        "licence, and indicate if changes were made. You may do so in any reasonable\n"
        "manner, but not in any way that suggests the licensor endorses you or your\n"
        "use.\n"
        "\n"
        "No additional restrictions - You may not apply legal terms or technological\n"
        "measures that legally restrict others from doing anything the licence\n"
        "permits.\n"
        "\n"
        "Notices:\n"
        "\n"
        "You do not have to comply with the licence for elements of the material in\n"
        "the public domain or where your use is permitted by an applicable exception\n"
        "or limitation.\n"
        "\n"
        "No warranties are given. The licence may not give you all of the permissions\n"
        "necessary for your intended use. For example, other rights such as\n"
        "publicity, privacy, or moral rights may limit how you use the material.\n",
        "non-commercial",
        "non-commercial",
    ),
    "rail-style licence: attachment a written into every onward licence": (
        "Ravensmere Responsible AI Licence for Models (RRAIL-M), version 1.0\n"
        "\n"
        "Copyright 2026 Ravensmere Institute for Imaging\n"
        "\n"
        "Section I: Definitions\n"
        "\n"
        '1. "Licence" means the terms and conditions for use, reproduction and\n'
        "distribution set out in this document, including Attachment A.\n"
        "\n"
        '2. "Model" means the Sedgewick-Diffusion 3 weights, and the code that loads\n'
        "and runs them, as published by the Ravensmere Institute for Imaging\n"
        '("Ravensmere").\n'
        "\n"
        '3. "Derivatives of the Model" means any modified version of the Model, any\n'
        "work based on the Model, and any model trained on outputs of the Model so as\n"
        "to perform in a similar way.\n"
        "\n"
        '4. "You" means the individual or legal entity exercising rights under this\n'
        "Licence.\n"
        "\n"
        "Section II: Rights granted\n"
        "\n"
        "5. Copyright licence. Subject to this Licence, Ravensmere grants You a\n"
        "perpetual, worldwide, non-exclusive, no-charge, royalty-free copyright\n"
        "licence to reproduce, study, modify, publicly display, sublicense and\n"
        "distribute the Model and Derivatives of the Model, and to use them for any\n"
        "purpose not listed in Attachment A, commercial purposes included.\n"
        "\n"
        "6. Patent licence. Subject to this Licence, Ravensmere grants You a\n"
        "perpetual, worldwide, non-exclusive, no-charge, royalty-free patent licence\n"
        "to make, have made, use, sell, import and otherwise transfer the Model and\n"
        "Derivatives of the Model, for the patent claims Ravensmere can license that\n"
        "are necessarily infringed by the Model.\n"
        "\n"
        "Section III: Conditions of use and distribution\n"
        "\n"
        "7. Use-based limits. You may not use the Model or Derivatives of the Model\n"
        "for any of the uses set out in Attachment A.\n"
        "\n"
        "8. Passing the limits on. Every licence or agreement under which You make\n"
        "the Model or a Derivative of the Model available to another person must\n"
        "contain the limits of Attachment A as binding terms, and must oblige that\n"
        "person to put them, in the same way, into every licence or agreement under\n"
        "which it makes the Model or a Derivative of the Model available to anyone\n"
        "else. You must also give every such person a copy of this Licence.\n"
        "\n"
        "9. Modified files. You must make modified files carry a prominent notice\n"
        "stating that You changed them.\n"
        "\n"
        "10. Outputs. Ravensmere claims no rights in the images You generate with the\n"
        "Model. You are responsible for them and for how You use them.\n"
        "\n"
        "Section IV: Other provisions\n"
        "\n"
        "11. Trademarks. This Licence does not grant permission to use the trade\n"
        "names, trademarks or logos of Ravensmere, except as needed to describe the\n"
        "origin of the Model.\n"
        "\n"
        "12. Disclaimer of warranty. Unless required by applicable law or agreed to\n"
        'in writing, Ravensmere provides the Model on an "AS IS" BASIS, WITHOUT\n'
        "WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        "\n"
        "13. Limitation of liability. In no event, unless required by applicable law,\n"
        "shall Ravensmere be liable to You for damages of any kind arising out of this\n"
        "Licence or out of the use of the Model.\n"
        "\n"
        "END OF TERMS AND CONDITIONS\n"
        "\n"
        "\n"
        "Attachment A\n"
        "\n"
        "You may not use the Model or Derivatives of the Model:\n"
        "\n"
        "(a) to produce images of a real, identifiable person in a sexual setting, or\n"
        "    in any setting that person has not agreed to;\n"
        "(b) to screen, rank or reject applicants for a job, a tenancy or a loan\n"
        "    without a human reviewing each decision;\n"
        "(c) to predict whether a particular person will commit an offence, from\n"
        "    their appearance, their personality traits or their social connections;\n"
        "(d) to produce material meant to mislead voters about an election or a\n"
        "    referendum; or\n"
        "(e) to select targets for, or to guide, any weapon.\n",
        "restricted",
        "restrictions-flow-down",
    ),
    "community licence: rights reach a product only while its audience is forty million or fewer": (
        "HERONSGATE 2 COMMUNITY LICENSE AGREEMENT\n"
        "\n"
        "Heronsgate 2 Version Release Date: March 3, 2026\n"
        "\n"
        '"Agreement" means the terms and conditions for use, reproduction,\n'
        "distribution and modification of the Heronsgate Materials set forth herein.\n"
        "\n"
        '"Documentation" means the specifications, manuals and documentation\n'
        "accompanying Heronsgate 2 distributed by Larchwood at\n"
        "https://larchwood.example/heronsgate/docs.\n"
        "\n"
        '"Licensee" or "you" means you, or your employer or any other person or\n'
        "entity (if you are entering into this Agreement on such person or entity's\n"
        "behalf), of the age required under applicable laws, rules or regulations to\n"
        "provide legal consent and that has legal authority to bind your employer or\n"
        "such other person or entity if you are entering into this Agreement on their\n"
        "behalf.\n"
        "\n"
        '"Heronsgate 2" means the foundational large language models and software and\n'
        "algorithms, including machine-learning model code, trained model weights,\n"
        "inference-enabling code, training-enabling code, fine-tuning enabling code\n"
        "and other elements of the foregoing distributed by Larchwood at\n"
        "https://larchwood.example/heronsgate/downloads.\n"
        "\n"
        '"Heronsgate Materials" means, collectively, Larchwood\'s proprietary\n'
        "Heronsgate 2 and Documentation (and any portion thereof) made available\n"
        "under this Agreement.\n"
        "\n"
        '"Larchwood" or "we" means Larchwood Systems Inc.\n'
        "\n"
        'By clicking "I Accept" below or by using or distributing any portion or\n'
        "element of the Heronsgate Materials, you agree to be bound by this Agreement.\n"
        "\n"
        "1. License Rights and Redistribution.\n"
        "\n"
        "a. Grant of Rights. You are granted a non-exclusive, worldwide,\n"
        "non-transferable and royalty-free limited license under Larchwood's\n"
        "intellectual property or other rights owned by Larchwood embodied in the\n"
        "Heronsgate Materials to use, reproduce, distribute, copy, create derivative\n"
        "works of, and make modifications to the Heronsgate Materials.\n"
        "\n"
        "b. Redistribution and Use.\n"
        "\n"
        "i. If you distribute or make available the Heronsgate Materials (or any\n"
        "derivative works thereof), you shall provide a copy of this Agreement with\n"
        "any such Heronsgate Materials.\n"
        "\n"
        "ii. You must retain in all copies of the Heronsgate Materials that you\n"
        'distribute the following attribution notice within a "Notice" text file\n'
        'distributed as a part of such copies: "Heronsgate 2 is licensed under the\n'
        "Heronsgate 2 Community License, Copyright (c) Larchwood Systems Inc. All\n"
        'Rights Reserved."\n'
        "\n"
        "2. Audience Size. The rights granted in Section 1.a reach a product or\n"
        "service offered by you or your affiliates only while its audience is forty\n"
        "million people or fewer. The audience of a product or service is the number\n"
        "of different people who used it, directly or through another party's\n"
        "application, on at least one day of any twenty-eight consecutive days. When\n"
        "the audience of such a product or service first goes above forty million\n"
        "people, you must obtain a separate license from Larchwood before you continue\n"
        "to offer it with the Heronsgate Materials, and Larchwood may give or refuse\n"
        "that license in its sole discretion.\n"
        "\n"
        "3. Disclaimer of Warranty. UNLESS REQUIRED BY APPLICABLE LAW, THE HERONSGATE\n"
        'MATERIALS AND ANY OUTPUT AND RESULTS THEREFROM ARE PROVIDED ON AN "AS IS"\n'
        "BASIS, WITHOUT WARRANTIES OF ANY KIND, AND LARCHWOOD DISCLAIMS ALL WARRANTIES\n"
        "OF ANY KIND, BOTH EXPRESS AND IMPLIED, INCLUDING, WITHOUT LIMITATION, ANY\n"
        "WARRANTIES OF TITLE, NON-INFRINGEMENT, MERCHANTABILITY, OR FITNESS FOR A\n"
        "PARTICULAR PURPOSE.\n"
        "\n"
        "4. Limitation of Liability. IN NO EVENT WILL LARCHWOOD OR ITS AFFILIATES BE\n"
        "LIABLE UNDER ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, TORT, NEGLIGENCE,\n"
        "PRODUCTS LIABILITY, OR OTHERWISE, ARISING OUT OF THIS AGREEMENT, FOR ANY LOST\n"
        "PROFITS OR ANY INDIRECT, SPECIAL, CONSEQUENTIAL, INCIDENTAL, EXEMPLARY OR\n"
        "PUNITIVE DAMAGES.\n"
        "\n"
        "5. Intellectual Property. No trademark licenses are granted under this\n"
        "Agreement, and in connection with the Heronsgate Materials, neither Larchwood\n"
        "nor Licensee may use any name or mark owned by or associated with the other\n"
        "or any of its affiliates, except as required for reasonable and customary\n"
        "use in describing and redistributing the Heronsgate Materials.\n"
        "\n"
        "6. Term and Termination. The term of this Agreement will commence upon your\n"
        "acceptance of this Agreement or access to the Heronsgate Materials and will\n"
        "continue in full force and effect until terminated in accordance with the\n"
        "terms and conditions herein. Larchwood may terminate this Agreement if you\n"
        "are in breach of any term or condition of this Agreement.\n"
        "\n"
        "7. Governing Law and Jurisdiction. This Agreement will be governed and\n"
        "construed under the laws of the State of Oregon without regard to choice of\n"
        "law principles, and the courts of Oregon shall have exclusive jurisdiction of\n"
        "any dispute arising out of this Agreement.\n",
        "restricted",
        "user-threshold",
    ),
    "source-available: no offering with the same functions as the licensor's cloud": (
        "Cindervale Source-Available Licence 1.1\n"
        "\n"
        "Licensor: Cindervale Data Oy\n"
        "Licensed Work: Cindervale Rerank 2 (model weights, tokenizer and serving code)\n"
        "\n"
        "Acceptance\n"
        "\n"
        "By using the Licensed Work, you agree to these terms. If you do not agree to\n"
        "them, you have no rights in the Licensed Work.\n"
        "\n"
        "Copyright licence\n"
        "\n"
        "The licensor grants you a non-exclusive, royalty-free, worldwide licence to\n"
        "use, copy, study, modify, distribute and make available the Licensed Work,\n"
        "and to prepare works based on it, subject to the limitations below.\n"
        "\n"
        "Limitations\n"
        "\n"
        "You may not offer the Licensed Work, or any work based on it, to third\n"
        "parties as part of a product or service that gives them substantially the\n"
        "same search-ranking functions as Cindervale Relevance Cloud, or that is sold\n"
        "or promoted as a substitute for a subscription to Cindervale Relevance Cloud.\n"
        "\n"
        "You may not remove or obscure any licensing, copyright or other notice of\n"
        "the licensor in the Licensed Work.\n"
        "\n"
        "Patents\n"
        "\n"
        "The licensor grants you a licence, under any patent claims the licensor can\n"
        "license or becomes able to license, to make, have made, use, sell, offer for\n"
        "sale, import and have imported the Licensed Work, in each case subject to the\n"
        "limitations above. If you or your company make any written claim that the\n"
        "Licensed Work infringes or contributes to infringement of any patent, your\n"
        "patent licence for the Licensed Work ends immediately.\n"
        "\n"
        "Notices\n"
        "\n"
        "You must ensure that anyone who gets a copy of any part of the Licensed Work\n"
        "from you also gets a copy of these terms. If you modify the Licensed Work,\n"
        "you must include in any modified copies a prominent notice stating that you\n"
        "have modified it.\n"
        "\n"
        "No other rights\n"
        "\n"
        "These terms do not imply any licences other than those expressly granted in\n"
        "these terms.\n"
        "\n"
        "Termination\n"
        "\n"
        "If you use the Licensed Work in violation of these terms, your licence ends.\n"
        "If the licensor notifies you of the violation and you stop it within thirty\n"
        "days of that notice, your licence is reinstated.\n"
        "\n"
        "No liability\n"
        "\n"
        "As far as the law allows, the Licensed Work comes as is, without any\n"
        "warranty or condition, and the licensor will not be liable to you for any\n"
        "damages arising out of these terms or the use or nature of the Licensed Work,\n"
        "under any kind of legal claim.\n"
        "\n"
        "Definitions\n"
        "\n"
        "The licensor is Cindervale Data Oy, of Tampere.\n"
        "\n"
        "You means the individual or entity agreeing to these terms.\n"
        "\n"
        "Your company means any legal entity, sole proprietorship or other kind of\n"
        "organisation that you work for, plus every organisation that has control\n"
        "over, is under the control of, or is under common control with it.\n"
        "\n"
        "Cindervale Relevance Cloud means the hosted search-ranking service that the\n"
        "licensor sells by subscription at https://relevance.cindervale.example.\n",
        "restricted",
        "use-restrictions",
    ),
    "apache 2.0 appendix boilerplate, fields filled in, as comments": (
        "# Gullhaven-Depth 2: monocular depth-estimation weights and the code that\n"
        "# loads and runs them.\n"
        "#\n"
        "# Copyright 2026 Brackwater Robotics Ltd\n"
        "#\n"
        '# Licensed under the Apache License, Version 2.0 (the "License");\n'
        "# you may not use this file except in compliance with the License.\n"
        "# You may obtain a copy of the License at\n"
        "#\n"
        "#     http://www.apache.org/licenses/LICENSE-2.0\n"
        "#\n"
        "# Unless required by applicable law or agreed to in writing, software\n"
        '# distributed under the License is distributed on an "AS IS" BASIS,\n'
        "# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        "# See the License for the specific language governing permissions and\n"
        "# limitations under the License.\n",
        "osi-open",
        None,
    ),
    "mit in markdown: holders as a list, extra blank lines, nothing changed": (
        "# MIT License\n"
        "\n"
        "\n"
        "**Copyright holders**\n"
        "\n"
        "- Copyright © 2023–2026 Fallowfield Speech Cooperative\n"
        "- Copyright © 2025–2026 the Lintmere contributors (see [AUTHORS.md](AUTHORS.md))\n"
        "\n"
        "\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
        'associated documentation files (the "Software"), to deal in the Software without restriction, '
        "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
        "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is "
        "furnished to do so, subject to the following conditions:\n"
        "\n"
        "\n"
        "- The above copyright notice and this permission notice shall be included in all copies or "
        "substantial portions of the Software.\n"
        "\n"
        "\n"
        "\n"
        '> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT '
        "NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
        "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, "
        "DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT "
        "OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n",
        "osi-open",
        None,
    ),
    "bsd-2-clause with a citation request between its conditions and disclaimer": (
        "BSD 2-Clause License\n"
        "\n"
        "Copyright (c) 2025-2026, Stonechat Bioacoustics Group, Wendry College\n"
        "All rights reserved.\n"
        "\n"
        "Redistribution and use in source and binary forms, with or without\n"
        "modification, are permitted provided that the following conditions are met:\n"
        "\n"
        "1. Redistributions of source code must retain the above copyright notice, this\n"
        "   list of conditions and the following disclaimer.\n"
        "\n"
        "2. Redistributions in binary form must reproduce the above copyright notice,\n"
        "   this list of conditions and the following disclaimer in the documentation\n"
        "   and/or other materials provided with the distribution.\n"
        "\n"
        "(A request, not a condition of this licence: if you publish research that\n"
        'uses the Stonechat-Birdsong 2 models, please cite "Stonechat-Birdsong 2:\n'
        'call detection at the edge", R. Amberley and J. Coyle-Nwosu, 2026. Nothing\n'
        "above depends on whether you do.)\n"
        "\n"
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"\n'
        "AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE\n"
        "IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
        "DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n"
        "FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n"
        "DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n"
        "SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n"
        "CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n"
        "OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n"
        "OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n",
        "osi-open",
        None,
    ),
    "apache 2.0 notice file: attributions only": (
        "Marshgate Voice Toolkit\n"
        "Copyright 2024-2026 Marshgate Audio Ltd\n"
        "\n"
        "This product is licensed under the Apache License, Version 2.0.\n"
        "\n"
        "This product includes software developed by the Hollinsvale Signal\n"
        "Processing Group (https://hollinsvale.example/).\n"
        "\n"
        "The pitch tracker in src/pitch/ was first written by Oriel Tamsworth.\n"
        "Copyright 2019 Oriel Tamsworth.\n"
        "\n"
        "The phoneme tables in data/phonemes/ were compiled by Ilse Varnham-Roe for\n"
        "the Tidemark Speech Archive. Copyright 2021 Tidemark Speech Archive.\n"
        "\n"
        "The Welsh voice was recorded with the volunteers of the Caerwent Voices\n"
        "project, whose help we gratefully acknowledge.\n",
        "osi-open",
        None,
    ),
    "plain-words licence: four freedoms and a credit duty": (
        "The Fenlow Licence\n"
        "\n"
        "This licence is for Brightwater-Speech 1, the speech-recognition model made by\n"
        "Fenlow Works: its weights, its tokenizer, and the code that trains and runs it.\n"
        "\n"
        "What you may do\n"
        "\n"
        "Anyone may use Brightwater-Speech 1 for anything they like, at home, at school,\n"
        "in a business or in government, without paying us and without asking us first.\n"
        "You may look inside it: read the code, inspect the weights, measure how it\n"
        "behaves. You may change it in any way, fine-tune it, cut it down or merge it\n"
        "with other models. You may give copies to others or sell them, as it is or\n"
        "changed.\n"
        "\n"
        "The one thing you must do\n"
        "\n"
        "When you give or sell a copy to someone else, changed or not, say that\n"
        "Brightwater-Speech 1 was made by Fenlow Works and pass on this licence with it.\n"
        "If you changed it, say so.\n"
        "\n"
        "What we do not promise\n"
        "\n"
        "We give Brightwater-Speech 1 away as it is. We do not promise that it works,\n"
        "and we are not responsible for anything that goes wrong when you use it, as far\n"
        "as the law allows.\n",
        "open-non-osi",
        None,
    ),
}
