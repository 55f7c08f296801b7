"""Word lists of the gamechat42 round (targeting_gamechat42.py): the writer's own team put
down in game chat, "toxic team", "sad team", "worst team", "wtf this team", "ffs my
team", "i hate my team". The openers and tails around the line are gamechat40's."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat40_words as g40

# fmt: off
# The team as game chat names it.
TEAM_NOUNS: Final[tuple[str, ...]] = ("team", "teammates", "teamates")
# A verdict adjective that, said of the team in two words, runs it down ("toxic team",
# "sad team"); "worst teammates" is an older line, "pathetic", "stupid" and "useless"
# are insults already.
_VERDICT_ADJECTIVES: Final[tuple[str, ...]] = (
    "toxic", "sad", "worst", "terrible", "awful", "horrible", "bad", "shittest",
    "embarrassing", "miserable",
)
_OLDER_TERMS: Final[frozenset[str]] = frozenset({"worst teammates"})
ADJECTIVE_TERMS: Final[frozenset[str]] = frozenset(
    {f"{a} {n}" for a in _VERDICT_ADJECTIVES for n in TEAM_NOUNS}
) - _OLDER_TERMS
# An exclamation thrown at the team: "wtf this team", "omg my teammates", "fk dis team".
_EXCLAMATIONS: Final[tuple[str, ...]] = (
    "wtf", "omg", "ffs", "smh", "ugh", "jesus", "jeez", "god", "fml", "bruh", "fk",
)
_TEAM_POINTERS: Final[tuple[str, ...]] = ("this", "dis", "my")
EXCLAMATION_TERMS: Final[frozenset[str]] = frozenset(
    {f"{e} {p} {n}" for e in _EXCLAMATIONS for p in _TEAM_POINTERS for n in TEAM_NOUNS}
)
# Hatred of the team: "i hate my team", "hate this team".
HATE_TERMS: Final[frozenset[str]] = frozenset(
    {f"hate {p} {n}" for p in _TEAM_POINTERS for n in TEAM_NOUNS}
)
OWN_TERMS: Final[frozenset[str]] = ADJECTIVE_TERMS | EXCLAMATION_TERMS | HATE_TERMS
# They give way to an older term of the same length they overlap (matching.py).
YIELDING: Final[frozenset[str]] = OWN_TERMS

# Before an adjective line, in its clause: chat's openers, then at most a pointer or
# "what a"/"such a" ("gg sad team", "what a terrible team", "this toxic team"); the
# writer's side ("we are a sad team") or a subject ("their team is a bad team") is not
# the line opening its clause.
OPENERS: Final[frozenset[str]] = g40.OPENERS | frozenset({
    "wp", "end", "pls", "plz", "please", "ez", "report", "just", "ff",
})
OPENER_REACH: Final[int] = 4
POINTERS: Final[frozenset[str]] = frozenset({"this", "dis", "my", "the", "these"})
# "my bad team, ...": the writer's apology to the team, not a verdict on it.
MY: Final[str] = "my"
BAD: Final[str] = "bad"
WHAT_SUCH: Final[frozenset[str]] = frozenset({"what", "such"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# Before "hate": the writer, maybe with an intensifier ("i really hate my team"), or
# nothing at all ("hate my team"); "i don't hate my team" has neither.
WRITER: Final[frozenset[str]] = frozenset({"i", "ii"})
HATE_ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "fucking", "fking", "just", "so", "honestly", "truly", "literally", "kinda",
    "actually", "seriously",
})
ADVERB_REACH: Final[int] = 2
# What may close the line after it: gamechat40's tails, and "ever" or "i have ever seen"
# after a superlative ("worst team i have ever seen"); "comp", "fight", "chat" and "at"
# name a thing or a weak spot and stay clean.
TAILS: Final[frozenset[str]] = g40.TAILS | frozenset({
    "ever", "i", "ive", "ve", "have", "had", "seen", "played", "with", "in", "my", "life",
    "wtf", "la", "jeez", "ugh", "man", "wow", "pls", "plz", "gg", "ggwp", "wp", "end",
    "lmao", "lol",
})
TAIL_REACH: Final[int] = 7
# fmt: on
