"""What moderators and the weekly summary read about an experiment, in English and Italian."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.moderation.holdout import Arm, Experiment
from bot.core.stats.experiment_result import ArmCounts, experiment_result
from bot.core.texts.experiment_text import (
    EN,
    IT,
    experiment_texts,
    results_text,
    summary_field,
)

START = datetime(2026, 11, 2, tzinfo=UTC).timestamp()
DAY = 86400.0
RUNNING = Experiment(1, 5, b"k" * 32, 0.1, started_at=START)
READY = {
    Arm.NUDGED: ArmCounts(members=2100, closed=2000, again=400, watched=2000, changed=300),
    Arm.HELD_BACK: ArmCounts(members=520, closed=500, again=150, watched=8, changed=1),
}


def test_not_enough_data_yet_names_the_rule_and_shows_no_interval() -> None:
    few = {Arm.NUDGED: ArmCounts(40, 40, 8, 40, 4), Arm.HELD_BACK: ArmCounts(3, 3, 1, 3, 0)}
    text = results_text(RUNNING, experiment_result(few), ("en",), START + 9 * DAY)
    assert "Not enough data yet" in text and "at least 30 members" in text
    assert "95% interval" not in text and "Difference" not in text
    assert "Experiment running since 2026-11-02" in text and "10%" in text
    assert "Nudged: 20.0% (8 of 40) · Held back: 33.3% (1 of 3)" in text


def test_a_ready_outcome_shows_both_rates_the_difference_and_what_it_means() -> None:
    text = results_text(RUNNING, experiment_result(READY), ("en",), START + 30 * DAY)
    assert "**Flagged again within 7 days** (lower is better)" in text
    assert "Nudged: 20.0% (400 of 2,000) · Held back: 30.0% (150 of 500)" in text
    assert "Difference: \N{MINUS SIGN}10.0 points (95% interval \N{MINUS SIGN}14." in text
    assert EN.helps[next(iter(EN.helps))] in text
    # the edit outcome has too few held-back members: said so, not guessed
    assert text.count("Not enough data yet") == 1
    assert "Members so far: 2,100 nudged, 520 held back." in text


def test_a_stopped_experiment_says_until_when_members_are_followed() -> None:
    stopped = Experiment(1, 5, b"k" * 32, 0.2, started_at=START, stopped_at=START + 20 * DAY)
    text = results_text(stopped, experiment_result(READY), ("en",), START + 21 * DAY)
    assert "ran from 2026-11-02 to 2026-11-22, with 20%" in text
    assert "followed until 2026-11-29" in text
    later = results_text(stopped, experiment_result(READY), ("en",), START + 28 * DAY)
    assert "followed until" not in later


def test_italian_servers_read_italian() -> None:
    assert experiment_texts(("it", "en")) is IT and experiment_texts(("fr",)) is EN
    text = results_text(RUNNING, experiment_result(READY), ("it",), START + 30 * DAY)
    assert "I promemoria funzionano qui?" in text and "Segnalati di nuovo entro 7 giorni" in text
    assert "Con promemoria: 20,0% (400 su 2.000)" in text and "Dati ancora insufficienti" in text
    assert "Differenza: \N{MINUS SIGN}10,0 punti" in text and "Membri finora: 2.100" in text


@pytest.mark.parametrize("texts", [EN, IT])
def test_every_outcome_has_every_text(texts: object) -> None:
    t = experiment_texts(("en",) if texts is EN else ("it",))
    assert set(t.outcome_names) == set(t.better) == set(t.helps) == set(t.hurts)


def test_the_weekly_summary_field_appears_only_once_the_result_can_tell() -> None:
    few = {Arm.NUDGED: ArmCounts(40, 40, 8, 40, 4)}
    assert summary_field(experiment_result(few), ("en",)) is None
    field = summary_field(experiment_result(READY), ("en",))
    assert field is not None
    name, value = field
    assert name == "Do nudges work here?"
    assert "Flagged again within 7 days" in value and "Edited" not in value
    assert len(value) <= 1024  # a Discord embed field
    it_field = summary_field(experiment_result(READY), ("it",))
    assert it_field is not None and it_field[0] == "I promemoria funzionano qui?"
