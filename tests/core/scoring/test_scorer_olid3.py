"""Replies that judge a group or a person (issue 8, olid3), as a specification of the rules.

A reply's mention does not decide who a people-only judgement is about: in "@sam
progressives are mentally ill" the sentence names its own subject, a group of people,
exactly as it does without the mention. (English only: Italian has no list of groups
by politics or role, so "i comunisti sono violenti" is not read as aimed, with or
without a mention; widening it to such groups found nothing on the dev data and
flagged four clean rows, so it was left out.) Name-calls for someone's character
("grifter", "lackey", "con artist", "voltagabbana") and judgements that need a person
as their subject ("corrupt", "dishonest", "no shame") are aimed by the usual rules:
said to the reader or of a person they are hostile, said of a thing, of oneself or
in reported speech they are not; so is a person judged whole ("a terrible human
being", "una persona orribile"). Political name-calls fused from a side and an
insult ("demonrats", "trumptards") name that whole side wherever they stand.

Political disagreement is not an insult: "this policy is a disgrace" judges a
policy, "you are a disgrace" judges the reader. The bot nudges hostility aimed at
people, so only the second is hostile.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "@sam progressives are mentally ill",
        "@sam socialists are mentally unstable",
        "<@123> democrats are violent",
        "@sam the liberals are the worst",
        "@sam liberals are violent",
    ],
)
def test_a_replys_mention_does_not_hide_the_group_judged(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.GROUP


@pytest.mark.parametrize(
    "text",
    [
        "@sam violent crime is down among liberals",
        "@sam mentally ill patients need better care",
        "@sam reporters covered the violent protests",
        "@sam I think liberals are wrong about gun control",
        "@sam conservatives voted against the bill again",
    ],
)
def test_replies_about_groups_without_a_judgement_of_them_stay_clean(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("@sam you are a grifter", TargetKind.SECOND_PERSON),
        ("you're a pathological liar", TargetKind.SECOND_PERSON),
        ("what a stooge", TargetKind.SECOND_PERSON),
        ("he is such a lackey", TargetKind.THIRD_PERSON),
        ("she is a con artist", TargetKind.THIRD_PERSON),
        ("@sam he's a nut job", TargetKind.THIRD_PERSON),
        ("sei un voltagabbana", TargetKind.SECOND_PERSON),
        ("sei solo un ciarlatano", TargetKind.SECOND_PERSON),
        ("non hai vergogna", TargetKind.SECOND_PERSON),
    ],
)
def test_character_name_calls_are_aimed(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


@pytest.mark.parametrize(
    "text",
    [
        "the movie is about a con artist",
        "she played a con artist in the film",
        "he called me a grifter, what do I do?",
        "i'm such a drama queen lol",
        "il film parla di un truffatore",
        "mi ha dato del voltagabbana, che faccio?",
    ],
)
def test_character_name_calls_about_no_one_present_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("@sam you are so dishonest", TargetKind.SECOND_PERSON),
        ("have you no shame", TargetKind.SECOND_PERSON),
        ("he is corrupt", TargetKind.THIRD_PERSON),
        ("he is a cruel man", TargetKind.THIRD_PERSON),
        ("liberals have no shame", TargetKind.GROUP),
    ],
)
def test_judgements_of_character_said_of_people_are_hostile(
    scorer: Scorer, text: str, target: TargetKind
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


@pytest.mark.parametrize(
    "text",
    [
        "corrupt files again",
        "@sam the corrupt files are gone",
        "a cruel winter",
        "this is shameless self-promotion lol",
        "no shame in asking for help",
        "this bill is corrupt",
        "ho un file corrotto",
    ],
)
def test_judgements_of_things_stay_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("demonrats want open borders", TargetKind.GROUP),
        ("trumptards will believe anything", TargetKind.GROUP),
        ("you dumbocrat", TargetKind.SECOND_PERSON),
    ],
)
def test_fused_political_name_calls_are_aimed(
    scorer: Scorer, text: str, target: TargetKind
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


def test_a_fused_name_call_quoted_to_reject_it_stays_clean(scorer: Scorer) -> None:
    verdict = scorer.score("calling them demonrats is not an argument")
    assert not verdict.hostile, verdict.explanation


def test_a_policy_called_a_disgrace_is_disagreement_not_an_insult(scorer: Scorer) -> None:
    assert not scorer.score("this policy is a disgrace").hostile
    verdict = scorer.score("you are a disgrace")
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("he is a terrible human being", TargetKind.THIRD_PERSON),
        ("she is an evil person", TargetKind.THIRD_PERSON),
        ("conservatives are awful human beings", TargetKind.GROUP),
        ("sei una persona orribile", TargetKind.SECOND_PERSON),
        ("sei un essere umano schifoso", TargetKind.SECOND_PERSON),
    ],
)
def test_a_person_judged_whole_is_hostile(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target


@pytest.mark.parametrize(
    "text",
    [
        "am i a terrible human being?",
        "you're not a terrible person",
        "there are terrible people everywhere",
        "non sei una pessima persona",
    ],
)
def test_a_person_judged_whole_about_oneself_or_denied_stays_clean(
    scorer: Scorer, text: str
) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation
