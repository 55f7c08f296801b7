"""What the bot says about a hold-back experiment, in English and Italian.

Pure: an `ExperimentResult` in, plain text out, for `/kindness experiment results`
and the weekly summary. Rates are always shown with the number of members behind
them, the difference with its 95% interval, and a plain sentence saying what the
interval means; before there is enough data it says so instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.moderation.holdout import FOLLOW_UP_SECONDS, Arm, Experiment
from bot.core.stats.experiment_result import (
    MIN_EVENTS,
    MIN_MEMBERS,
    Comparison,
    ExperimentResult,
    Outcome,
)
from bot.core.stats.proportions import Interval


@dataclass(frozen=True, slots=True)
class ExperimentTexts:
    """The strings of one language; `{...}` fields are filled in."""

    title: str
    running: str  # {date} {share}
    stopped: str  # {date} {stopped} {share}
    members: str  # {nudged} {held_back}
    outcome_names: dict[Outcome, str]
    better: dict[Outcome, str]
    rates: str  # {nudged} {held_back}
    rate: str  # {percent} {events} {total}
    no_rate: str
    difference: str  # {points} {low} {high}
    helps: dict[Outcome, str]
    hurts: dict[Outcome, str]
    unclear: str
    not_enough: str  # {min_members} {min_events} {nudged} {held_back}
    following: str  # {date}
    summary_title: str
    decimal_comma: bool = False
    """Italian writes 2.100 and 20,0%; English 2,100 and 20.0%."""

    def number(self, formatted: str) -> str:
        """A number formatted the English way, in this language's separators."""
        return formatted.translate(_SWAP) if self.decimal_comma else formatted


_SWAP = str.maketrans({",": ".", ".": ","})


EN = ExperimentTexts(
    title="**Do nudges work here?**",
    running="Experiment running since {date}: {share} of members who would get a nudge get "
    "none (high-severity messages are always nudged).",
    stopped="Experiment ran from {date} to {stopped}, with {share} of members held back.",
    members="Members so far: {nudged} nudged, {held_back} held back.",
    outcome_names={
        Outcome.FLAGGED_AGAIN: "Flagged again within 7 days",
        Outcome.CHANGED: "Message edited or deleted within 10 minutes",
    },
    better={Outcome.FLAGGED_AGAIN: "lower is better", Outcome.CHANGED: "higher is better"},
    rates="Nudged: {nudged} · Held back: {held_back}",
    rate="{percent} ({events} of {total})",
    no_rate="none yet",
    difference="Difference: {points} points (95% interval {low} to {high}).",
    helps={
        Outcome.FLAGGED_AGAIN: "Nudged members were flagged again less often: the nudges help.",
        Outcome.CHANGED: "Nudged members changed their message more often: the nudges help.",
    },
    hurts={
        Outcome.FLAGGED_AGAIN: "Nudged members were flagged again more often.",
        Outcome.CHANGED: "Nudged members changed their message less often.",
    },
    unclear="No clear difference yet: the interval includes zero. A longer run gives a "
    "sharper answer.",
    not_enough="Not enough data yet: each group needs at least {min_members} members, and at "
    "least {min_events} with and {min_events} without this outcome (now {nudged} nudged and "
    "{held_back} held back).",
    following="Members nudged or held back before the stop are followed until {date}.",
    summary_title="Do nudges work here?",
)

IT = ExperimentTexts(
    title="**I promemoria funzionano qui?**",
    running="Esperimento in corso dal {date}: il {share} dei membri che riceverebbero un "
    "promemoria non lo riceve (i messaggi di gravità alta ricevono sempre il promemoria).",
    stopped="Esperimento dal {date} al {stopped}, con il {share} dei membri esclusi dai "
    "promemoria.",
    members="Membri finora: {nudged} con promemoria, {held_back} senza.",
    outcome_names={
        Outcome.FLAGGED_AGAIN: "Segnalati di nuovo entro 7 giorni",
        Outcome.CHANGED: "Messaggio modificato o cancellato entro 10 minuti",
    },
    better={Outcome.FLAGGED_AGAIN: "meno è meglio", Outcome.CHANGED: "più è meglio"},
    rates="Con promemoria: {nudged} · Senza: {held_back}",
    rate="{percent} ({events} su {total})",
    no_rate="nessuno ancora",
    difference="Differenza: {points} punti (intervallo al 95% da {low} a {high}).",
    helps={
        Outcome.FLAGGED_AGAIN: "Chi ha ricevuto il promemoria è stato segnalato di nuovo meno "
        "spesso: i promemoria aiutano.",
        Outcome.CHANGED: "Chi ha ricevuto il promemoria ha cambiato il messaggio più spesso: "
        "i promemoria aiutano.",
    },
    hurts={
        Outcome.FLAGGED_AGAIN: "Chi ha ricevuto il promemoria è stato segnalato di nuovo più "
        "spesso.",
        Outcome.CHANGED: "Chi ha ricevuto il promemoria ha cambiato il messaggio meno spesso.",
    },
    unclear="Ancora nessuna differenza chiara: l'intervallo comprende lo zero. Più tempo dà "
    "una risposta più netta.",
    not_enough="Dati ancora insufficienti: ogni gruppo deve avere almeno {min_members} membri, "
    "e almeno {min_events} con e {min_events} senza questo esito (ora {nudged} con promemoria "
    "e {held_back} senza).",
    following="I membri con e senza promemoria prima della fine sono seguiti fino al {date}.",
    summary_title="I promemoria funzionano qui?",
    decimal_comma=True,
)

