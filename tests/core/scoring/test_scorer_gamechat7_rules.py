"""The gamechat7 rules (issue 8, targeting_gamechat7.py) as their specification: each
shape with fresh lines in English and Italian, and the clean near-misses beside it
(praise, the writer's own plans, self-blame, things, kindness, reported speech)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a mock title after sarcastic praise or a weary "ok"
    ("nice job genius", TargetKind.SECOND_PERSON),
    ("thanks a lot einstein", TargetKind.SECOND_PERSON),
    ("great rotate genius lol", TargetKind.SECOND_PERSON),
    ("ok sherlock", TargetKind.SECOND_PERSON),
    ("wow amazing flash einstein", TargetKind.SECOND_PERSON),
    ("bravo genio complimenti", TargetKind.SECOND_PERSON),
    ("grazie genio", TargetKind.SECOND_PERSON),
    # sent away from the screen
    ("touch grass", TargetKind.IMPERATIVE),
    ("go touch some grass kid", TargetKind.IMPERATIVE),
    ("bro go outside for once", TargetKind.IMPERATIVE),
    ("vai a toccare l'erba", TargetKind.IMPERATIVE),
    ("esci di casa ogni tanto", TargetKind.IMPERATIVE),
    # a skill denied, aimed by who cannot
    ("u cant aim for shit", TargetKind.SECOND_PERSON),
    ("you can't drive for shit", TargetKind.SECOND_PERSON),
    ("our goalie cant save for shit", TargetKind.THIRD_PERSON),
    ("he cant farm for shit", TargetKind.THIRD_PERSON),
    # a verdict on a role or the room with a time said after it
    ("tanks are braindead this game", TargetKind.THIRD_PERSON),
    ("our healer is useless again", TargetKind.THIRD_PERSON),
    ("randoms are trash as usual", TargetKind.THIRD_PERSON),
    ("our keeper is a clown every game", TargetKind.THIRD_PERSON),
    # a one-word verdict closing a sentence about a role's deed
    ("healer went afk again useless", TargetKind.THIRD_PERSON),
    ("the support hasnt warded once all game trash", TargetKind.THIRD_PERSON),
    ("our tank ran into all five of them idiot", TargetKind.THIRD_PERSON),
    # the reader's mother as a retort
    ("ur mom", TargetKind.SECOND_PERSON),
    ("like ur mom lol", TargetKind.SECOND_PERSON),
    ("ask your mother", TargetKind.SECOND_PERSON),
    ("mamma tua", TargetKind.SECOND_PERSON),
    ("tua madre", TargetKind.SECOND_PERSON),
    # Italian "fa schifo" said of the team, a role or a player
    ("la nostra squadra fa schifo", TargetKind.GROUP),
    ("il portiere fa schifo", TargetKind.THIRD_PERSON),
    ("il nostro support fa schifo", TargetKind.THIRD_PERSON),
    ("questo tizio fa schifo", TargetKind.THIRD_PERSON),
)

CLEAN: tuple[str, ...] = (
    # a mock title's word as praise, a claim, a describing word or a name
    "she is a genius", "ur a genius bro", "that play was genius", "genius move",
    "our coach is a genius", "einstein was smart", "è un genio", "what a genius idea tbh",
    "genius",
    # the writer's own plans, directions in the match, reported speech
    "i need to touch grass lol", "lets go outside after this", "we should go outside",
    "go outside the zone", "go outside the storm circle now", "he told me to touch grass",
    "devo uscire di casa", "esco di casa tra poco",
    # a skill denied to oneself, to nobody or to a thing
    "i cant aim for shit today", "cant see for shit in this fog",
    "my wifi cant load for shit", "this game cant run for shit", "good for shit",
    "we couldnt farm for shit that game",
    # a thing or a place judged, with a time after it
    "this patch is trash again", "the jungle is trash this patch",
    "my aim is trash today", "our comp is bad this game",
    # a verdict on something the role handled, or on someone else
    "the healer bought a useless item", "our tank said i am trash",
    "the support pick is useless", "mannnn tonight feels like trash",
    # a mother spoken of kindly, asked after, or one's own
    "say hi to ur mom", "is your mom ok", "how is your mom doing",
    "tell ur mom thanks for the pizza", "happy bday to ur mom", "my mom made dinner brb",
    "i love your momma", "ur mom is really nice", "saluta tua madre",
    # "fa schifo" of the game, a map, the server
    "questa mappa fa schifo", "il server fa schifo", "questo gioco fa schifo",
    "la nuova patch fa schifo",
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


def test_a_server_can_allow_a_mock_title() -> None:
    """The new words are lexicon terms like any other: a server's allowed terms switch
    them off."""
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"genius"})))
    assert not allowed.score("nice job genius").hostile
