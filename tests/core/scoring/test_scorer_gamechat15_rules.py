"""The gamechat15 rules (issue 8, targeting_gamechat15.py, the "gamechat15" lexicon lines
and gamechat4's "sucked") as their specification: fresh lines of each shape, written
after its rule and never tuned on, and the clean near-misses beside them (a way of doing
something, "way to go" praise, the game or oneself that sucked, a thing judged).

Fresh lines the rules still miss, left out of the tables: "our pos 5 sucked" (gamechat4's
subject reader knows no position number); "pretty useless tank" (an older rule reads it
as said of a person but weighs it under the line). ("the portal sucked him through",
flagged when first written, led to reading "sucked" with an object pronoun as no
judgement, as the older test's "she sucked my dick" asked.)
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # sarcastic "way to <sabotage>" opening the line
    "way to throw our lead", "lol way to die to tower", "nice way to feed bot",
    "way to waste my ult", "way to lose the lane again",
    # a player who sucked (gamechat4's depth)
    "the carry sucked", "she sucked so bad", "they sucked all game", "our jungle sucked today",
    "he sucked",
    # a role judged behind an intensifier, or two roles judged together
    "so useless carry lol", "really trash jungler", "so useless healer again",
    "our sup and mid so useless", "tank and healer so bad",
)

CLEAN: tuple[str, ...] = (
    # a way of doing something, and praise
    "the best way to throw is the bridge", "no way to die there",
    "there is no way to lose this lol", "way to go mid", "one way to win is split push",
    # the game, a thing, or oneself that sucked
    "this patch sucked", "i really sucked sorry", "the servers sucked", "my hands sucked today",
    "that sucked", "we sucked",
    # a thing judged, or the roles going on about something
    "so useless item", "so bad mid lane farm", "so trash this game",
    "carry and mid so bad at farming lol", "my mouse and keyboard so bad",
    # "sucked" as a passive or a phrasal verb
    "we all got sucked into the lore", "she was sucked under by the wave",
    "being sucked dry by microtransactions", "my free time got sucked away",
    "the portal sucked him through",
)
# fmt: on


@pytest.mark.parametrize("line", HOSTILE)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


def test_a_way_talked_of_is_no_blame(scorer: Scorer) -> None:
    verdict = scorer.score("no way to lose this")
    assert "way to lose" in verdict.to_json_line()
    assert verdict.target.value == "object"
