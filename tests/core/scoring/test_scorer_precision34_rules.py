"""Shapes of the precision34 round (targeting_precision34, precision34_words), at default
settings: the reclaimed word ("dyke") in a post whose writer counts themself among the
group ("she is a dyke and i am a femme", "as a lesbian, the dykes at my uni are the
best") stays clean; the word thrown at the reader, said beside another hostile word, or
after a denied claim stays aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # thrown at the reader, whoever the writer is
    "you dyke",
    "i am a lesbian and you are a filthy dyke",
    "as a lesbian i can tell you are a nasty dyke",
    "as a lesbian, dykes like you are the worst",
    # no claim, or a denied one
    "that dyke in my class is so annoying",
    "i am not a lesbian, you stupid dyke",
    "im not gay unlike those dykes",
    "we do not want dykes in our church",
    # a claim, but a hostile word beside the word or about the people it names
    "i am a lesbian but those dykes are disgusting",
    "as a lesbian i hate dykes like her",
    "im queer and that dyke is a pathetic loser",
    "as a femme i say kill the dykes",
    "i am a lesbian and all dykes should burn",
    "i'm a lesbian and those fucking dykes are annoying",
    "i'm a lesbian and we should round up the dykes",
    "i am a lesbian and dykes are always so loud",
)

CLEAN = (
    "she is a dyke and i am a femme",
    "we were all dykes, just confused dykes",
    "as a lesbian, the dykes at my uni are the best",
    "i'm queer and the old dykes at the center taught me everything",
    "we lesbians stick together, the dykes always show up",
    "im a lesbian lol the dykes won this round",
    "i'm a lesbian and my best friend is a dyke too",
    "lord am i an old queer, reading dykes to watch out for",
    "i am a proud lesbian and max is a free dyke now",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision34_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_precision34_unclaimed_word_is_at_a_group(scorer: Scorer) -> None:
    assert scorer.score("that dyke in my class is so annoying").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_precision34_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