TEXTS = {"en": EN, "it": IT}


def experiment_texts(languages: Sequence[str]) -> ExperimentTexts:
    """The texts of the server's first supported language (English otherwise)."""
    return next((TEXTS[code] for code in languages if code in TEXTS), EN)


def _date(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).date().isoformat()


def _percent(value: float) -> str:
    return f"{value:.1%}"


def _points(value: float) -> str:
    """Percentage points with a real minus sign: '−9.7', '+2.0'."""
    return f"{value * 100:+.1f}".replace("-", "\N{MINUS SIGN}")


def _rate(t: ExperimentTexts, counts: tuple[int, int], rate: Interval | None) -> str:
    if rate is None:
        return t.no_rate
    events, total = counts
    return t.rate.format(
        percent=t.number(_percent(rate.estimate)),
        events=t.number(f"{events:,}"),
        total=t.number(f"{total:,}"),
    )


def comparison_lines(t: ExperimentTexts, c: Comparison) -> list[str]:
    """One outcome: its name, both rates, and the difference or why there is none yet."""
    lines = [
        f"**{t.outcome_names[c.outcome]}** ({t.better[c.outcome]})",
        t.rates.format(
            nudged=_rate(t, c.nudged, c.nudged_rate),
            held_back=_rate(t, c.held_back, c.held_back_rate),
        ),
    ]
    if c.difference is None:
        lines.append(
            t.not_enough.format(
                min_members=MIN_MEMBERS,
                min_events=MIN_EVENTS,
                nudged=t.number(f"{c.nudged[1]:,}"),
                held_back=t.number(f"{c.held_back[1]:,}"),
            )
        )
        return lines
    d = c.difference
    lines.append(
        t.difference.format(
            points=t.number(_points(d.estimate)),
            low=t.number(_points(d.low)),
            high=t.number(_points(d.high)),
        )
    )
    helps = c.nudges_help
    lines.append(t.unclear if helps is None else (t.helps if helps else t.hurts)[c.outcome])
    return lines


def results_text(
    experiment: Experiment, result: ExperimentResult, languages: Sequence[str], now: float
) -> str:
    """The whole answer to `/kindness experiment results`."""
    t = experiment_texts(languages)
    share = f"{experiment.share:.0%}"
    started = _date(experiment.started_at)
    if experiment.stopped_at is None:
        status = t.running.format(date=started, share=share)
    else:
        stopped = experiment.stopped_at
        status = t.stopped.format(date=started, stopped=_date(stopped), share=share)
        if experiment.following(now):
            status += " " + t.following.format(date=_date(stopped + FOLLOW_UP_SECONDS))
    lines = [
        t.title,
        status,
        t.members.format(
            nudged=t.number(f"{result.arms[Arm.NUDGED].members:,}"),
            held_back=t.number(f"{result.arms[Arm.HELD_BACK].members:,}"),
        ),
    ]
    for comparison in result.comparisons:
        lines.append("")
        lines += comparison_lines(t, comparison)
    return "\n".join(lines)


def summary_field(result: ExperimentResult, languages: Sequence[str]) -> tuple[str, str] | None:
    """The weekly summary's field once an outcome can be compared, else None."""
    if not result.ready:
        return None
    t = experiment_texts(languages)
    lines: list[str] = []
    for comparison in result.comparisons:
        if comparison.ready:
            lines += comparison_lines(t, comparison)
    return t.summary_title, "\n".join(lines)
