"""Which languages opengauge reads license texts in (English and Chinese), and the guess that a text is
written in another: an `unknown` verdict on such a text says why ("written in Japanese, which
opengauge does not read") instead of only that nothing was recognised.

A guess from the characters and the commonest English words, never a verdict: it only explains an
`unknown` the reading already gave.
"""

from __future__ import annotations

import re

from opengauge.licenses import cjk

#: Kana (Japanese) and Hangul (Korean) letters.
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
#: A word of Latin letters (accents included), and the English words nearly every English sentence of
#: a license holds.
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_ENGLISH = frozenset(
    "the of and to a in or you your any this that is be may for with by as not it are on shall all "
    "license licence use".split()
)
#: The commonest words of the other languages licenses are often written in, to name the language.
_OTHERS = {
    "German": frozenset("der die das und nicht mit ist zu den von sie des dem ein eine auf für oder".split()),
    "French": frozenset("le la les et des du pour une est dans que ou au aux sur par ce vous".split()),
    "Spanish": frozenset("el los las del que por una para con se al como usted lo su".split()),
    "Portuguese": frozenset("os da do das dos não uma para com ao pelo pela você seu sua".split()),
    "Italian": frozenset("il lo gli della che per una con non sono delle dei al sul questa".split()),
}
#: What `unread_language` says of a text whose language it cannot name.
OTHER_LANGUAGE = "a language other than English or Chinese"
#: A text needs this many Latin words before their share of English words says anything.
MIN_WORDS = 10
#: Below this share of English words, the Latin words are not English.
MIN_ENGLISH_SHARE = 0.05
#: This many kana or Hangul letters mark a Japanese or Korean text.
MIN_LETTERS = 10


#: The languages a licence may name as its binding version, by the words for them in English and in
#: the language itself (German "deutsche Fassung", French "version française", ...).
_LANGUAGES = {
    "German": r"german|deutsche?n?",
    "French": r"french|fran[cç]aise?",
    "Spanish": r"spanish|espa[nñ]ola?|en espa[nñ]ol|castellan[ao]",
    "Italian": r"italian[ao]?",
    "Portuguese": r"portuguese|portugu[eê]sa?|em portugu[eê]s",
    "Dutch": r"dutch|nederlandse?",
    "Polish": r"polish|polsk\w*",
    "Japanese": r"japanese",
    "Korean": r"korean",
}
_ANY_LANGUAGE = "|".join(_LANGUAGES.values())
_EACH_LANGUAGE = {n: re.compile(rf"\b(?:{rx})\b", re.IGNORECASE) for n, rx in _LANGUAGES.items()}
#: A sentence saying which language version binds: "Only the German version is binding", "where the two
#: differ, the French text prevails", "Maßgeblich ist allein die deutsche Fassung", "Seule la version
#: française fait foi" (put word for word: "the French version is the only one that makes faith"), "the
#: English version is a non-binding translation" (then the other one binds).
_BINDING = re.compile(
    rf"\b(?:the |only the )?(?:{_ANY_LANGUAGE})(?: language)? (?:version|text|original|wording)\b"
    r"[^.;\n]{0,40}?\b(?:is|shall be|will be|alone is)? ?(?:the )?(?:only |sole )?(?:legally )?"
    r"(?:binding|authoritative|authentic|controlling|governing|prevails?|shall prevail|will prevail|"
    r"governs?|controls?|makes? faith)\b"
    rf"|\bma(?:ß|ss)geblich ist (?:allein |nur |ausschlie(?:ß|ss)lich )?die (?:{_ANY_LANGUAGE}) fassung"
    rf"|\bdie (?:{_ANY_LANGUAGE}) fassung ist (?:allein |nur )?(?:verbindlich|ma(?:ß|ss)geblich)"
    rf"|\bseule la version (?:{_ANY_LANGUAGE}) fait foi"
    rf"|\bla version (?:{_ANY_LANGUAGE}) (?:fait foi|pr[ée]vaut)"
    rf"|\bprevalecer[aá] la versi[oó]n (?:{_ANY_LANGUAGE})"
    rf"|\bla versi[oó]n (?:{_ANY_LANGUAGE}) prevalecer[aá]",
    re.IGNORECASE,
)


def binding_language(text: str) -> str | None:
    """The language of the version a multilingual licence says binds ("Only the German version is
    binding"), when opengauge does not read it: its English text is then a translation that grants
    nothing, and an open reading of it decides nothing. None when no such version is named, or when it
    is English or Chinese."""
    for m in _BINDING.finditer(text):
        for name, rx in _EACH_LANGUAGE.items():
            if rx.search(m.group(0)):
                return name
    return None


def _script(text: str) -> str | None:
    """ "Japanese", "Korean" or "Chinese" when `text` holds `MIN_LETTERS` of that script's letters (kana and
    Hangul first: Japanese and Korean texts hold Chinese characters too); None otherwise."""
    if len(_KANA.findall(text)) >= MIN_LETTERS:
        return "Japanese"
    if len(_HANGUL.findall(text)) >= MIN_LETTERS:
        return "Korean"
    if len(cjk.CJK.findall(text)) >= MIN_LETTERS:
        return "Chinese"
    return None


