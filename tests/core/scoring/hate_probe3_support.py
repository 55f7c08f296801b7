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
