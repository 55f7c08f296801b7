"""Word lists of the italian44 round (issue 8, targeting_italian44.py): a named group as
a topic of its own, asked or set off by a comma or a colon, then a bare call for its harm
("gli ebrei? da eliminare") or a promised retribution ("i rom? la pagheranno")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian42_words as i42

# fmt: off
# "da" before a harm verb that is its own hit: "da eliminare", "da picchiare".
DA: Final[str] = "da"
# The retribution phrases italian42 reads with the group as their subject.
RETRIBUTIONS: Final[frozenset[str]] = i42.RETRIBUTIONS
# Between the topic's pause and the fragment: quantifiers and time words ("gli
# immigrati? tutti da eliminare", "i musulmani? prima o poi la pagheranno").
FILLERS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "quanti", "prima", "o", "poi", "presto", "sicuramente", "un",
    "giorno", "stavolta", "ormai",
})
FILLER_REACH: Final[int] = 4
# Before the group in its topic: a linking word, articles and pointing words only ("e i
# musulmani?", "questi zingari?"); "i commenti contro gli ebrei?" is about the comments.
TOPIC_LEAD: Final[frozenset[str]] = frozenset({
    "e", "ma", "i", "gli", "le", "l", "questi", "queste", "quei", "quegli", "quelle",
    "sti", "ste", "tutti", "tutte",
})
TOPIC_LEAD_REACH: Final[int] = 3
# How many tokens back from the pause the named group may begin ("persone di colore").
GROUP_SPAN: Final[int] = 3
# Right after the fragment, an article names its own object or doer ("da eliminare le
# barriere", "la pagheranno i politici"): the group was only the topic. Never "uno"
# ("da eliminare uno per uno").
ARTICLES: Final[frozenset[str]] = frozenset({
    "il", "lo", "la", "i", "gli", "le", "l", "un", "una",
})
# What may follow a retribution in its clause ("la pagheranno cara", "... tutte").
RETRIBUTION_TAIL: Final[frozenset[str]] = frozenset({
    "cara", "caro", "tutti", "tutte", "presto", "prima", "o", "poi", "sicuramente",
    "eccome", "per", "tutto", "stavolta", "davvero",
})
# The idiom of laughter ("da ammazzare dalle risate", "da morire dal ridere").
LAUGHS: Final[frozenset[str]] = frozenset({"risate", "ridere", "risata"})
LAUGH_REACH: Final[int] = 3
# A verb of saying after the fragment reports it ("..., dicevano i nazisti").
SAYINGS: Final[frozenset[str]] = frozenset({
    "dice", "dicono", "diceva", "dicevano", "disse", "dissero", "scrive", "scrivono",
    "scriveva", "scrivevano", "urlano", "urlavano", "gridano", "gridavano", "pensano",
    "pensavano", "sostengono", "sostenevano", "cantavano", "cantano",
})
SAYING_REACH: Final[int] = 6
# fmt: on
