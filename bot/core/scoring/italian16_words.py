"""Words of the italian16 round (issue 8): claims that count only with a named group as
the clause's own subject ("il disabile è un peso", "la donna non capisce niente"). The
terms are insult.txt's italian16 subject lines (read by targeting_italian16.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian14_words

# fmt: off
# Said of a friend, a tool or a law as often ("mio fratello non capisce niente", "questa
# legge non serve a niente"): each counts only after "<article> <group noun>".
SUBJECT_CLAIMS: Final[frozenset[str]] = frozenset({
    "non serve a niente", "non serve a nulla", "e un peso", "e un costo", "e un fardello",
    "non capisce niente", "non capisce nulla", "e inferiore", "non sa fare niente",
    "e un animale", "e una bestia", "e sporco", "e sporca", "e un oggetto",
})
# Said of one person's state when the clause goes on ("l'immigrato è sporco di fango"):
# these close their clause, or go on only with italian14's nature tail ("per natura").
CLOSING: Final[frozenset[str]] = frozenset({"e sporco", "e sporca"})
# Before the group noun: the generic article, or a plural determiner.
# "il", "un", "ogni", ...
SUBJECT_ARTICLES: Final[frozenset[str]] = italian14_words.GENERIC_ARTICLES
# fmt: on
