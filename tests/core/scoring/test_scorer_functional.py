"""A functional suite for hate against identity groups, in the manner of HateCheck.

Templates written for this project (not taken from any test suite) crossed with
seven groups: each hateful function must be flagged for every group, and every
non-hateful function (positive, neutral, negated, counter-speech, friendly
swearing) must stay clean for every group.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Severity

GROUPS = (
    "women",
    "trans people",
    "gay people",
    "black people",
    "disabled people",
    "Muslims",
    "immigrants",
)
HATEFUL = {
    "derogation": (
        "I hate {G}.",
        "I despise {G}.",
        "I can't stand {G}.",
        "{G} are disgusting.",
        "{G} are so gross.",
        "{G} are scum.",
        "{G} are worthless.",
        "{G} are a plague to society.",
        "Typical of {G} to be this stupid.",
        "{G} cannot be trusted.",
        "{G} are pathetic.",
        "{G} make me sick.",
        "{G} are a waste of space.",
    ),
    "dehumanisation": (
        "{G} are animals.",
        "{G} are rats.",
        "{G} are vermin.",
        "{G} are parasites.",
        "{G} are subhuman.",
        "{G} are garbage.",
        "{G} are no better than pigs.",
    ),
    "implicit": (
        "{G} belong in a zoo.",
        "{G} should be kept in cages.",
        "{G} don't deserve to live here.",
        "Get {G} out of our country.",
    ),
    "threat": (
        "I want to kill all {G}.",
        "I will hurt {G}.",
        "{G} should be shot.",
        "All {G} deserve to die.",
        "We should get rid of {G} once and for all.",
        "Death to {G}.",
        "I would love to see {G} suffer.",
    ),
    "swearing": (
        "{G} are fucking disgusting.",
        "Fuck all {G}.",
        "{G} are shit.",
        "I hate fucking {G}.",
    ),
    "pronoun": (
        "I met some {G} yesterday. They are all disgusting.",
        "Have you seen {G}? They are vermin.",
    ),
    "question": ("Why are {G} so stupid?", "Isn't it obvious that {G} are inferior?"),
    "opinion": ("I think {G} are disgusting.", "In my opinion {G} are a plague."),
    "spelling": ("{G} are d1sgusting.", "I h a t e {G}.", "{G} are p4thetic."),
}
NOT_HATEFUL = {
    "positive": ("I love {G}.", "{G} are great.", "{G} deserve equal rights."),
    "neutral": ("{G} live in this town.", "I met some {G} yesterday.", "Many {G} work here."),
    "negated": (
        "{G} are not disgusting.",
        "I don't hate {G}.",
        "No {G} deserves to die.",
        "{G} are not animals.",
    ),
    "counter": ("Saying that {G} are animals is wrong.", "Calling {G} scum is never okay."),
}
FRIENDLY_SWEARING = (
    "Fuck yeah, what a day.",
    "Shit, I forgot my keys.",
    "This is fucking amazing.",
    "Holy shit that was close.",
    "What the fuck just happened lol.",
)


def _cases(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    cases = []
    for function, templates in table.items():
        for template in templates:
            for group in GROUPS:
                text = template.format(G=group)
                cases.append((function, text[0].upper() + text[1:]))
    return cases


@pytest.mark.parametrize(("function", "text"), _cases(HATEFUL))
def test_hateful_functions_are_flagged(scorer: Scorer, function: str, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, f"{function}: {verdict.explanation}"


@pytest.mark.parametrize(("function", "text"), _cases(NOT_HATEFUL))
def test_non_hateful_functions_stay_clean(scorer: Scorer, function: str, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, f"{function}: {verdict.explanation}"


@pytest.mark.parametrize("text", FRIENDLY_SWEARING)
def test_friendly_swearing_stays_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("group", GROUPS)
def test_threats_and_dehumanisation_are_high_severity(scorer: Scorer, group: str) -> None:
    assert scorer.score(f"{group} are vermin").severity is Severity.HIGH
    assert scorer.score(f"I want to kill all {group}").severity is Severity.HIGH
