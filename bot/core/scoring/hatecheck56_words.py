"""Spellings of the hatecheck56 round (issue 8): a group's name or a slur spelled as the
functional suites respell it inside a plain hateful statement, read before any rule.

The round adds no rule class: the statement, respelled, passes every older rule exactly
as the plain spelling would. The older tables read one letter doubled, dropped or two
swapped ("gaay", "muslms", "womne"), runs of three squeezed ("muuuslims"), spaces, dots
and leet digits ("m u s l i m s", "j.e.w.s", "w0m3n"). This round adds:

- letters typed twice anywhere in a group's name or a slur, as many as the writer likes
  ("muuslliims", "jeeewwss", "woomeeen", "immiigraants"): `stretched_name`, asked by
  matching.Matcher.rewrite for a token no list knows, with every run of a letter read as
  one letter and compared with the names read the same way;
- a name heard and written by its sound (`sound_spellings`, a typo table built with the
  lexicon): "s" written "z" ("mozlems", "muzlims", "mozlemz"), "ew" written "oo"
  ("joos", "jooz"), "ck" written "k" or "kk" ("blaks", "blakks"), and the spellings of
  "women" that SOUND_NAMES lists ("wimmin", "wimmen");
- a long name with its doubled letter written once and a vowel dropped ("imigrnts"):
  `sound_spellings` too.

Stay clean, as spelled plainly: the same spellings said kindly or reported ("muuuslims
celebrate eid", "calling them mozlems is racist"), and everyday words near them ("moms",
"jokes", "gaze", "blacksmith", "mussels", "goose"): a token any list knows is never read
again, and every table variant that is a word of any list, or one that two names share,
is left out (checked against an English dictionary with scripts/typo_collisions.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Container, Iterable, Iterator, Mapping
from typing import Final

from bot.core.scoring.core_typos import unambiguous
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_layers import LayeredMap, SharedValues, of_shared
from bot.core.scoring.verdict import Category, TargetKind

# A letter typed twice or more; every such run is read as the one letter.
_RUN_RE: Final[re.Pattern[str]] = re.compile(r"([a-z])\1+")
# A stretched token shorter than this is left alone ("mens", "odds").
STRETCHED_MIN: Final[int] = 4
# A name with a double letter of its own is read stretched only if its collapsed form
# is this long ("donne" -> "done", "poor" -> "por" are left out).
SHORT_FORM: Final[int] = 5
# Names this long with their doubled letter written once get a vowel dropped too
# ("imigrants" -> "imigrnts").
DROPPED_MIN: Final[int] = 8
_VOWELS: Final[str] = "aeiou"

# fmt: off
# A sound written as another, each tried once per place in a name: "s" as "z"
# ("mozlems"), "ew" as "oo" ("joos"), "ck" as "k" or "kk" ("blakks").
SOUNDS: Final[tuple[tuple[str, str], ...]] = (
    ("s", "z"), ("ew", "oo"), ("ck", "k"), ("ck", "kk"),
)
# Respellings by sound that no letter rule makes: two vowels heard otherwise.
SOUND_NAMES: Final[dict[str, str]] = {
    "wimmin": "women", "wimmen": "women", "wimin": "women", "wimen": "women",
    "wymmin": "women", "wimminz": "women",
}
# fmt: on


def collapsed(word: str) -> str:
    """`word` with every run of a letter read as one ("immigrants" -> "imigrants")."""
    return _RUN_RE.sub(r"\1", word)


def stretched_names(names: Iterable[str], entries: Iterable[tuple[str, Entry]]) -> dict[str, str]:
    """Each group name's and single-word slur's collapsed form -> the word (`_forms`)."""
    return _forms(frozenset(names) | group_slurs(entries))


Anchors = Mapping[str, tuple[tuple[int, Entry], ...]]
# The slurs of each shared anchor map (`of_shared`).
_SHARED_SLURS: Final[SharedValues[frozenset[str]]] = {}
_SHARED_SLURS_MAX: Final[int] = 8


def anchored_slurs(anchors: Anchors) -> frozenset[str]:
    """`group_slurs` of a lexicon's anchors. Every server's Matcher asks: the shared map
    is scanned once, and a server's layer adjusts only the words it changed (the scan of
    all anchors was most of a Matcher's build)."""
    if not isinstance(anchors, LayeredMap):
        return of_shared(anchors, _SHARED_SLURS, _SHARED_SLURS_MAX, _slurs_of)
    changes = anchors.changes
    shared = of_shared(anchors.base, _SHARED_SLURS, _SHARED_SLURS_MAX, _slurs_of)
    return shared.difference(changes.keys(), anchors.removed) | _slurs_of(changes)


