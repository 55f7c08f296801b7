"""The seventh functional hate probe (issue 8): HateCheck-style templates of this round,
English and Italian, every template filled with every group (hate_probe7_cases.py),
measured at default settings (`Scorer()`).

On main before the round, the studied part: English hateful 278/320 (0.869), clean
0/150 (friendly profanity 0/24); Italian hateful 308/340 (0.906), clean 0/146
(friendly profanity 0/20). After targeting_hateprobe7.py, hateprobe7_words.py and the
hateprobe7 lexicon and cue lines: English 310/320, Italian 334/340, clean 0 of both.

The held-back part (hate_probe7_heldback_cases.py: other templates, written last, read
only for counts): before, English 72/88 hateful with 0/32 clean flagged, Italian 57/80
with 0/40; after, English 72/88 and Italian 58/80, clean 0 of both. Only floors are
kept for it.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hate_probe7_cases import EN_CASES, EN_GROUPS, IT_CASES, Case
from tests.core.scoring.hate_probe7_heldback_cases import EN_HELD_CASES, IT_HELD_CASES
from tests.core.scoring.probe_checks import assert_known_verdicts, flagged, missed

# The studied part's misses after the round: a slur the lexicon holds only as an
# insult ("bitches", "troie") or not at all (the made-up "tagliagole"); "those black
# people" after "despise every single one of"; "rom" after "alcuni" (a game's ROMs as
# often) and run together after "odioi"; "we're coming for you X, watch your backs" (the
# plural of "watch your back" was tried and dropped: in game chat it is mostly advice).
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        *(f"We're coming for you {g.g}, watch your backs." for g in EN_GROUPS),
        "I despise every single one of those black people.",
        "Those bitches are everywhere now.",
        "Le troie rovinano tutto.",
        "I tagliagole rovinano tutto.",
        "Fuori dal nostro paese, troie!",
        "Fuori dal nostro paese, tagliagole!",
        "Ho conosciuto alcuni rom ieri. Fanno schifo come sempre.",
        "odioirom",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()

# Floors (recall of hateful cases; the held-out suites' floors are 0.65 English and
# 0.50 Italian, with at most 10% of friendly profanity flagged).
STUDIED_RECALL_FLOOR = {"en": 0.96, "it": 0.98}
HELD_RECALL_FLOOR = {"en": 0.81, "it": 0.71}
CLEAN_CEILING = 0.0


def _texts(cases: Iterable[Case], label: str) -> tuple[str, ...]:
    return tuple(c.text for c in cases if c.label == label)


def test_studied_part_known_verdicts(scorer: Scorer) -> None:
    cases = EN_CASES + IT_CASES
    assert_known_verdicts(
        scorer, _texts(cases, "hate"), _texts(cases, "clean"), KNOWN_MISSES, KNOWN_FALSE_FLAGS
    )


@pytest.mark.parametrize(("lang", "cases"), [("en", EN_CASES), ("it", IT_CASES)], ids=["en", "it"])
def test_studied_part_floors(scorer: Scorer, lang: str, cases: tuple[Case, ...]) -> None:
    hateful = _texts(cases, "hate")
    recall = 1 - len(missed(scorer, hateful)) / len(hateful)
    assert recall >= STUDIED_RECALL_FLOOR[lang]
    profanity = tuple(c.text for c in cases if c.func == "profanity_clean")
    assert len(flagged(scorer, profanity)) / len(profanity) <= CLEAN_CEILING


@pytest.mark.parametrize(
    ("lang", "cases"), [("en", EN_HELD_CASES), ("it", IT_HELD_CASES)], ids=["en", "it"]
)
def test_held_back_part_floors(scorer: Scorer, lang: str, cases: tuple[Case, ...]) -> None:
    hateful = _texts(cases, "hate")
    recall = 1 - len(missed(scorer, hateful)) / len(hateful)
    assert recall >= HELD_RECALL_FLOOR[lang]
    clean = _texts(cases, "clean")
    assert len(flagged(scorer, clean)) / len(clean) <= CLEAN_CEILING


def test_every_functionality_has_both_languages() -> None:
    en = {c.func for c in EN_CASES}
    it = {c.func for c in IT_CASES}
    assert en - it <= {"spell_missing"}
    assert len(EN_CASES) >= 450 and len(IT_CASES) >= 450


def test_probe_cases_are_distinct() -> None:
    texts = [c.text for c in EN_CASES + IT_CASES + EN_HELD_CASES + IT_HELD_CASES]
    assert len(set(texts)) == len(texts)
