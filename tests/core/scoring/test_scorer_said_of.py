"""Issue 8's third persons and chat name-calls, as a specification of two rules.

Said of a person: a name-call with one person as its subject ("he is a liar", "she's
useless", "@bob is a clown", "this guy is garbage", "lui è un coglione") names that
person as plainly as "you are" names the reader, so a plain name-call clears the
default threshold, a little below direct address. In chat a role may open the line
with the copula dropped ("jungle trash"). A bare name, which may be a thing
("Twitter is trash"), counts only with a noun that names people ("Mike is a liar").

Name-call nouns: "noob", "idiot", "moron", "coglione" name a person wherever they
stand, so in a line with nobody else in view ("gg wp idiots", "mid noob plus wk
noob") someone present is meant. Negated, self-directed, reported and denied
("no idiot would do that") words stay clean, and so does untargeted swearing.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Severity, TargetKind


@pytest.mark.parametrize(
    "text",
    [
        "he is a liar",
        "she is useless",
        "shes trash",
        "he trash",  # chat drops the copula
        "hes such a loser",
        "@bob is a clown",
        "this guy is garbage",
        "our mid is useless",
        "our healer is a clown",
        "jungle trash",  # a role opening a chat line, the copula dropped
        "our carry useless",
        "Mike is a liar",
        "lei è inutile",
        "quello è un coglione",
        "lui è un idiota",
    ],
)
def test_a_name_call_said_of_a_person_is_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON
    assert verdict.severity < Severity.HIGH
    assert "said of a person" in verdict.explanation


@pytest.mark.parametrize(
    ("said_of", "direct"),
    [
        ("he is a liar", "you are a liar"),
        ("she is useless", "you are useless"),
        ("lui è un coglione", "sei un coglione"),
    ],
)
def test_said_of_a_person_weighs_less_than_direct_address(
    scorer: Scorer, said_of: str, direct: str
) -> None:
    assert scorer.score(said_of).score < scorer.score(direct).score


@pytest.mark.parametrize(
    "text",
    [
        "he is not a liar",  # negated
        "she is not useless",
        "lui non è un idiota",
        "he said I was a liar",  # reported
        "he called me an idiot, what do I do?",
        "mi ha detto che sono un idiota",
        "Twitter is trash",  # a name may be a thing: a judging word is not enough
        "the printer is trash",
        "the jungle is trash this patch",  # a role may be a place
        "support items are trash",
        "she is a great player",
        "that guy is insane at this game",
    ],
)
def test_what_is_not_a_name_call_of_a_person_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize(
    "text",
    [
        "gg wp idiots",
        "mid noob plus wk noob",
        "easy win gg noob lion",
        "see u next game noob lion",
        "troppi idioti oggi",
        "gg coglioni",
    ],
)
def test_a_name_call_noun_in_chat_names_someone_present(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target in (TargetKind.THIRD_PERSON, TargetKind.SECOND_PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "no idiot would do that",  # denied: names nobody
        "I am such a noob",  # self-directed
        "im a noob at this game",
        "i was a noob once",
        "sono un idiota",
        "non sono un coglione",
        "idiot proof design",
        "this noob question",
        # untargeted swearing stays clean
        "fucking nice shot",
        "holy shit gg",
        "shit game",
        "fuck this lag",
        "cazzo che partita",
    ],
)
def test_name_call_nouns_and_swearing_without_a_person_stay_clean(
    scorer: Scorer, text: str
) -> None:
    assert not scorer.score(text).hostile


def test_allowed_terms_still_switch_a_said_of_word_off() -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"liar", "noob"})))
    assert not allowed.score("he is a liar").hostile
    assert not allowed.score("mid noob plus wk noob").hostile
