"""Words of the italian30 round (issue 8, targeting_italian30.py): public figures named
by surname as the subject of disgust or an insult, and a named group said to cost too
much."""

from __future__ import annotations

from typing import Final

# fmt: off
# Surnames of public figures that Italian Telegram and Twitter posts name alone ("renzi
# fa schifo", "la meloni è una vergogna"). A list, not "any word no list knows": "il
# traffico fa schifo" must stay clean. Surnames that are also common nouns ("speranza",
# "fico", "sala", "raggi", "fontana", "vespa") are left out; "draghi" and "grillo" are
# read only with the singular frames below, which dragons and crickets do not take.
FIGURES: Final[frozenset[str]] = frozenset({
    "salvini", "renzi", "meloni", "conte", "draghi", "letta", "schlein", "calenda",
    "berlusconi", "grillo", "boldrini", "mattarella", "bonino", "prodi", "gentiloni",
    "toninelli", "azzolina", "lamorgese", "tajani", "crosetto", "santanche", "santanchè",
    "bersani", "zingaretti", "gualtieri", "bonaccini", "vannacci", "lollobrigida",
    "nordio", "piantedosi", "valditara", "sgarbi", "travaglio", "scanzi", "burioni",
    "bassetti", "monti", "casalino", "brunetta", "gasparri", "borghi", "bagnai",
    "zelensky", "zelenski", "putin", "biden", "soros", "macron", "trump", "obama",
    "merkel", "scholz", "netanyahu", "fauci", "ferragni", "fedez",
})
# A surname of two words whose last is read after its particle: "di maio".
PARTICLE_NAMES: Final[frozenset[tuple[str, str]]] = frozenset({("di", "maio")})
# An article or pointing word before the surname: "la meloni", "quel renzi".
BEFORE_FIGURE: Final[frozenset[str]] = frozenset({
    "il", "la", "lo", "quel", "quella", "questo", "questa", "sto", "sta", "st",
})
# Words between the surname and the hit: "salvini mi fa schifo", "renzi è una vergogna",
# "la meloni è proprio ridicola", "draghi sempre fa pena".
BETWEEN: Final[frozenset[str]] = frozenset({
    "mi", "ci", "ti", "e", "è", "proprio", "davvero", "veramente", "solo", "sempre",
    "anche", "un", "una", "uno", "gran", "ormai", "oramai",
})
# Words before a hit that opens its sentence with the surname after it: "mi fa schifo
# salvini", "ci fa pena la meloni", "è una vergogna renzi".
OPENING: Final[frozenset[str]] = frozenset({"mi", "ci", "ti", "e", "è"})
BETWEEN_REACH: Final = 4  # "è proprio un gran <call>"
COPULAS: Final[frozenset[str]] = frozenset({"e", "è"})  # a name-call only over "è"
FIGURE_REACH: Final = 8  # tokens back from the surname to its sentence's start
# Hits of disgust read as said of a thing unless a person stands before them.
DISGUST: Final[frozenset[str]] = frozenset({
    "fa schifo", "fa cagare", "fa pena", "fa proprio schifo", "fa davvero schifo",
    "fa veramente schifo", "fa proprio cagare", "una vergogna", "e uno schifo",
    "uno schifo", "fa proprio pena",
})
# Calls that also praise ("renzi è un genio", "salvini è un mostro a parlare").
PRAISE_TOO: Final[frozenset[str]] = frozenset({
    "genio", "mostro", "bestia", "animale", "fenomeno", "pazzo", "pazza", "matto", "matta",
})

# A named group said to cost too much: "i disabili costano troppo allo stato", "gli
# immigrati ci costano troppo". The hit is the older group-only "troppo"; the verb
# stands just before it, the group before the verb (over "ci", "sempre").
TOO: Final = "troppo"
COST: Final[frozenset[str]] = frozenset({"costano", "costa", "costavano", "costeranno"})
COST_BETWEEN: Final[frozenset[str]] = frozenset({
    "ci", "vi", "sempre", "tutti", "tutte", "solo", "anche", "davvero", "ormai",
})
COST_REACH: Final = 3  # "ci costano": tokens back from the verb to the group's end
# "costano troppo poco" says the opposite.
TOO_LITTLE: Final[frozenset[str]] = frozenset({"poco", "poca", "pochi", "poche"})
# fmt: on
