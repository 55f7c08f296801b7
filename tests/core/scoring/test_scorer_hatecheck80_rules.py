"""Shapes of the hatecheck80 round (targeting_hatecheck80, hatecheck80_words), at default
settings: a call to expel or wipe out a named group with a verb no older line read bare
("deport the muslims", "expel all jews", "eradicate the immigrants", "deport the french"),
ordered, called for or given as the writer's opinion, is aimed at the group; things and
people who are no group, a thing after a group's adjective, history and reports,
negations, questions, counter-speech and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # ordered bare at a named group or member
    "deport the muslims",
    "expel the immigrants",
    "eradicate all the jews",
    "purge the refugees",
    "banish all muslims",
    "exile the gays",
    "annihilate the jews",
    "eliminate every immigrant",
    "just deport the fucking muslims already",
    "deport the immigrants from this country",
    "expel all the jews from europe",
    "purge the muslims and be done with it",
    # a nation named by its bare adjective
    "deport the french",
    "eradicate the japanese",
    "expel the irish",
    # called for, or the writer's opinion
    "we should deport the refugees",
    "we need to expel all muslims",
    "someone needs to eradicate the gays",
    "time to purge the jews",
    "i think we should banish the immigrants",
    "i say we deport the chinese",
)

CLEAN = (
    # things and people who are no group
    "eradicate the bug",
    "expel the student",
    "purge the cache",
    "deport the spy in among us",
    "eliminate the enemy team",
    "banish the demons",
    "the muslims helped me eradicate the bug",
    # a thing after a group's adjective, games
    "purge the muslim ban from the books",
    "eliminate the japanese team in the quarter final",
    "lets eliminate the french team",
    "eliminate the women in the game",
    # history and reports
    "the nazis deported the jews",
    "spain expelled the jews in 1492",
    "the jews were expelled from spain",
    "he said we should deport the muslims",
    # negations
    "we should never deport the muslims",
    "don't expel the immigrants",
    "i would never deport the muslims",
    # questions about a policy
    "should illegal immigrants be deported?",
    "should we deport the refugees?",
    "should we deport the muslims?",
    # counter-speech and quotes
    "saying 'deport the muslims' is hateful",
    "stop saying we should purge the gays",
    # support
    "we should welcome the refugees",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck80_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck80_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck80_a_side_of_the_match_is_no_people(scorer: Scorer) -> None:
    assert not scorer.score("lets eliminate the germans gg").hostile
