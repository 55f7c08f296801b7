"""Shapes of the olid38 round (targeting_olid38, olid38_words), at default settings: a
verdict on people named by their trade, office or role ("these scientists are a
disgrace", "the critics are a joke", "the governor of puerto rico is a fraud") and the same
verdict inverted after an exclamation ("boy is that professor stupid") are hostile;
things named by the same nouns, negated, asked, reported and conditional verdicts,
praise and slang intensifiers, and political disagreement stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a determiner, a person noun, a copula, a verdict
    "@USER these scientists are a disgrace",
    "@USER the pope is a disgrace",
    "@USER the nurses there are useless",
    "@USER the climate scientists are frauds",
    "@USER these professors are a disgrace to the university",
    "@USER the governor of texas is a disgrace",
    # inverted after an exclamation
    "@USER boy is that professor stupid",
    "@USER boy is that professor stupid or else he is lying",
)

CLEAN = (
    # things named by the same nouns
    "@USER the lawyer fees are a joke",
    "@USER the umpire calls are a joke",
    "@USER the price of the refs is a joke",
    # negated, asked, reported, conditional
    "@USER these economists are not a disgrace",
    "@USER the umpires aren't a joke",
    "@USER are the lawyers a joke?",
    "@USER he said the voters are stupid",
    "@USER she claims the bishop is a disgrace",
    # praise and slang intensifiers
    "@USER the commentators are stupid good",
    "@USER that professor is a genius",
    "@USER the climate scientists are brilliant",
    "@USER boy is that professor smart",
    "@USER the fans are crazy",
    "@USER the refs were awful tonight",
    "@USER these fans are fanatics",
    "@USER the final boss is a joke",
    "@USER not all the senators are frauds",
    "@USER these professors are insane",
    # the verdict describes another word; plain disagreement
    "@USER the lawyers are a joke factory for memes",
    "@USER democrats are wrong about gun control",
    "@USER the senators voted against the bill",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid38_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid38_person_noun_is_a_third_person(scorer: Scorer) -> None:
    assert scorer.score("@USER the pope is a disgrace").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid38_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
