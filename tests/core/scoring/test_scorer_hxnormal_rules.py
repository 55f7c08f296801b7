"""The hxnormal rule (issue 8, targeting_hxnormal.py), case by case: fresh examples of
harm told of the group that suffers it, with the hateful near-misses that must stay
flagged. Default settings (`Scorer()`).

Italian has no bare hit of "soffrire" (only phrases such as "far soffrire"), so the
Italian descriptions are listed to keep them clean and the Italian wish to keep it
flagged; the rule itself reads English "suffer".
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_hxnormal import VICTIM_NOTE
from bot.core.scoring.verdict import TargetKind

# What a group goes through, told by someone on its side or reporting it.
SUFFERING_TOLD = (
    "Refugees suffer every winter in those camps.",
    "disabled people still suffer in silence",
    "women suffer more from the side effects, doctors say",
    "poor kids suffer the most from these cuts",
    "trans teens often suffer alone",
    "gay men suffer, nobody talks about it",
)
SUFFERING_TOLD_IT = (
    "i rifugiati soffrono nei campi ogni inverno",
    "le donne soffrono in silenzio",
)
# A wish, an order, a modal or a condition given to the group: still aimed at it.
SUFFERING_WISHED = (
    "let the immigrants suffer",
    "may all jews suffer",
    "i want muslims to suffer",
    "i hope the refugees suffer",
    "refugees should suffer",
    "refugees will suffer for this",
    "refugees deserve to suffer",
    "make the gays suffer",
    "suffer, you filthy immigrants",
    # "suffer from" gives the group a condition: a claim about it, not its pain
    "liberals suffer from brain damage",
    "immigrants suffer from a lack of brains",
)
SUFFERING_WISHED_IT = ("farò soffrire tutti gli immigrati",)


@pytest.mark.parametrize("text", SUFFERING_TOLD + SUFFERING_TOLD_IT)
def test_suffering_told_of_a_group_is_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", SUFFERING_TOLD[:5])
def test_the_suffering_is_read_as_told_and_explained(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.target is TargetKind.REPORTED, text
    assert [m.term for m in verdict.matches] == ["suffer"]
    assert VICTIM_NOTE in verdict.explanation


@pytest.mark.parametrize("text", SUFFERING_WISHED + SUFFERING_WISHED_IT)
def test_suffering_wished_on_a_group_stays_flagged(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


# A slur that is also the name of a thing, beside a word of that other sense.
OTHER_SENSE = (
    "The old dyke held back the flood.",
    "the dutch built dykes to keep the sea out",
    "water poured through a breach in the dyke",
    "i'm going outside to smoke a fag",
    "he lit a fag and stared at the rain",
    "my nan makes faggots with gravy and mash",
    "faggots and peas at the pub tonight",
    "tie the sticks into a faggot for the fire",
    "the bitch and her puppies are doing well",
)
# The slur said of people, to the reader, or with hatred or a hostile word beside it.
SLUR_MEANT = (
    "she is a dyke",
    "shut up you dyke",
    "you fag",
    "you smoke fags, you fag",
    "he smokes fags and hates fags",
    "filthy faggots near the canal again",
    "faggots like you ruin everything",
)


@pytest.mark.parametrize("text", OTHER_SENSE)
def test_a_slurs_other_sense_is_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, text


@pytest.mark.parametrize("text", SLUR_MEANT)
def test_the_slur_meant_stays_flagged(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text
