"""What members read from /kindcheck and after a report."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category, Match, Severity, TargetKind, Verdict
from bot.core.texts.member_tools_text import (
    EN,
    TEXTS,
    aimed_at_someone,
    kindcheck_text,
    report_thanks_text,
)


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


def test_aimed_but_under_the_threshold_says_aimed_but_mild() -> None:
    match = Match("shut up", Category.INSULT, 0.45, 0, 7)
    mild = _verdict(False, (Category.INSULT,), (match,), TargetKind.IMPERATIVE)
    text = kindcheck_text(mild)
    assert text.startswith("\N{YELLOW HEART} **Aimed, but mild.**")
    assert "**insult** aimed at the person reading it, though mild" in text
    assert "would not step in" in text
    assert "not about the person" in text  # the insult tip
    assert "does not read as aimed" not in text and "might land as hurtful" not in text
    assert "shut up" not in text
    italian = kindcheck_text(mild, ("it",))
    assert "Rivolto a qualcuno, ma lieve" in italian and "rivolto a chi legge" in italian


def test_a_third_person_is_someone_you_talk_about() -> None:
    match = Match("idiot", Category.INSULT, 0.35, 6, 11)
    mild = _verdict(False, (Category.INSULT,), (match,), TargetKind.THIRD_PERSON)
    assert "aimed at someone you talk about" in kindcheck_text(mild)
    hostile = _verdict(True, (Category.INSULT,), (match,), TargetKind.THIRD_PERSON)
    assert "**insult** aimed at someone you talk about" in kindcheck_text(hostile)


@pytest.mark.parametrize(
    ("target", "weight"),
    [
        (TargetKind.SECOND_PERSON, 0.0),  # a rule cancelled it: "you're not an idiot"
        (TargetKind.NONE, 0.35),  # "stupid" on its own
        (TargetKind.OBJECT, 0.07),  # "this stupid phone"
        (TargetKind.SELF, 0.07),  # "I'm such an idiot"
        (TargetKind.REPORTED, 0.07),  # "he called me an idiot"
    ],
)
def test_words_aimed_at_no_one_still_look_okay(target: TargetKind, weight: float) -> None:
    match = Match("idiot", Category.INSULT, weight, 0, 5)
    verdict = _verdict(False, (Category.INSULT,) if weight else (), (match,), target)
    assert not aimed_at_someone(verdict)
    assert "does not read as aimed at anyone" in kindcheck_text(verdict)


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ("you are a bit dumb", True),
        ("shut up", True),
        ("you're not an idiot", False),
        ("this stupid phone", False),
        ("I'm such an idiot", False),
        ("that was fucking awesome", False),
    ],
)
def test_real_verdicts_just_under_the_threshold(text: str, aimed: bool) -> None:
    """Whatever the lexicon weighs a text, a threshold just above its score must say
    "aimed, but mild" exactly when the scorer aimed its words at someone."""
    score = Scorer(ScorerConfig()).score(text).score
    verdict = Scorer(ScorerConfig(threshold=min(1.0, score + 0.01))).score(text)
    assert not verdict.hostile
    answer = kindcheck_text(verdict)
    assert ("Aimed, but mild" in answer) is aimed
    if not aimed:
        assert answer.startswith("\N{WHITE HEAVY CHECK MARK}")


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
        assert set(texts.targets) == set(EN.targets)
        for template in (texts.hurtful, texts.aimed_mild):
            assert "{kinds}" in template and "{target}" in template


def test_report_thanks_lists_the_safety_tools() -> None:
    text = report_thanks_text("SAFETY TOOLS HERE")
    assert text.startswith("\N{YELLOW HEART} **Thank you")
    assert text.endswith("SAFETY TOOLS HERE")
