"""The forum5 rules (issue 8, targeting_forum5.py) as their specification: each shape
with fresh lines (written after its rule, never tuned on) and the clean near-misses
beside it (the writer among the fools, a name-call reported or denied, counter-speech
naming a group, a relative clause holding the copula, fiction, praise). English only: the shapes
are Reddit's."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # "the/these/those [filler] <plural name-call>" doing something or somewhere
    ("the imbeciles running this franchise ruined it", TargetKind.GROUP),
    ("these fucking morons keep spamming the same meme", TargetKind.GROUP),
    ("the hypocrites who preach this never follow it", TargetKind.GROUP),
    ("these idiots would sell their own grandma for karma", TargetKind.GROUP),
    ("those hypocrites in the mod team banned me for nothing", TargetKind.GROUP),
    # "anyone/everyone/whoever ... is a <call>", "people/those who ... are <call>"
    ("anyone who buys this scam is a total fool", TargetKind.GROUP),
    ("everybody who upvoted that comment is an imbecile", TargetKind.GROUP),
    ("folks who reply without reading are absolute morons", TargetKind.GROUP),
    ("those who defend that tax are complete morons", TargetKind.GROUP),
    ("anyone who still watches that channel is a gullible idiot", TargetKind.GROUP),
    # one person named by what they did: "the guy who wrote this is an idiot"
    ("the guy who posted this thread is a total moron", TargetKind.THIRD_PERSON),
    ("the person who designed this menu is an idiot", TargetKind.THIRD_PERSON),
    ("the dude who keeps replying here is a clown", TargetKind.THIRD_PERSON),
    ("the woman who wrote that review is a liar", TargetKind.THIRD_PERSON),
)
CLEAN: tuple[str, ...] = (
    "we were the idiots who bought tickets first",
    "my friends and i are the idiots who stayed till 3am",
    "stop calling the devs idiots",
    "the idiots guide to gardening is a good book",
    "these fools are the heroes of the novel",
    "the clowns who came to the party were amazing",
    "the thieves who robbed the bank were caught",
    "not everyone who plays this game is a loser",
    "anyone who helped with the fundraiser is a hero",
    "anyone who says trans people are freaks is a bigot",
    "I never said anyone who votes is a moron",
    "anyone who calls you a fool is just jealous",
    "anyone who thinks he is an idiot is wrong",
    "do you know anyone with alzheimer's disease",
    "some people who are lazy and can't be bothered still vote",
    "the guy who built this is a genius",
    "the woman who called him a liar is his wife",
    "the guy who told me i was an idiot was right",
    "the person who wrote 'muslims are vermin' is a bigot",
    "nobody thinks the guy who fixed it is an idiot",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
