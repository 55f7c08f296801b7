"""Shapes of the hatecheck24 round (targeting_hatecheck24, hatecheck24_words, its
threat.txt lines), at default settings: a group warned of harm to come ("refugees won't
be safe here much longer"), the writer waiting for a group armed ("I'll be waiting for
the jews with my gun"), no member left alive ("we will make sure no muslim survives"),
life denied to one member the group cue lacks in the singular ("not one refugee
deserves to live here"), and "send them back" said of things; with the look-alikes
that stay clean: no group, denied, reported or warned on the group's behalf, the
clause going on, protection, things sent back. English only: the Italian rounds read
these shapes with their own words.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group warned of harm to come
    "migrants will get what's coming to them",
    "jews are gonna get what's coming",
    "lesbians better watch their backs around here",
    "muslims need to watch their backs",
    "refugees won't be safe in this city much longer",
    "women will not be safe here",
    "honestly, immigrants won't be safe around us",
    "muslims are gonna pay for this",
    "immigrants will regret coming here",
    # the writer waiting for a group, armed
    "I'll be waiting for the refugees with my rifle",
    "we will be waiting for those muslims with knives",
    # no member left alive
    "we are going to make sure no jew survives",
    "I'll make sure no immigrant gets out alive",
    # life denied to one member
    "not one migrant deserves to live here",
    "no refugee deserves to exist",
    "not a single refugee deserves to be alive",
    # a group sent back in a run-on post
    "migrants are everywhere now send them back",
)

CLEAN = (
    # warned on the group's behalf, reported, denied, the clause going on
    "migrants won't be safe at sea, charities warn",
    "refugees won't be safe in the camps this winter",
    "women will not be safe until the law changes",
    "lesbians should not have to watch their backs",
    "he said jews won't be safe here",
    # no group
    "trolls will get what's coming to them",
    "spammers better watch their backs, mods are online",
    "the kids won't be safe here, the ice is thin",
    "you'll get what's coming",
    "refugees should pay for this",
    "who will pay for this?",
    # waiting with no group or no weapon; a weapon in play
    "I'll be waiting for the rats with my gun",
    "we'll be waiting for the refugees with blankets",
    "I got him with my knife in the last round",
    # protection; survival of things and of players
    "we will make sure no refugee is turned away",
    "we will make sure no weed survives",
    "nobody survives that boss",
    "hope you survive the exam",
    # life affirmed or the clause going on
    "every refugee deserves to live in peace",
    "no refugee deserves to live in a tent",
    # things sent back
    "the books are late, send them back",
    "if the shoes don't fit send them back",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck24_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck24_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_words_anchoring_only_the_rounds_terms_stay_unknown() -> None:
    """ "gun" of "with my gun" is read only with a group first: no known word to the
    other rules, which read "how you gone ..."-like lines as before."""
    lexicon = build_lexicon(("en",))
    for word in ("gun", "knife", "survives", "safe"):
        assert word in lexicon.index_words
        assert word not in lexicon.known_words
        assert word not in lexicon.rule_words
