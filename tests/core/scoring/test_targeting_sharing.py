"""Servers' scorers share the word sets their language set gives them, and keep their own
terms: the sharing changes memory, never a verdict."""

from __future__ import annotations

from bot.core.scoring.lexicon_shared import shared_lexicon
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.targeting_sharing import single_words
from bot.core.scoring.verdict import Category


def _scorer(word: str, allowed: frozenset[str] = frozenset()) -> Scorer:
    return Scorer(
        ScorerConfig(custom_terms={word: Category.INSULT}, allowed_terms=allowed, threshold=0.5)
    )


def test_two_servers_share_the_cue_word_sets() -> None:
    first, second = _scorer("blorftus"), _scorer("zindlewop")
    a, b = first._weigher._targeter, second._weigher._targeter
    assert a._closing == b._closing
    assert a._closing is b._closing  # one copy, not two equal ones
    assert first._reader is not second._reader


def test_a_servers_own_words_stay_its_own() -> None:
    first, second = _scorer("blorftus"), _scorer("zindlewop", frozenset({"idiot"}))
    words_a = first._weigher._targeter._words
    words_b = second._weigher._targeter._words
    assert "blorftus" in words_a and "blorftus" not in words_b
    assert "zindlewop" in words_b and "idiot" not in words_b and "idiot" in words_a
    assert first.score("you blorftus").hostile
    assert not second.score("you blorftus").hostile
    assert second.score("you zindlewop").hostile


def test_single_words_of_a_layer_match_a_fresh_count() -> None:
    layer = shared_lexicon(("en",)).layer({"blorftus": Category.INSULT}, ["idiot", "moron"])
    fresh = frozenset(
        word
        for word, items in layer.anchors.items()
        if any(len(e.tokens) == 1 and e.category and not e.person_only for _, e in items)
    )
    layered = single_words(layer)
    assert len(layered) == len(fresh)
    assert all(word in layered for word in fresh)
    assert "idiot" not in layered and "blorftus" in layered


def test_two_servers_share_the_pair_sides_and_the_gated_anchors() -> None:
    """hatecheck25's pair sides and the group-only gate were once copied per server's
    scorer (about 35 KB of its 55); a server whose terms touch neither shares them."""
    first, second = _scorer("blorftus"), _scorer("zindlewop")
    assert first._matcher._pair_sides[0] is second._matcher._pair_sides[0]
    assert first._matcher._pair_sides[1] is second._matcher._pair_sides[1]
    assert first._lexicon.group_first_words is second._lexicon.group_first_words
    shared = shared_lexicon(first.config.languages).lexicon
    assert first._lexicon.group_first_words is shared.group_first_words


def test_a_servers_own_pair_and_gated_word_stay_its_own() -> None:
    shared = shared_lexicon(ScorerConfig().languages).lexicon
    gated = next(iter(sorted(shared.group_first_words)))
    own = Scorer(
        ScorerConfig(
            custom_terms={"please leave now": Category.INSULT, gated: Category.INSULT},
            threshold=0.5,
        )
    )
    opens, closes = own._matcher._pair_sides
    assert "please" in opens and "leave" in closes  # an everyday word pair of its own
    assert "please" not in Scorer()._matcher._pair_sides[0]
    assert gated not in own._lexicon.group_first_words
    assert gated in shared.group_first_words
