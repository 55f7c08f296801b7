"""Text normalisation for the scorer: one `str.translate` pass, then tokens with offsets.

Obfuscation ("ıdi0t", "stuuupid", "f u c k", zero-width joiners, zalgo) must not
hide words, yet the hot path has to stay at C speed. So every per-character rule
(compatibility decomposition, casefold, confusables, leet, invisible characters)
is folded into one translation table that fills itself lazily per code point, and
the rules that need lexicon knowledge (squeezing repeats, rejoining spaced
letters) are cheap helpers the matcher calls only when a message needs them.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Final

from bot.core.scoring.discord_syntax import EMOJI_FLATS, EMOJI_FOLDS

# Letters that look like Latin ones. Uppercase forms are mapped before casefolding
# because casefolding loses the look (Greek capital Eta "Η" looks like "h", "η" like "n").
_CONFUSABLES: Final = {
    # Cyrillic
    "а": "a", "А": "a", "в": "b", "В": "b", "с": "c", "С": "c", "ԁ": "d", "е": "e",
    "Е": "e", "ё": "e", "Ё": "e", "һ": "h", "Н": "h", "н": "h", "і": "i", "І": "i",
    "ї": "i", "ј": "j", "Ј": "j", "к": "k", "К": "k", "м": "m", "М": "m", "о": "o",
    "О": "o", "р": "p", "Р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "Ѕ": "s", "т": "t",
    "Т": "t", "у": "y", "У": "y", "х": "x", "Х": "x", "ԝ": "w", "Ԝ": "w", "ь": "b",
    # Greek
    "α": "a", "Α": "a", "β": "b", "Β": "b", "ε": "e", "Ε": "e", "Ζ": "z", "η": "n",
    "Η": "h", "ι": "i", "Ι": "i", "κ": "k", "Κ": "k", "Μ": "m", "ν": "v", "Ν": "n",
    "ο": "o", "Ο": "o", "ρ": "p", "Ρ": "p", "τ": "t", "Τ": "t", "υ": "u", "Υ": "y",
    "χ": "x", "Χ": "x", "ω": "w", "ς": "s",
    # Latin look-alikes that survive NFKD
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
    # hatecheck52: IPA and hooked letters ("gɑys", "niɡɡers", "ƒaggots")
    "ɑ": "a", "ɡ": "g", "ƒ": "f", "ɱ": "m", "ɩ": "i", "ɪ": "i",
}  # fmt: skip

# hatecheck52: letters of other scripts that look Latin, read as Latin only inside a word
# whose other letters are Latin ("mսslims": Armenian "ս"; "ꮃomen": Cherokee "ꮃ"; "mμslims":
# Greek "μ"; "bӏacks": Cyrillic "ӏ"), so Armenian, Greek, Cyrillic and Cherokee words stay
# as written ("Բարև", "γεια", "ᏣᎳᎩ"). Each letter becomes one letter and folds to one
# character itself, so offsets (OffsetMap) are those of the word as written.
_IN_LATIN_UPPER: Final[dict[str, str]] = {
    # Armenian
    "Ս": "u", "Օ": "o", "Ո": "n", "Հ": "h", "Ց": "g", "Զ": "q",
    # Greek
    "Μ": "u", "Γ": "y", "Ϲ": "c",
    # Cyrillic
    "Ӏ": "l", "Ү": "y", "Ѵ": "v",
    # Cherokee (its small letters casefold to these)
    "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭰ": "d", "Ꭼ": "e", "Ꮐ": "g", "Ꮋ": "h", "Ꭵ": "i",
    "Ꭻ": "j", "Ꮶ": "k", "Ꮮ": "l", "Ꮇ": "m", "Ꮲ": "p", "Ꮢ": "r", "Ꮪ": "s", "Ꭲ": "t",
    "Ꮩ": "v", "Ꮃ": "w", "Ꮤ": "w", "Ꭹ": "y", "Ꮓ": "z",
}  # fmt: skip
# Their small letters too ("Μ" stands only for "μ", "µ": the capital looks like "m").
_IN_LATIN: Final[dict[str, str]] = {
    **{upper.lower(): latin for upper, latin in _IN_LATIN_UPPER.items()},
    **{upper: latin for upper, latin in _IN_LATIN_UPPER.items() if upper != "Μ"},
    "µ": "u",
}
_IN_LATIN_TABLE: Final[dict[int, str]] = str.maketrans(_IN_LATIN)
_IN_LATIN_CLASS: Final[str] = "[" + "".join(_IN_LATIN) + "]"
_IN_LATIN_RE: Final[re.Pattern[str]] = re.compile(_IN_LATIN_CLASS)
# A word: letters, digits, combining marks and invisible joiners ("mս\u200dslims").
# The word with one such letter in it; `*+` never backtracks, and a word is tried only
# from its start, so the scan is linear.
_WORD_PART: Final[str] = r"(?:[^\W_]|[\u0300-\u036f\u00ad\u200b-\u200f\u2060-\u2064\ufeff])"
_MIXED_WORD_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<![^\W_])(?<![\u0300-\u036f\u00ad\u200b-\u200f\u2060-\u2064\ufeff])"
    rf"(?:(?!{_IN_LATIN_CLASS}){_WORD_PART})*+{_IN_LATIN_CLASS}{_WORD_PART}*+"
)
_LATIN_WORD_MAX: Final[int] = 40  # longer words are left as written (a flood, a key)

# Leet digits and symbols. Applied everywhere; a lexicon hit made only of digits is
# rejected by the matcher (see `has_letter`), so "455" never reads as a word.
_LEET: Final = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}

# Unicode categories removed outright: format (zero-width joiners, bidi marks, soft
# hyphen) and combining marks (accents, zalgo stacks).
_DROP_CATEGORIES: Final = frozenset({"Cf", "Mn", "Me", "Mc"})
# Categories that become a space: controls (NUL), surrogates, unassigned, private use.
_SPACE_CATEGORIES: Final = frozenset({"Cc", "Cs", "Cn", "Co", "Zl", "Zp", "Zs"})


def _fold_char(ch: str) -> str:
    """The normalised form of one code point (possibly empty or several letters)."""
    category = unicodedata.category(ch)
    if category in _DROP_CATEGORIES:
        return ""
    if category in _SPACE_CATEGORIES:
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(part) in _DROP_CATEGORIES:
            continue
        mapped = _CONFUSABLES.get(part)
        if mapped is None:
            folded = part.casefold()
            mapped = "".join(_CONFUSABLES.get(c, c) for c in folded)
        out.append("".join(_LEET.get(c, c) for c in mapped))
    return "".join(out)


# Code points remembered per table (a few MB); past this, rare characters are
# computed on each use, so a flood of distinct code points cannot grow memory
# without bound. The ranges obfuscation uses are filled in at import.
_TABLE_LIMIT: Final = 100_000
_PREFILL: Final = (
    range(0x0530),  # Latin, IPA, combining marks, Greek, Cyrillic
    range(0x1AB0, 0x1B00),  # combining marks extended
    range(0x1DC0, 0x1E00),  # combining marks supplement
    range(0x2000, 0x2070),  # spaces, zero-width characters, quotes
    range(0x20D0, 0x2100),  # combining marks for symbols
    range(0x2460, 0x2500),  # enclosed alphanumerics
    range(0xFE00, 0xFE30),  # variation selectors, combining half marks
    range(0xFF00, 0xFFF0),  # fullwidth forms
    range(0x1D400, 0x1D800),  # mathematical alphanumerics
)


class _FoldTable(dict[int, str]):
    """A `str.translate` table that computes each code point's mapping once, on demand."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        if len(self) < _TABLE_LIMIT:
            self[key] = value
        return value


