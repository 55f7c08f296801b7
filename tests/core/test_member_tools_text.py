"""What members read from /kindcheck and after a report."""

from __future__ import annotations

from bot.core.member_tools_text import TEXTS, kindcheck_text, report_thanks_text
from bot.core.verdict import Category, Match, Severity, TargetKind, Verdict


def _verdict(
    hostile: bool,
    categories: tuple[Category, ...] = (),
    matches: tuple[Match, ...] = (),
    target: TargetKind = TargetKind.NONE,
) -> Verdict:
    return Verdict(
        hostile=hostile,
        score=0.9 if hostile else 0.1,
        severity=Severity.MEDIUM if hostile else Severity.NONE,
        categories=categories,
        matches=matches,
        target=target,
        explanation="test",
    )


def test_hostile_draft_gets_kind_words_and_tips_without_quoting() -> None:
    match = Match("idiot", Category.INSULT, 0.8, 10, 15)
    text = kindcheck_text(_verdict(True, (Category.INSULT,), (match,), TargetKind.SECOND_PERSON))
    assert "might land as hurtful" in text
    assert "**insult** aimed at the person you are talking to" in text
    assert "not about the person" in text  # the insult tip
    assert "Nothing you typed was stored" in text
    assert "idiot" not in text


def test_every_category_has_a_tip_and_a_name() -> None:
    text = kindcheck_text(_verdict(True, tuple(Category), target=TargetKind.GROUP))
    assert "a group of people" in text
    assert text.count("\n- ") == len(Category)


def test_clean_and_strong_but_undirected_drafts_are_reassured() -> None:
    assert "Looks kind to me" in kindcheck_text(_verdict(False))
    friendly = _verdict(False, (), (Match("fucking", Category.PROFANITY, 0.2, 0, 7),))
    assert "does not read as aimed at anyone" in kindcheck_text(friendly)


def test_italian_servers_get_italian_answers() -> None:
    text = kindcheck_text(_verdict(True, (Category.THREAT,), target=TargetKind.REPLY), ("it",))
    assert text.startswith("\N{YELLOW HEART} **Potrebbe ferire.**")
    assert "ostile verso la persona a cui rispondi (**minaccia**)" in text
    assert "Anche per scherzo" in text
    assert "Mi sembra gentile" in kindcheck_text(_verdict(False), ("fr", "it"))
    assert "Grazie per averlo segnalato" in report_thanks_text("X", ("it", "en"))


def test_every_language_has_every_tip_and_target() -> None:
    for texts in TEXTS.values():
        assert set(texts.tips) == set(Category)
        assert "{kinds}" in texts.hurtful and "{target}" in texts.hurtful


def test_report_thanks_lists_the_safety_tools() -> None:
    text = report_thanks_text("SAFETY TOOLS HERE")
    assert text.startswith("\N{YELLOW HEART} **Thank you")
    assert text.endswith("SAFETY TOOLS HERE")
