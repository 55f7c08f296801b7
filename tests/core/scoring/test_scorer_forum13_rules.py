"""The forum13 rules (issue 8, targeting_forum13.py) as their specification: fresh lines
of each shape, written after its rule and never tuned on, and the clean near-misses
beside them (fixed phrases, roles, compounds, "troll" as a verb, literal clowns, the
speaker, praise).

Fresh lines left out of the tables: "Bunch of crooks." ("crooks" is no lexicon line, so no
rule ever reads it); "the hypocrite in the white house said nothing" (written when "the"
was a pointer; "the" was dropped after the bench, see targeting_forum13.py); "only cowards
hide behind anonymous accounts" (the "only" shape now needs a verb of opinion or speech
after the name-call, so that insprec's advice, "only a fool would buy that stock now",
stays clean); "what an imbecile this man is", "such a coward he turned out to be", "what a
hypocrite that guy is", "what a liar she is", "what a buffoon they elected" (written for an
exclamation shape dropped when test_scorer_precision's "what a loser he is" was found
pinned clean). The rules read English nouns only; Italian is the older rules'.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a person-only name-call pointed at by a determiner
    "those cowards on the board ran away", "that hypocrite in the white house said nothing",
    "that lying buffoon should resign", "watch these morons try to spin it",
    "how did this imbecile get elected",
    # "only a fool would ..."
    "only a moron would trust that poll", "only idiots fall for this scam",
    "only an absolute fool believes him", "only a liar would say that",
    # a label as a sentence of its own
    "Another clueless buffoon.", "Typical hypocrite.", "Just another lying troll from the east.",
    "Yet another spineless coward.",
)

CLEAN: tuple[str, ...] = (
    # fixed phrases, roles, compounds
    "the idiot proof lock", "troll bait everywhere", "play the fool for a laugh",
    "the village idiot story", "the fool card came up in my reading",
    "this whole hypocrite talk is boring",
    # the speaker, literal senses, game talk, praise
    "only a fool like me would try", "what a fool i was", "the clown at the circus was funny",
    "pennywise the clown from the movie", "those who troll the forums get banned",
    "kill the troll boss first", "i love these clowns", "another day at work",
    "i know that there are idiots who think so", "only a fool would sell a house in winter",
    "those idiots in the movie were hilarious", "that idiot of a printer jammed again",
)
# fmt: on


@pytest.mark.parametrize("line", HOSTILE)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


def test_pointed_name_call_is_a_third_person(scorer: Scorer) -> None:
    verdict = scorer.score("these clowns in congress")
    assert verdict.hostile
    assert verdict.target.value == "third_person"
