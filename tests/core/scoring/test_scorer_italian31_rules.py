"""Shapes of the italian31 round (targeting_italian31, italian31_words), at default
settings: a public figure's surname and an insult or "merda" side by side with no verb,
alone in their sentence; a place of worship or a people's camp not wanted after "non
voglio"/"non vogliamo"; with the look-alikes that stay clean: a surname with praise or a
neutral noun, a swear word as an interjection or set apart, the pair inside a longer
sentence or quoted, figures named the world over, the same frames at things, sayings."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a surname and a call side by side, no verb
    "salvini merda",
    "meloni merda",
    "merda renzi",
    "conte pagliaccio",
    "pagliaccio meloni",
    "calenda buffone",
    "di maio incapace",
    "pagliaccio di maio!!",
    "la meloni bugiarda",
    "salvini bugiardo",
    "conte sfigato",
    "draghi idiota?",
    "il conte merda",
    # a place of worship or a people's camp not wanted
    "non voglio una moschea nel mio quartiere",
    "non vogliamo moschee in italia",
    "non voglio più moschee",
    "non vogliamo nuove sinagoghe",
    "non voglio un campo rom vicino casa",
    "non vogliamo campi nomadi in città",
)

CLEAN = (
    # a surname with a neutral noun or praise
    "salvini oggi",
    "renzi ministro",
    "meloni premier",
    "salvini genio",
    "renzi fenomeno",
    # a swear word as an interjection, set apart, or the pair inside more
    "conte cazzo",
    "salvini cazzo",
    "meloni, merda, ho dimenticato",
    "conte merda di giornata",
    "ha parlato il buffone di maio ieri",
    "ho comprato meloni merda",
    "le meloni merda",
    "chi dice salvini merda è un maleducato",
    '"salvini merda" urlavano i ragazzi',
    # figures named the world over: left as they were
    "fuck trump",
    "trump merda",
    # the same frames at things, a verb between, sayings
    "non voglio una multa",
    "non voglio un campo di calcio",
    "non vogliamo discariche nel nostro quartiere",
    "non voglio andare in moschea",
    "non voglio le moschee chiuse",
    "dire che non vogliamo moschee è razzismo",
    "vorrei una moschea più grande nel quartiere",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian31_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian31_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
