"""Words of the hatecheck84 round (issue 8, targeting_hatecheck84.py): a hostile call or
claim about a named group with an attribution tail after its clause (", says the
minister", ", he said", " - donald trump", ", according to the article"), and the words
that keep it the writer's own (", i say", ", as i always said", ", and i agree")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- A speech verb of the tail: ", says the minister", ", the crowd chanted", ", ha detto
# il ministro". Also the message's trigger: without one (or "according", "secondo" or a
# dash) after a group hit, the rule reads nothing.
TAG_VERBS: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "claimed", "claims", "claim", "wrote", "writes", "write",
    "tweeted", "tweets", "posted", "posts", "shouted", "shouts", "yelled", "yells",
    "screamed", "screams", "chanted", "chant", "chants", "declared", "declares",
    "announced", "announces", "insisted", "insists", "argued", "argues", "preached",
    "preaches", "replied", "replies", "snapped", "sneered", "whispered", "muttered",
    "told", "tells", "added", "adds", "warned", "warns", "proclaimed", "proclaims",
    "dice", "dicono", "disse", "dissero", "detto", "scrive", "scrisse", "scritto",
    "urlava", "urlò", "gridava", "gridò",
})
# --- "according to <speaker>" and "secondo <speaker>": the source named after "to".
ACCORDING: Final[str] = "according"
ACCORDING_TO: Final[str] = "to"
SECONDO: Final[str] = "secondo"
# --- The trigger words of a tail, read in the hit's window before any scan.
TRIGGERS: Final[frozenset[str]] = TAG_VERBS | frozenset({ACCORDING, SECONDO})
# --- A dash between the clause and a tail: "muslims are vermin - donald trump".
DASHES: Final[frozenset[str]] = frozenset({"-", "\u2013", "\u2014"})
# --- A speaker who is one word: a third person ("he said", "says she"), maybe in Italian.
PRONOUNS: Final[frozenset[str]] = frozenset({
    "he", "she", "they", "him", "her", "them", "lui", "lei", "loro",
})
# --- Nobody says it: the claim disowned ("said no one ever", "said nobody").
NOBODY: Final[frozenset[str]] = frozenset({"nobody", "noone"})
NO_ONE: Final[tuple[str, str]] = ("no", "one")
# --- A determiner opening a speaker of a few words: "the minister", "my uncle", "a man
# on the bus", "il ministro".
SPEAKER_DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "my", "his", "her", "their", "our", "some", "one", "this", "that",
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "mio", "mia", "suo", "sua",
})
# --- A speaker who is everyone sensible is the writer's own verdict: "says everyone with
# a brain", "said every sane person ever", "everyone says so" stay hostile.
UNIVERSALS: Final[frozenset[str]] = frozenset({
    "every", "everyone", "everybody", "all", "any", "anyone", "anybody", "each",
    "tutti", "ognuno", "chiunque",
})
# --- The writer or the reader in the tail: ", i say", ", says me", ", say it with me",
# ", we all say it", ", say what you want"; "i" in Italian is an article.
WRITERS: Final[frozenset[str]] = frozenset({
    "i", "me", "we", "us", "myself", "it", "you", "u", "ya", "io", "noi",
})
# --- A tail opening with these takes the saying up as the writer's own: ", as trump
# said", ", like my grandpa used to say", ", and i agree", ", come diceva mio nonno".
ENDORSING_OPENERS: Final[frozenset[str]] = frozenset({
    "as", "like", "and", "so", "just", "come", "e",
})
# --- A source that is evidence the writer calls on, never someone else's claim:
# "according to statistics", "according to the facts", " - the truth".
EVIDENCE: Final[frozenset[str]] = frozenset({
    "statistics", "stats", "stat", "facts", "fact", "data", "science", "studies", "study",
    "research", "history", "experience", "truth", "reality", "numbers", "evidence",
    "record", "records", "logic", "common", "sense", "biology", "nature", "god", "bible",
    "quran", "koran", "me", "us", "dati", "statistiche", "scienza", "storia",
})
# --- An auxiliary before a tail's verb: ", ha detto il ministro", ", has said the mayor".
AUXILIARIES: Final[frozenset[str]] = frozenset({"ha", "hanno", "aveva", "has", "had"})
# --- Between the speaker's first word and its verb, at most the speaker's other words
# ("a man on the bus", "the far right party") and a few adverbs (", my dad always says",
# ", my grandpa used to say", ", il ministro ha detto").
SPEAKER_REACH: Final = 4
ADVERB_REACH: Final = 2
# --- After a dash, a source of words, not a person's: " - a quote from the rally", " - a
# sign at the march", " - the headline".
SOURCES: Final[frozenset[str]] = frozenset({
    "quote", "quotes", "line", "sign", "banner", "poster", "slogan", "headline", "tweet",
    "post", "comment", "caption", "speech", "chant", "placard", "leaflet", "pamphlet",
    "flyer", "meme", "citazione", "cartello", "striscione", "titolo",
})
# --- A name as the speaker only when it closes the message: " - donald trump", ", says
# farage"; longer, the words after a dash are more likely the writer's own.
NAME_LENGTH: Final = 2
# --- A word after a bare "say" that makes it an order to the reader, not an inverted
# tag: "say it louder", "say goodbye", "say no more".
SAY: Final[str] = "say"
# --- The clause before the tail: at most this many tokens from the hit's end to the
# pause or dash that closes it ("kill [the british], said ...").
CLAUSE_REACH: Final = 8
# --- How far the tail is read from its first word: the speaker, its verb and where or
# when it was said ("in the movie", "on the radio"), or the writer taking it up after.
TAIL_REACH: Final = 10
# --- After the tail, the writer taking the claim up: ", said the preacher, and i agree",
# ", he said and he was right", ", my uncle says, and honestly he is right".
AGREEING: Final[frozenset[str]] = frozenset({
    "agree", "agreed", "true", "correct", "exactly", "based", "amen", "facts", "ragione",
    "vero", "giusto", "too", "also", "anche",
})
# --- "right" agrees only after one of these ("he was right", "so right"), never in a
# speaker ("says the far right party").
RIGHT: Final[str] = "right"
RIGHT_AFTER: Final[frozenset[str]] = frozenset({
    "is", "was", "were", "are", "s", "so", "absolutely", "totally", "dead", "damn", "100",
})
# --- Alone after a dash, the writer's own verdict: " - fact", " - just saying", " - true
# story", " - simple as that", " - end of story".
VERDICT_TAILS: Final[frozenset[str]] = EVIDENCE | frozenset({
    "true", "just", "simple", "end", "period", "lol", "lmao", "tbh", "honestly", "srsly",
    "seriously", "no", "sorry", "not", "thoughts", "discuss", "agreed", "fight", "me",
})
# --- Chat's own words after a dash, never a name: " - fr", " - imo", " - ok", " - based";
# a name holding one of them is the writer's tail.
NOT_NAMES: Final[frozenset[str]] = VERDICT_TAILS | AGREEING | frozenset({
    "fr", "frfr", "imo", "imho", "ngl", "xd", "ok", "okay", "k", "kk", "yes", "yep", "yeah",
    "ya", "yup", "fact", "lmfao", "rofl", "bruh", "bro", "lul", "kek", "smh", "idc", "idk",
    "cope", "real", "deal", "sure", "duh", "obviously", "obv", "pls", "plz", "thx", "ty",
    "nuff", "mic", "drop", "dot", "sad", "lmk", "tho", "though", "yall",
})
