"""The tenth HateCheck-style probe (issue 8, hatecheck10): the shapes the ninth round
still missed, for the protected groups in English and Italian, hateful and clean.

The lines live in hatecheck10_probe_lines.py (tuning) and hatecheck10_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck10 rules the
default scorer flagged 25/56 English and 27/44 Italian hateful probe lines, 0/29 English
and 0/12 Italian clean ones and 0/8 profanity-only lines. HOLDOUT (85 lines): 26/42
hateful (11/17 Italian) and 0/43 clean flagged before the rules; 40/42 (17/17) and 0/43
at the final count, the floors here. The probe after the rules: 51/56, 43/44, 0/29, 0/12
and 0/8. The known misses and false flags are data, so a line that moves either way
fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck10_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck10_probe_lines import PROBE
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

Lines = tuple[tuple[bool, str, str], ...]


def _texts(lines: Lines, *, hostile: bool, lang: str = "") -> list[str]:
    return [
        text for is_hostile, kind, text in lines if is_hostile is hostile and kind.startswith(lang)
    ]


KNOWN_MISSES = frozenset(
    {
        "honestly I believe gays are sick",
        "in my opinion women are too emotional to lead",
        "personally I think black people are lazy",
        "why are muslims all so barbaric?",
        "disabled people are a fucking burden",
        "gli immigrati sono un cazzo di peso",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
HOLDOUT_CAUGHT_FLOOR = 40
HOLDOUT_IT_CAUGHT_FLOOR = 17
HOLDOUT_FLAGGED_CAP = 0


def test_the_probe_is_fresh() -> None:
    texts = [text for _, _, text in PROBE + HOLDOUT]
    assert len(set(texts)) == len(texts)
    assert len(_texts(HOLDOUT, hostile=True)) >= 40
    assert len(_texts(HOLDOUT, hostile=False)) >= 40


def test_probe_lines_keep_their_verdicts(scorer: Scorer) -> None:
    assert_known_verdicts(
        scorer,
        _texts(PROBE, hostile=True),
        _texts(PROBE, hostile=False),
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
    )


def test_profanity_only_lines_stay_clean(scorer: Scorer) -> None:
    profane = [text for _, kind, text in PROBE + HOLDOUT if kind == "profanity"]
    assert not flagged(scorer, profane)


def test_italian_recall_clears_the_suite_floor(scorer: Scorer) -> None:
    hostile = _texts(PROBE, hostile=True, lang="it")
    assert 1 - len(missed(scorer, hostile)) / len(hostile) >= 0.5


def test_the_holdout_keeps_its_figures(scorer: Scorer) -> None:
    hostile = _texts(HOLDOUT, hostile=True)
    italian = _texts(HOLDOUT, hostile=True, lang="it")
    clean = _texts(HOLDOUT, hostile=False)
    assert len(hostile) - len(missed(scorer, hostile)) >= HOLDOUT_CAUGHT_FLOOR
    assert len(italian) - len(missed(scorer, italian)) >= HOLDOUT_IT_CAUGHT_FLOOR
    assert len(flagged(scorer, clean)) <= HOLDOUT_FLAGGED_CAP