class _FlatTable(dict[int, str]):
    """Like _FoldTable, but everything that is not a letter or digit becomes a space."""

    def __missing__(self, key: int) -> str:
        value = "".join(c if c.isalnum() else " " for c in _fold_char(chr(key)))
        if len(self) < _TABLE_LIMIT:
            self[key] = value
        return value


_TABLE: Final = _FoldTable()
_FLAT: Final = _FlatTable()
for _block in _PREFILL:
    for _code in _block:
        _TABLE[_code] = _fold_char(chr(_code))
        _FLAT[_code] = "".join(c if c.isalnum() else " " for c in _TABLE[_code])
_TABLE.update(EMOJI_FOLDS)  # an emoji used as a name reads as its word: "ur a 🤡"
_FLAT.update(EMOJI_FLATS)

# ASCII text (most chat) takes a bytes.translate shortcut: every ASCII character
# folds to exactly one ASCII character, so a 256-byte table does the same job.
_TABLE[ord("\n")] = "\n"  # a line break ends a sentence (targeting_context's stops)
_FOLD_BYTES: Final = bytes(ord(_TABLE[c]) for c in range(128)) + bytes(range(128, 256))
# Also read by the scorer, which flattens ASCII text inline (no call on the clean path).
FLAT_BYTES: Final = bytes(ord(_FLAT[c]) for c in range(128)) + bytes(range(128, 256))


