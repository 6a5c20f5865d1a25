# ruff: noqa: E501 (the texts keep their own line breaks)

"""Held-out round 33 (issue 14): twelve model licences on modified permissive licences, the open-washing
case. Eight are a well-known permissive licence (MIT, BSD-2-Clause, BSD-3-Clause, ISC, Zlib, an Apache-2.0
excerpt with its header and sections 1 to 4 condensed) reproduced faithfully but for one added or changed
passage, placed where a skim would miss it (inside the permission sentence, as a numbered condition among
the usual ones, in the warranty disclaimer, in a "NOTICE" addendum, in a sentence right under the
copyright line, under an "Additional Terms" heading at the end), that takes the openness away. Four are
open controls: the same licences, unchanged, with a harmless addition (a citation asked for, not
required; a clause saying the licence grants no trademark rights; a list of third-party components under
their own permissive licences; a sentence saying outputs are not covered and belong to the user), which
read as the OSI licence they carry. Written fresh with invented details, blind, before any rule changed.

- "mit with a user cap in the grant": the MIT licence whose permission sentence, between "to permit
  persons to whom the Software is furnished to do so" and "subject to the following conditions", adds
  "provided that neither the Software nor any work derived from it is used in a product or service that
  had more than 3,500,000 monthly active users in the preceding calendar month"; "without restriction"
  is left in place (a user threshold).
- "bsd-3 with a franc turnover cap": BSD-3-Clause with a fourth numbered condition: redistribution and
  use are permitted under the licence only to persons and entities whose consolidated annual turnover
  does not exceed CHF 40 million, larger entities needing a separate commercial licence (a revenue
  threshold in Swiss francs).
- "bsd-2 disclaimer bars military use": BSD-2-Clause whose capitalised disclaimer, between "ARE
  DISCLAIMED." and "IN NO EVENT", says the software is not licensed for and shall not be used in any
  military application, weapons system or surveillance of individuals, such use being outside the
  permission above (a use restriction).
- "zlib with a built-with badge": the Zlib licence with a fourth numbered restriction: every product or
  service using the software or a derived model must display "Built with Tarnwick" in its user
  interface, on a screen end users see each time it starts, right after condition 1's acknowledgment
  that "would be appreciated but is not required" (naming and branding).
- "isc notice bans training on outputs": the ISC licence followed by a "NOTICE" that "forms part of the
  terms" on which the weights are distributed: output of the model or a derived model may not be used to
  train, fine-tune or distil any other machine-learning model (an output-training ban).
- "mit with a territory line under the copyright": the MIT licence with one sentence right under the
  copyright line: the licence is not granted to persons or organisations resident or established in the
  European Union, and the software may not be used, copied or distributed there (a geographic
  restriction).
- "bsd-2 additional terms against competitors": BSD-2-Clause followed by "Additional Terms": the
  permissions terminate automatically on the day the licensee or an affiliate develops, offers or invests
  in an embedding model or semantic search service competing with the licensor's products, with a duty
  to stop and delete (a use restriction against competitors).
- "apache with a deployment notice in section 4": an Apache-2.0 excerpt (header, sections 1 to 4
  condensed, sections 5 to 9 said to apply unchanged) whose section 4 gains an item (e) after the NOTICE
  item: written notice to the licensor by email within fourteen days after first making the work or a
  derivative available to third parties in a product or service, naming it and its approximate number
  of users (a notification duty).
- "bsd-3 with a citation request": BSD-3-Clause, unchanged, followed by "Citing Fenwold-ASR", a request
  to cite a paper, "a request, not a condition of the licence above" (osi-open).
- "mit with a trademark clause": the MIT licence, unchanged, with a paragraph before the disclaimer saying
  the licence grants no permission to use the licensor's trade names, trademarks or logos except to
  describe the origin of the software (osi-open).
- "isc with third-party components": the ISC licence, unchanged, followed by a list of three bundled
  third-party components under the MIT, BSD-3-Clause and Apache-2.0 licences (osi-open).
- "zlib with outputs left to the user": the Zlib licence, unchanged, followed by a sentence that the
  images and other outputs generated with the model are not covered by the licence and belong to the
  user (osi-open).

First run (before any rule changed): 6 of 12 right (the user cap in the MIT grant, the franc turnover cap,
the military and surveillance ban in the BSD-2 disclaimer, the "Built with Tarnwick" badge, the territory
line under the MIT copyright, each found with the expected clause type, and the MIT trademark clause,
read osi-open). No restricted text read open or osi-open, and no open text read restricted. Three
restricted texts read unknown, each "Based on ... with changes" and with the added passage left
unclassified: the ISC NOTICE (unclassified "Code, text or other output generated by Quillmere-Coder, or
by any model derived from it, may not be used, in whole or in part, to train, fine-tune or distil any
other machine-learning model." and, as a second addition, the whole paragraph from "The Quillmere-Coder
weights are distributed under the licence above together with this notice, which forms part of the
terms on which they are distributed." on; the output-training ban was not seen), the BSD-2 Additional
Terms (unclassified "The permissions granted above terminate automatically, without notice, on the day
that you or any of your affiliates first develops, offers or invests in a text-embedding model or
semantic search service that competes with any product or service of Vellacourt Data Co. On termination
you must stop using and distributing the Vellacourt-Embed software and weights and delete every copy you
hold."), and the Apache section 4 (unclassified "(e) You must notify Kestrelmoor AI Ltd in writing, by
email to deployments@kestrelmoor.example, within fourteen (14) days after You first make the Work or any
Derivative Works available to third parties in a product or service, stating the name of that product or
service and its approximate number of users."). Two open texts read unknown for the same reason: the
BSD-3 citation request (unclassified "If you use the Fenwold-ASR models in published research, we kindly
ask that you cite: E. Marrable and T. Oyelaran-Quist, ... This is a request, not a condition of the
licence above; your rights do not depend on it.") and the Zlib outputs sentence (unclassified "The
images, sprites and other outputs you generate with Saltmarsh-Sprite are not covered by this licence and
belong to you; the authors claim no rights in them."). One open text read open but not as its OSI
licence: the ISC with third-party components read open-non-osi, "Based on ISC License, with changes: the
text holds less than half of the license's own words and is judged on what it says", though the ISC text
is complete and unchanged and only the component list (naming the MIT, BSD 3-Clause and Apache 2.0
licences) follows it. No expectation was changed; no case was found to carry a factual mistake.

What changed (general rules, near misses in `test_near_misses.py`): the cause of the ISC miss was in the
data: the reference runs of every open license had been built from the ScanCode files with their YAML front
matter (names, notes, URLs), which deflated the share of runs a copy holds (a verbatim ISC text held 0.48 of
them, MIT 0.62), so short licenses were never read as copies and the threshold meant something different for
each license. The builder now reads the license text alone (`reference._license_file`) and the data file is
rebuilt; a copy must now hold 0.85 of the runs (`reference.MIN_COVERAGE`): a text holding less only
resembles the license and is read on its own, its grant too, so an edited grant or a rewritten condition
(ScanCode's bsd-no-mod, "used unmodified"; Atmel's binary-only grant) is read, not hidden under the
license's name. Also: rights that end for a licensee who competes are a use restriction; outputs that "may
not be used, in whole or in part, to train" are an output-training ban; a notice owed "within fourteen (14)
days after You first make the Work ... available"; the clause rules read the dots of e-mail addresses, URLs
and domain names as "_" (`Normalized.reading`), so "by email to deployments@kestrelmoor.example, within ..."
stays one window; a request "not a condition of the licence", rights that "do not depend on" it, and outputs
that "are not covered by this licence and belong to you" add no term (`additions._NO_TERMS_OF_ITS_OWN`, read
after a license's end, inside it and in unknown texts alike).
"""

