"""Shared machinery of the third functional hate-speech probe (issue 8, hateprobe3).

Templates are written per functionality (HateCheck's, under fresh wordings) and
filled with the target groups in turn, so every group meets every kind of
sentence somewhere. Labels are HateCheck's: abuse aimed at one person, an object
or a non-protected group is *not* hate there, even when this bot flags it on
purpose (those functionalities are listed in AIMED_AT_PERSON).

Print the per-functionality table with
`.venv/bin/python -m tests.core.scoring.hate_probe3_support`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

import pytest

from bot.core.scoring.scorer import Scorer

# HateCheck labels these non-hateful; the bot aims them at the reader by design.
AIMED_AT_PERSON = frozenset({"target_indiv_nh"})


@dataclass(frozen=True, slots=True)
class Case:
    """One probe line: its functionality, text and HateCheck label."""

    functionality: str
    text: str
    hateful: bool

    def __str__(self) -> str:
        return self.text


def expand(
    templates: Sequence[tuple[str, str]],
    groups: Sequence[Mapping[str, str]],
    per_template: int,
) -> tuple[Case, ...]:
    """Each template filled with `per_template` groups, rotating the start group.

    A template whose placeholders a group lacks (no slur listed) skips that group.
    A template without placeholders yields one case.
    """
    cases: list[Case] = []
    for index, (functionality, template) in enumerate(templates):
        hateful = functionality.endswith("_h")
        if "{" not in template:
            cases.append(Case(functionality, template, hateful))
            continue
        usable = [g for g in groups if _fits(template, g)]
        start = (index * 2) % len(usable)
        for offset in range(min(per_template, len(usable))):
            group = usable[(start + offset) % len(usable)]
            text = template.format_map(group)
            cases.append(Case(functionality, text[:1].upper() + text[1:], hateful))
    return tuple(cases)


def _fits(template: str, group: Mapping[str, str]) -> bool:
    try:
        template.format_map(group)
    except KeyError:
        return False
    return True


def flagged(scorer: Scorer, cases: Iterable[Case]) -> frozenset[str]:
    """The texts the scorer calls hostile at default settings."""
    return frozenset(case.text for case in cases if scorer.score(case.text).hostile)


@dataclass(frozen=True)
class CaseSuite:
    """A probe's cases with the lists and counts measured at its round's end."""

    cases: tuple[Case, ...]
    known_misses: frozenset[str]
    known_false_flags: frozenset[str]
    recall_floor: int  # measured; may only rise
    false_flag_ceiling: int  # measured; may only fall
    least_size: int = 0

    def counted_clean(self) -> list[Case]:
        """Non-hateful cases the bot must leave alone (not abuse aimed at one person)."""
        return [c for c in self.cases if not c.hateful and c.functionality not in AIMED_AT_PERSON]


class CaseSuiteChecks:
    """The checks each of this probe's suites keeps, written once: a module subclasses
    this and sets `SUITE`; every case not in the known lists is its own test."""

    SUITE: ClassVar[CaseSuite]

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        suite = self.SUITE
        if "hateful_case" in metafunc.fixturenames:
            hateful = [c for c in suite.cases if c.hateful and c.text not in suite.known_misses]
            metafunc.parametrize("hateful_case", hateful, ids=str)
        if "clean_case" in metafunc.fixturenames:
            clean = [c for c in suite.counted_clean() if c.text not in suite.known_false_flags]
            metafunc.parametrize("clean_case", clean, ids=str)

    def test_cases_are_distinct_and_known(self) -> None:
        texts = {case.text for case in self.SUITE.cases}
        assert len(texts) == len(self.SUITE.cases) >= self.SUITE.least_size
        assert texts >= self.SUITE.known_misses
        assert texts >= self.SUITE.known_false_flags

    def test_hateful_flagged(self, scorer: Scorer, hateful_case: Case) -> None:
        verdict = scorer.score(hateful_case.text)
        assert verdict.hostile, verdict.explanation

    def test_non_hateful_clean(self, scorer: Scorer, clean_case: Case) -> None:
        verdict = scorer.score(clean_case.text)
        assert not verdict.hostile, verdict.explanation

    def test_known_lists_are_exact(self, scorer: Scorer) -> None:
        """A case the scorer now gets right leaves its list, so the lists stay true."""
        hits = flagged(scorer, self.SUITE.cases)
        assert not hits & self.SUITE.known_misses
        assert self.SUITE.known_false_flags <= hits

    def test_counts_only_improve(self, scorer: Scorer) -> None:
        hits = flagged(scorer, self.SUITE.cases)
        hateful = [c for c in self.SUITE.cases if c.hateful]
        assert sum(c.text in hits for c in hateful) >= self.SUITE.recall_floor
        clean = self.SUITE.counted_clean()
        assert sum(c.text in hits for c in clean) <= self.SUITE.false_flag_ceiling


def table(scorer: Scorer, cases: Sequence[Case]) -> str:
    """Flagged share per functionality, then recall and the non-hateful rates."""
    hits = flagged(scorer, cases)
    lines = []
    for name in dict.fromkeys(case.functionality for case in cases):
        rows = [case for case in cases if case.functionality == name]
        count = sum(case.text in hits for case in rows)
        lines.append(f"{name:22} {count:3}/{len(rows):3} flagged")
    hateful = [case for case in cases if case.hateful]
    clean = [case for case in cases if not case.hateful]
    clean_np = [case for case in clean if case.functionality not in AIMED_AT_PERSON]
    recall = sum(case.text in hits for case in hateful)
    clean_hits = sum(case.text in hits for case in clean)
    clean_np_hits = sum(case.text in hits for case in clean_np)
    lines.append(f"recall {recall}/{len(hateful)} = {recall / len(hateful):.1%}")
    lines.append(f"non-hateful flagged {clean_hits}/{len(clean)} = {clean_hits / len(clean):.1%}")
    lines.append(
        f"non-hateful flagged, without abuse at one person {clean_np_hits}/{len(clean_np)}"
        f" = {clean_np_hits / len(clean_np):.1%}"
    )
    return "\n".join(lines)


def main() -> None:
    """Print both languages' tables."""
    from tests.core.scoring.test_scorer_hate_probe3_en import CASES as EN
    from tests.core.scoring.test_scorer_hate_probe3_it import CASES as IT

    scorer = Scorer()
    print("English\n" + table(scorer, EN) + "\n\nItalian\n" + table(scorer, IT))


if __name__ == "__main__":
    main()
