"""`/kindness stats` fields from metric totals."""

from __future__ import annotations

from bot.core.texts.stats_text import stats_fields


def _by_name(totals: dict[str, int]) -> dict[str, str]:
    return {f.name: f.value for f in stats_fields(totals)}


def test_counts_rates_and_top_categories() -> None:
    fields = _by_name(
        {
            "seen": 200,
            "flagged": 10,
            "nudge:reply": 6,
            "nudge:dm": 2,
            "category:insult": 7,
            "category:threat": 2,
            "category:body_shaming": 2,
            "category:profanity": 1,
            "revised": 3,
            "deleted": 1,
            "repeated": 2,
            "alerts": 4,
            "reports": 5,
            "false_positive": 1,
            "kind": 9,
            "kindchecks": 11,
        }
    )
    assert fields["Messages checked"] == "200"
    assert fields["Flagged as hostile"] == "10 (5.0%)"
    assert fields["Nudges sent"] == "8"
    assert fields["After a nudge"] == "3 edited, 1 deleted, 2 nudged again within 7 days"
    assert fields["Alerts to moderators"] == "4"
    assert fields["Member reports"] == "5"
    assert fields['"Not what I meant"'] == "1 (10.0%)"
    assert fields["Kindness moments"] == "9"
    assert fields["Tone checks (/kindcheck)"] == "11"
    # Most frequent first, ties by name; only the top three.
    assert fields["Top categories"] == "insult 7, body shaming 2, threat 2"


def test_an_empty_period_shows_zeros_without_rates() -> None:
    fields = _by_name({})
    assert fields["Messages checked"] == "0"
    assert fields["Flagged as hostile"] == "0"
    assert fields["Top categories"] == "none"


def test_stopped_before_sending_per_category_only_when_any() -> None:
    totals = {"seen": 10, "stopped:identity_attack": 4, "stopped:self_harm": 1, "stopped:other": 1}
    fields = _by_name(totals)
    assert fields["Stopped before sending"] == "6 (identity attack 4, other 1, self harm 1)"
    italian = {f.name: f.value for f in stats_fields(totals, ("it",))}
    assert italian["Fermati prima dell'invio"].startswith("6 (")
    assert "Stopped before sending" not in _by_name({"seen": 10})


def test_held_back_nudges_are_shown_only_while_there_are_any() -> None:
    names = [f.name for f in stats_fields({"seen": 10, "flagged": 4, "nudge:reply": 3})]
    assert "Nudges held back (experiment)" not in names
    fields = stats_fields({"seen": 10, "flagged": 4, "nudge:reply": 3, "held_back": 1})
    held = [f for f in fields if f.name == "Nudges held back (experiment)"]
    assert [f.value for f in held] == ["1"]
    assert [f.name for f in fields].index(held[0].name) == 3  # right after "Nudges sent"
