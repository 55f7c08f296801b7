"""Words of the forum30 round (issue 8, targeting_forum30.py)."""

from __future__ import annotations

from typing import Final

# fmt: off
# A hedge or an adverb between the people of a thread and their verb, which forum28
# reads only right before it: "op clearly has no brain cells", "the mods literally have
# no life", "op must have no brain cells", "op clearly is an idiot". No denial: "op
# never is", "op clearly isn't" stay unread.
HEDGES: Final[frozenset[str]] = frozenset({
    "clearly", "obviously", "seriously", "honestly", "literally", "really", "truly",
    "definitely", "certainly", "apparently", "evidently", "genuinely", "actually",
    "simply", "just", "probably", "surely", "must", "basically", "totally", "absolutely",
    "legit", "legitimately", "undoubtedly", "def", "prolly", "still", "also",
})
HEDGE_REACH: Final[int] = 3
# A term that opens with its own verb, beyond forum28's: "op clearly lacks common sense".
TERM_VERBS: Final[frozenset[str]] = frozenset({"lacks", "lack"})
# "whoever posted this": the poster named by the post.
WHOEVER: Final[frozenset[str]] = frozenset({"whoever", "whoeva"})
POSTING: Final[frozenset[str]] = frozenset({
    "posted", "wrote", "made", "said", "submitted", "shared", "commented", "typed",
    "upvoted", "downvoted", "approved", "greenlit", "designed", "thought",
})
# People at large, read as the people of a thread only with the place after them:
# "people in this sub", "the people here", "everyone on this thread".
CROWD: Final[frozenset[str]] = frozenset({
    "people", "everyone", "everybody", "folks", "ppl", "peeps",
})
PLACE_WORDS: Final[frozenset[str]] = frozenset({
    "here", "sub", "subreddit", "thread", "site", "forum", "comments", "comment",
    "section", "reddit",
})
# "the average twitter user is an idiot": one user standing for all of them.
AVERAGE: Final[str] = "average"
AVERAGE_REACH: Final[int] = 2
USER: Final[frozenset[str]] = frozenset({
    "user", "redditor", "commenter", "poster", "member", "subscriber", "reader", "tweeter",
    "viewer",
})
# Before "the average ...": forum28's leads and "your" ("your average redditor is ...").
AVERAGE_LEADS: Final[frozenset[str]] = frozenset({"your"})
# "this sub's mods", "reddit's users": the people of a place named by its possessive.
POSSESSIVE: Final[str] = "s"
# fmt: on
