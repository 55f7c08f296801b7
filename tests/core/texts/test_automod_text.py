"""AutoMod's words: a warm note within Discord's 150 characters, and clear status lines."""

from __future__ import annotations

import pytest

from bot.core.automod.rule_plan import MAX_CUSTOM_MESSAGE, Drift, LeftOut
from bot.core.texts.automod_status_text import AutomodStatus, refusal, setup_line, status_text
from bot.core.texts.automod_text import CUSTOM_MESSAGES, custom_message, stopped_label


@pytest.mark.parametrize("language", ["en", "it"])
def test_note_is_warm_short_and_never_shaming(language: str) -> None:
    note = CUSTOM_MESSAGES[language]
    assert len(note) <= MAX_CUSTOM_MESSAGE
    assert "#CreateKindness" in note
    for harsh in ("banned", "warning", "violat", "vietat", "avvertimento"):
        assert harsh not in note.lower()


def test_language_follows_the_server() -> None:
    assert custom_message(("it", "en")) == CUSTOM_MESSAGES["it"]
    assert custom_message(("de",)) == CUSTOM_MESSAGES["en"]
    assert stopped_label(("it",)) == "Fermati prima dell'invio"
    assert stopped_label() == "Stopped before sending"


def status(**changes: object) -> AutomodStatus:
    values: dict[str, object] = {
        "enabled": True,
        "can_manage": True,
        "keywords": 285,
        "regexes": 10,
        "allowed": 2,
        "left_out": LeftOut(),
        "alert_channel_id": None,
        "rule_found": True,
    }
    values.update(changes)
    return AutomodStatus(**values)  # type: ignore[arg-type]


def test_status_lines() -> None:
    text = status_text(status())
    assert "is on" in text and "285 keywords, 10 patterns" in text and "2 allowed terms" in text
    assert "⚠️" not in text and "no alert channel" in text
    gone = status_text(status(rule_found=False))
    assert "someone deleted it" in gone and "/kindness automod enable" in gone
    edited = status_text(status(drift=(Drift.DISABLED, Drift.WORDS)))
    assert "switched off" in edited and "words" in edited
    assert "Manage Server" in status_text(status(can_manage=False, rule_found=None))
    assert "left out to fit Discord's limits: 3 keywords" in status_text(
        status(left_out=LeftOut(keywords=3))
    )
    off = status_text(status(enabled=False, rule_found=None))
    assert "is off" in off and "285 keywords" in off


def test_refusals_are_one_sentence() -> None:
    assert "Manage Server" in refusal("create the rule", status=403, code=50013, detail="")
    limit = refusal("create the rule", status=400, code=50035, detail="In trigger_type: Max (6).")
    assert "Discord refused it (In trigger_type: Max (6).)" in limit
    assert "HTTP 404" in refusal("update the rule", status=404, code=10066, detail="x")


def test_setup_line_covers_each_case() -> None:
    assert "invite --automod" in setup_line(enabled=False, can_manage=False)
    assert "/kindness automod enable" in setup_line(enabled=False, can_manage=True)
    assert setup_line(enabled=True, can_manage=True).startswith("✅")
    assert setup_line(enabled=True, can_manage=False).startswith("⚠️")
