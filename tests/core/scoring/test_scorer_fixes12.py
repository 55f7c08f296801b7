"""Table tests for review12's fixes to the hatecheck13, control12, olid8 and forum5
rounds (issue 8): a release review of the seven rounds merged on 2026-12-01.

Every line in HOSTILE_FIXED was cleared and every line in CLEAN_FIXED flagged on main
before these fixes (commit c2a1248); the GUARD lines are the near shapes that must keep
their reading. The lines are fresh wording, none taken from the data files.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.probe_checks import hostile_as_the_bot_scores

# Lines these fixes turn from clean to hostile: a reported claim or intent the writer
# endorses (hatecheck13's reported claim, control12's reported intent, older reports).
HOSTILE_FIXED: tuple[str, ...] = (
    "my uncle thinks muslims are subhuman and honestly he's right",
    "my dad says women belong in the kitchen and he's right",
    "my friend says gay people are disgusting and I agree",
    "people say immigrants are rats, and they are",
    "he wants to kill all the immigrants and so do I",
    "he wants to kill all the immigrants and he should",
    "my grandma says gay people are an abomination and she's right",
    "my coworker thinks immigrants are vermin and i totally agree",
    "she told me jews are greedy, and honestly she's not wrong",
    "the senator wants to deport all muslims and so do i",
    "my brother says women are too stupid to vote, same here",
    "he vowed to kill all the refugees and he should.",
    "my aunt thinks women are inferior and i agree with her",
    "my uncle said refugees are rats and i totally agree",
)

# Lines these fixes turn from hostile to clean.
CLEAN_FIXED: tuple[str, ...] = (
    # a death in a story (olid8's harm wished, older death readings)
    "i hope he dies in the next episode, he's the villain",
    "they should die in the next season finale, it would be a great twist",
    "i hope she chokes in the next chapter, the plot needs it",
    "i hope she dies in the season finale, worst character ever",
    "i really hope he drops dead in the sequel lol",
    # forum5's plural name-call for a story's characters
    "the morons in this movie were hilarious",
    "the cowards in this show never fight back, so frustrating",
    "the idiots in this anime make the dumbest choices",
    "the losers in that show are my favorite characters",
    # control12's reclaimed word: "fun" is no "make fun of"
    "we went to a dyke bar last night, so fun",
    "the dyke march was so much fun this year",
    "the dyke march last weekend was so fun, can't wait for next year",
    "we had fun at the dyke bar, thanks for the invite",
    "going to a dyke bar tonight, anyone want to come?",
)

# Near shapes that must stay hostile.
HOSTILE_GUARDS: tuple[str, ...] = (
    "my uncle thinks muslims are subhuman and I hate them too",
    "i hope he dies in a fire",
    "i hope he dies, the villain of my life",
    "i hope you die",
    "the idiots in this thread can't read",
    "the morons in congress should resign",
    "the idiots in this video should be arrested",
    "the morons who designed this law should be fired",
    "dyke culture is disgusting",
    "the dyke bar should be burned down",
    "a filthy dyke bar",
    "the dyke march is a parade of perverts",
)

# Near shapes that must stay clean: the claim disowned, questioned or left alone.
CLEAN_GUARDS: tuple[str, ...] = (
    "my uncle thinks muslims are subhuman and I hate that",
    "my uncle thinks muslims are subhuman and he's wrong",
    "my uncle thinks muslims are subhuman, is he right?",
    "my uncle thinks muslims are subhuman and he's not right at all",
    "my dad says women belong in the kitchen and i hate that",
    "she says gay people are disgusting but i don't agree",
    "people say refugees are parasites and they are wrong",
    "he wants to kill all the immigrants, that's terrifying",
    "he wants to kill all the immigrants and he should be arrested",
    # an insult at the writer reported, then agreement with someone else
    "the guys at work kept calling me a dirty immigrant, i agree with you",
    "some kids called me white trash for years. you're right",
    "the other fans were calling us filthy gypsies, same here",
    "i hope the villain dies a painful death in the finale",
    "i hope my plant doesn't die while i'm away",
)


# The writer's own threat after a name-call they report being given (found by
# hatecheck14: every line here was clean before the fix).
OWN_THREATS: tuple[str, ...] = (
    "if you call me a rat again i will kill you",
    "you called me a rat so i will kill you",
    "if you call me a rat i will kill you",
    "when you call me fat i will kill you",
    "u called me a loser now i will kill you",
)
# Someone else's threat reported, or no name-call given to the writer: still reported.
REPORTED_THREATS: tuple[str, ...] = (
    "he said i will kill you",
    "she told me i will kill you if i come back",
    "he called me a rat and said i will kill you",
    "if he says i will kill you, he is lying",
    'you called me a rat and then wrote "i will kill you"',
)


@pytest.mark.parametrize("line", OWN_THREATS)
def test_own_threat_after_a_reported_name_call(scorer: Scorer, line: str) -> None:
    assert hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("line", REPORTED_THREATS)
def test_reported_threat_stays_reported(scorer: Scorer, line: str) -> None:
    assert not hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("line", HOSTILE_FIXED + HOSTILE_GUARDS)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert hostile_as_the_bot_scores(scorer, line, reply=False), line


@pytest.mark.parametrize("line", CLEAN_FIXED + CLEAN_GUARDS)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not hostile_as_the_bot_scores(scorer, line, reply=False), line
