"""How hate about a group is written down when it is not plainly written (issue 8).

Three readings the functional hate-speech suites test and plain matching misses:
a statement quoted in single quotes is quoted, not said ("Writing 'immigrants are
rats' should get you banned"); a group's name shortened by a dropped vowel ("wmen",
"blck") or with "1" for "l" ("mus1ims", which folds to "musiims") is the group;
a group's name run together with a people word or a determiner ("blackpeople",
"allimmigrants", "gliimmigrati") is the group.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping

# A single-quoted span: opened before a letter at a word's start, closed after a word's
# end; apostrophes inside words ("don't") stay part of it. The opening quote comes
# first and the look-behind after it (nothing word-like before the quote), so the
# regex engine skips straight to quotes instead of trying every character.
_SINGLE_QUOTED_RE = re.compile(
    r"['‘](?<![\w'‘’]['‘])(?=[^\W\d_])((?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)(?<=[\w.!?])['’](?!\w)"
)
# A quoted statement has a few words; one or two in single quotes are scare quotes
# ("you 'genius'", "a 'real' fan"), which say the words all the same.
QUOTED_MIN_WORDS = 3
_VOWELS = frozenset("aeiou")
SHORT_NAME = 5  # names this long may lose a vowel: "women" -> "wmen", "donne" -> "dnne"
PLURAL_Z_MIN = 3  # a plural "s" written "z" ("jewz", "gayz"), in names longer than this
# hatecheck49: a hard "c" (before a, o, u, a consonant but h or k, or at the end) written
# "k" in one place or in every place: "afrikans", "katholics", "katholiks"; never "ch",
# "ck", "ce".
_HARD_C_RE = re.compile(r"c(?=[aou]|[^\Waeiouyhk]|$)")


def single_quoted(folded: str) -> list[tuple[int, int]]:
    """Offsets of the statements quoted in single quotes in `folded`, in order."""
    if "'" not in folded and "‘" not in folded:
        return []
    return [
        (m.start(), m.end())
        for m in _SINGLE_QUOTED_RE.finditer(folded)
        if len(m.group(1).split()) >= QUOTED_MIN_WORDS
    ]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end lies inside one of `spans` (few: a linear scan)."""
    return any(a < start and end < b for a, b in spans)


def short_group_misspellings(names: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Group names with a vowel dropped (five-letter names only: "wmen", "trns", "blck",
    "dnne"), an "l" written "1" ("musiims", "disabied"), a plural "s" written "z"
    ("jewz", "gayz") or a hard "c" written "k" ("afrikans", "katholics"), mapped to the
    name.

    Dropping vowels is how people shorten a word on purpose, and a consonant cluster is
    rarely a word of its own; dropping a consonant is not ("trans" -> "tans"). A variant
    that is an ordinary, cue or lexicon word (`taken`) is left out; one that stands for two
    names ("womn": "women", "woman") stands for the first, as both name a group.
    """
    found: dict[str, str] = {}
    for name in sorted(names):
        if not name.isalpha():
            continue
        variants = {name[:i] + "i" + name[i + 1 :] for i, ch in enumerate(name) if ch == "l"}
        if name.endswith("s") and len(name) > PLURAL_Z_MIN:
            variants.add(name[:-1] + "z")  # hatecheck13: "jewz", "gayz", "muslimz"
        hard = [m.start() for m in _HARD_C_RE.finditer(name)]  # hatecheck49: "afrikans"
        if hard:
            variants.add(_HARD_C_RE.sub("k", name))
            variants.update(name[:i] + "k" + name[i + 1 :] for i in hard)
        if len(name) == SHORT_NAME:
            variants.update(
                name[:i] + name[i + 1 :] for i in range(1, len(name)) if name[i] in _VOWELS
            )
        for variant in variants:
            if variant not in taken and variant != name:
                found.setdefault(variant, name)
    return found


def group_run_together(pieces: list[str], cues: Mapping[str, frozenset[str]]) -> bool:
    """Pieces of one token that name a group and nothing else: a group's name with a people
    word, an article or a quantifier ("black" "people", "all" "immigrants", "gli"
    "immigrati"). A hashtag that says more ("blacklivesmatter") is left whole."""
    groups = cues["identity"] | cues["identity_adjective"]
    if groups.isdisjoint(pieces):
        return False
    filler = cues["people"] | cues["article"] | cues["every"]
    return all(piece in groups or piece in filler for piece in pieces)


# A copula run into the word after it: "trans people aredisgusting", "sonofeccia".
COPULAS_JOINED = ("are", "is", "were", "was", "sono", "siete", "sei")


def copula_run_together(pieces: list[str], hit_words: Container[str]) -> bool:
    """Two pieces, a copula then one of our words: "aredisgusting", "isworthless"."""
    return len(pieces) == 2 and pieces[0] in COPULAS_JOINED and pieces[1] in hit_words


# hatecheck31: a group's name with a letter starred out ("m*slims", "j*ws", "w*men").
# Read only when no lexicon word fits the mask (matching.py asks after them), with at
# most one star in three letters and the first and last letters shown. hatecheck46:
# when two names fit, they are two spellings of one group ("wom*n": "woman", "women";
# "m*sl*ms": "moslems", "muslims"), and the first is read. hatecheck49: two stars in a
# name of four letters or more ("w*m*n", "g**s"), as the lexicon's own masks, when every
# name that fits is one group's spelling ("woman" and "women"); never three ("m**l*ms").
STARRED_SHARE = 3
STARRED_SHARE_ONE_GROUP = 2
STARRED_MOST_ONE_GROUP = 2
_NAME_SETS_KEPT = 8
# Names by length, per name set (shared by every scorer that has it), built on the first
# starred word that fits no lexicon word; a few sets at most.
_NAMES_BY_LENGTH: dict[int, tuple[frozenset[str], dict[int, tuple[str, ...]]]] = {}


def starred_group_name(masked: str, names: frozenset[str]) -> str | None:
    """The group name that `masked` ("m*slims") spells with its stars filled in, the
    first in order when several do ("wom*n")."""
    stars = masked.count("*")
    past_share = stars * STARRED_SHARE > len(masked)
    if past_share and (
        stars > STARRED_MOST_ONE_GROUP or stars * STARRED_SHARE_ONE_GROUP > len(masked)
    ):
        return None
    if masked[0] == "*" or masked[-1] == "*":
        return None
    kept = _NAMES_BY_LENGTH.get(id(names))
    if kept is None or kept[0] is not names:
        by_length: dict[int, list[str]] = {}
        for name in names:
            if name.isalpha():
                by_length.setdefault(len(name), []).append(name)
        kept = (names, {n: tuple(sorted(ws)) for n, ws in by_length.items()})
        if len(_NAMES_BY_LENGTH) >= _NAME_SETS_KEPT:
            _NAMES_BY_LENGTH.clear()
        _NAMES_BY_LENGTH[id(names)] = kept
    fits = [
        name
        for name in kept[1].get(len(masked), ())
        if all(ch == "*" or ch == name[i] for i, ch in enumerate(masked))
    ]
    if not fits:
        return None
    if past_share and not _one_group(fits):
        return None  # two groups' names fit: no telling which
    return fits[0]


def _one_group(fits: list[str]) -> bool:
    """Whether the names are spellings of one group: one name, or names that differ from
    the first in one letter ("woman", "women")."""
    first = fits[0]
    return all(sum(a != b for a, b in zip(first, name, strict=True)) <= 1 for name in fits[1:])
