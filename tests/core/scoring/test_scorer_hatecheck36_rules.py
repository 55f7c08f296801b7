"""Shapes of the hatecheck36 round (targeting_hatecheck36, hatecheck36_words and its
lexicon lines), at default settings: a vice or a habit pinned on a named identity group
with "always", "constantly" or "keep" ("muslims always breed", "black people constantly
loot", "jews are always scheming", "immigrants keep breeding like rabbits"); with the
look-alikes that stay clean (no protected group, a pet, oneself, a named person, kind
claims, denied, countered, asked, reported, quoted, named by a frame, a plea after it).
English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # always and a vice
    "muslims always breed",
    "black people always rob",
    "jews always scheme",
    "refugees always freeload",
    "mexicans always mooch off us",
    "blacks always riot",
    "immigrants always sponge",
    "arabs are always breeding",
    "jews are literally always scheming",
    # constantly and a vice or a complaint
    "black people constantly loot",
    "muslims constantly breed",
    "women constantly whine",
    "immigrants constantly sponge off the state",
    "refugees are constantly freeloading",
    # keep and a vice
    "immigrants keep breeding like rabbits",
    "muslims just keep breeding",
    "jews keep scheming",
    "migrants keep sponging off us",
    "black people keep looting",
    "gypsies keep robbing houses",
    "i hate how black people always loot",
    "muslims will always breed",
    "it's a fact that muslims keep breeding",
)

CLEAN = (
    # no protected group
    "politicians always scheme",
    "my cats always beg",
    "rabbits always breed",
    "rabbits keep breeding",
    "raccoons always loot the trash",
    "the devs keep robbing us",
    "my kids keep whining",
    "i always sponge off my parents lol",
    "my wife constantly nags",
    "you keep whining",
    "you always mooch",
    # a named person, not a group
    "my gay friend is always late",
    "my muslim neighbour keeps complaining",
    # kind claims, a grievance told, a plea
    "muslims always share food",
    "immigrants keep the economy running",
    "women keep complaining about pay gaps and they are right",
    "refugees keep begging for help",
    # denied, countered, asked, reported, quoted
    "muslims don't always breed",
    "muslims are not always breeding",
    "it's a lie that black people always rob",
    "not all jews scheme, stop",
    "do muslims always breed that fast?",
    "he said refugees always freeload",
    "stop saying muslims always breed",
    "saying black people always riot is racist",
    '"jews always scheme" is an old antisemitic trope',
    "the trope that muslims keep breeding is old",
    "the stereotype that black people always rob is racist",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck36_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck36_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_habit_words_stay_unknown() -> None:
    """The round's new words anchor only lines read beside a named group (its own and
    hatecheck26's, group_only.FIRST_NAMED_TERMS): no known words to the other rules, and
    gated out of the clean fast path without a group."""
    lexicon = build_lexicon(("en",))
    for word in ("constantly", "freeloading", "sponging", "looting", "begging", "moaning"):
        assert word in lexicon.index_words
        assert word not in lexicon.known_words
        assert word in lexicon.group_first_words
