"""Words of the precision22 round (issue 8, targeting_precision22.py): an insult that is
someone else's opinion of the writer's side or of a crowd not in the thread ("they treat
us like idiots", "politicians think voters are idiots")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Between the one labelled and the insult: a copula or a "like" / "as" / "for" ("they see
# us as morons", "they take us for idiots", "they think we're stupid", "they expect us
# to be idiots"), and describing fillers ("all", "that", "nothing but", "a bunch of",
# "fucking"). The run is walked back from the hit over these and other hit words.
BETWEEN: Final[frozenset[str]] = frozenset({
    "are", "re", "is", "s", "were", "was", "m", "be", "being", "to", "like", "as", "for",
    "a", "an", "all", "just", "so", "that", "this", "such", "complete", "total", "totally",
    "bunch", "of", "nothing", "but", "more", "than", "fucking", "fuckin", "really", "too",
    "the", "some", "kind", "sort", "little", "mere", "utter", "utterly", "big", "stupid",
    "dumb", "gullible", "mindless", "brainless", "clueless", "naive", "easily", "led",
})
BETWEEN_REACH: Final = 7  # at most this many tokens between the one labelled and the hit
# The one labelled: the writer or the writer's side ("us", "we", "me", "i"), or a crowd
# not in the thread that a company, a network or the powers that be deal with ("voters",
# "customers", "players", "the public"). Never "you" ("everyone thinks you are an
# idiot"), "they" or "them" ("i think they are idiots"), and no protected group.
LABELLED: Final[frozenset[str]] = frozenset({
    "us", "we", "me", "i", "im",
    "voters", "customers", "players", "gamers", "fans", "users", "viewers", "consumers",
    "shoppers", "public", "people", "citizens", "taxpayers", "readers", "audiences",
    "audience", "subscribers", "buyers", "clients", "listeners", "workers", "employees",
    "patients", "parents", "students", "kids",
    "voter", "customer", "player", "gamer", "fan", "user", "viewer", "consumer", "reader",
    "citizen", "taxpayer", "person", "shopper", "subscriber", "buyer", "listener",
})
# Before a crowd, its owner, article or a plain describing word, at most CROWD_REACH of
# them: "its users", "their customers", "the public", "the average voter", "ordinary
# players", "we the american people".
CROWD_OWNERS: Final[frozenset[str]] = frozenset({
    "its", "their", "his", "her", "the", "our", "all", "most", "we", "us", "american",
    "average", "ordinary", "regular", "normal", "hardworking", "working", "common",
    "everyday", "paying", "honest", "loyal", "decent", "good", "casual", "new", "old",
})
CROWD_REACH: Final = 3
# The verb of the opinion or the treatment, right before the one labelled (or before
# "that" and the one labelled): "they think we ...", "they treat us like ...".
OPINION_VERBS: Final[frozenset[str]] = frozenset({
    "think", "thinks", "thought", "thinking", "treat", "treats", "treated", "treating",
    "take", "takes", "took", "taking", "see", "sees", "saw", "seeing", "view", "views",
    "viewed", "viewing", "consider", "considers", "considered", "considering", "assume",
    "assumes", "assumed", "assuming", "believe", "believes", "believed", "regard",
    "regards", "regarded", "play", "plays", "played", "playing", "figure", "figures",
    "figured", "reckon", "reckons", "imagine", "imagines", "expect", "expects", "expected",
    "want", "wants", "need", "needs",
})
# Between the believer and the verb: modals, adverbs, auxiliaries and negations ("they
# must really think", "why do they treat", "they don't think", "stop treating").
BELIEVER_GAP: Final[frozenset[str]] = frozenset({
    "must", "really", "honestly", "clearly", "obviously", "actually", "seriously", "still",
    "all", "just", "do", "does", "did", "don", "doesn", "didn", "t", "dont", "doesnt",
    "didnt", "never", "always", "truly", "genuinely", "apparently", "probably", "literally",
    "would", "will", "wont", "can", "could", "should", "keep", "keeps", "kept", "to", "stop",
    "quit", "continue", "continues", "seem", "seems", "evidently", "sincerely", "somehow",
    "also", "now", "again",
})
BELIEVER_REACH: Final = 4
# The believer may never be the writer or the reader: "i think voters are idiots" and
# "we think they are morons" are the writer's own; "you think we're stupid?" says
# something of the reader (kept out, as the narrow choice).
NOT_BELIEVERS: Final[frozenset[str]] = frozenset({
    "i", "im", "ive", "id", "ill", "we", "me", "you", "u", "ya", "yall", "youre", "ur",
    "y", "honestly", "personally", "frankly", "tbh", "imo", "imho",
    # a relative clause that goes on describing one already called names: "@USER another
    # lying politician who thinks we are stupid"
    "who", "that", "which",
})
# fmt: on
