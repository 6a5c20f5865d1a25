"""Near misses of the held-out rounds' rules (`heldout/round7.py` to `round25.py` and
`test_heldout_round10.py`): sentences that share a new rule's words but not its meaning (a statistic of
past use, the licensor's own refusals, GPL's "no further restrictions", a licence's own history), each
with the clause type the rule must not give it. One home for all rounds, so each new rule's false
alarms are read the same way."""

from __future__ import annotations

import pytest

from opengauge.licenses.clauses import clauses

#: (round, sentence, clause type it must not read as)
NEAR_MISSES: list[tuple[int, str, str]] = [
    # licence round 43 and release round 21: what a model is intended for is no duty; identifying the licensor
    # is a name rule's
    (
        43,
        "It is intended for research and educational use in accordance with the Velour Institute's "
        "Responsible Use Guidelines.",
        "use-policy-by-reference",
    ),
    (
        43,
        "The weights may not be used to identify the licensor as the author of your product.",
        "use-restrictions",
    ),
    # licence round 42's rules: a definition naming an approval that is not the licensee's registration, a
    # registration that cannot be transferred, a session count that is a statistic, a purpose that includes
    # commercial use
    (
        42,
        '"Compatible License" means a license that is listed at https://example.org/compatible that has been '
        "approved by the Foundation as essentially equivalent to this License.",
        "notification-duty",
    ),
    (42, "A registration is personal to the registrant and cannot be transferred.", "no-redistribution"),
    (42, "The service held more than 1,500 concurrent sessions during the launch.", "user-threshold"),
    (
        42,
        '"Permitted Purpose" means the evaluation of the behaviour of models and commercial deployment '
        "of them.",
        "research-only",
    ),
    (
        7,
        "Earlier versions of the model have been used by more than 1 million people.",
        "user-threshold|use-restrictions|unilateral-change|revenue-threshold",
    ),
    (
        7,
        "Ecma International shall not provide legal opinions about the validity of patents.",
        "user-threshold|use-restrictions|unilateral-change|revenue-threshold",
    ),
    (
        7,
        "The Model does not provide medical advice and is not a medical device.",
        "user-threshold|use-restrictions|unilateral-change|revenue-threshold",
    ),
    (
        7,
        "New versions of this license apply to you only if you choose to accept them at your option.",
        "user-threshold|use-restrictions|unilateral-change|revenue-threshold",
    ),
    (
        7,
        "Kestrel AI GmbH employs more than 1,500 people in Berlin.",
        "user-threshold|use-restrictions|unilateral-change|revenue-threshold",
    ),
    (
        8,
        "You may distribute the model through any channel, including the Sanderling Model Hub.",
        "platform-tie",
    ),
    (8, "You are free to switch off the content filter, which ships enabled.", "guardrail-termination"),
    (
        8,
        "Reviews of the model, including negative reviews, are welcome and never end this licence.",
        "ethical-conditions",
    ),
    (
        8,
        "This license ends if you bring a patent claim against the licensor.",
        "broad-litigation-termination",
    ),
    (
        8,
        "You may not export the model to Iran in violation of export control laws.",
        "geographic-restriction",
    ),
    (9, "Use by any company is welcome and requires no further licence.", "personal-use-only"),
    (9, "You may offer the model as a hosted service.", "use-restrictions"),
    (9, "Commercial use is allowed, with or without a paid support contract.", "non-commercial"),
    (
        10,
        "Permission is granted to use the model for any purpose, including academic research purposes.",
        "research-only",
    ),
    (10, "The License grants you the right to sell copies of the Software.", "non-commercial"),
    (10, "The model is used for good causes in many hospitals.", "ethical-conditions"),
    (
        10,
        "The name of the Licensor may not be used to endorse products derived from the Work without "
        "specific prior written permission.",
        "notification-duty",
    ),
    (
        11,
        "You may not impose any further restrictions on the recipients' exercise of the rights "
        "granted herein.",
        "restrictions-flow-down",
    ),
    (
        11,
        "This license may not be resold, but applications developed with the library may be sold.",
        "non-commercial",
    ),
    (
        11,
        "The Licensor may terminate this License if you breach it, for any reason listed in Section 7.",
        "remote-control",
    ),
    (
        11,
        "You must comply with export laws; the model may not be exported to sanctioned countries.",
        "geographic-restriction",
    ),
    (
        11,
        "Permission to use the model for any purpose except as provided in Section 3 is granted.",
        "use-restrictions",
    ),
    (
        13,
        "This License has been submitted to the Open Software Initiative (OSI) for approval.",
        "notification-duty",
    ),
    (
        13,
        "You must provide all other recipients of Derivative Works with a copy of the License.",
        "notification-duty",
    ),
    (13, "You must display the privacy notice to end users before collecting data.", "naming-branding"),
    (13, "The model may be used in any application that calls any API.", "platform-tie"),
    (13, "Licensor shall not be liable for uses in the defence sector.", "use-restrictions"),
    (14, "No recipient shall be required to use the Model for any particular purpose.", "use-restrictions"),
    (
        14,
        "The License terminates if you fail to comply with it; updates are posted online.",
        "remote-control",
    ),
    (14, "The Model may be used by authorised users and by anyone else.", "personal-use-only"),
    (15, "许可方不对任何违法活动承担责任。", "use-restrictions"),
    (15, "分发时请保留本许可证。", "notification-duty"),
    (16, "Use of the model to violate the law is not permitted.", "use-restrictions"),
    (16, "The reference deployment served more than 10,000 daily requests in 2025.", "user-threshold"),
    (16, "Permission is revoked for any person who breaches this license.", "use-restrictions"),
    (
        16,
        "You may use the model in connection with your internal and external products.",
        "personal-use-only",
    ),
    (17, "The model was benchmarked on up to 8 GPUs.", "user-threshold"),
    (17, "This license does not cover third-party components shipped with the model.", "use-restrictions"),
    (18, "The Licence does not cover: (d) military insignia;", "use-restrictions"),
    (18, "This License does not extend to any trademarks or logos of the Licensor.", "use-restrictions"),
    (18, "The grant is not available to anyone as a warranty of fitness.", "use-restrictions"),
    (18, "Our company's turnover last year was EUR 40 million, and we thank our users.", "revenue-threshold"),
    (18, "You may use it for any purpose, not only for scientific study.", "research-only"),
    (18, "You may switch off the usage reporting at any time in the settings.", "notification-duty"),
    (18, "Personal data may not be shared with third parties without consent.", "output-training-ban"),
    (19, "The warranty disclaimer is void where prohibited by law.", "geographic-restriction"),
    (19, "This licence is void for anyone who breaches it.", "geographic-restriction"),
    (
        19,
        "If your product generates revenue above $1 million, you must obtain a commercial licence.",
        "non-commercial",
    ),
    (
        19,
        "You may use the Model for the purposes in Attachment A.\n\nAttachment A\n(a) Writing ad copy.\n",
        "use-restrictions",
    ),
    (19, "Any derivative you distribute must be distributed under this License.", "restrictions-flow-down"),
    (20, "You may not use the Model to violate any applicable law.", "use-restrictions"),
    (20, "You may not use this file except in compliance with the License.", "use-restrictions"),
    (20, "You may not use the names of the authors to endorse products built with it.", "use-restrictions"),
    (20, "You may not use outputs to build a competing model.", "use-restrictions"),
    (20, '"Permitted Use" means any lawful purpose, including research.', "research-only"),
    (20, '"Permitted Purpose" means academic research and teaching by universities.', "research-only"),
    (
        21,
        "The model is available to anyone, including universities and other educational institutions.",
        "use-restrictions",
    ),
    (21, "You must send end users a monthly statement of their data use.", "notification-duty"),
    (21, "The warranty expires five years after delivery.", "time-limit"),
    (21, "We do not remove the watermark from the training images.", "guardrail-termination"),
    (
        22,
        'Products built with the model must display "AI-generated" on the user interface.',
        "naming-branding",
    ),
    (
        22,
        'You must keep the copyright notice "(c) Merlin AI" in the product\'s about page.',
        "naming-branding",
    ),
    (22, "You shall not use the Model for any activity that violates applicable law.", "use-restrictions"),
    (22, "The Model must not be used in any way that infringes the rights of others.", "use-restrictions"),
    (22, "You shall not use the Model for any purpose which is unlawful.", "use-restrictions"),
    # the release round's license rules (tests/assess/heldout_releases.py)
    (22, "You do not need a commercial license to use the model commercially.", "non-commercial"),
    (22, "Larger organisations need a commercial licence.", "non-commercial"),
    (22, "Free for non-commercial and commercial use.", "non-commercial"),
    (22, "Medusa was once distributed under a 'free for non-commercial use' license.", "non-commercial"),
    (22, "Commercial use requires compliance with the license.", "non-commercial"),
    (22, "Commercial use requires no license beyond this one.", "non-commercial"),
    # release round 3: "may not be deployed in any system that ..." is a use refused; the law's own bans and
    # the licensor's names are not
    (23, "The Model may not be deployed in violation of applicable export laws.", "use-restrictions"),
    (23, "The licensor's name may not be used in advertising for your product.", "use-restrictions"),
    # license round 23: a volume of use is a cap only over a period and as a condition; a paid licence
    # required is a fee only when it is required
    (23, "If the prompt exceeds 4,096 tokens, the oldest tokens are dropped.", "user-threshold"),
    (
        23,
        "Grebe-8B generated more than 10 billion tokens per month during our public beta.",
        "user-threshold",
    ),
    (23, "No paid license is required for commercial use of Grebe-8B.", "fee-required"),
    # license round 24: a use carved out by "except" only when it names such a field; fields listed in a
    # schedule only when the grant is confined to them
    (
        24,
        "Except as required by law, the licensor will not disclose use by law enforcement agencies.",
        "use-restrictions",
    ),
    (
        24,
        "The fields of use set out in Schedule 1 are examples of what people build, not limits.",
        "use-restrictions",
    ),
    # license round 25: "neither ... nor ... may be used in" only for a use, not for names; a date that
    # bounds a warranty or an effect "until terminated"; terms "as amended" that are a law's, or changed by
    # both parties; "You" defined to include legal entities; rights reserved, or a breach, not a class
    (
        25,
        "Neither the name of the Licensor nor the names of its contributors may be used in advertising "
        "without specific prior written permission.",
        "use-restrictions",
    ),
    (25, "This License is effective until terminated.", "time-limit"),
    (25, "The limited warranty is valid until 31 December 2027.", "time-limit"),
    (25, "The previous contributor policy (valid until 1 March 2019) is archived on our site.", "time-limit"),
    (
        25,
        "You must comply with the export control laws, as amended from time to time, of your country.",
        "unilateral-change",
    ),
    (
        25,
        "This Agreement as amended by both parties in writing from time to time is the whole agreement.",
        "unilateral-change",
    ),
    (
        25,
        '"You" (or "Your") shall mean an individual or Legal Entity exercising permissions granted by this '
        "License, acting for itself and not for any other company.",
        "personal-use-only",
    ),
    (25, "Except as expressly stated in this License, no rights are granted to you.", "use-restrictions"),
    (
        25,
        "If you are a licensee in breach of section 4, no rights are granted to you until you cure it.",
        "use-restrictions",
    ),
    # license round 26: a licence referred to by its address is no policy; a privacy policy is none; a
    # maximum that is no cap on people; a notice owed to the model's users; terms copied to recipients that
    # are the licence itself (copyleft), not use restrictions
    (
        26,
        "This file is distributed subject to the terms of the MIT License at https://opensource.org/licenses/MIT.",
        "use-policy-by-reference",
    ),
    (
        26,
        "Your use of our website is subject to the privacy policy at https://example.org/privacy.",
        "use-policy-by-reference",
    ),
    (26, "The maximum context length is 32,768 tokens.", "user-threshold"),
    (
        26,
        "Before you deploy the model in a product, you must inform your end users that they are talking "
        "to an AI.",
        "notification-duty",
    ),
    (
        26,
        "Research, teaching and other non-commercial uses are all welcome, and so is commercial use.",
        "research-only",
    ),
    # license round 27: a count of people that is a statistic; an exception that is the licence's own
    # cross-reference or the law's; a country named for export law; a notice of termination; a platform
    # the licensee chooses; an arrangement that earns the licensor nothing
    (27, "The number of people who have used our models to date exceeds 2 million.", "user-threshold"),
    (
        27,
        "You may use the Model for any purpose, except as otherwise provided in section 4.",
        "use-restrictions",
    ),
    (27, "You may use it for any purpose, except where prohibited by applicable law.", "use-restrictions"),
    (
        27,
        "Entities incorporated in any other country must comply with the export laws that apply to them.",
        "geographic-restriction",
    ),
    (27, "The licensor may send you a notice of termination if you breach these terms.", "remote-control"),
    (27, "The model must be run on hardware you control or on any cloud of your choice.", "platform-tie"),
    (
        27,
        "This licence does not involve any payment from you, and the licensor derives no revenue from it.",
        "non-commercial",
    ),
    # license round 28: a service the licensee runs; hardware named without another vendor; a fee the
    # licensee collects from its own customers; a term that ends on a breach; the maintainers' support
    # that ends on a date; a licence's own terms copied into downstream licences (copyleft)
    (28, "You may limit or suspend access to your own deployment at any time.", "remote-control"),
    (28, "The model runs well on GPUs and on CPUs from any vendor.", "platform-tie"),
    (
        28,
        "If you sell a product built with the model, you must set and pay any taxes on your own fees.",
        "fee-required",
    ),
    (28, "Security updates for this version end on 31 March 2027.", "time-limit"),
    (28, "This licence ends on your breach of section 3 and on no other date.", "time-limit"),
    # license round 29: a changed version shared under another name or with a notice of the change (usual);
    # the licensor updating its weights, not the terms; a change taking effect for new versions you choose
    (29, "You may not distribute a modified version under the original name.", "no-modification"),
    (29, "You may not distribute modified files without stating that you changed them.", "no-modification"),
    (29, "We may update the model weights at any time without notice.", "unilateral-change"),
    # license round 30: uses permitted by law; a policy named by its schedule; outputs free to train on;
    # a key the licensee revokes; a benchmark the licensor publishes; a duty question answered no
    (30, "You may use the Model for the purposes permitted by applicable law.", "use-restrictions"),
    (
        30,
        "You may use Outputs for any purpose, commercial or not, including as training data.",
        "output-training-ban",
    ),
    (30, "You may revoke your own API key at any time from the dashboard.", "remote-control"),
    (30, "We publish the results of every benchmark we run on the Model.", "use-restrictions"),
    (30, "Do I have to register before I deploy it?\nNo. Just use it.", "notification-duty"),
    (
        29,
        "Changes take effect when published, for the versions you choose to adopt at your option.",
        "unilateral-change",
    ),
    # license round 31: an either-way "or not"; a defined commercial purpose; a sample excluded from the
    # training data; a cap on liability; fees owed to patent holders; a vendor's hardware suggested; a
    # territory of the courts; a refusal with the territories of export law
    (31, "You may sell it, whether or not for a commercial purpose.", "non-commercial"),
    (31, "You may use it for research or not, as you wish.", "research-only"),
    (
        31,
        '"Commercial Purpose" means any purpose directed towards commercial advantage or monetary '
        "compensation.",
        "non-commercial",
    ),
    (
        31,
        "The evaluation set excludes outputs used as training examples in earlier runs.",
        "output-training-ban",
    ),
    (31, "Our liability cap: EUR 20 million in aggregate.", "revenue-threshold"),
    (
        31,
        "Commercial implementations of the codec are subject to royalty fees to patent holders.",
        "fee-required",
    ),
    (31, "The Model runs best on Willowherb Edge appliances, but any hardware will do.", "platform-tie"),
    (
        31,
        "You shall not bring proceedings save in the courts of England, outside those courts' jurisdiction.",
        "geographic-restriction",
    ),
    # license round 32: profit from wrongdoing; a notice of a claim; a warranty period; a version the licensee
    # may keep; a recommendation to keep a filter on; a steward's new versions
    (32, "Licensee shall not profit from forced labour or child labour.", "non-commercial"),
    (
        32,
        "Within thirty days after you learn of a claim, you must notify the licensor in writing.",
        "notification-duty",
    ),
    (32, "The warranty expires twelve (12) months after delivery.", "time-limit"),
    (
        32,
        "A new version applies from the day we publish it, but you may keep using any version you received.",
        "unilateral-change",
    ),
    (
        32,
        "We recommend that you never configure the model so that the safety filter no longer applies.",
        "guardrail-termination",
    ),
    # license round 33: a court's competence; a patent licence ending on a claim against a competitor; an
    # address in a sentence that states no notice duty
    (
        33,
        "This licence terminates on breach; the competent courts of Lyon have jurisdiction.",
        "use-restrictions",
    ),
    (
        33,
        "Patent licences end if you sue a competitor of ours claiming the Model infringes a patent.",
        "use-restrictions",
    ),
    (33, "Questions: write to legal@example.org within business hours.", "notification-duty"),
    # license round 34: a licence personal in the sense of non-transferable with no reach named; a hosted
    # service the licensor itself runs; a commercial licence offered beside an open grant; a duty said not
    # to exist
    (34, "This licence is personal to you and may not be assigned without our consent.", "personal-use-only"),
    (
        34,
        "We offer the Model as a hosted service at api.example.com for those who prefer it.",
        "use-restrictions",
    ),
    (34, "You may use it for any purpose, commercial or not; no right is withheld.", "non-commercial"),
    (34, "You do not have to tell us that you use the model.", "notification-duty"),
    # license round 35: a consent the licence says it does not require; a licensor keeping its trademarks; a
    # count of authors; a "You" that includes companies
    (
        35,
        "Nothing in this licence shall be read as requiring you to obtain our consent before commercial use.",
        "non-commercial",
    ),
    (35, "The Licensor retains the exclusive right to use its trademarks and names.", "use-restrictions"),
    (35, "The model was trained by no more than three engineers over two months.", "user-threshold"),
    (
        35,
        '"You" means any natural person or legal entity exercising rights under this licence.',
        "non-commercial",
    ),
    # license round 36: a territory of the whole world; the Model as delivered or as modified; a warranty
    # term; a right to distribute to anyone, affiliates included
    (36, '"Territory" means the whole world.', "geographic-restriction"),
    (36, '"The Model" means the weights as delivered or as modified by You.', "no-modification"),
    (36, '"Warranty term" means the period of ninety (90) days after delivery.', "time-limit"),
    (36, "You may distribute copies to anyone, your affiliates included.", "no-redistribution"),
    # license round 37: a count of people as a statistic of the past; an attachment's uses kept in one's own
    # documentation; research as one purpose among any; a licence named for research and evaluation; a
    # warranty period; commercial and non-commercial activities alike
    (
        37,
        "If you ask, we can tell you that the number of individuals surveyed was greater than 2,000.",
        "user-threshold",
    ),
    (37, "You may write the uses in Attachment A into your own documentation.", "restrictions-flow-down"),
    (
        37,
        "Acme grants you a licence to use the Model for any purpose, including for the purposes of research.",
        "research-only",
    ),
    (37, "This is the Kestrel Research and Evaluation Licence, version 2.", "time-limit"),
    (
        37,
        "During the warranty period of ninety (90) days you may return the Model for a refund.",
        "time-limit",
    ),
    (
        37,
        "You may use it for any activities, whether commercial or non-commercial in nature.",
        "non-commercial",
    ),
    # license round 38: a fee charged for the licence text itself (Artistic 1.0); a disclaimer of what the
    # model is fit for besides research; a company's size as a fact; business use granted under this licence;
    # outputs as data for one's own versions; a sublicence bound to this licence alone; every field of use
    (
        38,
        "You may not charge a fee for this Package itself, provided that you do not receive any payment "
        "beyond a reasonable copying fee.",
        "research-only",
    ),
    (
        38,
        "The model has not been tested for any purpose other than research, and no warranty of fitness "
        "is given.",
        "research-only",
    ),
    (
        38,
        "At the end of 2024 the number of employees of Foxglove Ltd was more than 400.",
        "revenue-threshold",
    ),
    (
        38,
        "Use of the Model in the course of any trade or business is permitted under this licence as it "
        "stands.",
        "non-commercial",
    ),
    (38, "Outputs may serve as training data for your own versions of any model.", "output-training-ban"),
    (
        38,
        "Every sublicence you grant requires the sublicensee to comply with this licence.",
        "restrictions-flow-down",
    ),
    (38, "You may use the model in every field of use, for any purpose.", "use-restrictions"),
    (39, "You need not keep this licence with every copy you make for yourself.", "attribution"),
    # license round 40: a change of name, not a ban on sharing changes; the licensor's promise not to sue
    (40, "You may not distribute modified versions under the original name.", "no-modification"),
    (40, "We will not assert our patents against anyone who uses the model.", "use-restrictions"),
    # license round 41: a statistic the licensor publishes; a permission to say where a model comes from
    (41, "We publish monthly usage statistics of the model on our website.", "notification-duty"),
    (41, 'You may say that your model is "built on Kestrel-7B".', "naming-branding"),
    # license round 39: a grant whose exception is the licensor's marks or the law; a promise not to charge
    # beyond a ceiling; a licence that runs until its holder ends it; evaluation named among every purpose
    (
        39,
        "You may use the model for any purpose, except in connection with our trademarks.",
        "use-restrictions",
    ),
    (39, "You may use it commercially, except in breach of applicable law.", "use-restrictions"),
    (39, "Going past the old ceiling of this project means nothing for your rights.", "user-threshold"),
    (39, "This licence runs until you end it by deleting every copy.", "time-limit"),
    (
        39,
        "You may use the model for any purpose, including in order to evaluate whether it suits you.",
        "research-only",
    ),
]

