"""`/kindness stats` as labelled numbers, so the embed is built from plain values.

Pure: metric totals in (as `Database.stats_totals` returns them), fields out.
Rates are given next to counts so a moderator can compare weeks of different size.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.scoring.verdict import Category
from bot.core.stats.counters import CATEGORY_PREFIX, NUDGE_PREFIX, STOPPED_PREFIX, Metric
from bot.core.stats.summary import BULLYING_FIELD, format_count
from bot.core.texts.automod_text import stopped_label

TOP_CATEGORIES = 3


@dataclass(frozen=True, slots=True)
class StatField:
    """One embed field: a label and its value text."""

    name: str
    value: str


def _pct(part: int, whole: int) -> str:
    return f" ({100 * part / whole:.1f}%)" if whole else ""


def _category_label(name: str) -> str:
    try:
        return Category(name).label
    except ValueError:  # a category retired from the lexicon but still in old stats
        return name


def _stopped(totals: Mapping[str, int], languages: Sequence[str]) -> list[StatField]:
    """Messages the bot's AutoMod rule stopped, per category; shown once there are any."""
    by_category = sorted(
        (
            (v, k.removeprefix(STOPPED_PREFIX))
            for k, v in totals.items()
            if k.startswith(STOPPED_PREFIX) and v
        ),
        key=lambda item: (-item[0], item[1]),
    )
    total = sum(v for v, _ in by_category)
    if not total:
        return []
    detail = ", ".join(f"{_category_label(name)} {count}" for count, name in by_category)
    return [StatField(stopped_label(languages), f"{total} ({detail})")]


def stats_fields(totals: Mapping[str, int], languages: Sequence[str] = ("en",)) -> list[StatField]:
    """The stats embed's fields for one period; absent metrics count as zero."""

    def get(metric: str) -> int:
        return int(totals.get(metric, 0))

    seen = get(Metric.SEEN)
    flagged = get(Metric.FLAGGED)
    nudges = sum(v for k, v in totals.items() if k.startswith(NUDGE_PREFIX))
    categories = sorted(
        (
            (v, k.removeprefix(CATEGORY_PREFIX))
            for k, v in totals.items()
            if k.startswith(CATEGORY_PREFIX)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    top = ", ".join(
        f"{_category_label(name)} {count}" for count, name in categories[:TOP_CATEGORIES]
    )
    held_back = get(Metric.HELD_BACK)
    held = [StatField("Nudges held back (experiment)", f"{held_back}")] if held_back else []
    return [
        StatField("Messages checked", f"{seen}"),
        StatField("Flagged as hostile", f"{flagged}{_pct(flagged, seen)}"),
        StatField("Nudges sent", f"{nudges}"),
        *held,
        StatField(
            "After a nudge",
            f"{get(Metric.REVISED)} edited, {get(Metric.DELETED)} deleted, "
            f"{get(Metric.REPEATED)} nudged again within 7 days",
        ),
        StatField("Alerts to moderators", f"{get(Metric.ALERTS)}"),
        StatField("Member reports", f"{get(Metric.REPORTS)}"),
        StatField(
            '"Not what I meant"',
            f"{get(Metric.FALSE_POSITIVE)}{_pct(get(Metric.FALSE_POSITIVE), flagged)}",
        ),
        StatField("Kindness moments", f"{get(Metric.KIND)}"),
        StatField("Tone checks (/kindcheck)", f"{get(Metric.KINDCHECKS)}"),
        StatField("Top categories", top or "none"),
        *_stopped(totals, languages),
        StatField(
            BULLYING_FIELD,
            f"{format_count(get(Metric.BULLYING_EPISODES))} episodes found, "
            f"{format_count(get(Metric.BULLYING_SUPPORTED))} supported by a private message, "
            f"{format_count(get(Metric.BULLYING_OPTOUTS))} asked not to be messaged again",
        ),
    ]
