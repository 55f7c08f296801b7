"""Moderator alert text: censored, short, never the whole message."""

from __future__ import annotations

import pytest

from bot.core.guild_settings import GuildSettings
from bot.core.moderation.alerts import (
    EXCERPT_CHARS,
    AlertBook,
    AlertDetails,
    Digest,
    MemberAlert,
    alert_text,
    censored_excerpt,
    verdict_excerpt,
)
from bot.core.moderation.nudge_decision import AlertReason
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Match, Severity, TargetKind, Verdict


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(ScorerConfig.from_settings(GuildSettings(guild_id=1)))


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("you are a fucking idiot", ("fucking", "idiot"), "you are a "),
        (
            "I will KILL you, you f.u.c.k.i.n.g moron",
            ("KILL", "f.u.c.k", "moron"),
            "",
        ),  # a phrase span
        ("ur such an idiooooot lol", ("idiooooot",), "ur such an "),
    ],
)
def test_excerpt_stars_the_scorers_own_matched_spans(
    scorer: Scorer, text: str, hidden: tuple[str, ...], kept: str
) -> None:
    verdict = scorer.score(text)
    out = verdict_excerpt(text, verdict)
    assert verdict.matches, "the scorer should match something in this text"
    assert all(word not in out for word in hidden), out
    assert out.startswith(kept)


def test_excerpt_spans_and_terms() -> None:
    assert censored_excerpt("a  bad\nword here", spans=[(3, 6)]) == "a *** word here"
    assert censored_excerpt("you idiot", terms=["idiot"]) == "you *****"


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


def _details(url: str = "u", reason: AlertReason = AlertReason.HIGH_SEVERITY) -> AlertDetails:
    verdict = Verdict(
        hostile=True,
        score=0.9,
        severity=Severity.HIGH,
        categories=(Category.THREAT,),
        matches=(),
        target=TargetKind.SECOND_PERSON,
        explanation="",
    )
    return AlertDetails(verdict, reason, url, 5, "x", 1, True, 1000.0)


def test_one_alert_per_member_per_window_counts_the_rest() -> None:
    book = AlertBook(window=600, cap=20)
    first = book.fold(1, 42, 0.0, _details("first"))
    again = book.fold(1, 42, 10.0, _details("second"))
    assert isinstance(first, MemberAlert) and again is first
    assert first.count == 2 and first.jump_url == "second"
    assert "Alerting messages from this member: **2**" in first.text()
    assert "Newest message: second" in first.text()
    later = book.fold(1, 42, 601.0, _details("third"))
    assert later is not first and isinstance(later, MemberAlert) and later.count == 1


def test_past_the_server_cap_one_digest_counts_the_rest() -> None:
    book = AlertBook(window=600, cap=3)
    alerts = [book.fold(1, member, 0.0, _details()) for member in range(3)]
    assert all(isinstance(a, MemberAlert) for a in alerts)
    extra = [book.fold(1, member, 1.0, _details(f"m{member}")) for member in range(3, 10)]
    digest = extra[0]
    assert isinstance(digest, Digest) and all(e is digest for e in extra)
    assert digest.folded == 7 and len(digest.members) == 7
    assert "**7** more" in digest.text() and "<@9>" in digest.text()
    assert isinstance(book.fold(2, 3, 1.0, _details()), MemberAlert)  # other servers unaffected
    assert isinstance(book.fold(1, 0, 2.0, _details()), MemberAlert)  # open alerts still fold
    fresh = book.fold(1, 50, 601.0, _details())  # the window has passed
    assert isinstance(fresh, MemberAlert)


def test_forgetting_a_member_drops_their_open_alert() -> None:
    book = AlertBook()
    book.fold(1, 42, 0.0, _details())
    book.forget_member(1, 42)
    assert book.open_alerts(1) == 0
