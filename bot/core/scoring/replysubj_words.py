"""The word lists of the reply-subject rule (issue 8, branch replysubj): which words open
a judged subject, which copulas join it to the verdict, and which words may stand between;
kept apart from the rule that reads them (targeting_replysubj.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# A subject opened by a definite article names something the sentence is about: "the
# update", "the new patch", "la patch", "l'aggiornamento", "i server". Possessives stay
# out ("your brain" stands for the reader), and so do "this/that" (already things).
DETERMINERS: Final = frozenset({
    "the", "these", "those", "il", "lo", "la", "l", "i", "gli", "le",
})
# The copula that predicates the verdict of the subject ("the plan is stupid", "the
# servers are garbage", "il piano è stupido", "le regole sono stupide").
COPULAS: Final = frozenset({
    "is", "are", "was", "were", "s", "re", "isnt", "looks", "looked", "seems", "feels",
    "e", "era", "sono", "erano", "sembra", "sembrano", "resta",
})
# Between the copula and the verdict: articles and words that say how much.
BETWEEN: Final = frozenset({
    "a", "an", "so", "such", "just", "really", "very", "too", "kinda", "pretty", "absolute",
    "absolutely", "complete", "completely", "total", "totally", "utter", "utterly", "fucking",
    "fking", "fkn", "literally", "actually", "still", "now", "honestly", "legit", "mega",
    "un", "una", "uno", "proprio", "davvero", "veramente", "troppo", "molto", "tanto",
    "cosi", "solo", "sempre", "ancora",
})
# Between two verdicts joined in one predicate ("the camera is awful and stupid", "il
# libro è noioso e stupido"), or "like" ("the trailer looked like garbage").
JOINERS: Final = frozenset({"and", "but", "or", "as", "like", "e", "ed", "ma", "come"})
# People and roles the cue lists do not name: a verdict on them judges a person. The
# suffixes catch the rest of the agent nouns a list never ends ("the journalist").
PEOPLE: Final = frozenset({
    "host", "hosts", "boss", "bosses", "manager", "managers", "president", "senator",
    "senators", "governor", "mayor", "minister", "politician", "politicians", "fan", "fans",
    "writer", "writers", "director", "directors", "actor", "actors", "actress", "singer",
    "rapper", "artist", "author", "staff", "cop", "cops", "police", "teacher", "teachers",
    "prof", "professor", "student", "students", "judge", "judges", "bartender", "waiter",
    "waitress", "driver", "pilot", "neighbour", "neighbor", "neighbours", "neighbors",
    "commentator", "caster", "casters", "announcer", "umpire", "referee", "refs", "doctor",
    "nurse", "landlord", "cashier", "customer", "customers", "employee", "employees",
    "worker", "workers", "leader", "leaders", "government", "dev", "devs", "developer",
    "developers", "creator", "creators", "youtuber", "influencer", "streamers", "viewers",
    "chat", "crowd", "audience", "mob", "man", "men", "woman", "women", "lady", "ladies",
    "girl", "girls", "boy", "boys", "kid", "kids", "child", "children", "baby", "mom", "dad",
    "mother", "father", "brother", "sister", "wife", "husband", "gf", "bf", "ex", "family",
    "friend", "friends", "others", "ones", "newbie", "noob", "noobs", "n00b", "nub", "newb",
    "moderator", "moderators", "narrator", "dictator",
    "capo", "tifosi", "tifoso", "arbitro", "giudice", "professore", "professoressa",
    "maestra", "maestro", "sindaco", "ministro", "presidente", "governo", "politico",
    "politici", "cameriere", "autista", "vicino", "vicina", "ragazzo", "ragazza", "ragazzi",
    "bambino", "bambina", "uomo", "donna", "tizio", "tizia", "tipo", "tipa", "altri",
    "giocatore", "giocatori", "allenatore", "mister",
    "portiere", "streamer", "moderatore", "moderatori", "admin", "padrone", "proprietario",
})
# An adjective standing alone for a person: "the new one", "il nuovo", "l'altro".
ALONE: Final = frozenset({
    "new", "old", "other", "one", "ones", "rest", "last", "first", "nuovo", "nuova", "altro",
    "altra", "ultimo", "ultima", "primo", "prima",
})
ONES: Final = frozenset({"one", "ones"})  # "the new one": the head a person may hide in
PERSON_ENDINGS: Final = ("ist", "ists", "ian", "ians", "ista", "isti", "tore", "tori", "trice")
# Agent endings read only on words no list knows: "plumber", "bartender", "cashier".
AGENT_ENDINGS: Final = ("er", "ers", "eur", "eurs")
# fmt: on
BETWEEN_REACH: Final = 4  # words between the copula and the verdict: "is noisy and stupid"
SUBJECT_REACH: Final = 5  # words between the article and the copula: "the food at that place"
