"""The weekly summary's numbers and words: pure maths over daily stat rows.

Takes the `StatRow`s of a week and of the week before and returns a frozen
`WeekSummary`; `summary_text` turns it into embed-ready plain strings. No user
names, no message text: only aggregate counts, and any count of 1 or 2 (small
enough to point at one person) is shown as "<3", never as zero. A week before
without any data (the bot was not there yet, or counted nothing) is not compared
against: no change figures, no week-before lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from bot.core.scoring.verdict import Category
from bot.core.stats.counters import (
    CATEGORY_PREFIX,
    NO_CHANNEL,
    NUDGE_PREFIX,
    STOPPED_PREFIX,
    Metric,
    StatRow,
)
from bot.core.texts.automod_text import stopped_label, stopped_note

SMALL_COUNT = 3
"""Counts from 1 to SMALL_COUNT - 1 are never shown exactly."""
TOP_N = 3
_K = TypeVar("_K", Category, int)


class Trend(StrEnum):
    """How a figure moved against the previous week."""

    SAME = "same"
    NEW = "new"  # from zero to something
    UP = "up"
    DOWN = "down"
    GONE = "gone"  # from something to zero


@dataclass(frozen=True, slots=True)
class Change:
    """A week-over-week change; `percent` is None when it would reveal a small count."""

    trend: Trend
    percent: int | None

    def text(self) -> str:
        """Short human text, e.g. '▲ 25%', 'new', 'no change'."""
        if self.trend is Trend.SAME:
            return "no change"
        if self.trend is Trend.NEW:
            return "new this week"
        if self.trend is Trend.GONE:
            return "none this week"
        arrow = "▲" if self.trend is Trend.UP else "▼"
        if self.percent is None:
            return f"{arrow} {self.trend.value}"
        return f"{arrow} {self.percent}%"


def is_small(count: int) -> bool:
    """True for counts that could point at one person (1 or 2)."""
    return 0 < count < SMALL_COUNT


SMALL_TEXT = f"<{SMALL_COUNT}"
"""How a suppressed count (1 or 2) is written and labelled on the chart."""


def format_count(count: int) -> str:
    """'0', '<3' or the number with thousands separators."""
    if is_small(count):
        return SMALL_TEXT
    return f"{count:,}"


def change(current: int, previous: int) -> Change:
    """The change from `previous` to `current`, safe from zero and from small counts."""
    if current == previous:
        return Change(Trend.SAME, 0)
    if previous == 0:
        return Change(Trend.NEW, None)
    if current == 0:
        return Change(Trend.GONE, -100)
    trend = Trend.UP if current > previous else Trend.DOWN
    if is_small(current) or is_small(previous):
        # an exact percentage next to the other exact count would give the small one away
        return Change(trend, None)
    percent = round((current - previous) * 100 / previous)
    if percent == 0:
        return Change(Trend.SAME, 0)
    return Change(trend, abs(percent))


@dataclass(frozen=True, slots=True)
class Figure:
    """One headline number with its previous-week value (None: no week before to compare)."""

    key: str
    label: str
    current: int
    previous: int | None

    @property
    def change(self) -> Change | None:
        if self.previous is None:
            return None
        return change(self.current, self.previous)

    def text(self) -> str:
        """'1,234 (▲ 12%)' style value for an embed field; just '1,234' without a week before."""
        moved = self.change
        if moved is None:
            return format_count(self.current)
        return f"{format_count(self.current)} ({moved.text()})"


# (key, label, metrics summed); keys are what tests and callers look figures up by
_FIGURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("seen", "Messages seen", (Metric.SEEN,)),
    ("flagged", "Hostile messages flagged", (Metric.FLAGGED,)),
    ("nudges", "Kindness nudges sent", ()),  # every nudge:<mode>, see _figure_total
    ("revised", "Revised after a nudge", (Metric.REVISED,)),
    ("deleted", "Deleted after a nudge", (Metric.DELETED,)),
    ("repeated", "Nudged again within 7 days", (Metric.REPEATED,)),
    ("reports", "Reports to moderators", (Metric.REPORTS,)),
    ("kind", "Kindness moments", (Metric.KIND,)),
    ("kindchecks", "Tone checks before posting", (Metric.KINDCHECKS,)),
    ("stopped", "Stopped before sending", ()),  # every stopped:<category> (AutoMod)
    ("bullying_episodes", "Episodes found", (Metric.BULLYING_EPISODES,)),
    ("bullying_supported", "Supported by a private message", (Metric.BULLYING_SUPPORTED,)),
    ("bullying_optouts", "Asked not to be messaged again", (Metric.BULLYING_OPTOUTS,)),
)
_PREFIXES = {"nudges": NUDGE_PREFIX, "stopped": STOPPED_PREFIX}
BULLYING_FIELD = "Members who may have been targeted"
_BULLYING_FIGURES = ("bullying_episodes", "bullying_supported", "bullying_optouts")


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Everything the weekly post shows, computed from aggregates only."""

    guild_id: int
    week: str
    days: tuple[date, ...]
    days_covered: int
    late: bool
    figures: tuple[Figure, ...]
    top_categories: tuple[tuple[Category, int], ...]
    top_channels: tuple[tuple[int, int], ...]
    hostile_by_day: tuple[int, ...]
    kind_by_day: tuple[int, ...]
    previous_hostile_by_day: tuple[int, ...]
    previous_kind_by_day: tuple[int, ...]
    has_previous: bool = True
    """False when the week before holds no data: nothing to compare with."""
    first: bool = False
    """True for the first summary: the bot started counting during this week."""

    @property
    def has_data(self) -> bool:
        """True when anything at all was counted in the covered days."""
        return any(f.current for f in self.figures)

    def figure(self, key: str) -> Figure:
        """The figure named `key` (KeyError if there is none)."""
        for fig in self.figures:
            if fig.key == key:
                return fig
        raise KeyError(key)

    @property
    def partial(self) -> bool:
        """True for a preview of a week still in progress."""
        return self.days_covered < len(self.days)

    @property
    def flagged_share(self) -> float | None:
        """Flagged / seen, or None when there is nothing to divide or it would reveal."""
        seen = self.figure("seen").current
        flagged = self.figure("flagged").current
        if seen == 0 or is_small(flagged) or is_small(seen):
            return None
        return flagged / seen