from __future__ import annotations

CASES: dict[str, tuple[str, str, str | None]] = {
    "mit with a user cap in the grant": (
        "MIT License\n"
        "\n"
        "Copyright (c) 2025 Harrowgate Neural Ltd\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        "of this software, the Pellinor-7B model weights and associated documentation\n"
        'files (the "Software"), to deal in the Software without restriction, including\n'
        "without limitation the rights to use, copy, modify, merge, publish, distribute,\n"
        "sublicense, and/or sell copies of the Software, and to permit persons to whom\n"
        "the Software is furnished to do so, provided that neither the Software nor any\n"
        "work derived from it is used in a product or service that had more than\n"
        "3,500,000 monthly active users in the preceding calendar month, and subject to\n"
        "the following conditions:\n"
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
        "user-threshold",
    ),
    "bsd-3 with a franc turnover cap": (
        "BSD 3-Clause License\n"
        "\n"
        "Copyright (c) 2025, Aletschwald Informatik AG\n"
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
        "3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse "
        "or promote products derived from this software without specific prior written permission.\n"
        "\n"
        "4. Redistribution and use are permitted under this licence only to persons and entities whose "
        "consolidated annual turnover does not exceed CHF 40,000,000 (forty million Swiss francs); any larger "
        "entity must obtain a separate commercial licence from Aletschwald Informatik AG.\n"
        "\n"
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR '
        "IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND "
        "FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR "
        "CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL "
        "DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, "
        "DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER "
        "IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF "
        "THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n",
        "restricted",
        "revenue-threshold",
    ),
    "bsd-2 disclaimer bars military use": (
        "BSD 2-Clause License\n"
        "\n"
        "Copyright (c) 2025, Ostrander Vision Laboratory\n"
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
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"\n'
        "AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE\n"
        "IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
        "DISCLAIMED. THIS SOFTWARE IS NOT LICENSED FOR, AND SHALL NOT BE USED IN, ANY\n"
        "MILITARY APPLICATION, ANY WEAPONS SYSTEM OR THE SURVEILLANCE OF INDIVIDUALS,\n"
        "AND ANY SUCH USE FALLS OUTSIDE THE PERMISSION GRANTED ABOVE. IN NO EVENT SHALL\n"
        "THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT,\n"
        "INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT\n"
        "LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR\n"
        "PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF\n"
        "LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE\n"
        "OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF\n"
        "ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n",
        "restricted",
        "use-restrictions",
    ),
    "zlib with a built-with badge": (
        "zlib License\n"
        "\n"
        "Tarnwick-TTS speech model and runtime\n"
        "Copyright (C) 2025 Tarnwick Audio Oy\n"
        "\n"
        "This software is provided 'as-is', without any express or implied warranty. In no event will the "
        "authors be held liable for any damages arising from the use of this software.\n"
        "\n"
        "Permission is granted to anyone to use this software for any purpose, including commercial "
        "applications, and to alter it and redistribute it freely, subject to the following restrictions:\n"
        "\n"
        "1. The origin of this software must not be misrepresented; you must not claim that you wrote the "
        "original software. If you use this software in a product, an acknowledgment in the product "
        "documentation would be appreciated but is not required.\n"
        "2. Altered source versions must be plainly marked as such, and must not be misrepresented as being "
        "the original software.\n"
        "3. This notice may not be removed or altered from any source distribution.\n"
        "4. Any product or service that uses this software, or a speech model derived from it, must display "
        'the words "Built with Tarnwick" prominently in its user interface, on a screen that end users see '
        "each time the product or service starts.\n",
        "restricted",
        "naming-branding",
    ),
    "isc notice bans training on outputs": (
        "ISC License\n"
        "\n"
        "Copyright (c) 2025 Quillmere Systems Pty Ltd\n"
        "\n"
        "Permission to use, copy, modify, and/or distribute this software for any\n"
        "purpose with or without fee is hereby granted, provided that the above\n"
        "copyright notice and this permission notice appear in all copies.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES\n'
        "WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF\n"
        "MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR\n"
        "ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES\n"
        "WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN\n"
        "ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF\n"
        "OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.\n"
        "\n"
        "NOTICE\n"
        "\n"
        "The Quillmere-Coder weights are distributed under the licence above together\n"
        "with this notice, which forms part of the terms on which they are distributed.\n"
        "Code, text or other output generated by Quillmere-Coder, or by any model\n"
        "derived from it, may not be used, in whole or in part, to train, fine-tune or\n"
        "distil any other machine-learning model.\n",
        "restricted",
        "output-training-ban",
    ),
    "mit with a territory line under the copyright": (
        "MIT License\n"
        "\n"
        "Copyright (c) 2025 Brackenholt Labs Inc.\n"
        "This licence is not granted to persons or organisations resident or established in the European "
        "Union, and the Software may not be used, copied or distributed within the European Union.\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and "
        'associated documentation files (the "Software"), to deal in the Software without restriction, '
        "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
        "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is "
        "furnished to do so, subject to the following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all copies or "
        "substantial portions of the Software.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT '
        "NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
        "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES "
        "OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN "
        "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n",
        "restricted",
        "geographic-restriction",
    ),
    "bsd-2 additional terms against competitors": (
        "BSD 2-Clause License\n"
        "\n"
        "Copyright (c) 2025, Vellacourt Data Co.\n"
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
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR '
        "IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND "
        "FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR "
        "CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL "
        "DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, "
        "DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER "
        "IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF "
        "THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n"
        "\n"
        "Additional Terms\n"
        "\n"
        "The permissions granted above terminate automatically, without notice, on the day that you or any of "
        "your affiliates first develops, offers or invests in a text-embedding model or semantic search "
        "service that competes with any product or service of Vellacourt Data Co. On termination you must "
        "stop using and distributing the Vellacourt-Embed software and weights and delete every copy you "
        "hold.\n",
        "restricted",
        "use-restrictions",
    ),
    "apache with a deployment notice in section 4": (
        "                                 Apache License\n"
        "                           Version 2.0, January 2004\n"
        "                        http://www.apache.org/licenses/\n"
        "\n"
        "   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n"
        "\n"
        '   1. Definitions. "License" shall mean the terms and conditions for use, reproduction, and '
        'distribution as defined by Sections 1 through 9 of this document. "You" (or "Your") shall mean an individual or Legal Entity exercising permissions granted by this License. '
        '"Work" shall mean the work of authorship made available under the License, here the Scarrow-13B '
        'model weights and inference code. "Derivative Works" shall mean any work that is based on (or '
        "derived from) the Work.\n"
        "\n"
        "   2. Grant of Copyright License. Subject to the terms and conditions of this License, each "
        "Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, "
        "irrevocable copyright license to reproduce, prepare Derivative Works of, publicly display, publicly "
        "perform, sublicense, and distribute the Work and such Derivative Works in Source or Object form.\n"
        "\n"
        "   3. Grant of Patent License. Subject to the terms and conditions of this License, each Contributor "
        "hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable "
        "(except as stated in this section) patent license to make, have made, use, offer to sell, sell, "
        "import, and otherwise transfer the Work. If You institute patent litigation against any entity "
        "alleging that the Work constitutes direct or contributory patent infringement, then any patent "
        "licenses granted to You under this License for that Work shall terminate as of the date such "
        "litigation is filed.\n"
        "\n"
        "   4. Redistribution. You may reproduce and distribute copies of the Work or Derivative Works thereof "
        "in any medium, with or without modifications, and in Source or Object form, provided that You meet "
        "the following conditions:\n"
        "\n"
        "      (a) You must give any other recipients of the Work or Derivative Works a copy of this License; "
        "and\n"
        "      (b) You must cause any modified files to carry prominent notices stating that You changed the "
        "files; and\n"
        "      (c) You must retain, in the Source form of any Derivative Works that You distribute, all "
        "copyright, patent, trademark, and attribution notices from the Source form of the Work; and\n"
        '      (d) If the Work includes a "NOTICE" text file as part of its distribution, then any Derivative '
        "Works that You distribute must include a readable copy of the attribution notices contained within "
        "such NOTICE file; and\n"
        "      (e) You must notify Kestrelmoor AI Ltd in writing, by email to deployments@kestrelmoor.example, "
        "within fourteen (14) days after You first make the Work or any Derivative Works available to third "
        "parties in a product or service, stating the name of that product or service and its approximate "
        "number of users.\n"
        "\n"
        "   Sections 5 to 9 of the Apache License, Version 2.0, apply unchanged.\n"
        "\n"
        "   Copyright 2025 Kestrelmoor AI Ltd\n",
        "restricted",
        "notification-duty",
    ),
    "bsd-3 with a citation request": (
        "BSD 3-Clause License\n"
        "\n"
        "Copyright (c) 2025, Fenwold University Speech Group\n"
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
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"\n'
        "AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE\n"
        "IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
        "DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n"
        "FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n"
        "DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n"
        "SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n"
        "CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n"
        "OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n"
        "OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n"
        "\n"
        "Citing Fenwold-ASR\n"
        "\n"
        "If you use the Fenwold-ASR models in published research, we kindly ask that\n"
        'you cite: E. Marrable and T. Oyelaran-Quist, "Fenwold-ASR: Streaming Speech\n'
        'Recognition for Low-Resource Dialects", Proceedings of the Northfold Speech\n'
        "Workshop, 2025. This is a request, not a condition of the licence above; your\n"
        "rights do not depend on it.\n",
        "osi-open",
        None,
    ),
    "mit with a trademark clause": (
        "MIT License\n"
        "\n"
        "Copyright (c) 2025 Copperbeck Robotics Ltd\n"
        "\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
        'of this software and associated documentation files (the "Software"), to deal\n'
        "in the Software without restriction, including without limitation the rights\n"
        "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
        "copies of the Software, and to permit persons to whom the Software is\n"
        "furnished to do so, subject to the following conditions:\n"
        "\n"
        "The above copyright notice and this permission notice shall be included in all\n"
        "copies or substantial portions of the Software.\n"
        "\n"
        "This license does not grant permission to use the trade names, trademarks,\n"
        "service marks or logos of Copperbeck Robotics Ltd, including the name\n"
        '"Copperbeck-Policy", except as required for reasonable and customary use in\n'
        "describing the origin of the Software and reproducing the content of this\n"
        "notice.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n'
        "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
        "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
        "AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
        "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
        "OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\n"
        "SOFTWARE.\n",
        "osi-open",
        None,
    ),
    "isc with third-party components": (
        "ISC License\n"
        "\n"
        "Copyright (c) 2025 Wrenfield Language Cooperative\n"
        "\n"
        "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee "
        "is hereby granted, provided that the above copyright notice and this permission notice appear in all "
        "copies.\n"
        "\n"
        'THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE '
        "INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE "
        "LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER "
        "RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER "
        "TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.\n"
        "\n"
        "Third-party components\n"
        "\n"
        "The Wrenfield-1.5B release bundles the following components. Each is covered by its own licence, a "
        "copy of which is in the THIRD_PARTY folder, and not by the licence above:\n"
        "\n"
        "- tallowpiece (tokenizer), MIT License, Copyright (c) 2023 Imogen Ferrers-Doyle\n"
        "- quarrybench (evaluation harness), BSD 3-Clause License, Copyright (c) 2024 Quarry Lane Analytics\n"
        "- swiftbeam (decoding library), Apache License 2.0, Copyright 2022 The Swiftbeam Authors\n",
        "osi-open",
        None,
    ),
    "zlib with outputs left to the user": (
        "zlib License\n"
        "\n"
        "Saltmarsh-Sprite image model, weights and sampler\n"
        "Copyright (C) 2025 Saltmarsh Games Kft.\n"
        "\n"
        "This software is provided 'as-is', without any express or implied warranty. In no event will the "
        "authors be held liable for any damages arising from the use of this software.\n"
        "\n"
        "Permission is granted to anyone to use this software for any purpose, including commercial "
        "applications, and to alter it and redistribute it freely, subject to the following restrictions:\n"
        "\n"
        "1. The origin of this software must not be misrepresented; you must not claim that you wrote the "
        "original software. If you use this software in a product, an acknowledgment in the product "
        "documentation would be appreciated but is not required.\n"
        "2. Altered source versions must be plainly marked as such, and must not be misrepresented as being "
        "the original software.\n"
        "3. This notice may not be removed or altered from any source distribution.\n"
        "\n"
        "The images, sprites and other outputs you generate with Saltmarsh-Sprite are not covered by this "
        "licence and belong to you; the authors claim no rights in them.\n",
        "osi-open",
        None,
    ),
}
