"""Words of the forum17 round (issue 8, targeting_forum17.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# People of a forum or a following named as a group: the subject of a verdict ("these
# people are brainwashed", "redditors are insufferable", "his supporters are delusional")
# Professions and
# parties are left to the older rules: "politicians are lazy" is abuse of a group no
# hate suite protects, and olid4 reads the parties ("liberals are clueless").
USERS: Final[frozenset[str]] = frozenset({
    "people", "ppl", "folks", "users", "redditors", "commenters", "commentors", "posters",
    "fans", "supporters", "voters", "followers", "mods", "moderators", "admins",
    "members", "subscribers", "viewers", "readers", "fanboys", "fanbase", "tweeters",
    "haters", "defenders", "apologists", "believers",
})
# Between the group and its verb: where it is ("the people in this thread", "mods here").
WHERE: Final[frozenset[str]] = frozenset({
    "here", "there", "in", "on", "this", "that", "the", "thread", "sub", "subreddit",
    "site", "forum", "comment", "comments", "section", "page", "app", "twitter", "reddit",
    "platform", "country", "of", "his", "her", "their", "its", "all", "these", "those",
})
WHERE_REACH: Final = 4  # tokens from the verb back to the group
# The verb that says the verdict of a group, and of one person.
ARE: Final[frozenset[str]] = frozenset({"are", "were", "r", "re"})
IS: Final[frozenset[str]] = frozenset({"is", "was", "s"})
# Between the verb and the verdict: "are all so clearly", "is a complete".
FILLERS: Final[frozenset[str]] = frozenset({
    "all", "just", "so", "such", "really", "truly", "very", "too", "always", "still",
    "clearly", "completely", "totally", "absolutely", "utterly", "literally", "a", "an",
    "bunch", "of", "full", "fucking", "damn", "beyond", "incredibly", "extremely",
    "genuinely", "actually", "obviously", "pretty", "mostly", "the", "most", "complete",
    "total", "absolute", "utter",
})
FILLER_REACH: Final = 4  # tokens from the verdict back to its verb
# What narrows a verdict to a topic ("clueless about taxes") or tells who did it
# ("brainwashed by a cult"): no verdict on the people themselves.
NARROWING: Final[frozenset[str]] = frozenset({
    "about", "with", "at", "when", "on", "in", "around", "by", "for", "to", "of",
})
# A feeling, not a verdict, opening the hit: "people are sick and tired of the taxes".
FEELINGS: Final[frozenset[str]] = frozenset({"sick", "tired", "fed", "bored", "scared"})
NEGATORS: Final[frozenset[str]] = frozenset({
    "not", "never", "no", "nobody", "none", "t", "arent", "isnt", "wasnt", "werent",
})
# People named by their role in a thread or in the news, after a verdict's "excuse for
# a": "what a pathetic excuse for a journalist".
ROLES: Final[frozenset[str]] = frozenset({
    "op", "poster", "commenter", "author", "writer", "journalist", "reporter", "columnist",
    "editor", "premier", "senator", "mayor", "governor", "president", "minister",
    "politician", "councillor", "councilor", "congressman", "congresswoman", "judge",
    "ceo", "coach", "ref", "referee", "umpire", "host", "anchor", "pundit", "commentator",
    "candidate", "leader", "chancellor", "sheriff", "mod", "moderator", "admin",
    "streamer", "youtuber", "influencer", "guy", "dude", "man", "woman", "lady", "person",
    "human", "being", "bloke", "fella", "girl", "boy", "kid", "father", "mother", "parent",
    "teacher", "cop", "officer", "doctor", "lawyer", "professor", "manager", "boss",
})
# "a pathetic excuse for a journalist": a verdict on the person in the role.
EXCUSE: Final[tuple[str, str]] = ("excuse", "for")
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# "anyone who voted for him is delusional": everyone of a kind, judged.
ANYONE: Final[frozenset[str]] = frozenset({
    "anyone", "anybody", "everyone", "everybody", "whoever", "those", "people", "ppl",
    "folks",
})
# "whoever wrote this is clueless": "whoever" opens the clause, no "who" after it.
WHOEVER: Final[frozenset[str]] = frozenset({"whoever", "whomever"})
# Names of bigotry: calling everyone of a kind a bigot judges their hate, the counter-
# speech of hate suites ("whoever asks if jews are even human is a bigot").
BIGOTRY_NAMES: Final[frozenset[str]] = frozenset({
    "bigot", "bigots", "bigoted", "racist", "racists", "sexist", "sexists", "homophobe",
    "homophobes", "homophobic", "transphobe", "transphobes", "transphobic", "xenophobe",
    "xenophobes", "xenophobic", "misogynist", "misogynists", "antisemite", "antisemites",
    "antisemitic", "nazi", "nazis",
})
ANYONE_LEADS: Final[frozenset[str]] = frozenset({"all", "these", "those", "the", "and", "so"})
WHO: Final[frozenset[str]] = frozenset({"who", "that"})
ANYONE_REACH: Final = 9  # tokens back from the verb to "anyone who"
# Name-calls that name only people, heading a phrase a relative clause or "in charge"
# gives a person in a comment on its own: "the moron who wrote this", "the idiot in
# charge" (olid4 reads this in replies only, where "evil witch who ..." may tell a story).
HEADS: Final[frozenset[str]] = frozenset({
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "dumbass", "dumbasses",
    "cretin", "cretins", "halfwit", "halfwits", "nitwit", "nitwits", "dimwit", "dimwits",
    "buffoon", "buffoons", "fool", "fools", "clown", "clowns", "loser", "losers",
})
# "the idiot who wrote this was me": the writer owns it.
ME: Final[frozenset[str]] = frozenset({"me", "myself", "i"})
WRITER: Final[frozenset[str]] = frozenset({"i", "we"})
WRITER_IS: Final[frozenset[str]] = frozenset({"was", "were", "am", "m", "are", "re"})
SELF_REACH: Final = 8  # tokens after the name-call to its sentence's end
HEAD_LEADS: Final[frozenset[str]] = frozenset({"the", "this", "that"})
IN_CHARGE: Final[tuple[str, str]] = ("in", "charge")
# "how dumb they are", "how pathetic is this guy": a verdict exclaimed of people.
HOW: Final = "how"
PRONOUNS: Final[frozenset[str]] = frozenset({"they", "he", "she", "these", "those"})
# fmt: on
