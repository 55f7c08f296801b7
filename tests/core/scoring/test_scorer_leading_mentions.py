"""Issue 8: mentions that open a message are not the clause's first words.

Replies on Discord and tweets (OLID's "@USER @USER ...") open with one or more
mentions. The sentence after them is read as if they were not there, so a
name-call said of a third person ("@USER @USER Ezra is a cockroach", "<@1> <@2>
Mike is a liar") is caught as "Ezra is a cockroach" is, and what is clean
without the mentions ("he is a great guy", "this game is trash") stays clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("@USER @USER Ezra is a cockroach", "said of a person"),
        ("@USER @USER Mike is a liar", "said of a person"),
        ("@USER Mike is a liar", "said of a person"),
        ("<@123> <@!456> Mike is a liar", "said of a person"),
        ("<@1>, <@2>: Mike is a liar", "said of a person"),
        ("@bob @alice he is a liar", "said of a person"),
        ("@USER @USER she is delusional", "said of a person"),
        ("@bob @alice our carry useless", "said of a person"),
        ("@USER @USER stupid pudge", "someone named in chat"),
        ("@USER @USER Marco è un idiota", "said of a person"),
        ("@USER @USER lui è un coglione", "said of a person"),
        ("<@1> <@2> lei è inutile", "said of a person"),
    ],
)
def test_a_name_call_after_leading_mentions_is_said_of_a_person(
    scorer: Scorer, text: str, note: str
) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON
    assert note in verdict.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Mike is a liar",
        "Ezra is a cockroach",
        "stupid pudge",
        "our carry useless",
        "Marco è un idiota",
    ],
)
def test_leading_mentions_read_as_if_absent(scorer: Scorer, text: str) -> None:
    bare = scorer.score(text)
    for mentions in ("@USER ", "@USER @USER @USER ", "<@1> <@2> "):
        led = scorer.score(mentions + text)
        assert (led.hostile, led.target) == (bare.hostile, bare.target)


@pytest.mark.parametrize(
    "text",
    [
        "@USER @USER he is a great guy",
        "@USER @USER this game is trash",
        "@USER @USER Mike is a legend",
        "@USER @USER he called me an idiot, what do I do?",
        "@USER @USER I am such an idiot",
        "@USER @USER fuck this lag",
        "@USER @USER holy shit gg",
        "<@1> <@2> lui è un bravo ragazzo",
        "@USER @USER questa partita è una merda",
        "@USER @USER Twitter è spazzatura",
        "@USER @USER che schifo di lag",
    ],
)
def test_clean_sentences_after_leading_mentions_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_a_mention_later_in_the_message_is_still_a_word_of_the_clause(scorer: Scorer) -> None:
    # Only mentions that open the message are set aside; "ask @bob" keeps its object.
    verdict = scorer.score("ask @bob, he is a liar")
    assert verdict.hostile
    assert verdict.target is TargetKind.THIRD_PERSON
