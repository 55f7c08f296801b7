"""Shapes of the hatecheck40 round (targeting_hatecheck40, hatecheck40_words and the typo
tables lexicon_compile builds from it), at default settings: English hate against an
identity group spelled with one vowel written as another in a long group name or
hateful word ("immigrunts are rats", "jews are parisites", "women are stupud"), a
hateful plural's "z" ("muslims are savagez"), and the writer's hatred with its
intensifier misspelled ("i rly hate jews"); with the look-alikes that stay clean (the same
spellings said kindly, of a thing, denied, countered, reported, an everyday word one
vowel away, a misspelled intensifier before no group). English only: the tables are built
from the English lists alone."""

from __future__ import annotations

import pytest

from bot.core.scoring.hatecheck40_words import (
    EVERYDAY,
    plural_z_respellings,
    vowel_respellings,
)
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a vowel written as another in the group's name
    "immigrunts are rats",
    "i hate refugies",
    "mexicins are rapists",
    "lesbiens are disgusting",
    "all muslems should be deported",
    # in the hateful word
    "jews are parisites",
    "women are stupud",
    "muslims are terrorests",
    "black people are inferier",
    "muslims should be exterminoted",
    # both, and a hateful plural's "z"
    "immigrunts are animuls",
    "muslims are savagez",
    "jews are parasitez",
    # the writer's hatred, its intensifier misspelled
    "i rly hate jews",
    "i fkn hate muslims",
    "we friggin hate gays",
    "i rly fkn hate immigrants",
)

CLEAN = (
    # the same spellings said kindly or neutrally
    "immigrunts are welcome here",
    "refugies deserve safety",
    "muslems celebrate eid this week",
    # denied, countered, reported
    "immigrunts are not rats",
    "saying jews are parisites is vile",
    "calling gays disgasting is disgusting",
    # of a thing
    "this homework is stupud",
    "the animuls at the zoo were cute",
    # an everyday word one vowel away from a hateful one
    "the shutters were closed all night",
    "i booked a massage for sunday",
    "the lasers at the show were cool",
    # a misspelled intensifier before no group, asked, reported, denied
    "i rly hate mondays",
    "i fkn hate when people are mean to muslims",
    "do i rly hate gays?",
    "he said i rly hate jews",
    "i dont rly hate anyone",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck40_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck40_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_vowel_respellings_keep_names_and_drop_clashes() -> None:
    """Two names sharing a variant: the first; two hateful words: neither; an everyday
    word or a taken word: never; short words: none."""
    found = vowel_respellings(
        ["moslems", "muslims", "jews"], ["bitter", "batter", "losers"], frozenset({"muslams"})
    )
    assert found["muslems"] == "moslems"
    assert "muslams" not in found
    assert "jaws" not in found and "jiws" not in found
    assert "botter" not in found  # "bitter" and "batter" both
    assert "lasers" not in found and "lasers" in EVERYDAY
    assert found["lusers"] == "losers"


def test_plural_z_respellings() -> None:
    assert plural_z_respellings(["savages", "rats"], frozenset()) == {"savagez": "savages"}
