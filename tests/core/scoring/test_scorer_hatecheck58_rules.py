"""Shapes of the hatecheck58 round (en/cues.txt's hatecheck58 block: identity group
names the lists lacked), at default settings: a plain attack on a newly named group
("i hate kurds", "mormons should all be deported", "i hate deaf people") is read as the
attack on a known group is; neutral and kind mentions, a nationality in sport or food,
counter-speech, a nation's government and ordinary words beside the names ("blind
spot", "hind legs") stay as they were."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # plural names
    "i hate ethiopians",
    "jamaicans should all be deported",
    "i hate buddhists",
    "protestants should be kicked out",
    "i hate asexuals",
    "pensioners should all be deported",
    "i hate kurds",
    # adjective names before a people word
    "i hate somali people",
    "afghan people should all be deported",
    "i hate sikh people",
    "catholic people should all be deported",
    "i hate nonbinary people",
    "i hate intersex people",
    "deaf people should all be deported",
    "i hate blind people",
    "i hate japanese people",
)

CLEAN = (
    # neutral and kind mentions
    "somalis celebrate independence day",
    "my polish neighbours are lovely",
    "kurds deserve a state",
    "the buddhists were so kind",
    "deaf people use sign language",
    "blind people deserve better",
    "pensioners are struggling",
    # sport and food
    "the mexicans won 2-0",
    "chinese food tonight",
    "the jamaicans won the relay",
    "vietnamese food is the best",
    "japanese food tonight",
    # counter-speech
    "saying i hate kurds is just bigotry",
    "nobody should say they hate deaf people",
    # a government criticised
    "the russian government lies",
    "the syrian regime is brutal",
    # ordinary words beside the names
    "he turned a blind eye",
    "check the blind spot",
    "the horse hurt its hind legs",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck58_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck58_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