def _metric_total(rows: Iterable[StatRow], metrics: Sequence[str], prefix: str | None) -> int:
    return sum(
        r.value
        for r in rows
        if r.metric in metrics or (prefix is not None and r.metric.startswith(prefix))
    )


def _by_day(rows: Iterable[StatRow], metric: str, days: Sequence[date]) -> tuple[int, ...]:
    totals: Counter[str] = Counter()
    for r in rows:
        if r.metric == metric:
            totals[r.day] += r.value
    return tuple(totals[d.isoformat()] for d in days)


def _top_categories(rows: Iterable[StatRow]) -> tuple[tuple[Category, int], ...]:
    totals: Counter[Category] = Counter()
    for r in rows:
        if r.metric.startswith(CATEGORY_PREFIX):
            try:
                totals[Category(r.metric.removeprefix(CATEGORY_PREFIX))] += r.value
            except ValueError:
                continue  # a category retired from the lexicons: not shown
    return _top(totals)


def _top_channels(rows: Iterable[StatRow]) -> tuple[tuple[int, int], ...]:
    totals: Counter[int] = Counter()
    for r in rows:
        if r.metric == Metric.FLAGGED and r.channel_id != NO_CHANNEL:
            totals[r.channel_id] += r.value
    return _top(totals)


def _top(totals: Counter[_K]) -> tuple[tuple[_K, int], ...]:
    ranked = sorted(((k, v) for k, v in totals.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))
    return tuple(ranked[:TOP_N])


def summarize(
    guild_id: int,
    week: str,
    days: Sequence[date],
    current: Sequence[StatRow],
    previous: Sequence[StatRow],
    *,
    days_covered: int | None = None,
    late: bool = False,
    first: bool = False,
) -> WeekSummary:
    """Build the summary of `days` (7 dates) from this week's and last week's rows.

    `previous` rows are for the 7 dates before `days`. For a partial week
    (`days_covered` < 7) the headline changes compare against the same number of
    days of the previous week, so a Wednesday preview is not measured against a
    whole week; the per-day series always show the full previous week. A previous
    week with no data at all is not compared against (`has_previous` False). `first`
    marks the first summary (the bot started counting this week).
    """
    covered = len(days) if days_covered is None else days_covered
    current_days = {d.isoformat() for d in days[:covered]}
    previous_days = [d.fromordinal(d.toordinal() - len(days)) for d in days]
    comparable_previous = {d.isoformat() for d in previous_days[:covered]}
    now_rows = [r for r in current if r.day in current_days]
    then_rows = [r for r in previous if r.day in comparable_previous]
    previous_week = {d.isoformat() for d in previous_days}
    has_previous = any(r.value > 0 and r.day in previous_week for r in previous)
    figures = tuple(
        Figure(
            key=key,
            label=label,
            current=_metric_total(now_rows, metrics, _PREFIXES.get(key)),
            previous=(
                _metric_total(then_rows, metrics, _PREFIXES.get(key)) if has_previous else None
            ),
        )
        for key, label, metrics in _FIGURES
    )
    return WeekSummary(
        guild_id=guild_id,
        week=week,
        days=tuple(days),
        days_covered=covered,
        late=late,
        figures=figures,
        top_categories=_top_categories(now_rows),
        top_channels=_top_channels(now_rows),
        hostile_by_day=_by_day(now_rows, Metric.FLAGGED, days),
        kind_by_day=_by_day(now_rows, Metric.KIND, days),
        previous_hostile_by_day=_by_day(previous, Metric.FLAGGED, previous_days),
        previous_kind_by_day=_by_day(previous, Metric.KIND, previous_days),
        has_previous=has_previous,
        first=first,
    )


