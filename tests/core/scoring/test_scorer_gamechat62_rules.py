"""Shapes of the gamechat62 round (targeting_gamechat62, gamechat62_words), at default
settings: "fail" right before a role or player noun, in a short line opening over chat's
openers or a match's determiner and closing over chat's tails ("fail carry again", "gg
fail carry lol", "what a fail support") is said of that player, a lane's word ("mid")
only after a naming word or before a report ("what a fail mid"); the older readings of "a
fail <role>" at the reader or a person stay ("you are a fail carry"); a thing after the
role, "fail" as a verb, the writer's own play or apology, negations, reports,
counter-speech, questions, quotes and a bare lane's "fail mid" stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring import gamechat62_words as w
from bot.core.scoring.lexicon import category_file
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

HOSTILE = (
    "fail offlaner",
    "FAIL CARRY.",
    "lol fail support again",
    "report this fail jungler",
    "what a fail healer lol",
    "gg wp fail midlaner",
    "such fail supports",
    "our fail tank again",
    "ty fail teammates",
    "absolute fail adc, report",
    # a lane's word after a naming word or before a report
    "what a fail mid",
    "report our fail mid",
    "fail mid again, report",
)

CLEAN = (
    # a thing of the role's after it
    "fail carry timing again",
    "fail mid gank lol",
    "fail dps check on wipe three",
    "fail tank swap",
    # "fail" as a verb, the writer's own play or apology
    "dont fail carry this time",
    "we fail mid every single game",
    "i fail support when i am tired",
    "im such a fail healer lol",
    "my fail jungler path",
    "fail mid, my bad",
    "fail carry sorry",
    "fail jg mb",
    # negations, reports, counter-speech, questions, quotes, a comma
    "not a fail support",
    "he called me a fail mid",
    "dont call her a fail healer",
    "fail carry?",
    'typing "fail mid" is toxic',
    "fail, carry",
    # a pointed thing before "a fail" is no person
    "its a fail mid",
    # a bare lane's "fail" is the lane's state (gamechat27's "fail mid")
    "fail mid",
    "gg fail mid lol",
)

READER = ("you are a fail carry", "youre such a fail jungler", "u r a fail mid")


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat62_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.THIRD_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat62_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", READER)
def test_gamechat62_older_reader_readings_stay(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.SECOND_PERSON, text


def test_gamechat62_the_lexicon_holds_the_rounds_terms() -> None:
    """Every role's "fail" line is in en/insult.txt, so the word list and the lexicon
    never drift apart."""
    fails = {e.tokens for e in category_file("en", Category.INSULT)[0] if e.tokens[0] == w.FAIL}
    assert fails == w.FAIL_TERMS
