"""Word lists of the chat13 round (targeting_chat13.py): a player in game chat called
"shit" through chat's contractions ("ur so shit", "ur shit at this game", "hes shit",
"shes literally shit"), and a player, a team or the reader's team called "horrible"
after a being verb ("my team is horrible", "you guys are horrible")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat20_words as g20
from bot.core.scoring import gamechat25_words as g25
from bot.core.scoring import gamechat56_words as g56

# fmt: off
# The round's own en/insult.txt lines: "ur" ("you're") with an intensifier the matcher
# does not step over before "shit", or "shit at" a skill; "hes"/"shes" likewise. They
# shadow the older threat line "ur shit" ("get ur shit"), read only in this round's shape.
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "ur so shit", "ur literally shit", "ur actually shit", "ur just shit", "ur really shit",
    "ur fucking shit", "ur honestly shit", "ur totally shit", "ur shit at",
    "hes literally shit", "hes actually shit", "hes just shit", "hes really shit",
    "shes literally shit", "shes actually shit", "shes just shit", "shes really shit",
})
# The older lines of the same verdict on "he's" and "she's" ("hes shit", "shes so
# shit"), which the older rules read at a thing (as if "his shit").
OLDER_TERMS: Final[frozenset[str]] = frozenset({"hes shit", "shes shit"})
SHIT_TERMS: Final[frozenset[str]] = OWN_TERMS | OLDER_TERMS
# A reason right before the contraction gives the verdict as the writer's own ("muted
# him cuz hes shit", "we lost because ur so shit").
REASONS: Final[frozenset[str]] = frozenset({"cuz", "coz", "cos", "because", "bc", "cause"})
# What may open the sentence before the contraction: chat's game-end words and
# reactions, a reason and a player addressed by role, hero or a word of address
# ("jungler ur so shit", "pudge ur literally shit", "bro ur so shit").
OPENERS: Final[frozenset[str]] = g56.OPENERS | g56.HEROES | g20.ROLES | REASONS | frozenset({
    "ez", "wow", "bro", "buddy", "mate", "kid",
})
OPENER_REACH: Final[int] = 2
# What may follow the verdict and leave it said whole ("ur so shit lol").
TAILS: Final[frozenset[str]] = g56.TAILS
TAIL_REACH: Final[int] = 3
# A skill or a game after "at" ("ur shit at this game", "hes shit at aiming"): the
# verdict goes on into its field, at most SKILL_REACH tokens to the clause's end.
SKILL_LINK: Final[str] = "at"
SKILL_REACH: Final[int] = 4

# "horrible": the older line, read at a thing, said of players here.
HORRIBLE: Final[str] = "horrible"
# The players and teams it may be said of: roles of any game and the team as a whole.
ROLE_PLAYERS: Final[frozenset[str]] = g20.ROLES | frozenset({
    "duo", "teammate", "player", "healer", "fragger",
})
# Not "players": "these players are horrible" is as often a sports fan's verdict on a
# club's form as a player's on the match.
TEAMS: Final[frozenset[str]] = g25.TEAM_WORDS | frozenset({"teammates", "squad"})
# The reader's team addressed in chat's words, "you guys", "u guys" (not "you people" or
# "you lot", a commenter's address to a whole side of a debate).
READERS: Final[frozenset[str]] = frozenset({"you", "u"})
READER_GROUPS: Final[frozenset[str]] = frozenset({"guys"})
# Who owns or points at the player ("my team", "our jungler", "this duelist", "the enemy
# jungler", "these teammates", "our whole team"); "the" alone owns none ("the jungle is
# horrible" is the map's).
OWNERS: Final[frozenset[str]] = frozenset({
    "my", "our", "ur", "your", "this", "these", "that", "enemy", "whole",
})
# A team only the writer's or the reader's side in the match ("my team", "ur squad", "the
# enemy team"), never one pointed at ("this team is horrible": a club's form in a fan's
# comment as often as a match's).
TEAM_OWNERS: Final[frozenset[str]] = frozenset({"my", "our", "ur", "your", "enemy"})
OWNER_RUN: Final[frozenset[str]] = OWNERS | frozenset({"the"})
OWNER_REACH: Final[int] = 3
# The present copula and the intensifiers between it and the verdict ("is so horrible").
COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "s", "re"})
COPULA_RUN: Final[frozenset[str]] = COPULAS | frozenset({
    "so", "just", "really", "literally", "actually", "honestly", "fucking", "absolutely",
    "truly", "rly", "soo", "sooo",
})
RUN_REACH: Final[int] = 3
# A word between the owner and the player that says which one ("my entry fragger", "this
# awp player"): at most one.
QUALIFIER_REACH: Final[int] = 1
# fmt: on
