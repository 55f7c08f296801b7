"""The ninth HateCheck-style probe (issue 8, hatecheck9): functional cases for the
protected groups in English and Italian, hateful and clean.

The lines live in hatecheck9_probe_lines.py (tuning) and hatecheck9_holdout_lines.py
(held back), all written before any rule code was read. Before the hatecheck9 rules the
default scorer flagged 84/106 English and 82/91 Italian hateful probe lines, 2/47 English
and 0/25 Italian clean ones and 0/15 profanity-only lines; after them 100/106, 89/91,
2/47, 0/25 and 0/15. HOLDOUT (97 lines): 41/52 hateful (17/22 Italian) and 1/45 clean
flagged before the rules, 43/52 (18/22) and 1/45 at the final count, the floors here.
The known misses and false flags are data, so a line that moves either way fails here.
"""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hatecheck9_holdout_lines import HOLDOUT
from tests.core.scoring.hatecheck9_probe_lines import PROBE
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

Lines = tuple[tuple[bool, str, str], ...]


def _texts(lines: Lines, *, hostile: bool, lang: str = "") -> list[str]:
    return [
        text for is_hostile, kind, text in lines if is_hostile is hostile and kind.startswith(lang)
    ]


KNOWN_MISSES = frozenset(
    {
        "we will burn down every black family's house",
        "disabled people are a fucking burden",
        "why are muslims all so barbaric?",
        "honestly I believe gays are sick",
        "disabled people are wortheless",
        "I hate jewss",
        "ma perché i disabili non restano a casa?",
        "i musulmanisono feccia",
    }
)
KNOWN_FALSE_FLAGS = frozenset(
    {
        "immigrants don't deserve to be treated like animals",
        "cockroaches are disgusting vermin",
    }
)
HOLDOUT_CAUGHT_FLOOR = 43
HOLDOUT_IT_CAUGHT_FLOOR = 18
HOLDOUT_FLAGGED_CAP = 1


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