# One token = a run of letters/digits (underscore excluded). Linear, no backtracking.
TOKEN_RE: Final = re.compile(r"[^\W_]+")
# A letter repeated three or more times ("stuuupid"); gate for squeezing.
RUN3_RE: Final = re.compile(r"([^\W\d_])\1\1")
# Three or more single letters separated by spaces/dots/dashes ("f u c k", "k.y.s").
SPACED_RE: Final = re.compile(r"(?<![^\W_])[^\W\d_](?:[\s.\-*_]{1,3}[^\W\d_](?![^\W_])){2,}")
_LETTER_RE: Final = re.compile(r"[^\W\d_]")
_RUN_SQUEEZE_RE: Final = re.compile(r"([^\W\d_])\1{2,}")
# `[^\x00-\x7f]+` written with its first character apart: the same matches, but a
# pattern that opens with a plain class lets the regex engine skip ahead to a
# character of it instead of trying a repeat at every position (about 2x faster).
_NON_ASCII_RE: Final = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
# `_translate_mixed` takes the byte path while the UTF-8 bytes beyond one per character
# stay under 1/2**_MIXED_SHARE of the characters (an emoji is three such bytes).
_MIXED_SHARE: Final = 3


def fold(text: str) -> str:
    """Normalise text in one pass: NFKD compatibility forms, casefold, confusables, leet."""
    if text.isascii():
        return text.encode("ascii").translate(_FOLD_BYTES).decode("ascii")
    return _translate_mixed(latin_words(text), _FOLD_BYTES, _fold_run, _TABLE)


def flatten(text: str) -> str:
    """`fold` with punctuation turned into spaces: `flatten(t).split()` are the tokens.

    The hot path: one translate and a C-level split give exactly the tokens
    `TOKEN_RE.findall(fold(t))` would, at a fraction of the cost.
    """
    if text.isascii():
        return text.encode("ascii").translate(FLAT_BYTES).decode("ascii")
    return _translate_mixed(latin_words(text), FLAT_BYTES, _flat_run, _FLAT)


def latin_words(text: str) -> str:
    """`text` with each look-alike letter of another script (`_IN_LATIN`) written as its
    Latin letter inside a Latin word ("mսslims" -> "muslims"); words of that script, and
    words with no Latin letter, as written. Same length, letter for letter."""
    if _IN_LATIN_RE.search(text) is None:
        return text
    return _MIXED_WORD_RE.sub(_latin_word, text)


