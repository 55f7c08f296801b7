"""Word lists of the gamechat59 round (targeting_gamechat59.py): a player named by hero or
role opening a short line and called bad, brainless or terrible right after, the copula
maybe dropped ("pudge is bad", "sf really bad", "jugg bad af", "pudge no brain", "sf
awful gg")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat50_words as g50
from bot.core.scoring import gamechat57_words as g57
from bot.core.scoring import gamechat58_words as g58

# fmt: off
# The round's own lexicon lines (en/insult.txt), read only in its shape: "bad" after a
# copula or an intensifier, or with "af", and a brain denied ("pudge is bad", "sf very
# bad", "jugg bad af", "pudge no brain"). Never a bare "bad": "bad" alone judges a pick,
# an item or the lag as often as a player.
BAD_TERMS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("is", "bad"), ("really", "bad"), ("very", "bad"), ("bad", "af"), ("no", "brain"),
    ("zero", "brain"),
})
# The older single-word verdicts read at a thing after a hero with the copula dropped
# ("pudge terrible", "slark worst"); said of a player in this round's shape.
VERDICTS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("terrible",), ("awful",), ("horrible",), ("worst",),
})
TERMS: Final[frozenset[tuple[str, ...]]] = BAD_TERMS | VERDICTS
# The same lines as the lexicon spells them: they give way to any older line of their
# length they overlap ("really bad people" keeps "bad people") and are never read through
# an intensifier ("he is so bad" keeps "so bad", not "is bad"): matching.py.
OWN_TERMS: Final[frozenset[str]] = frozenset(" ".join(term) for term in BAD_TERMS)
# The player's words: gamechat58's (every game's heroes, roles and player nouns).
PLAYERS: Final[frozenset[str]] = g58.PLAYERS
# Between the player and the term: a copula and an intensifier ("pudge is really bad",
# "sf so awful"); no negation ("pudge is not bad" holds no term anyway).
LINKS: Final[frozenset[str]] = g58.LINKS
LINK_REACH: Final[int] = g58.LINK_REACH
# Before an older verdict only an intensifier, the copula dropped ("pudge so awful"):
# "this sniper is terrible" is gamechat36's, a view of the hero as often as of a player.
VERDICT_LINKS: Final[frozenset[str]] = LINKS - frozenset({"is"})
# An everyday word pointed at names the thing ("this storm is really bad", "that axe no
# brain"), as gamechat56 reads it.
EVERYDAY_PLAYERS: Final[frozenset[str]] = g50.COMMON_WORD_HEROES
POINTERS: Final[frozenset[str]] = frozenset({"this", "that"})
# Before the player in a line of its own: gamechat58's leads and the reader's
# determiners ("ur pudge is bad", "your sf very bad"); never "my" ("my pudge bad lol").
LEADS: Final[frozenset[str]] = g58.LEADS | frozenset({"ur", "your"})
LEAD_REACH: Final[int] = g58.LEAD_REACH
# After the term: chat's tails only ("pudge is bad lol", "sf awful gg"); a matchup, a
# patch or a thing is none of them ("pudge is bad vs sniper", "pudge terrible hero").
TAILS: Final[frozenset[str]] = g57.TAILS
TAIL_REACH: Final[int] = g57.TAIL_REACH
# fmt: on