def _likeliest_other(words: list[str]) -> tuple[str, int]:
    """The language of `_OTHERS` with most of its common words among `words` (lower case), and how many."""
    counts = {name: sum(1 for w in words if w in common) for name, common in _OTHERS.items()}
    return max(counts.items(), key=lambda kv: kv[1])


def unread_language(text: str) -> str | None:
    """The language `text` is written in when opengauge does not read it ("Japanese", "Korean", or "a
    language other than English or Chinese"); None for English or Chinese, or too little text to say."""
    script = _script(text)
    if script is not None:
        return None if script == "Chinese" else script  # Chinese the rules and the grant reader read
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    letters = sum(len(w) for w in words)
    others = sum(1 for ch in text if ch.isalpha()) - letters
    if others > letters and others >= MIN_LETTERS:
        return OTHER_LANGUAGE  # another script: Cyrillic, Arabic, ...
    if len(words) < MIN_WORDS:
        return None
    english = sum(1 for w in words if w in _ENGLISH)
    if english / len(words) >= MIN_ENGLISH_SHARE:
        return None
    name, hits = _likeliest_other(words)
    return name if hits / len(words) >= MIN_ENGLISH_SHARE else OTHER_LANGUAGE


#: What the passages of a text are cut at: a blank line.
_BLANK = re.compile(r"\n[ \t]*\n")


#: English words that are common words of other languages too (Italian, Spanish, Portuguese "a", German and
#: Italian "in"): not counted as English when a passage's language is weighed.
_SHARED = frozenset({"a", "in"})
#: A passage needs this many of a language's common words to be taken for that language (an address, "Via
#: dei Cordai 7, Bolzano, Italia", holds one).
MIN_PASSAGE_HITS = 3


def _passage_language(text: str) -> str | None:
    """The language of a passage (`unread_passage`): "read" for English or Chinese; the language opengauge
    does not read that it is written in, when it can be named (Japanese and Korean by `MIN_LETTERS` of their
    letters; a language of `_OTHERS` when `MIN_PASSAGE_HITS` of its common words are more than twice its
    English ones, `_SHARED` apart: Italian "non è tenuto a riportare il nome ... in alcun prodotto");
    None when too short to say, or in another script."""
    script = _script(text)
    if script is not None:
        return "read" if script == "Chinese" else script
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    english = sum(1 for w in words if w in _ENGLISH)
    name, hits = _likeliest_other(words)
    if hits >= MIN_PASSAGE_HITS and hits > 2 * sum(1 for w in words if w in _ENGLISH and w not in _SHARED):
        return name
    return "read" if english / len(words) >= MIN_ENGLISH_SHARE else None


def _size(text: str) -> int:
    """About how many words `text` holds: its Latin words, and one for every two Chinese, kana or Hangul
    letters."""
    letters = len(cjk.CJK.findall(text)) + len(_KANA.findall(text)) + len(_HANGUL.findall(text))
    return len(_LATIN_WORD.findall(text)) + letters // 2


#: A text whose passages in a language opengauge does not read are, together, this share of its read passages
#: or more, up to its inverse, is taken for a bilingual text: the same terms in two languages (Datenlizenz
#: Deutschland, German then English), the version read standing unless the text names the other as the one
#: that binds (`binding_language`).
PARALLEL_SHARE = 0.6


def unread_passage(text: str) -> tuple[str, int, int] | None:
    """The passages (lines between blank lines) of a text otherwise read that are written in a language
    opengauge does not read and can name (`_passage_language`): (the first one's language, the first one's
    first line, the last one's last line), or None. An annex, a schedule or a clause given only in another
    language may state terms of its own, which the reading of the rest does not see (held-out licence round
    58: an English licence whose Italian annex binds "and no translation of it has legal effect"). None when
    no passage is read (the whole text is then in that language: `unread_language`), and for a bilingual text,
    whose unread passages are about as long as its read ones (`PARALLEL_SHARE`)."""
    language: str | None = None  # the first unread passage's
    first = last = 0
    following = False
    unread = read = 0  # the sizes of the unread and the read passages
    line, pos = 1, 0
    for gap in [*_BLANK.finditer(text), None]:
        block = text[pos : len(text) if gap is None else gap.start()]
        found = _passage_language(block)
        if found == "read":
            read, following = read + _size(block), False
        elif found is not None or (following and block.strip()):
            # an unread passage, or one too short to tell (a heading, "B.1 ...") right after one
            if language is None:
                language, first = found, line + len(block) - len(block.lstrip("\n"))
            last, following = line + block.rstrip("\n").count("\n"), True
            unread += _size(block)
        if gap is not None:
            line += text[pos : gap.end()].count("\n")
            pos = gap.end()
    if language is None or not read or PARALLEL_SHARE <= unread / read <= 1 / PARALLEL_SHARE:
        return None
    return language, first, last
