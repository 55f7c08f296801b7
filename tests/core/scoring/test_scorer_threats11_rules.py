"""Shapes of the threats11 round (targeting_threats11, threats11_words), at default
settings: harm promised to the reader at the next meeting, the meeting said as a
condition before the reader's doom ("if i saw you irl you'd be done", "next time i see
you youre finished", "se ti vedo per strada sei finito") is aimed at the reader; a
friendly meeting, the doom as being finished with something, the writer's own doom, a
meeting in a match, reports, quotes, questions and the round's lines alone stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a meeting with the reader, then the reader's doom
    "if i ever see u irl ur done",
    "if i saw you in person you'd be toast",
    "when i catch you youre finished",
    "next time i see ya you'll be dead",
    "if i run into u on the street ur finished fr",
    "if i find out where u live youre done",
    "once i see you, you're finished",
    "if we ever meet in real life youd be dead",
    "if i see ur face at school again ur toast trust me",
    # Italian: the reader's clitic and a meeting verb
    "se ti vedo fuori sei finito",
    "se mai ti becco sei fritta",
    "appena ti incontro sei spacciato",
    "se vi trovo siete finiti",
)

CLEAN = (
    # no doom, or the doom goes on
    "if i see you irl i'll give you a hug",
    "if i see you at the store you're done shopping right",
    "when i see u ur done with the report?",
    # no meeting: the round's lines alone
    "you're done, great job",
    "ur finished already? nice",
    "sei finito? allora andiamo",
    "are you done with the dishes",
    # the writer's or someone else's doom
    "if my dad sees this im dead",
    "if the teacher catches him he's done",
    # a meeting in a match
    "if i see you in ranked ur dead lol",
    "if i catch u in my lane ur done",
    "se ti becco in partita sei finito",
    # reports, quotes, questions
    "she said if she sees you irl you're done",
    "mi ha detto che se ti vede sei finito",
    '"if i see you irl youre dead" is the dumbest thing ever typed',
    "if i see you tomorrow, you're finished?",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_threats11_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_threats11_aims_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("if i ever see u irl ur done").target is TargetKind.SECOND_PERSON
    assert scorer.score("se ti vedo fuori sei finito").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_threats11_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
