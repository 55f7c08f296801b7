"""Untargeted insult words (issue 8, controls9): the specification of
targeting_controls9.py and controls9_words.py, in fresh lines (not the probe's).

Each rule has lines it must leave alone (each flagged before the rule) and lines with
the same words aimed at a person or a group that it must still flag. The rules read
English words only; Italian puts the adjective after its noun ("questo gioco stupido")
and is left to the rules before.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.targeting_controls9 import (
    A_SITUATION_NOTE,
    A_THING_JUDGED_NOTE,
    NOT_FUCK_YOU_NOTE,
)

RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # an insult adjective on a thing judges the thing
    "a thing judged": (
        (
            "this stupid kid keeps feeding",
            "shut your stupid mouth",
            "you are a useless computer program",
            "@USER his stupid face",
            "@USER you stupid clown",
            "immigrants and their dumb ideas",
            "women and their stupid shows",
            "ur stupid build",
        ),
        (
            "@USER his stupid car alarm woke the street",
            "@USER the most pathetic trailer i've seen",
            "she broke her stupid phone again lol",
            "they cancelled the dumb meeting",
            "the women's team had a ridiculous season",
            "@USER This stupid game you're playing is NOT going to work",
            "useless item",
        ),
    ),
    # a swearing noun for stuff after a judging adjective names no one
    "stuff judged": (
        (
            "@USER you dumb shit",
            "you dumb crap",
            "you liberals keep tweeting stupid shit",
            "he is a dumb shit",
        ),
        (
            "@USER what crazy dumb shit is this",
            "@USER so much ridiculous bullshit in one day",
            "@USER some dumb crap went down at work",
            "stupid crap keeps happening",
            "@USER What kind of dumb shit am I gonna read next",
        ),
    ),
    # a name-call phrase or "dumbass" before a thing's noun judges the thing
    "a thing's name-call": (
        (
            "you piece of shit",
            "he is a piece of shit",
            "ur a piece of shit player",
            "that piece of shit mod",
            "you dumbass",
            "dumbass kid",
        ),
        (
            "piece of shit mouse",
            "this piece of crap laptop died again",
            "stupid fucking tower",
            "dumbass mistake by me mb",
            "dumbass creeps keep pulling",
            "that dumbass move cost us",
        ),
    ),
    # a verdict after "which" and a copula is said of a thing
    "which is": (
        (
            "@USER her husband, who is a moron, left",
            "@USER that guy who is so stupid",
            "@USER the new coach who is a disgrace",
            "@USER he is garbage",
        ),
        (
            "@USER the new rule, which is pure garbage, starts monday",
            "@USER she bought the phone which is so stupid",
            "@USER which is stupid",
            "@USER the ref gave a penalty which was just ridiculous",
            "@USER they changed the logo which is honestly trash",
        ),
    ),
    # a situation adjective alone in its sentence
    "situation alone": (
        (
            "@USER he is ridiculous",
            "the mayor is ridiculous. Idiotic man.",
            "Ridiculous! you clown",
            "Who are you? Ridiculous!",
            "you're ridiculous",
        ),
        (
            "people keep saying the new tax is fair. Ridiculous.",
            "the mayor signed it again. Idiotic.",
            "women pay more for the same razor. absolutely ridiculous",
            "absolutely ridiculous - how many women tenors are there???",
        ),
    ),
    # "as fuck" and then "you"
    "as fuck you": (
        ("fuck you", "fuck you as always", "fuck you, as usual", "why the fuck you lying"),
        (
            "cold as fuck you should bring a coat",
            "this pizza is good as fuck you have to try it",
            "hot as fuck you guys stay inside",
            "scary as fuck you know",
            "loud as fuck you can hear it downstairs",
        ),
    ),
}


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (hostile, _) in RULES.items() for line in hostile]
)
def test_flags(scorer: Scorer, rule: str, line: str) -> None:
    assert scorer.score(line).hostile, (rule, line)


@pytest.mark.parametrize(
    ("rule", "line"), [(rule, line) for rule, (_, clean) in RULES.items() for line in clean]
)
def test_leaves_clean(scorer: Scorer, rule: str, line: str) -> None:
    assert not scorer.score(line).hostile, (rule, line)


def test_notes_say_why(scorer: Scorer) -> None:
    """The explanation names the reading: a thing, a situation, "as fuck"."""
    cases = {
        "they cancelled the dumb meeting": A_THING_JUDGED_NOTE,
        "the mayor signed it again. Idiotic.": A_SITUATION_NOTE,
        "cold as fuck you should bring a coat": NOT_FUCK_YOU_NOTE,
    }
    for line, note in cases.items():
        verdict = scorer.score(line)
        assert not verdict.hostile
        assert note in verdict.explanation, line


@pytest.mark.parametrize(
    "line",
    [
        "",
        "stupid",
        "as fuck you",
        "ridiculous -",
        "- ridiculous",
        "their stupid",
        "what a dumb " * 1500,
        "stupid\x00\u200b game " * 300,
        "ridicu\u0301lous \ud800",
    ],
)
def test_bad_input_keeps_its_verdict(scorer: Scorer, line: str) -> None:
    scorer.score(line, mentions_someone=True, is_reply=True)
