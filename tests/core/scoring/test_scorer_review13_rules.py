"""Shapes of the review13 round, at default settings: readings the session's rounds
(gamechat13, hatecheck15, person13, lead12b) over-reached with, corrected, and the
hostile lines each correction must leave flagged. Each fix's clean lines were written
after it and checked once against it; on main before the review (a5a8068) 34 of the 43
fresh clean lines below were flagged.

- A claim denied ("it's a lie that ...", "a myth that", "not true that") before a
  group's bad habit or lying (HateProbe5Rules.reread, the hatecheck15 "lie" reading).
- A refusal of a group is the writer's own (or told to the reader) and of the whole
  group: another's refusal is reported, "a woman who ..." is some of them
  (HateCheck15Rules._hc15_own_refusal).
- "murder him in mario kart": after "in", a game is play (Person13Rules._p13_for).
- An animal subject past judging words ("the cat is a stupid idiot"; insults6's
  _subject_of).
- A group's name-call narrowed to a topic keeps its weight below the floor
  ("refugees are clueless about the bus system"; weighing.py).
- Care after an order not to let a group do something ("don't let women drive home
  alone"; HateCheck15Rules._hc15_cared).
- A judging word before praise is an intensifier ("koreans are crazy good"), and "a
  bitch to kill" a play's difficulty ("this tank is a bitch to kill"; targeting_review13.py)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

CLEAN = (
    # a claim denied
    "it's a total lie that refugees steal from us",
    "it's a myth that jews always cheat",
    "it's simply not true that gypsies steal",
    "it is false that muslims lie more than anyone",
    "it's a lie that immigrants always scam people",
    # another's refusal, or some of the group
    "my uncle would never work with a jew, he's a bigot",
    "she'd never marry a muslim who didn't pray",
    "they would never vote for a woman, those old men",
    "I'd never vote for a woman who lies to voters",
    "he will never rent to a roma and I reported him",
    # a game after "in"
    "im gonna murder him in smash later",
    "i will stab her in skyrim lol",
    "i'll murder her in rocket league",
    "gonna strangle him in mortal kombat",
    "i'm going to murder him in fifa tonight",
    # an animal
    "my cat is a fat lazy idiot lol",
    "the puppy is a stupid little moron",
    "our dog is a greedy little pig",
    "my hamster is a dumb idiot",
    "the kitten is a sneaky little bastard",
    # a name-call narrowed to a topic
    "refugees are clueless about the bus system at first",
    "old people are clueless with smartphones",
    "immigrants are clueless on how to file taxes",
    "new muslims are clueless about the fasting rules lol",
    "the young gays are clueless about the history of pride",
    # care after an order not to let a group do something
    "don't let refugees work unpaid on those farms",
    "do not let disabled kids come to class without an aide",
    "don't let gay teens live on the streets homeless",
    "don't let muslim students come to the exam hungry, give them a break",
    "don't let immigrants drive unsafe trucks for that company",
    "don't let women drive home alone after the party",
    # a play's difficulty
    "that healer is a bitch to kill, always pops her ult",
    "the last boss is a pain to beat without potions",
    "this sniper is a bitch to dodge on that map",
    "my boss is a nightmare to solo lol, took me all night",
    "their jungler is a bitch to gank, he wards everything",
    "this tank is a bitch to kill",
    "my boss is a stupid bitch to beat lol, 30 tries",
    # an intensifier before praise
    "kenyans are crazy fast",
    "italians are crazy good cooks",
    "brazilians are stupid talented",
    "koreans are stupid good at esports",
    "women are crazy strong these days",
)

HOSTILE = (
    "immigrants steal from us",
    "it's true that muslims lie",
    "i would never work with a jew",
    "we'd never rent to a roma",
    "never marry a muslim",
    "don't let immigrants vote",
    "don't let black people move into our street",
    "don't let gay people adopt",
    "I'd never vote for a woman",
    "i'll punch him in the face",
    "i'm gonna stab him in the neck",
    "the landlord is a greedy bastard",
    "the mayor is a stupid bitch",
    "my boss is a bitch to work for",
    "that guy is a bitch",
    "you are a bitch to kill",
    "immigrants are clueless",
    "women are clueless",
    "women are clueless about everything",
    "immigrants are clueless about life",
    "women are crazy",
    "koreans are crazy",
    "koreans are crazy, good riddance",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_review13_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_review13_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
