"""Spellings of the hatecheck52 round (issue 8): a plural's "s" written "z" read past the
older tables, before any rule runs. (Look-alike letters of other scripts inside a Latin
word, the round's other half, are read by the normaliser: folding.latin_words.)

The round adds no rule class: the statement, respelled, passes every older rule exactly
as the plain spelling would. It adds, to the typo table (lexicon_compile):

- a plural's "z" doubled ("jewzz", "faggotzz", "muslimzz"): each older typo that writes
  a plural's "s" as "z" ("jewz": "jews") gains its "zz";
- a slur whose plain plural has an everyday sense, left unaimed by the older rules
  ("fags": cigarettes), read as its other plural when its "s" is written "z" or "zz"
  ("fagz should all die" as "faggots should all die"): nobody writes cigarettes "fagz".

Stay clean: words that end in "z" or "zz" and are no such typo ("jazz", "quiz", "fizz",
"buzz", "liz"), and the spellings said kindly or reported ("jewz celebrate passover",
"calling people fagz is homophobic"), as spelled plainly.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Final

# A plural the older rules leave unaimed for its everyday sense, and the plural of the
# same slur that they read ("fags": cigarettes; "faggots").
Z_PLURAL_READINGS: Final[dict[str, str]] = {"fags": "faggots"}


def z_plural_spellings(typos: Mapping[str, str], taken: Container[str]) -> dict[str, str]:
    """Each typo that writes a plural's "s" as "z" ("jewz": "jews") with the "z" doubled
    ("jewzz"), unless `taken` (an ordinary, cue, lexicon or typo word); both spellings of
    a plural in Z_PLURAL_READINGS mapped to its reading ("fagz", "fagzz": "faggots")."""
    found: dict[str, str] = {}
    for variant, word in typos.items():
        if not (variant.endswith("z") and word.endswith("s") and variant[:-1] == word[:-1]):
            continue
        reading = Z_PLURAL_READINGS.get(word, word)
        if reading != word:
            found[variant] = reading
        if variant + "z" not in taken:
            found[variant + "z"] = reading
    return found
