"""Shapes of the hatecheck88 round (targeting_hatecheck88, hatecheck88_words and the
round's "classic <member>" lexicon lines), at default settings: an opener ("typical",
"classic") opening its sentence before one member of an identity group and, maybe, a
conduct or role noun, the clause closing there, is a sneer at the group ("classic jew
move", "typical woman driver"); a thing or a style after the member, a report, a counter,
a question, a kind word after it and the writer's own membership stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # no meal word, a conduct noun after the member, or no cuisine
    "classic chinese",
    "classic mexican move, we ordered food after",
    "im hungry. classic woman",
    # "classic", a member and a conduct noun
    "classic jew move tbh",
    "classic muslim logic",
    "classic mexican behavior again",
    "ugh classic immigrant mentality",
    "classic girl logic smh",
    "classic refugee move",
    # "classic" and a member, said whole
    "classic jew.",
    "lol classic mexican",
    "classic woman lmao",
    # "typical", a member and a role the older reading lacked
    "typical woman driver tbh",
    "typical asian drivers",
    "typical mexican moment",
    "just typical muslim thing",
    "typical woman driver moment",
)

CLEAN = (
    # a bare cuisine's member with a meal word in the message: the food
    "what should we order? classic chinese",
    "takeout tonight. classic indian lol",
    # a thing, a style or a story after the member
    "classic mexican standoff",
    "classic indian food lol",
    "classic gypsy jazz guitar",
    "classic immigrant story, worked hard and made it",
    "classic female lead in a rom com",
    "typical british weather",
    "typical asian driver test score, perfect",
    # reported, countered, asked, quoted, denied
    "my aunt said classic jew move and we all went quiet",
    "calling her a typical woman driver is sexist",
    "classic mexican move is a racist thing to say",
    "classic jew move?",
    '"classic jew move" is what he wrote',
    "not typical woman driver lol",
    # a kind word after it
    "classic woman move, love it",
    # the writer's own membership (decided: self-mockery, clean)
    "as a woman, typical woman driver moment lol",
    "im mexican and classic mexican move, i was late",
    # the opener not opening its sentence, the writer, game talk, swearing
    "my sister is such a classic girl, loves pink",
    "typical me",
    "classic tank move lol",
    "classic fucking monday",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck88_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck88_aims(scorer: Scorer) -> None:
    assert scorer.score("classic jew move tbh").target is TargetKind.GROUP
    assert scorer.score("typical woman driver tbh").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck88_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
