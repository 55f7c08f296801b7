"""Table tests for the review15 fixes (issue 8): clean near-misses the discord12,
italian16 and hatecheck17 shapes over-read, each fixed where it was made, with hostile
look-alikes that must stay flagged. The lines are fresh: written after each fix, never
seen by it. English and Italian where the fix applies."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring import review15_lines as lines
from tests.core.scoring.probe_checks import assert_known_verdicts

HOSTILE = [
    # hatecheck17 "should never be allowed": a right denied to the group still counts
    "gays should never be allowed to be teachers",
    "muslims must never be allowed to be elected to anything",
    "women should never be allowed to be treated as equals",
    "immigrants should never be allowed to go anywhere near our schools",
    # hatecheck9's answered "no" (reached by hatecheck17 and italian16): a "no" that
    # goes on to agree, or no answer at all, still counts
    "are muslims awful? no they are the absolute worst",
    "jews are the worst, no doubt",
    "il rom non serve a niente? no, è peggio",
    "la donna non capisce niente, lo dico sempre",
    # discord12: thrown questions, the pile-on, not invited to a place
    "who even asked? nobody, bozo",
    "why are you even here? nobody wants u",
    "whole server is sick of you fr",
    "ur not invited to be in our squad",
    "you're not invited to be part of the clan anymore",
]

CLEAN = [
    # hatecheck17 "should never be allowed to <suffer>": said for the group
    "black people should never be allowed to be beaten by police",
    "trans kids should never be allowed to be bullied at school",
    "migrants must never be allowed to drown in the med again",
    "women should never be allowed to be treated like property",
    "refugees should never be allowed to freeze at the border",
    # asked and answered no (hatecheck9 _hc9_answered_no, italian16 now asks it too)
    "gay people are terrible? no they are not, grow up",
    "are jews the worst? no it isn't like that at all",
    "l'immigrato non capisce niente? macché, parla quattro lingue",
    "il disabile è un peso? certo che no",
    "la donna è inferiore all'uomo? ma per favore",
    "lo straniero è un costo? no, non è vero",
    # discord12: the question answered by the writer, an idiom, a mood
    "who asked? i did lol, tell me more",
    "who even asked? me! i want the recipe",
    "why are you even here? cuz you're the best mod ever",
    "the whole class is sick of you know who and his homework",
    "you're not invited to be nervous, you got this",
    "ur not invited to be tired tonight, its party time",
]


@pytest.mark.parametrize("line", HOSTILE)
def test_review15_hostile_stays_flagged(scorer: Scorer, line: str) -> None:
    """The fixes keep the hostile look-alikes of each shape."""
    assert scorer.score(line).hostile, line


@pytest.mark.parametrize("line", CLEAN)
def test_review15_near_misses_clean(scorer: Scorer, line: str) -> None:
    """The clean near-misses the rounds over-read now stay clean."""
    assert not scorer.score(line).hostile, line


# The review set (review15_lines.py), written before the rounds' code was read. On main
# before the session: 8/19 hostile caught, 1/42 clean flagged; at the start of review15
# (merge13b): 17/19 caught, 1/42 flagged (the same line as on main); the same at the end.
REVIEW_MISSES: frozenset[str] = frozenset({
    "got your ip, see you soon",
    "a gay man as our president? what a disaster",
})  # fmt: skip
# Flagged on main too: "the worst" of referees read as a group judgement.
REVIEW_FALSE_FLAGS: frozenset[str] = frozenset({"the refs are the worst tonight lol"})


def test_review15_set_known_verdicts(scorer: Scorer) -> None:
    """Every review line outside the known lists keeps its label."""
    assert_known_verdicts(
        scorer, lines.ALL_HOSTILE, lines.ALL_CLEAN, REVIEW_MISSES, REVIEW_FALSE_FLAGS
    )
