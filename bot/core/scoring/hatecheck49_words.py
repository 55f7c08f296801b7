"""Spellings of the hatecheck49 round (issue 8): more ways a group's name or a slur is
written obfuscated inside a hateful statement the scorer catches when it is spelled
plainly, read as hatecheck46's are, before any rule runs.

The round adds no rule class: the statement, respelled, passes every older rule exactly
as the plain spelling would. It adds:

- a group's name split by a hyphen, a dot or an underscore ("mus-lims are a disease",
  "ref_ugees are leeches", "imm.igrants are vermin"): `NAME_SPLITS`, read by
  matching.Matcher._rejoin_split for group names only (so "x-men", "co-workers" and
  "www.mexicans.com" stay as they were), with `split_by_mark` the scorer's gate;
- two letters of a name starred out when every name that fits is one group's ("w*m*n
  are a plague", "g**s should be locked up"): hate_spelling.starred_group_name;
- a hard "c" written "k" in a name ("afrikans", "mexikans", "katholics"):
  hate_spelling.short_group_misspellings;
- a slur's plural, a plural's "z", "ph" for "f" and "ck" for a closing "c" ("darkies",
  "fagz", "phaggots", "spicks"): `slur_spellings` below, a typo table built with the
  lexicon; and (en/identity_attack.txt) slurs held only in the singular ("porch
  monkeys", "jungle bunnies") or not at all ("yids", "pajeets", "femoids", "dagos").

Stay clean, as spelled plainly: "mus-lims are fasting for ramadan", "w*m*n are amazing",
"afrikans are so welcoming", "calling people darkies is racist"; and words that only look
like one ("spick and span", "the negros island", "pokeys": [word] lines in cues.txt).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Mapping
from typing import Final

from bot.core.scoring.hatecheck46_words import group_slurs
from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import TargetKind

# The marks that may split a group's name in two: "mus-lims", "imm.igrants", "ref_ugees"
# (one mark, nothing else between the halves); the gate finds one between two letters.
NAME_SPLITS: Final[frozenset[str]] = frozenset({"-", ".", "_"})
NAME_SPLIT_RE: Final[re.Pattern[str]] = re.compile(r"[-._](?<=[^\W_][-._])(?=[^\W_])")


def split_by_mark(text: str, words: list[str], names: Container[str]) -> bool:
    """Whether `text` has a mark between two letters and two neighbouring `words` make one
    of `names` ("mus-lims", "ref_ugees"): the scorer's gate to the matcher, which reads
    the name whole only where the mark stands between the two."""
    if NAME_SPLIT_RE.search(text) is None:
        return False
    return any(a + b in names for a, b in itertools.pairwise(words))


# A slur respelled as the older tables do not read it (`slur_spellings`): its plural
# ("darkie", "darky": "darkies"), a plural's "s" written "z" ("fagz"), "ph" for "f"
# ("phaggots") and "ck" for a closing "c" ("spicks").
_PLURAL_ENDS: Final[tuple[tuple[str, str], ...]] = (("ie", "ies"), ("y", "ies"))
_NO_PLURAL_ENDS: Final[tuple[str, ...]] = ("s", "ed", "z")
_Z_PLURAL_MIN: Final[int] = 4  # "fags": a shorter plural's "z" is another word


def slur_spellings(
    entries: Mapping[tuple[str, ...], Entry], taken: Container[str]
) -> dict[str, str]:
    """Each slur (hatecheck46_words.group_slurs) with its plural, and each slur or
    context-aimed one ("fags") with a plural's "z", "ph" for "f" or "ck" for a closing
    "c", mapped to the word. (A context-aimed word's plural is often an everyday word:
    "faults", "locks".) A
    variant that is an ordinary, cue, lexicon or typo word (`taken`: "spick" of "spick and
    span" is a [word] in cues.txt) keeps its reading."""
    found: dict[str, str] = {}
    group = frozenset(group_slurs(entries))
    for word in group_slurs(entries, (TargetKind.GROUP, None)):
        variants: set[str] = set()
        if word in group and not word.endswith(_NO_PLURAL_ENDS):
            stem = next(
                (word[: -len(end)] + plural for end, plural in _PLURAL_ENDS if word.endswith(end)),
                word + "s",
            )
            variants.add(stem)
        if word.endswith("s") and len(word) >= _Z_PLURAL_MIN:
            variants.add(word[:-1] + "z")
        if "f" in word:
            variants.add(word.replace("f", "ph"))
        if word.endswith("c"):
            variants.add(word + "k")
        elif word.endswith("cs"):
            variants.add(word[:-1] + "ks")
        for variant in variants:
            if variant not in taken and variant != word:
                found.setdefault(variant, word)
    return found
