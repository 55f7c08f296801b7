"""Moderator alert text: censored, short, never the whole message."""

from __future__ import annotations

from bot.core.alerts import EXCERPT_CHARS, alert_text, censored_excerpt
from bot.core.nudges import AlertReason
from bot.core.verdict import Category, Match, Severity, TargetKind, Verdict


def test_excerpt_censors_profanity_and_matched_terms() -> None:
    out = censored_excerpt("you are a fucking idiot", terms=["idiot"])
    assert "fucking" not in out and "idiot" not in out
    assert out.startswith("you are a ")


def test_excerpt_is_short_and_cut_at_a_word() -> None:
    text = "word " * 100 + "secretending"
    out = censored_excerpt(text)
    assert len(out) <= EXCERPT_CHARS + 1
    assert "secretending" not in out
    assert out.endswith("word…")


def test_excerpt_neutralises_mass_mentions_and_code_breaks() -> None:
    out = censored_excerpt("@everyone look `here`")
    assert "@everyone" not in out and "`" not in out


def test_alert_text_has_link_categories_severity_and_reason() -> None:
    verdict = Verdict(
        hostile=True,
        score=0.95,
        severity=Severity.HIGH,
        categories=(Category.THREAT, Category.INSULT),
        matches=(Match("kill", Category.THREAT, 1.0, 0, 4),),
        target=TargetKind.SECOND_PERSON,
        explanation="a threat",
    )
    text = alert_text(
        verdict=verdict,
        reason=AlertReason.HIGH_SEVERITY,
        jump_url="https://discord.com/channels/1/2/3",
        author_id=42,
        channel_id=2,
        excerpt="i will **** you",
        flags_in_window=1,
        nudged=True,
    )
    assert "https://discord.com/channels/1/2/3" in text
    assert "threat, insult" in text and "Severity: high" in text
    assert "high severity" in text and "`i will **** you`" in text
    assert "<@42>" in text and "<#2>" in text
    repeated = alert_text(
        verdict=verdict,
        reason=AlertReason.REPEATED,
        jump_url="u",
        author_id=1,
        channel_id=2,
        excerpt="x",
        flags_in_window=4,
        nudged=False,
    )
    assert "4 flagged messages" in repeated and "No nudge was sent" in repeated
