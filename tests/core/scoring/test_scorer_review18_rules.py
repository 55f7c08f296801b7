"""Shapes of the review18 round, at default settings: readings the first wave of the
fifteenth session (olid12, gamechat18, discord15) over-reached with, corrected where each
reading is made, and the hostile lines each correction must leave flagged. Each fix's lines
were written after it and checked once against it.

- A lie verb with a place to rest in its clause lies down ("he always lies in bed till
  noon"; Olid12Rules._olid12_habit).
- A habitual lie or "has no clue" handed to its source after a pause ("..., says the tax
  office"; Olid12Rules._olid12_habit and _olid12_clue).
- "go away" on a trip is no exit wanted ("they need to go away on vacation";
  Olid12Rules._olid12_wanted_gone).
- "girl" heading a compound ("ew girl scouts"), a skill denied nothing ("girls suck at
  nothing"), a gamer stereotype named (benign.txt masks over gamechat18's and discord15's
  lexicon lines).
- The shunning asked back and answered with company ("nobody wants to play with you? I
  will!"; Discord15Rules._d15_own).
- A teammate named before a sabotage verb with a word no list knows after it: the word is
  the verb's object, not a vocative ("our sage is throwing heals again";
  Chat9Rules._chat9_sabotage, gamechat18's blame).
- "a girl like me": the writer's own sex (benign.txt mask over "ew a girl")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = (
    # a lie verb at rest
    "she always lies on the sofa watching tv",
    "my grandpa lies in the hammock all day",
    "he lies constantly in the shade at the pool",
    "they lie all the time on the grass after class",
    "she always lies on the rug with the puppy",
    # the claim handed to its source
    "he lies every day, says the prosecutor, but the jury disagreed",
    "they lie about everything, claims the ad, which is itself a lie",
    "she always lies, according to her rival",
    "he has no clue, says the critic in the paper",
    "they have no clue, according to the survey, which I doubt",
    # "go away" on a trip
    "she just needs to go away on holiday",
    "they should go away somewhere warm this winter",
    "he needs to go away for a few days and rest",
    "they really need to go away with their kids for once",
    "she should go away abroad for her studies",
    # "girl" heading a compound, a skill denied nothing, a stereotype named
    "ew the girl scouts sold out of thin mints",
    "ugh girl guides camp got cancelled",
    "women suck at nothing, they run this server",
    "girls are bad at nothing in my guild",
    "that typical female gamer stereotype is so lazy",
    # the shunning asked back and answered with company
    "no one wants to duo with you? i will lol",
    "nobody wants to play with her? we do!",
    "nobody wants to queue with you? me! add me",
    "no one wants to vc with him? ill hop in",
    "nobody wants to play with them? us, obviously",
    # a sabotage verb's object after a named teammate
    "our brim is throwing mollies again, so good",
    "our kayle is feeding minions nonstop, farming well",
    "sova keeps throwing darts every round, so much info",
    "our killjoy is throwing turrets everywhere again lol",
    "our raze is throwing satchels constantly, crazy mobility",
    # the writer's own sex
    "ew a girl like me in diamond? believe it",
    "ugh girls like me always get asked if we are real",
    "ew a girl like me beat you? yes lol",
    "ew girls like me exist, deal with it",
    "girls like me suck at nothing in this game",
)

HOSTILE = (
    "she always lies to her own family",
    "he lies all the time on stream",
    "they lie constantly, everyone knows it",
    "he has no clue what he is doing",
    "Biden lies every day",
    "she just needs to go away",
    "they should go away for good",
    "he needs to go away and never come back",
    "ew girls in my lobby again",
    "women suck at shooters",
    "typical girl gamer",
    "nobody wants to play with you",
    "no one wants to duo with u? i dont blame them",
    "nobody wants to queue with you? me neither",
    "no one wants to vc with you",
    "our brim is throwing again",
    "our kayle is feeding hard",
    "sova is throwing on purpose",
    "our raze is trolling nonstop",
    "ew a girl in our squad",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_review18_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_review18_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
