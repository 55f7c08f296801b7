"""Starred-out words cut short ("vaff*"): what the lookup remembers between messages is
lexicon data only, never a word of the writer's that opens no lexicon word."""

from __future__ import annotations

from bot.core.scoring import masked_words
from bot.core.scoring.scorer import Scorer


def _remembered() -> set[str]:
    return {prefix for prefix, _ in masked_words._TRUNCATED}


def test_a_cut_that_opens_no_lexicon_word_is_not_kept() -> None:
    scorer = Scorer()
    scorer.score("my s3cr3tpassw0rd* and zorblaxqwe** are here")
    remembered = _remembered()
    assert "secretpassword" not in remembered
    assert not any(prefix.startswith("zorblax") for prefix in remembered)


def test_a_cut_that_opens_a_lexicon_word_is_read_and_kept() -> None:
    scorer = Scorer()
    verdict = scorer.score("vaff*")
    assert verdict.hostile
    assert "'vaffanculo'" in verdict.explanation
    assert "vaff" in _remembered()