def _slurs_of(anchors: Anchors) -> frozenset[str]:
    """The single-word slurs among the entries `anchors` holds."""
    return group_slurs((word, entry) for word, found in anchors.items() for _, entry in found)


def group_slurs(entries: Iterable[tuple[str, Entry]]) -> frozenset[str]:
    """The single-word slurs among `entries`: group-aimed identity attacks that need no
    context."""
    return frozenset(
        word
        for word, entry in entries
        if entry.tokens == (word,)
        and entry.category is Category.IDENTITY_ATTACK
        and entry.aim is TargetKind.GROUP
        and not entry.person_only
    )


@functools.lru_cache(maxsize=8)
def shared_stretched(words: frozenset[str]) -> tuple[dict[str, str], frozenset[str]]:
    """`_forms` of `words` and their gate, once per distinct set: every server's scorer
    layered on a shared lexicon asks for the same set, so 10,000 servers share one map
    instead of holding 10,000 (bench_servers: 518 MB before this cache). Read-only."""
    forms = _forms(words)
    return forms, stretched_keys(forms)


def _forms(words: frozenset[str]) -> dict[str, str]:
    """Each word's collapsed form -> the word, for words of letters only; a form two of
    them share stands for the first, as both name a group ("kikes": "kikes", "kikess").
    A name whose own double letter leaves a form this short is left out: the form is an
    everyday word stretched more often ("donne": "done", "doone")."""
    forms: dict[str, str] = {}
    for word in sorted(words):
        form = collapsed(word)
        if word.isalpha() and len(word) >= 3 and (form == word or len(form) >= SHORT_FORM):
            forms.setdefault(form, word)
    return forms


def stretched_keys(forms: Iterable[str]) -> frozenset[str]:
    """A token's gate: the first two letters and the last of each collapsed form, and the
    first letter typed twice with the last ("mu...s", "mm...s"); a run changes no other
    of them. About one token in twelve of ordinary chat passes."""
    return frozenset(key for form in forms for key in (form[:2] + form[-1], form[0] * 2 + form[-1]))


def stretched_name(token: str, forms: Mapping[str, str], keys: Container[str]) -> str | None:
    """The name or slur a token spells with letters typed twice ("muuslliims": "muslims",
    "jeeewwss": "jews"), or None; the caller asks only for tokens no list knows."""
    if len(token) < STRETCHED_MIN or token[:2] + token[-1] not in keys:
        return None
    form = collapsed(token)
    if form == token:
        return None  # no letter typed twice: the older typo tables' reading
    return forms.get(form)


def sound_spellings(names: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Each group name heard and written by its sound ("mozlems", "joos", "blakks"), and
    each long name with a doubled letter written once and a vowel dropped ("imigrnts"),
    mapped to the name, with SOUND_NAMES. A variant that is a word of any list (`taken`)
    or of two names is left out."""
    pairs = itertools.chain(
        ((variant, name) for name in sorted(names) for variant in _sounded(name)),
        ((variant, name) for name in sorted(names) for variant in _undoubled_drops(name)),
        SOUND_NAMES.items(),
    )
    return unambiguous((v, n) for v, n in pairs if v not in taken)


def _sounded(name: str) -> Iterator[str]:
    """`name` with one or more of its SOUNDS written otherwise, never its first letter;
    at most four places tried, so a long name costs at most 16 spellings."""
    if not name.isalpha() or len(name) < 4:
        return
    places = [
        (i, old, new) for i in range(1, len(name)) for old, new in SOUNDS if name.startswith(old, i)
    ][:4]
    for count in range(1, len(places) + 1):
        for chosen in itertools.combinations(places, count):
            starts = [i for i, _, _ in chosen]
            if len(set(starts)) < count:
                continue  # two sounds for one place
            variant: list[str] = []
            done = 0
            for i, old, new in chosen:
                variant.extend((name[done:i], new))
                done = i + len(old)
            variant.append(name[done:])
            yield "".join(variant)


def _undoubled_drops(name: str) -> Iterator[str]:
    """A long name's doubled letter written once and one interior vowel dropped
    ("immigrants" -> "imigrnts")."""
    form = collapsed(name)
    if form == name or len(form) < DROPPED_MIN or not name.isalpha():
        return  # "refugees" -> "refuges", "trannies" -> "tranies": too near other words
    for i in range(1, len(form) - 1):
        if form[i] in _VOWELS:
            yield form[:i] + form[i + 1 :]
