"""The learned lexicon (lexicons/en/learned.tsv, fitted by scripts/train_weights.py):
its words are explained like hand-made ones, switched off by a server's allowed terms,
and never enough on their own when the rules only guess at a target.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import learned_entries
from bot.core.scoring.lexicon_compile import build_lexicon
from bot.core.scoring.scorer import Scorer, ScorerConfig

# What train_weights.MAX_WEIGHT promises: under 0.5 at the third-person factor 0.75.
MAX_LEARNED = 0.66


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("you are a schmuck", ["'schmuck'"]),
        ("you stoopid buffoons", ["'stoopid'", "'buffoons'"]),
        ("@sam you inept donkey", ["'inept'", "'donkey'"]),
    ],
)
def test_learned_words_aimed_at_the_reader_flag_and_are_named(
    scorer: Scorer, text: str, terms: list[str]
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    for term in terms:
        assert term in verdict.explanation


def test_allowed_terms_switch_learned_words_off() -> None:
    relaxed = Scorer(ScorerConfig(allowed_terms=frozenset({"schmuck", "stoopid", "buffoons"})))
    assert not relaxed.score("you are a schmuck").hostile
    assert relaxed.score("you are a schmuck").matches == ()
    assert not relaxed.score("you stoopid buffoons").hostile


@pytest.mark.parametrize(
    "text",
    [
        # things and guessed third persons: a learned word alone stays under the threshold
        "smelly cheese",
        "they dumbed down the game",
        "dumpy little car",
        "jackasses on tv lol",
        "donkeys are cute",
        "stoopid game",
        "that is absurd",
        "this weather is rubbish",
        "the stupidity of this patch",
        "what an inept referee",
        "ridiculous price for a skin",
        # friendly profanity beside a learned word
        "fucking ridiculous shot lol",
        "holy shit that was insane",
        "insane play lol",
    ],
)
def test_learned_words_without_a_clear_target_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_the_shipped_file_is_capped_and_never_shadows_hand_made_terms() -> None:
    learned = learned_entries("en")
    assert learned, "the shipped learned lexicon is empty"
    assert all(0 < entry.weight <= MAX_LEARNED for entry in learned)
    hand_made = build_lexicon(("en", "it"), learned={})
    for entry in learned:
        # learned words add vocabulary; a hand-made entry would win over them anyway
        items = hand_made.anchors.get(entry.tokens[0], [])
        assert not any(e.tokens == entry.tokens and e.category for _, e in items), entry.term
