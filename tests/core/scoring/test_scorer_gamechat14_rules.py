"""The gamechat14 rules (issue 8, targeting_gamechat14.py, the "gamechat14" lexicon lines,
and the fixes at their depth in targeting_gamechat12.py and targeting_person.py) as their
specification: each shape with fresh lines written after its rule and never tuned on, and
the clean near-misses beside it (a pet or a thing called a beast, feeding told of the
writer or of creeps, an order to go afk inside a plan, a question, the anchors' plain
words after a judging word).

Fresh lines the rules still miss, left out of the tables and named here so the gap is
plain: "our carry is bad", "our healer is blind" ("is bad", "is blind" as lexicon lines
took the older rules' "so bad", "terrible", "liability" hits, and were left out); "our
pos 4 is a clown" ("clown" is no player-only call after a position number); "this
invoker is hopeless" (a pointer before a hero may judge the champion, gamechat8); "the
support is a rock" (the beast and thing lines keep to "dog", "potato", "donkey" and
"monkey": "rock", "chair" made plain words lexicon anchors); "carry has no hands" (left
out of the lexicon: "hands" would anchor the index and its typo "hans" hide a name);
"fking retart" ("retart" left out: its typo "retrat" is chat's "retreat").
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
HOSTILE: tuple[str, ...] = (
    # a role, a hero or a lane called a beast or a thing
    "our jungler is a monkey", "pos 4 is a potato", "the carry is a donkey lol",
    "enemy mid is a dog", "ur offlaner is a potato", "our carry is a baby",
    "the mid is a toddler lol", "our jungler is a baby", "your support is a toddler",
    # "<role or hero> has no brain"
    "invoker has no brain", "the mid has no brain", "support has no brains",
    "our carry has no brain cells",
    # a hero or a role named, a player-only name-call said outright (gamechat12's depth)
    "ursa is clueless", "our sup is clueless lol", "pos 2 is clueless", "axe is dumb lol",
    # sarcastic praise of sabotage
    "gj feeding mid", "good job throwing again", "nice feeding lol",
    "thanks for feeding carry", "wp throwing noob",
    # orders to give the match up, alone
    "go afk lol", "just abandon noob", "go afk kid", "pls abandon mid",
    # team blame
    "thx for nothing mid", "thanks for nothing guys", "gg no jungle", "gg no support",
    # sent off to another game
    "go play league kid", "go back to bots",
    # chat's misspellings
    "u r stopid", "u dumass", "shut up idjit", "fagit",
)

CLEAN: tuple[str, ...] = (
    # a pet, a thing, or a person the round does not judge
    "my dog is a dog", "my pet is a monkey", "this game is a potato", "my pc is a toaster lol",
    "he is a dog", "my son is a baby", "my sister is a toddler", "this kitten is a baby",
    # sabotage words told of the writer or of things
    "stop feeding the creeps", "nice feeding spot for the courier", "i was feeding sorry",
    "gj team", "good job feeding the tank ult",
    # an order to go afk in a plan, a question or a sentence
    "i will go afk for a min", "go afk and farm", "can i go afk for 2 min",
    "please abandon ship", "dont just abandon the lane",
    # a thing without a brain; a name that a typo table could take for "hands"
    "this robot has no brain", "the zombie has no brain lol", "hans is the best",
    # "gg no re"; a question; a hero's strength; plans
    "gg no re", "pudge is clueless?", "i feel clueless", "pudge is so strong this patch",
    "lets go play league after this", "i go back to bots to practice",
    # the anchors' plain words after a judging word (targeting_person's attributive read)
    "stupid afk timer", "stupid abandon penalty", "stupid hands lol", "stupid thx button",
    # words a misspelling line's typos must not take ("dumbs", "retrat" for "retreat")
    "that dumbs it down", "retrat mid", "i am such a dumass lol", "i wont duel reatd",
    # "gg no <role>" with more after it: a plan or a saying, not blame
    "gg no carry no win", "gg no mid tower left", "gg no re",
)
# fmt: on


@pytest.mark.parametrize("line", HOSTILE)
def test_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile, scorer.score(line).explanation


@pytest.mark.parametrize("line", CLEAN)
def test_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile, scorer.score(line).explanation


def test_a_position_number_is_no_name_call(scorer: Scorer) -> None:
    """ "pos 1 farm pls": 'pos' before a position number is read as a thing."""
    verdict = scorer.score("pos 1 farm pls")
    assert not verdict.hostile
    assert verdict.target.value != "second_person"
