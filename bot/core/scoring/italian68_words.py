"""Word lists of the italian68 round (issue 8, targeting_italian68.py): one member of a
named group pointed at with a demonstrative and a singular noun and put down ("quel
marocchino è un ladro", "sta rumena puzza", "questo albanese è un delinquente")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian17_words

# fmt: off
# The member: italian17's singular nationalities and "arabo", and the singular group
# nouns an older line reads only in the plural or after "quel"/"quella".
MEMBERS: Final[frozenset[str]] = italian17_words.POINTED_WORDS | {
    "zingaro", "zingara", "ebreo", "ebrea", "musulmano", "musulmana", "negro", "negra",
    "immigrato", "immigrata", "straniero", "straniera", "clandestino", "clandestina",
}
# "quel cinese" is as often the restaurant and "quel marocchino" the coffee: after a
# masculine pointer they are read as a person only before a put-down of a person
# ("è un ladro", "è uno schifoso", "spaccia"); "questo cinese è uno schifo" stays clean.
THING_SENSES: Final[frozenset[str]] = italian17_words.THING_SENSES
MASCULINE_POINTERS: Final[frozenset[str]] = frozenset({"quel", "quello", "questo", "sto"})
PERSON_PUTDOWNS: Final[frozenset[str]] = frozenset({
    "ladro", "criminale", "delinquente", "schifoso", "animale", "maiale", "porco",
    "terrorista", "parassita", "spacciatore", "bastardo", "scimmia", "scimmione",
    "verme", "stronzo", "coglione", "idiota", "truffatore", "stupratore", "sporco", "spaccia",
})
# The demonstrative right before the member, chat's "sto"/"sta" too ("sto albanese di
# merda"); never an article ("il marocchino", italian17's reading) or "un" (news: "un
# marocchino è stato arrestato").
POINTERS: Final[frozenset[str]] = frozenset({
    "quel", "quella", "quell", "quello", "questo", "questa", "quest", "sto", "sta", "st",
})
# Between the member and the put-down: the copula, its article and a few adverbs ("è
# proprio un", "è sempre una"); never "non" ("quel rumeno non è un ladro") or "stato"
# ("quel marocchino è stato arrestato").
PREDICATE_RUN: Final[frozenset[str]] = frozenset({
    "e", "un", "uno", "una", "proprio", "davvero", "veramente", "solo", "soltanto",
    "sempre", "pure", "anche", "tipo",
})
PREDICATE_REACH: Final[int] = 4  # "è proprio un vero"
# An insult line needs an article before it or in it, a noun put-down ("è un ladro", "è
# un animale"); never an adjective of a state ("quell'immigrato è malato") or a verb ("sta
# rumena cucina benissimo"). An identity line (a deed: "ruba", "puzza") may follow the
# member right away.
ARTICLES: Final[frozenset[str]] = frozenset({"un", "uno", "una"})
# The put-down closes its clause or goes on only into a few TAILS ("come tutti", "di
# merda", "da morire", "sempre"); never "un ladro di prezzi", "malato da una settimana".
TAILS: Final[frozenset[str]] = frozenset({
    "come", "tutti", "tutte", "gli", "altri", "altre", "di", "merda", "del", "cazzo",
    "da", "morire", "sempre", "proprio", "vero", "vera",
})
TAIL_REACH: Final[int] = 3
# The pointer opens its sentence, over a speaker's opener at most OPENER_REACH tokens
# ("ma", "raga", "comunque"); never after "che" ("dire che quel rumeno ruba ...").
OPENERS: Final[frozenset[str]] = frozenset({
    "ma", "e", "poi", "tanto", "comunque", "insomma", "raga", "ragazzi", "oh", "ao",
    "cioe", "guarda", "guardate", "ormai", "secondo", "me", "per",
})
OPENER_REACH: Final[int] = 2
# fmt: on
