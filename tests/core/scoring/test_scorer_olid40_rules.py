"""Shapes of the olid40 round (targeting_olid40, olid40_words, scorer.py's opening
mentions), at default settings: a name-call said of a person through a copula, closed by
the writer's own clause ("she is such a troll im glad twitter banned her", "this
president is such an idiot i wish he would resign") or an emphatic tail ("he is a
disgrace period", "she is a hypocrite plain and simple"), and one said of the last of
the mentions opening a reply ("@USER @USER is a clown") are hostile; a clause that
describes the noun, fondness or praise after the call, the writer, negations, reports,
kind words in the same frames and things stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the writer's own clause straight after the call
    "@USER she is such a troll im glad twitter banned her",
    "@USER he is a disgrace i cant believe he still has a job",
    "@USER she is a hypocrite we all see it",
    "@USER the senator is a clown nobody should vote for him",
    "@USER he is a coward you can tell from his tweets",
    "@USER she is such a joke no wonder nobody watches her show",
    "@USER he is a liar thank god the voters noticed",
    "@USER this president is such an idiot i wish he would resign",
    # an emphatic tail
    "@USER he is a disgrace period",
    "@USER she is a hypocrite plain and simple",
    "@USER he is a clown through and through",
    "@USER she is pathetic to the core",
    "@USER he is a crook end of story",
    "@USER she is a troll tbh",
    "@USER he is a liar no doubt",
    # the last opening mention as the subject
    "@USER @USER is a clown",
    "@USER @USER @USER is a disgrace",
    "<@12> <@!34> is such a liar",
)

CLEAN = (
    # an exclamation the older rounds keep clean
    "@USER how whiny he is",
    # a clause that describes the noun
    "@USER he is the troll you fight on level two",
    # fondness or praise after the call
    "@USER he is such a clown i love him",
    "@USER she is a troll we adore her",
    # the writer, negation, reports
    "@USER i am such a clown i forgot my keys",
    "@USER he is not a liar we all know it",
    "@USER they said he is a liar i dont believe it",
    # kind words and things in the same frames
    "@USER he is a legend period",
    "@USER she is a genius we all know it",
    "@USER he is a hero through and through",
    "@USER she is a sweetheart to the core",
    "@USER this is a stupid question period",
    "@USER that was a dumb move tbh",
    "@USER he is a clown in the movie we watched",
    # opening mentions before a denial, a question word or a story
    "@USER @USER is not a liar",
    "@USER @USER was never a liar",
    "@USER @USER is the only one who gets it",
    "@USER @USER is a clown in the movie",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_olid40_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_olid40_third_person(scorer: Scorer) -> None:
    assert scorer.score("@USER he is a disgrace period").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_olid40_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
