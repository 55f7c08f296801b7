"""The insults13 round's rules (issue 8, fourteenth session) as their specification:
three comment-thread name-call shapes the older rules read as said of a thing or of no
one.

- A name-call noun ending its clause after an order's "it": "then don't watch it loser",
  "look it up fool". The thing walk took "it" as the target; "it" is never a
  determiner. "call it trash", "it is a joke", "keep it simple stupid" keep the thing.
- A negated order to be a name-call: "don't be such a loser", "do not be an idiot".
  "don't be an idiot like me", "i told him don't be an idiot", "don't be a stranger"
  keep their readings.
- "spoken like a true idiot": a retort opening its clause. "he said like a moron would",
  "spoken like a true fan" stay clean.
- Fixed at its own depth (targeting_vulgar.py `_vulgar_mentioned`, vulgar_words.LEARN):
  a verb of use after "learn to" / "learn how to", or set off by a pause, no longer makes
  the next word a mention: "learn to spell idiot", "maybe learn to type, loser". "how do
  you spell idiot", "he used dyke", "stop using retard as an insult" stay mentions.

Each shape's hostile lines include fresh ones written after the rule (never tuned on),
and clean look-alikes in the same words. The rules read English only; Italian lines
check that nothing of theirs reaches Italian chat.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

_READER = TargetKind.SECOND_PERSON
_ORDER = TargetKind.IMPERATIVE

# fmt: off
# The name-call after an order's "it": missed before the round (read as the thing's).
HOSTILE_AFTER_IT: tuple[str, ...] = (
    "Then don't watch it loser.", "look it up fool", "google it moron",
    "deal with it, idiot, and stop crying",
    # fresh, written after the rule
    "just google it dumbass", "read it again moron", "drop it loser",
    "check it yourself clown",
    # fresh, written after the rule was narrowed to an order's object
    "give it up clown", "leave it alone idiot", "shut it down loser",
)
CLEAN_AFTER_IT: tuple[str, ...] = (
    "call it trash", "this game is garbage", "it is a joke", "keep it simple stupid",
    "i'd consider it a disaster", "dont buy it, its garbage", "its a loser game",
    "keep it real bro", "made it to the final boss",
    # praise after doing it well, fresh, written after that exclusion
    "nailed it bastard", "killed it idiot lol", "aced it nerd", "loved it moron",
    "won it jerk",
    # "it" as a subject (toxic_spans even rows flagged by the first version), fresh
    "It sucks.", "when it comes to stupidity, he wins", "it appears idiots never learn",
    "i love how it annoys morons", "if it helps losers, fine",
)

# "don't be a <name-call>": missed before the round (read as no one's).
HOSTILE_DONT_BE: tuple[str, ...] = (
    "Don't be a pussy and deny it.", "Damnit GW, don't be such a pussy.",
    "do not be an idiot", "dont be such a loser",
    # fresh, written after the rule
    "don't be a jerk about it", "please don't be such a crybaby", "ugh dont be a coward",
    "and don't be an ass", "do not be a clown",
)
CLEAN_DONT_BE: tuple[str, ...] = (
    "don't be an idiot like me", "i told him don't be an idiot", "they said don't be a loser",
    "don't be a stranger", "don't be sad", "don't be afraid to be a nerd",
    "you'd be an idiot not to buy it", "don't be idiot-proof",
)

# "spoken like a true idiot": missed before the round.
HOSTILE_SPOKEN: tuple[str, ...] = (
    "spoken like a true idiot", "said like a real moron",
    # fresh, written after the rule
    "Spoken like a true moron.", "said like a real clown lol", "typed like a total idiot",
    "well, spoken like a true loser", "posted like a genuine fool",
)
CLEAN_SPOKEN: tuple[str, ...] = (
    "he said like a moron would", "she spoke like a true leader", "spoken like a true fan",
    "the man who spoke like an idiot was fired", "spoken like a true gentleman",
)

# "learn to spell idiot": read as the word mentioned before the round.
HOSTILE_LEARN: tuple[str, ...] = (
    "learn to spell idiot", "learn how to spell, dumbass", "maybe learn to type, loser",
    "learn to spell moron",
    # fresh, written after the fix
    "learn to type idiot", "go learn how to spell moron", "please learn how to type, clown",
    "learn to spell, loser",
)
MENTIONED: tuple[str, ...] = (
    "how do you spell idiot", "how to spell idiot", "he used dyke",
    "stop using retard as an insult", "how do you spell moron in french",
    "i used idiot as an example", "the kids learn to spell words like fool and clown",
)

# Italian: nothing of this round reaches it.
ITALIAN: tuple[tuple[str, bool], ...] = (
    ("non fare lo stupido, dai", False),
    ("guardalo e basta", False),
    ("sei proprio un idiota", True),
)
# fmt: on


@pytest.mark.parametrize("text", HOSTILE_AFTER_IT)
def test_a_name_call_after_it_speaks_to_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (_READER, _ORDER), text


@pytest.mark.parametrize("text", HOSTILE_DONT_BE)
def test_dont_be_a_name_call_is_an_order(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is _ORDER, text


@pytest.mark.parametrize("text", HOSTILE_SPOKEN)
def test_spoken_like_a_true_idiot(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is _READER, text


@pytest.mark.parametrize("text", CLEAN_AFTER_IT + CLEAN_DONT_BE + CLEAN_SPOKEN)
def test_look_alikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


@pytest.mark.parametrize("text", HOSTILE_LEARN)
def test_learn_to_spell_calls_the_reader(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (_READER, _ORDER), text


@pytest.mark.parametrize("text", MENTIONED)
def test_a_mentioned_word_stays_mentioned(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, text


@pytest.mark.parametrize(("text", "hostile"), ITALIAN)
def test_italian_is_untouched(scorer: Scorer, text: str, hostile: bool) -> None:
    assert scorer.score(text).hostile is hostile, text
