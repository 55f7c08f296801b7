"""The insults13 round's rules (issue 8, fourteenth session) as their specification.

- "spoken like a true idiot": a retort opening its clause, said to the reader. "he said
  like a moron would", "spoken like a true fan" stay clean.
- Fixed at its own depth (targeting_vulgar.py `_vulgar_mentioned`, vulgar_words.LEARN):
  a verb of use after "learn to" / "learn how to", or set off by a pause, no longer makes
  the next word a mention: "learn to spell idiot", "maybe learn to type, loser". "how do
  you spell idiot", "he used dyke", "stop using retard as an insult" stay mentions.

Two rules of the round were dropped after insults_train's odd half judged them (a
name-call after an order's "it", "look it up fool"; "don't be such a loser"): their
clean look-alikes stay here as clean lines; their hostile lines are not pinned.

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
# Clean look-alikes of the dropped "it" rule (a thing named, praise, "it" a subject).
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

# Clean look-alikes of the dropped "don't be" rule.
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
