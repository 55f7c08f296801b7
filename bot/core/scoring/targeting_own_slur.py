"""The writer's own slur (issue 8): "i called him a dumb nigger", "can i say nigger
on here", "made a priv so i can call players niggers". A speech verb usually
reports someone else's words ("he called me a ..."); with the writer as its
subject and nothing denying it, the writer is saying the slur, not reporting it.
"the word ...", "i never said ...", "you can't call people ..." stay reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat

_IDENTITY_ATTACK: Final = Cat.IDENTITY_ATTACK  # read once: enum access is slow in 3.11
# Speech verbs the writer may do: not the nouns of [reported] ("the word", "a claim").
_SAYING: Final = frozenset(
    {"call", "called", "calling", "say", "said", "saying", "yell", "yelled", "shout", "shouted"}
)
# What may stand between the writer and the verb: "i can say", "can i say", "i will
# make it a point to say", "so i can call".
_BETWEEN: Final = frozenset(
    {
        "can",
        "could",
        "will",
        "would",
        "ll",
        "d",
        "have",
        "ve",
        "just",
        "also",
        "still",
        "even",
        "gonna",
        "to",
        "so",
        "always",
        "m",
        "am",
        "do",
        "did",
    }
)
_VERB_REACH: Final = 4  # a speech verb at most this many words before the slur
_SUBJECT_REACH: Final = 3  # the writer at most this many words before the verb


def own_slur(ctx: Context, hit: Hit, cues: Mapping[str, frozenset[str]]) -> bool:
    """A slur after a speech verb whose subject is the writer ("i", "we"), undenied."""
    if hit.entry.category is not _IDENTITY_ATTACK:
        return False
    tokens = ctx.tokens
    floor = max(0, hit.first - _VERB_REACH)
    verb = next((i for i in range(hit.first - 1, floor - 1, -1) if tokens[i] in _SAYING), -1)
    if verb < 0:
        return False
    speakers = cues["speaker_subject"]
    negation = cues["negation"]
    subject = -1
    for i in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        token = tokens[i]
        if token in speakers:
            subject = i
        elif token not in _BETWEEN:
            break
    if subject < 0:
        return False
    span = tokens[max(0, subject - 2) : hit.first]
    return negation.isdisjoint(span) and "t" not in span and not ctx.quoted(hit.first, hit.last)
