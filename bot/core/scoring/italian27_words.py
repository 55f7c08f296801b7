"""Words of the italian27 round (issue 8): Italian verdicts of disgust or pity ("fanno
schifo", "fanno pena") said of people named by a people noun, a party label or a role,
and "quel <word of scorn> di/del <person>", read by targeting_italian27.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian26_words as i26

# Party, ideological and public-role labels (italian26): said only of people.
LABELS: Final[frozenset[str]] = i26.LABELS

# fmt: off
# The lexicon's verdicts that the older rules read as said of a thing unless a role, a
# first name or an identity group stands before them.
VERDICTS: Final[frozenset[str]] = frozenset({
    "fa schifo", "fanno schifo", "mi fanno schifo", "fa proprio schifo", "fa davvero schifo",
    "fa veramente schifo", "fanno davvero schifo", "fanno proprio schifo",
    "fanno veramente schifo", "mi fanno davvero schifo", "mi fanno proprio schifo",
    "fanno tutti schifo", "fanno tutte schifo", "fa cagare", "fanno cagare",
    "fa proprio cagare", "fa vomitare", "fanno vomitare", "mi fa vomitare",
    "mi fanno vomitare", "fanno ribrezzo", "mi fanno ribrezzo", "fanno pena", "fa pena",
})
# Pity after "mi" is as often sympathy ("i bambini in guerra mi fanno pena"): these are
# read only without it.
PITY: Final[frozenset[str]] = frozenset({"fanno pena", "fa pena"})
PITY_SOFTENERS: Final[frozenset[str]] = frozenset({"mi", "ci"})

# People named by what they do or where they stand, never by a weakness that draws pity
# ("bambini", "anziani", "poveri", "profughi" are left out), nor things or institutions
# ("governo", "parlamento", "partito").
PEOPLE: Final[frozenset[str]] = LABELS | frozenset({
    "gente", "persone", "persona", "politici", "politicanti", "giornalisti", "tifosi",
    "influencer", "youtuber", "tiktoker", "streamer", "boomer", "moderatori", "admin",
    "utenti", "ministri", "deputati", "senatori", "parlamentari", "sindacalisti",
    "sindaci", "arbitri", "professori", "prof", "insegnanti", "medici", "preti",
    "poliziotti", "sbirri", "vicini", "parenti", "colleghi", "amici", "amiche",
    "ragazzi", "ragazze", "ragazzini", "ragazzine", "uomini", "maschi", "femmine",
    "giocatori", "italiani", "italiane", "francesi", "tedeschi", "americani", "inglesi",
    "juventini", "interisti", "milanisti", "romanisti", "laziali", "napoletani",
    "complottisti", "vegani", "ciclisti", "tassisti", "avvocati", "magistrati", "giudici",
    "dirigenti", "capi", "ministro", "ministra", "sindaco", "presidente", "premier",
})
# Before the people noun: an article, a pointing word, a possessive, a quantifier.
DETERMINERS: Final[frozenset[str]] = frozenset({
    "i", "gli", "le", "la", "il", "lo", "l", "questi", "queste", "questa", "questo",
    "quei", "quegli", "quelle", "quella", "quel", "quello", "sti", "ste", "sta", "sto",
    "certi", "certe", "molti", "molte", "tanti", "tante", "troppi", "troppe",
})
POSSESSIVES: Final[frozenset[str]] = frozenset({
    "nostri", "nostre", "vostri", "vostre", "tuoi", "tue", "loro", "suoi", "sue",
})
ALL_OF: Final[frozenset[str]] = frozenset({"tutti", "tutte"})
# What may open the clause before the people: "ma i politici ...", "ormai i ...".
OPENERS: Final[frozenset[str]] = frozenset({
    "ma", "e", "ormai", "però", "pero", "cioè", "cioe", "insomma", "comunque", "tanto",
    "boh", "oh", "raga", "madonna", "sinceramente", "onestamente", "davvero",
})
# Between the people and the verdict: a clitic, an adverb, "tutti".
BRIDGE: Final[frozenset[str]] = frozenset({
    "mi", "ci", "ormai", "davvero", "proprio", "veramente", "sempre", "solo", "tutti",
    "tutte", "ancora", "oggi", "così", "cosi", "qui", "qua", "italiani", "italiane",
})
# A complement after the people noun ("i tifosi della juve", "i moderatori di questo
# gruppo"): a preposition, then at most two words.
PREPOSITIONS: Final[frozenset[str]] = frozenset({
    "di", "del", "della", "dello", "dei", "degli", "delle", "dell", "da", "in",
})
# fmt: on
SUBJECT_REACH: Final = 5
COMPLEMENT_WORDS: Final = 2
AFTER_REACH: Final = 2
# Pity said of people a relative clause describes is as often sympathy ("fanno pena le
# persone che soffrono").
WHO: Final[frozenset[str]] = frozenset({"che", "a", "costrette", "costretti"})

# "quel <word of scorn> di/del <person>": the pointing words before the word, the links
# after it, and who may follow.
# fmt: off
POINTERS: Final[frozenset[str]] = frozenset({
    "quel", "quella", "quello", "quell", "quei", "quegli", "quelle", "sto", "sta", "sti",
    "ste",
})
OF: Final = "di"
OF_THE: Final[frozenset[str]] = frozenset({
    "del", "della", "dello", "dell", "dei", "degli", "delle",
})
# Never the writer's own ("quel coglione di mio fratello" is kept as family talk).
OWNERS: Final[frozenset[str]] = frozenset({
    "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue", "vostro", "vostra",
})
# People by kin, tie or role; never a place or a thing ("casa", "bagno", "museo").
PERSONS_OF: Final[frozenset[str]] = PEOPLE | frozenset({
    "fratello", "sorella", "fratelli", "sorelle", "cugino", "cugina", "cugini", "marito",
    "moglie", "ex", "ragazzo", "ragazza", "fidanzato", "fidanzata", "amico", "amica",
    "padre", "madre", "zio", "zia", "cognato", "cognata", "suocero", "suocera", "figlio",
    "figlia", "capo", "vicino", "vicina", "prof", "professore", "professoressa",
    "sindaca", "mister", "arbitro", "allenatore", "direttore", "direttrice", "collega",
    "padrone", "padrona", "tizio", "tizia", "maestro", "maestra", "compagno", "compagna",
    "coinquilino", "coinquilina", "cameriere", "cameriera",
})
# fmt: on
