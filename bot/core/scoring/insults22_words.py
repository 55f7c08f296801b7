"""Spellings and word lists of the insults22 round (issue 8): a forum commenter called a
disguised name, and sarcastic praise closing in a mock title.

- A container name-call run together or written in CamelCase ("PieceOfShit",
  "sackofshit", "sonofabitch", "wasteofspace"): `run_together_names` makes each such
  phrase of the lexicon a one-word twin, compiled with the lexicon, so the older rules
  read it as they read the phrase ("you are a PieceOfShit").
- Letters spaced out and the rest of the word after them ("f u c k head", "s h i t
  head"): `spaced_with_tail`, asked by matching.Matcher.rewrite for each spaced run,
  reads the run and the word after it as one word when that is a name-call of ours.
- Sarcastic praise opening its sentence, then a mock title after a comma closing it
  ("excellent command of the english language, genius", "wonderful spelling, einstein"):
  PRAISE_OPENERS, read by targeting_insults22.py.

Stay clean: the same words kind or unaimed ("a piece of cake", "f u c k yeah", "excellent
command of english!", "excellent work, well done"), a phrase run together that is an
ordinary word, and a run and word that are no name-call together.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container, Mapping, Sequence
from typing import Final

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

# fmt: off
# The container a name-call is made of: "piece of shit", "sack of garbage", "son of a
# bitch", "waste of space". Other "x of y" phrases ("full of shit", "because of you",
# "iq of a") are no name, and a rule reads each where it stands.
RUN_TOGETHER_HEADS: Final[frozenset[str]] = frozenset({
    "piece", "sack", "son", "waste", "bag", "bucket", "heap", "lump", "pile",
})
# fmt: on
RUN_TOGETHER_MIN: Final[int] = 8  # "sonofabitch", "pieceofshit"; never a short word
# A spaced run this long at least may be a word's head ("f u c k", "s h i t").
SPACED_HEAD_MIN: Final[int] = 3
# A word after the run this long at least may end the word ("head", "face", "wad").
SPACED_TAIL_MIN: Final[int] = 3

# fmt: off
# Praise opening the sentence a mock title closes after a comma: "excellent command of
# the english language, genius", "wonderful spelling, einstein". gamechat7 reads a
# sarcastic word up to four tokens before the title; this reads the sentence's opener.
PRAISE_OPENERS: Final[frozenset[str]] = frozenset({
    "excellent", "wonderful", "superb", "fantastic", "impressive", "outstanding",
    "marvelous", "marvellous", "terrific", "splendid", "stellar", "lovely", "great",
    "brilliant", "amazing", "awesome", "nice", "perfect", "fine", "beautiful",
})
# A lead before the praise: "wow, superb research there, sherlock".
PRAISE_LEADS: Final[frozenset[str]] = frozenset({"wow", "oh", "ooh", "well", "ah", "gee"})
# The mock titles of gamechat7 this round reads after praise: the vocative only.
TITLES: Final[frozenset[str]] = frozenset({"genius", "einstein", "sherlock"})
# fmt: on
PRAISE_REACH: Final[int] = 12  # tokens from the sentence's opener to the title


def run_together_names(
    entries: Mapping[tuple[str, ...], Entry], taken: Container[str]
) -> dict[tuple[str, ...], Entry]:
    """The one-word twin of each container name-call among `entries` ("pieceofshit" of
    "piece of shit"), keeping its term, category, weight and aim; none that is a word
    of any list (`taken`) or already an entry."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if (
            len(tokens) < 3
            or tokens[0] not in RUN_TOGETHER_HEADS
            or tokens[1] != "of"
            or entry.category not in (Category.INSULT, Category.PROFANITY)
            or entry.person_only
            or not all(map(str.isalpha, tokens))
        ):
            continue
        word = "".join(tokens)
        if len(word) >= RUN_TOGETHER_MIN and word not in taken and (word,) not in entries:
            twins[(word,)] = dataclasses.replace(entry, tokens=(word,))
    return twins


def spaced_with_tail(
    letters: str, following: str, names: Mapping[str, Sequence[tuple[int, Entry]]]
) -> str | None:
    """The name-call a spaced run and the word right after it spell together ("f u c k
    head": "fuckhead"), or None: only an insult of ours, a word alone in its entry."""
    if len(letters) < SPACED_HEAD_MIN or len(following) < SPACED_TAIL_MIN:
        return None
    word = letters + following
    found = names.get(word)
    if found is None:
        return None
    if any(e.tokens == (word,) and e.category is Category.INSULT for _, e in found):
        return word
    return None