def _latin_word(match: re.Match[str]) -> str:
    """One word of `latin_words`: read as Latin when it has a Latin letter ("m", "ｍ",
    "é") and every other letter folds to Latin or is a look-alike."""
    word = match.group()
    if len(word) > _LATIN_WORD_MAX or not any(map(_is_latin_letter, word)):
        return word
    if all(ch in _IN_LATIN or _TABLE[ord(ch)].isascii() for ch in word):
        return word.translate(_IN_LATIN_TABLE)
    return word


def _is_latin_letter(ch: str) -> bool:
    """A Latin letter, accented, fullwidth or styled ("m", "é", "ｍ", "𝐦"); not a Cyrillic
    or Greek one that `_CONFUSABLES` reads as Latin ("а")."""
    if ch in _CONFUSABLES:
        return False
    first = unicodedata.normalize("NFKD", ch)[:1]
    return first.isascii() and first.isalpha()


def _translate_mixed(
    text: str,
    ascii_table: bytes,
    run: Callable[[re.Match[str]], str],
    table: dict[int, str],
) -> str:
    """`text.translate(table)` for text that is mostly ASCII (chat with an emoji or an
    accent): the ASCII characters through the byte table, as in the ASCII case, and
    only the runs of other characters through `table` (about 30% cheaper on such
    tweets: `str.translate` looks each character up in the table once it meets one
    that is not ASCII). Each character is translated once, by the same mapping.
    Text with many other characters (another script, zalgo) takes `str.translate`.
    """
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) - len(text) > len(text) >> _MIXED_SHARE:
        return text.translate(table)
    done = encoded.translate(ascii_table).decode("utf-8", "surrogatepass")
    return _NON_ASCII_RE.sub(run, done)


def flat_words(flat: str, split: list[str]) -> list[tuple[str, int, int]]:
    """The words of `flat.split()` (`split`) with their offsets in `flat`: only spaces
    lie between them, so a C-level find from the last end lands on each."""
    words = []
    end = 0
    for word in split:
        start = flat.find(word, end)
        end = start + len(word)
        words.append((word, start, end))
    return words


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


def _flat_run(match: re.Match[str]) -> str:
    return match.group().translate(_FLAT)


class OffsetMap:
    """Maps offsets in `fold(text)` (or `flatten(text)`) back to offsets in `text`.

    Folding can drop characters (zero-width, zalgo) or expand them ("ß" -> "ss"),
    so match spans are mapped back through the cumulative folded length of each
    original character, computed at C speed and searched by bisection.
    """

    __slots__ = ("_cumulative",)

    def __init__(self, text: str) -> None:
        self._cumulative = list(
            itertools.accumulate(map(len, map(_TABLE.__getitem__, map(ord, text))))
        )

    def start(self, folded_offset: int) -> int:
        """Original index of the character that produced folded position `folded_offset`."""
        return bisect.bisect_right(self._cumulative, folded_offset)

    def end(self, folded_end: int) -> int:
        """Original exclusive end for a folded exclusive end."""
        return bisect.bisect_left(self._cumulative, folded_end) + 1


def squeeze_variants(token: str) -> tuple[str, ...]:
    """Candidate spellings of a token with letter runs of 3+ cut to two, then to one."""
    if RUN3_RE.search(token) is None:
        return ()
    double = _RUN_SQUEEZE_RE.sub(r"\1\1", token)
    single = _RUN_SQUEEZE_RE.sub(r"\1", token)
    return (double, single) if double != single else (single,)


def spaced_runs(folded: str) -> Iterator[tuple[str, list[int]]]:
    """Runs of 3+ spaced single letters in folded text: (joined word, letter offsets)."""
    for match in SPACED_RE.finditer(folded):
        base = match.start()
        letters = [(m.group(), base + m.start()) for m in _LETTER_RE.finditer(match.group())]
        yield "".join(letter for letter, _ in letters), [offset for _, offset in letters]


def has_letter(text: str) -> bool:
    """True when the original text has a letter (rejects pure numbers read as leet)."""
    return any(ch.isalpha() for ch in text)
