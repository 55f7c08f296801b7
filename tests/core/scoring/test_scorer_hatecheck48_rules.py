"""Shapes of the hatecheck48 round (targeting_hatecheck48, hatecheck48_words), at default
settings: a named group told after a modal to go back to its homeland ("muslims should go
back to their own country") or called nothing more than objects ("women are nothing more
than objects") is an identity attack on the group; "gay couples" names a group as "gay
people" does. No group, no modal, no homeland, a condition, a denial, a question, another's
words, and a group said to be more than objects stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # told to go back to a homeland
    "muslims should go back to their own country",
    "refugees should all go back to their shithole countries",
    "immigrants need to go back to their homeland",
    "the refugees must go back to their own countries",
    "i think immigrants should all go back to their countries",
    "arabs ought to go back to the desert",
    "somalis have to go back to africa",
    # nothing more than objects
    "women are nothing more than objects",
    "women are no more than property",
    "women are nothing more than sex objects",
    "black people are nothing more than property",
    # a group named with "couples"
    "gay couples should never be allowed to adopt",
)

CLEAN = (
    # no named group
    "my cousin went back to her own country for the summer",
    "kids need to go back to their rooms",
    "the couples should go back to their room",
    "these cars are nothing more than property",
    # no modal, no homeland, a condition
    "telling muslims to go back to their country is racist",
    "refugees should go back to the camp for dinner",
    "refugees should go back to their country once the war is over",
    # asked, denied, quoted, reported
    "muslims should go back to their own country?",
    "nobody thinks muslims should go back to their own country",
    '"muslims should go back to their own country" is what he said',
    "women aren't nothing more than objects",
    # more than objects
    "women are more than objects",
    "women are much more than property",
    "women are so much more than sex objects",
    "gay couples should be allowed to adopt",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck48_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.GROUP, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck48_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hatecheck48_older_readings_kept(scorer: Scorer) -> None:
    """The older readings of "go back to" a place at the reader and of "objects" said of a
    group stay as they were."""
    assert scorer.score("go back to bronze").hostile
    assert scorer.score("muslims should go back to syria").hostile
    assert scorer.score("women are objects").hostile
    assert not scorer.score("women are not objects").hostile
