"""Words of the hatecheck51 round (issue 8, targeting_hatecheck51.py): calls to remove or
confine a named group in shapes the older rounds missed ("send every refugee back on the
next boat", "lock them all up, every last muslim", "immigrants everywhere, deport them
all") and a group cast as possessions ("wives are property", "women belong to men")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Older terms that call for a group to be removed or confined, acting on "them" (inside
# the term, or right after it): "deport them all", "kick them", "lock them all up".
THEM_CALLS: Final[frozenset[str]] = frozenset({
    "deport them", "deport them all", "kick them", "lock", "ship", "round", "haul",
    "cage", "send",
})
THEM: Final[frozenset[str]] = frozenset({"them", "em"})
# After "them", up to the pause: "lock them all up", "ship them off", "send them home".
PARTICLES: Final[frozenset[str]] = frozenset({
    "all", "up", "off", "out", "away", "back", "home", "now", "right", "too",
})
PARTICLE_REACH: Final[int] = 4
# Before the call, reaching its sentence's start or the pause before it: "just deport
# them all", "we need to lock them all up".
LEAD: Final[frozenset[str]] = frozenset({
    "we", "need", "to", "must", "should", "have", "gotta", "let", "s", "lets", "just",
    "please", "and", "so", "i", "say", "simply", "honestly", "better", "ought", "d",
    "now", "then",
})
LEAD_REACH: Final[int] = 5
# Between the pause and the group named after it: "every last muslim", "each and every
# jew", "the lot of them gays", "every last one of the migrants", "these mexicans".
APPOSITION_GAP: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "every", "each", "and", "single", "last", "one", "of",
    "them", "lot", "fucking", "damn", "bloody",
})
# The clause before the call that names the group: "immigrants everywhere", "muslims in
# every town", "trans people in our schools"; the group opens it over these words, and
# the clause holds at most NAMING_WORDS words.
NAMING_LEAD: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "fucking", "damn", "bloody", "honestly", "so", "and",
})
NAMING_WORDS: Final[int] = 6
SENTENCE_REACH: Final[int] = 16
# After the group the call is made of, the clause closes or goes on with one of these.
TAILS: Final[frozenset[str]] = frozenset({
    "now", "already", "asap", "too", "please", "tbh", "lol", "forever", "today",
})

# "send (every) GROUP back" going on with how: "on the next boat", "by plane".
SEND: Final[str] = "send"
BACK: Final[frozenset[str]] = frozenset({"back", "home", "away"})
SEND_GAP: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "every", "each", "single", "last", "fucking", "damn",
    "bloody",
})
BY: Final[frozenset[str]] = frozenset({"on", "by", "in", "onto", "aboard"})
VEHICLE_GAP: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "next", "first", "same", "last", "leaky", "rubber", "cheapest",
    "fucking",
})
VEHICLE_REACH: Final[int] = 3
VEHICLES: Final[frozenset[str]] = frozenset({
    "boat", "boats", "plane", "planes", "flight", "flights", "ship", "ships", "raft",
    "rafts", "dinghy", "dinghies", "bus", "buses", "train", "trains", "truck", "trucks",
})
# "send GROUP back" closing its clause after one of these: "send every refugee back".
SEND_TAILS: Final[frozenset[str]] = frozenset({
    "now", "already", "asap", "forever", "immediately", "please", "tbh", "lol", "where",
})

# A group cast as possessions: the [said_of_group] words (cues.txt), cancelled when the
# claim is framed as an idea to judge ("the idea that wives are property is vile").
POSSESSIONS: Final[frozenset[str]] = frozenset({
    "property", "objects", "livestock", "chattel", "possessions",
})
# The round's lexicon lines (identity_attack.txt, hatecheck51), registered in
# group_only.FIRST_NAMED_TERMS: "women belong to men", read only with a named group as
# the subject right before; "women are breeding stock", after the group and "are".
BELONG_TERMS: Final[frozenset[str]] = frozenset({
    "belong to men", "belong to their husbands", "belong to their fathers",
    "belong to their owners", "belong to their masters", "belong to a man",
})
STOCK: Final[str] = "breeding stock"
OWN_TERMS: Final[frozenset[str]] = BELONG_TERMS | frozenset({STOCK})
# Between the group and "belong": "women (all / just / should) belong to men".
BELONG_GAP: Final[frozenset[str]] = frozenset({
    "all", "just", "only", "should", "must", "simply", "rightfully", "still", "always",
})
BELONG_REACH: Final[int] = 3
# Between "are" and "breeding stock": "women are (just / nothing but) breeding stock".
STOCK_GAP: Final[frozenset[str]] = frozenset({
    "just", "only", "nothing", "but", "mere", "merely", "simply", "all", "basically",
})
STOCK_REACH: Final[int] = 3
ARE: Final[str] = "are"
BELONG_TAILS: Final[frozenset[str]] = frozenset({"only", "period", "lol", "tbh", "anyway"})

# A praise word used before a noun after an article, with no denial in its sentence: "send
# every refugee a welcome pack" gives something, it denies no group a virtue.
NOUNED_PRAISE: Final[frozenset[str]] = frozenset({"welcome"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
DENIALS: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nobody", "t", "nt", "dont", "isnt", "arent", "wont", "cant",
    "hardly", "nowhere", "without",
})