@dataclass(frozen=True, slots=True)
class SummaryText:
    """The embed as plain strings (the cog and the CLI render it their own way)."""

    title: str
    description: str
    fields: tuple[tuple[str, str], ...]
    footer: str

    def as_plain_text(self) -> str:
        """The whole summary as terminal text (for `kindness-bot summary`)."""
        lines = [self.title, "", self.description, ""]
        for name, value in self.fields:
            lines.append(f"{name}:")
            lines.extend(f"  {line}" for line in value.splitlines())
        lines += ["", self.footer]
        return "\n".join(lines)


def _channel_mention(channel_id: int) -> str:
    return f"<#{channel_id}>"


def _date_range(summary: WeekSummary) -> str:
    first, last = summary.days[0], summary.days[summary.days_covered - 1]
    if first == last:
        return f"{last.day} {last:%B %Y}"
    if first.month == last.month:
        return f"{first.day}–{last.day} {last:%B %Y}"
    return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"


def _share_text(summary: WeekSummary) -> str:
    share = summary.flagged_share
    if share is None:
        return ""
    return f"\n{share:.1%} of messages seen"


def _stopped_field(figure: Figure, languages: Sequence[str]) -> tuple[tuple[str, str], ...]:
    if not figure.current and not figure.previous:
        return ()
    return ((stopped_label(languages), f"{figure.text()}\n{stopped_note(languages)}"),)


def summary_text(
    summary: WeekSummary,
    *,
    channel_label: Callable[[int], str] = _channel_mention,
    languages: Sequence[str] = ("en",),
) -> SummaryText:
    """Warm, name-free embed text; `channel_label` renders a channel id (default `<#id>`).

    Messages AutoMod stopped are shown only in a server where it stopped any (this
    week or the week before), labelled in the server's first language.
    """
    figs = {f.key: f for f in summary.figures}
    flagged = figs["flagged"]
    kind = figs["kind"]
    title = f"#CreateKindness weekly summary · {_date_range(summary)}"
    if summary.partial:
        title = f"#CreateKindness week so far · {_date_range(summary)}"
    opening = (
        "Behind every account is a real human being. Here is how this community "
        "treated each other this week."
    )
    if flagged.current == 0 and figs["seen"].current > 0:
        opening += " Not one hostile message was flagged: thank you, everyone! 💛"
    elif kind.current > flagged.current:
        opening += " Kindness outnumbered hostility. 💛"
    if summary.first:
        opening = (
            "👋 This is the first weekly summary: the bot started counting this week, so "
            "there is no week before to compare with. " + opening
        )
    if summary.late:
        opening = "⏰ This summary is late: the bot was offline when it was due. " + opening
    after_nudges = "\n".join(
        f"{figs[k].label.removesuffix(' after a nudge')}: {figs[k].text()}"
        for k in ("revised", "deleted", "repeated")
    )
    categories = (
        "\n".join(f"{cat.label}: {format_count(n)}" for cat, n in summary.top_categories) or "none"
    )
    channels = (
        "\n".join(f"{channel_label(cid)}: {format_count(n)}" for cid, n in summary.top_channels)
        or "none"
    )
    bullying = "\n".join(f"{figs[k].label}: {figs[k].text()}" for k in _BULLYING_FIGURES)
    fields = (
        (figs["seen"].label, figs["seen"].text()),
        (flagged.label, flagged.text() + _share_text(summary)),
        (figs["nudges"].label, figs["nudges"].text()),
        ("After a nudge", after_nudges),
        (figs["reports"].label, figs["reports"].text()),
        (kind.label, kind.text() + "\n#CreateKindness and kind words"),
        (figs["kindchecks"].label, figs["kindchecks"].text()),
        *_stopped_field(figs["stopped"], languages),
        ("Top categories", categories),
        ("Channels with most flags", channels),
        (BULLYING_FIELD, bullying),
    )
    compared = "changes vs the week before" if summary.has_previous else "no week before to compare"
    footer = (
        f"Week {summary.week} · {compared} · counts of 1–2 shown as '{SMALL_TEXT}' · days are UTC"
    )
    return SummaryText(title=title, description=opening, fields=fields, footer=footer)
