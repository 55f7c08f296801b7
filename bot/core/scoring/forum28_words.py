"""Words of the forum28 round (issue 8, targeting_forum28.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# The people of a thread or a community named by their part in it, as a group: the
# subject of a name-call ("the downvoters are clowns", "the upvoters here are idiots").
PEOPLE: Final[frozenset[str]] = frozenset({
    "mods", "moderators", "admins", "commenters", "commentors", "posters", "redditors",
    "downvoters", "upvoters", "lurkers", "regulars", "users", "members", "subscribers",
    "readers", "tweeters", "shitposters",
})
# One of them: "op sounds like a complete tool", "the mod is a clown".
ONE: Final[frozenset[str]] = frozenset({
    "op", "mod", "moderator", "admin", "poster", "commenter", "commentor", "redditor",
    "downvoter", "upvoter", "author",
})
# A place of such people, said to be filled with the name-called: "this place is
# infested with idiots" (never "this place is a joke": the place, not its people).
PLACES: Final[frozenset[str]] = frozenset({
    "place", "sub", "subreddit", "thread", "forum", "site", "website", "community",
    "comments", "section", "board", "reddit", "twitter", "platform",
})
# One of these between the place's verb and the name-call says the place is filled.
FILLING: Final[frozenset[str]] = frozenset({
    "full", "infested", "overrun", "filled", "crawling", "nothing", "packed",
})
# Between the subject and its verb: where they are ("the people in this thread").
WHERE: Final[frozenset[str]] = frozenset({
    "here", "in", "on", "of", "this", "that", "the", "these", "thread", "sub",
    "subreddit", "site", "forum", "comment", "comments", "section", "post", "reddit",
})
WHERE_REACH: Final[int] = 4
# The verb that says what they are, or seem to be.
LINKS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "s", "re", "r", "sounds", "sound", "seems", "seem",
    "looks", "look", "be",
})
# A "be" holds the verdict after these only: "op must be an idiot", "op has to be a troll".
BE: Final[str] = "be"
MUSTS: Final[frozenset[str]] = frozenset({"must", "gotta", "mustve"})
HAS: Final[frozenset[str]] = frozenset({"has", "have"})
# A term that opens with its own verb: "has no brain cells", "is a joke".
TERM_VERBS: Final[frozenset[str]] = frozenset({"is", "are", "has", "have", "was", "were"})
# Between the verb and the name-call: "are a bunch of", "is infested with", "sounds like
# a complete", "are all such".
BETWEEN: Final[frozenset[str]] = frozenset({
    "a", "an", "such", "complete", "total", "absolute", "utter", "just", "all", "so",
    "bunch", "of", "full", "nothing", "but", "infested", "overrun", "filled", "crawling",
    "packed", "with", "clearly", "literally", "really", "truly", "like", "fucking",
    "obviously", "basically", "honestly", "always", "still", "mostly",
})
BETWEEN_REACH: Final[int] = 5
# Before the subject, from the sentence's start: only these leave the writer saying it
# ("honestly the mods are clowns"; not "my boss said op is a tool", "if the mods are").
LEADS: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "this", "our", "lol", "lmao", "honestly", "tbh",
    "imo", "ngl", "and", "but", "so", "yeah", "wow", "man", "god", "jesus", "damn",
    "ok", "okay", "welp", "sorry", "seriously", "i", "think", "guess", "swear", "feel",
})
LEADS_REACH: Final[int] = 3
# Before a place: the leads and the words that name it ("the comment section").
PLACE_LEADS: Final[frozenset[str]] = LEADS | WHERE
# After the name-call, before its clause closes: chat's tails ("op is a tool lol").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "tbh", "honestly", "imo", "smh", "af", "too", "here", "period",
})
TAILS_REACH: Final[int] = 2
# Verbs of forum hostility whose object is the writer in "anyone who blocked me is a
# coward": the verdict is the writer's on them, not on themself. No verbs of fondness
# ("anyone who dates me is crazy" mocks the writer).
AGAINST: Final[frozenset[str]] = frozenset({
    "downvoted", "downvote", "downvotes", "downvoting", "reported", "report", "reports",
    "reporting", "blocked", "block", "blocks", "blocking", "banned", "ban", "bans",
    "muted", "mute", "mutes", "flagged", "flag", "flags", "disagrees", "disagree",
    "disagreed", "disagreeing", "attacked", "attacks", "attacking", "insulted",
    "insults", "insulting", "mocked", "mocks", "mocking", "trolled", "trolling",
    "harassed", "harasses", "harassing", "unfollowed", "unfollows",
})
# The writer as their object.
ME: Final[frozenset[str]] = frozenset({"me", "us", "my", "our"})
# fmt: on
