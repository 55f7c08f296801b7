"""Shapes of the hatecheck27 round (targeting_hatecheck27, hatecheck27_words, its
identity_attack.txt lines), at default settings: a named identity group's existence
regretted ("it's a shame trans people exist", "è un peccato che esistano gli ebrei",
"sarebbe meglio se i musulmani non esistessero"), a named group compared below dirt
("women are lower than dirt"), and counter-speech that judges a remark before it is said
("it's disgusting to say women are ..."); with the look-alikes that stay clean: the same
frames at things, a group's existence welcomed or said to go on to a state, an absence
regretted, the regret denied, someone else's saying, a wrong done to a group.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # existence regretted, English
    "it's a crying shame that muslims exist", "what a pity gay people still exist",
    "sadly immigrants exist", "it's too bad that refugees even exist",
    "i hate the fact that trans people exist at all", "why do jews have to exist",
    "i think it's a shame that black people exist",
    # existence regretted or wished away, Italian
    "è proprio un peccato che esistano le donne", "purtroppo i musulmani esistono ancora",
    "che peccato che esistano gli immigrati al mondo", "peccato che esistano i neri",
    "vorrei che gli ebrei non esistessero", "sarebbe meglio se non esistessero i rom",
    # compared below dirt
    "muslims are lower than dirt", "trans people are literally below dirt",
    "immigrants are worse than pond scum", "women are just lower than the dirt",
)  # fmt: skip

CLEAN = (
    # the same frames at things, ideas, one person
    "it's a shame this restaurant closed, glad it existed", "it's a shame cavities exist",
    "sadly spiders exist", "è un peccato che esistano le zanzare",
    "purtroppo le tasse esistono ancora", "my ranking is lower than dirt",
    "the temperature is below dirt levels", "you are lower than dirt",
    # a group's existence welcomed, or going on to a state; an absence regretted
    "thank god trans people exist", "it's sad that gay people exist in constant fear",
    "sadly homeless people still exist", "purtroppo esistono ancora i poveri",
    "too bad, jews exist. get over it",
    "it's a shame more women don't exist in the history books",
    "è un peccato che non esistano più medici donne", "è bello che esistano i gay",
    # the regret denied, someone else's saying
    "it's not a shame that jews exist", "non è un peccato che esistano i musulmani",
    "some people think it's a shame that immigrants exist",
    "anyone who says it's a pity black people exist is a racist",
    # a wrong done to a group; counter-speech that judges a remark
    "refugees are treated worse than dirt", "calling women lower than dirt is sexist",
    "it's disgusting to say muslims are lower than dirt",
    "it's vile to say that trans people are mentally ill",
    "è vergognoso dire che gli immigrati sono feccia",
    "saying gay people shouldn't exist is vile",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck27_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck27_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_existence_words_stay_unknown() -> None:
    """The round's new anchors hold only its lines, read beside a named group: no known
    words to the other rules, and gated out of the clean fast path without a group."""
    english = build_lexicon(("en",))
    for word in ("exist", "below"):
        assert word in english.index_words
        assert word in english.group_first_words
    italian = build_lexicon(("it",))
    for word in ("esistano", "esistono", "esistessero"):
        assert word in italian.index_words
        assert word not in italian.known_words
        assert word in italian.group_first_words