#: (sentence, clause type it must read as): the release round's refusals in other verbs of putting to use
HITS: list[tuple[str, str]] = [
    # round 43: the near hits of the intended-use exception and of the wider subject
    (
        "The model is intended for research. You must use it in accordance with the Velour Responsible Use "
        "Guidelines.",
        "use-policy-by-reference",
    ),
    (
        "It is intended for research use, and you must use it in accordance with our Responsible Use "
        "Guidelines.",
        "use-policy-by-reference",
    ),
    (
        "The adapter, and any model that contains it, may not be used to identify a speaker.",
        "use-restrictions",
    ),
    # licence round 42's rules in other words
    (
        "If you run more than 200 simultaneous streams of the Model, you need a separate licence.",
        "user-threshold",
    ),
    (
        '"Licensee" means an organisation that has completed our online registration form and received '
        "a key.",
        "notification-duty",
    ),
    (
        '"Authorized Use" means the assessment and comparison of the performance of language models.',
        "research-only",
    ),
    (
        "This licence does not cover any use in which the outputs reach customers, in products or in hosted "
        "services, whether paid or free.",
        "research-only",
    ),
    ("Redistributions of the weights must include this licence and the copyright line above.", "attribution"),
    # license round 41's rules in other words
    ("Licensee shall submit monthly usage statistics to the Licensor.", "notification-duty"),
    ("The Licensor may remotely disable the Model in any copy by pushing an update.", "remote-control"),
    ("You may not supply the model to any police force or intelligence agency.", "use-restrictions"),
    # license round 40's rules in other words
    ("You may run it in production, except for a hosted search service sold to others.", "use-restrictions"),
    ("Nothing in this licence grants anyone the right to sell the weights.", "no-redistribution"),
    ("You are free to use the model as long as your use is non-commercial.", "non-commercial"),
    ("You may not distribute your modifications to anyone.", "no-modification"),
    ("Sections 4 and 5 stay with every copy of the model, wherever it goes.", "restrictions-flow-down"),
    # the licence kept with every copy (rounds 38 and 39's notices, other words)
    ("Send these terms along with every copy you hand out.", "attribution"),
    ("All copies must be accompanied by this Agreement.", "attribution"),
    # license round 39's rules in other words
    ("Licensees may deploy the model freely, except in political campaigning.", "use-restrictions"),
    (
        "Exceeding the included quota requires a paid subscription from the Licensor.",
        "user-threshold",
    ),
    ("These rights last until 30 June of the year after you accept them.", "time-limit"),
    (
        "The rights above are given for classroom teaching and academic study, and for no other activity.",
        "research-only",
    ),
    # license round 38's rules in other words
    ("You may not use the weights for any purpose other than academic research.", "research-only"),
    (
        "No licence is granted for any use other than the non-commercial study of the model itself.",
        "research-only",
    ),
    (
        "You may copy the model provided that no one receives a fee or other reward in return for the copy.",
        "non-commercial",
    ),
    (
        "Commercial deployment is allowed only with a separate signed agreement from the Licensor.",
        "non-commercial",
    ),
    (
        "Responses of the model shall not be used as feedback data to adjust the weights of any other model.",
        "output-training-ban",
    ),
    (
        "Each licence you give must require its licensees to abide by our acceptable use guidelines.",
        "restrictions-flow-down",
    ),
    (
        "Licensee may use the Model in the fields of application listed in Annex B.",
        "use-restrictions",
    ),
    (
        "The licence applies only where the total number of employees of the licensee is fewer than 50.",
        "revenue-threshold",
    ),
    (
        "Notwithstanding the above, the Work may not be deployed in any system that makes or supports "
        "decisions about the employment, credit or housing of natural persons.",
        "use-restrictions",
    ),
    ("The Software shall not be integrated in products for mass surveillance.", "use-restrictions"),
    # license round 25's rules in other words
    (
        "Neither the weights nor any fine-tune of them shall be deployed in systems that grade students.",
        "use-restrictions",
    ),
    (
        "If you are employed by a defence contractor, no licence is granted to you under this document.",
        "use-restrictions",
    ),
    ("Law-enforcement agencies and anyone acting for them: you are not eligible.", "use-restrictions"),
    ("This licence is valid through 30 June 2027 and is then withdrawn.", "time-limit"),
    ("Upon expiration of the evaluation term your licence ends.", "time-limit"),
    (
        "These terms, as updated by Ptarmigan AI from time to time on its website, govern your use.",
        "unilateral-change",
    ),
    (
        "Each amendment takes effect for every existing licensee thirty days after posting.",
        "unilateral-change",
    ),
    (
        '"Licensee" means a natural person using the model for themselves, not on behalf of an employer '
        "or any other organisation.",
        "personal-use-only",
    ),
    ("The licence is given solely for the ends which are not directed at profit.", "non-commercial"),
    # license round 26's rules in other words
    (
        "Prior to commercial launch of any derivative, the licensee shall write to Pike Labs with its name.",
        "notification-duty",
    ),
    (
        "Everyone who obtains the weights through your platform must accept conditions that prohibit spam.",
        "restrictions-flow-down",
    ),
    ("Copy these restrictions into your own terms of service.", "restrictions-flow-down"),
    (
        "Use is governed by the rules found at https://example.org/rules for every deployment.",
        "use-policy-by-reference",
    ),
    ("Maximum number of seats: 25", "user-threshold"),
    ("本模型仅供学术研究使用。", "research-only"),
    # license round 27's rules in other words
    (
        "Your licence lapses once the total of unique visitors to your services exceeds 40,000 in a month.",
        "user-threshold",
    ),
    ("The free tier covers up to 500 devices.", "user-threshold"),
    ("Grant: for any purpose, except in connection with gambling or lotteries.", "use-restrictions"),
    (
        "Companies headquartered in a non-EU country receive no licence under this document.",
        "geographic-restriction",
    ),
    ("Oakmoss may at any time issue a shutdown command to every hosted copy.", "remote-control"),
    ("Production traffic may only be served through the Oakmoss API.", "platform-tie"),
    # license round 28's rules in other words
    (
        "Tagus Labs reserves the right to throttle your use of the weights at any time and for any reason.",
        "remote-control",
    ),
    ("The grant applies solely to use on Tagus tensor processors.", "platform-tie"),
    ("To sell the app you must sign the order form and pay the yearly licence fee.", "fee-required"),
    ("Your rights under this agreement expire on 30 June 2027.", "time-limit"),
    ("Each sublicense shall include the use restrictions of Annex B.", "restrictions-flow-down"),
    # license round 29's rules in other words
    (
        "You must not share a fine-tuned model, or weights derived from it, with anyone else.",
        "no-modification",
    ),
    (
        "We reserve the right to amend these terms from time to time by posting them on our site.",
        "unilateral-change",
    ),
    ("Each update takes effect as soon as it is posted.", "unilateral-change"),
    # license round 30's rules in other words
    ("Licensee may use the Model solely within the Authorised Use Cases.", "use-restrictions"),
    (
        "You shall not disclose the results of any comparative evaluation of the Model without our consent.",
        "use-restrictions",
    ),
    ("Pepper Labs may revoke your licence key at any time for any reason.", "remote-control"),
    ("Do I have to register before I deploy it?\nYes, you must register with us first.", "notification-duty"),
    # license round 31's rules in other words
    ("Licensed Uses do not include using outputs as training data for another model.", "output-training-ban"),
    ("Turnover ceiling: $5 million a year.", "revenue-threshold"),
    ("Use in production shall be subject to an annual licence fee.", "fee-required"),
    ("This licence applies only to running the Model on Brindle devices.", "platform-tie"),
    ("Running the Model on any other cloud is not permitted.", "platform-tie"),
    ("Licensee may not use the Model except within the European Union.", "geographic-restriction"),
    ("No copy of the Model may be distributed outside those territories.", "geographic-restriction"),
    # license round 32's rules in other words
    (
        "Do not retrain the model in a way that the content filter stops catching abuse.",
        "guardrail-termination",
    ),
    ("If you carry on using the model after revised terms are posted, you accept them.", "unilateral-change"),
    ("Rights under this licence terminate six (6) months after the download.", "time-limit"),
    (
        "Within 14 days of the launch of your app, you must notify the licensor by email.",
        "notification-duty",
    ),
    ("The deal may change at any time at our discretion.", "unilateral-change"),
    # license round 33's rules in other words
    ("Your rights end the day you start offering a service that competes with ours.", "use-restrictions"),
    # license round 34's rules in other words
    (
        "The licence is personal to the licensee and does not extend to any company it works for.",
        "personal-use-only",
    ),
    ("You must not use the software for or on behalf of any business.", "personal-use-only"),
    ("You may use the weights for all purposes except commercial use.", "non-commercial"),
    ("This licence gives no right to commercial exploitation of the Model.", "non-commercial"),
    ("You may not provide the Model to third parties as a managed inference service.", "use-restrictions"),
    # license round 35's rules in other words
    ("The Licensor keeps the exclusive right to sell the Model as a hosted product.", "use-restrictions"),
    ("You may run the Model in up to five production deployments.", "user-threshold"),
    # license round 36's rules in other words
    ('"Term" means the period of two (2) years from the date of download.', "time-limit"),
    ("Territory: Canada and Mexico.", "geographic-restriction"),
    ('"Approved Devices" means the phones manufactured by Lark Mobile.', "platform-tie"),
    ("Your right to redistribute the Model extends to your subsidiaries.", "no-redistribution"),
    ("This licence applies to no device that is not made by Aldmoor.", "platform-tie"),
    (
        "You must obtain our written permission before any commercial use of the weights.",
        "non-commercial",
    ),
    (
        "Outputs of the Model may not be used, directly or indirectly, to train a rival model.",
        "output-training-ban",
    ),
    (
        "You must email ops@example.org within 10 days after you first deploy the Model in production.",
        "notification-duty",
    ),
]


@pytest.mark.parametrize(("sentence", "kind"), HITS)
def test_a_refusal_in_another_verb_is_read(sentence: str, kind: str) -> None:
    assert kind in {c.type for c in clauses(sentence)}


@pytest.mark.parametrize(("round_", "sentence", "kinds"), NEAR_MISSES)
def test_a_near_miss_is_not_read_as_the_rule_s_type(round_: int, sentence: str, kinds: str) -> None:
    found = {c.type for c in clauses(sentence)}
    assert not found & set(kinds.split("|")), (round_, found)
