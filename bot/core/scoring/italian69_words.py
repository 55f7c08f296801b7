"""Words of the italian69 round (issue 8, targeting_italian69.py): national and ethnic
groups the group list lacked, read as people only where a nationality is a noun ("gli
israeliani sono feccia", "odio i palestinesi", "le siriane sono feccia"), never as the
adjective after a noun ("le serie turche", "i vini croati"); and a named group
dehumanised with a bare "bestie" over an adverb ("i musulmani sono tutti bestie")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The groups: plurals only ("il governo israeliano" is an adjective); the feminine
# plurals of the older list's masculine ones ("siriani", "turchi"); no "russe" ("le
# montagne russe").
NATIONS: Final[frozenset[str]] = frozenset({
    "israeliani", "israeliane", "palestinesi", "ceceni", "cecene", "serbi", "serbe",
    "croati", "croate", "bosniaci", "bosniache", "kosovari", "kosovare", "montenegrini",
    "macedoni", "cingalesi", "ghanesi", "ivoriani", "ivoriane", "maliani", "gambiani",
    "guineani", "sudanesi", "camerunensi", "peruviani", "peruviane", "ecuadoriani",
    "ecuadoriane", "boliviani", "colombiani", "sikh", "siriane", "afghane", "turche",
    "curde", "filippine", "eritree", "somale", "libiche", "irachene", "iraniane", "ucraine",
    "polacche", "indiane",
})
# Right before the group, where a nationality is a noun: an article, a determiner, a
# contracted preposition or a curse ("gli israeliani", "tutte le cecene", "degli
# afghani", "maledetti palestinesi"); after any other word it is an adjective ("le serie
# turche", "i coloni israeliani") and names no group. The message's first word counts
# too ("israeliani di merda").
DETERMINERS: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "questi", "queste", "quei", "quegli", "quelle", "sti", "ste",
    "certi", "certe", "tanti", "tante", "troppi", "troppe", "dei", "degli", "delle",
    "ai", "agli", "alle", "dai", "dagli", "dalle", "coi", "cogli", "sui", "sugli",
    "sulle", "nei", "negli", "nelle", "maledetti", "maledette", "fottuti", "fottute",
    "sporchi", "sporche", "schifosi", "schifose",
})
# --- The verdict: italian24's bare "bestie" line, which counts only in its topic shape
# ("I musulmani? Bestie."); no lexicon line of this round.
BEASTS: Final[frozenset[str]] = frozenset({"bestie"})
# Adverbs and quantifiers between the copula and the verdict ("sono [tutti] bestie",
# "sono [veramente tutti quanti] bestie").
ADVERBS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "quante", "solo", "soltanto", "solamente", "semplicemente",
    "veramente", "davvero", "proprio", "sempre", "ormai", "comunque",
})
# fmt: on
ADVERB_REACH: Final[int] = 3
# The plural copula after the group: "i rom [sono] ...".
COPULAS: Final[frozenset[str]] = frozenset({"sono"})
# Tails that leave the verdict said whole ("sono solo bestie e basta"); anything else
# after it goes on ("sono tutti bestie in campo", a champion's praise) and stays unread.
TAILS: Final[frozenset[str]] = frozenset({"e", "basta", "punto", "ormai"})
TAIL_REACH: Final[int] = 2
