"""Shapes of the hatecheck67 round (targeting_hatecheck67, hatecheck67_words), at default
settings: a named group met with a rhetorical question of aversion ("how can anyone stand
muslims?", "who would want to marry a trans woman?", "why would anyone hire a disabled
person?") is aimed at the group; the same questions about people and things who are no
group, a group's plight after the verb, kind, negated and answered questions, harms,
counter-speech, reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # how can anyone bear the group
    "how can anyone stand lesbians?",
    "how could anybody tolerate the muslims",
    "how does anyone put up with jews?",
    "how do people even stand immigrants these days?",
    "lol how can anyone like trans people",
    "how could someone ever trust a black man?",
    "how can anyone stand being around muslims?",
    "how can anybody bear to be near gay people?",
    # who would want one of them
    "who would want to marry a gay man?",
    "who would ever hire a muslim woman?",
    "who in their right mind would befriend a jew?",
    "why would anybody want to live next to refugees?",
    "who could love a trans woman honestly?",
    "who'd date a disabled guy?",
)

CLEAN = (
    # no group after the verb
    "how can anyone stand this traffic?",
    "who would want to marry my cousin?",
    "why would anyone hire a clown for a funeral?",
    "who would win, a bear or a shark?",
    "how can anyone like pineapple on pizza?",
    # a plight, a purpose or a thing after the group
    "how can anyone stand by while muslims are harassed?",
    "who would hire a woman to fix their roof? my dad did",
    "how can anyone tolerate the abuse jews get?",
    # kind, negated, harmful or answered questions
    "who wouldn't want to date a muslim girl like her?",
    "how can anyone not like gay people?",
    "who would want to marry a disabled person? me! she's amazing",
    "who would hire an immigrant? lots of companies, thankfully",
    # counter-speech, reports and quotes
    "my boss asked who would hire a trans person and hr stepped in",
    "who would want to marry a jew, my grandad asked, and we left the table",
    'the troll wrote "how can anyone stand women?" under every post',
    "asking how can anyone stand black people is racist",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck67_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck67_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("how can anyone stand lesbians?").target is TargetKind.GROUP
    assert scorer.score("who would want to marry a gay man?").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck67_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
