"""Targeting rules of the review13 round (issue 8): a review of the session's rounds.

- A judging word right before praise is an intensifier, not a name-call of the group
  before it: "koreans are crazy good at starcraft", "brazilians are stupid good at
  football"; "women are crazy" and "koreans are crazy, good riddance" stay attacks.
  Said of a person the older rules already read it so ("you're crazy good"); only the
  group readings took the word alone.
- "a bitch to kill", "a pain to beat": a play's difficulty, not a name-call, said of an
  enemy, a boss or a player ("this tank is a bitch to kill", "my boss is a bitch to beat
  lol, 30 tries", "he is a bitch to play against"); "my boss is a bitch to work for"
  and "you are a bitch" stay.

The review's other fixes sit at the depth of the rules they correct: a denied claim
("it's a lie that immigrants steal jobs") in HateProbe5Rules.reread and the hatecheck15
"lie" reading; the writer's own refusal of a whole group in
HateCheck15Rules._hc15_own_refusal; care after an order not to let a group do something
("don't let women drive home alone") in HateCheck15Rules._hc15_cared; "murder him in mario kart" in
Person13Rules._p13_for; an animal subject past judging words in insults6's
_subject_of; a group's name-call narrowed to a topic kept off the floor in weighing.py.

Cost: one frozenset test of the hit's last word and one string comparison of the note per
hit; only those words (rare) and identity readings (rare) read the token or two after it.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid9 import Olid9Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Review13Rules"]

DIFFICULT_NOTE: Final = "a play's difficulty, not a name-call"  # cancels the hit
INTENSIFIED_NOTE: Final = "an intensifier before praise, not a name-call"  # cancels the hit
# fmt: off
# Judging words that chat also uses as "very" before praise ("crazy good", "stupid fast").
_INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "crazy", "stupid", "insane", "insanely", "mad", "sick", "ridiculous", "ridiculously",
    "absurd", "absurdly", "wicked", "scary", "disgustingly", "obscenely", "dumb",
})
# The praise after them.
_PRAISE: Final[frozenset[str]] = frozenset({
    "good", "talented", "skilled", "fast", "strong", "smart", "clever", "quick", "good-looking",
    "beautiful", "pretty", "hot", "cute", "funny", "fun", "nice", "kind", "generous",
    "accurate", "consistent", "efficient", "organized", "organised", "disciplined",
    "hardworking", "friendly", "welcoming", "polite", "tough", "rich", "fit",
})
# Name-calls chat also uses for a hard task ("a bitch to kill", "a pain to farm").
_DIFFICULT: Final[frozenset[str]] = frozenset({"bitch", "pain", "nightmare", "cunt"})
# The play that is hard after "to".
_PLAY_VERBS: Final[frozenset[str]] = frozenset({
    "kill", "beat", "fight", "clear", "farm", "solo", "unlock", "dodge", "parry", "reach",
    "grind", "catch", "hunt", "track", "play", "lane", "counter", "gank", "carry", "hit",
    "aim", "snipe", "duel", "dive", "chase", "pin", "finish", "defeat", "tank", "heal",
})
_READER: Final = frozenset({Kind.SECOND_PERSON, Kind.MENTION, Kind.REPLY, Kind.IMPERATIVE})
# fmt: on


class Review13Rules(Olid9Rules):
    """The session's rounds reviewed: an intensifier before praise and a play's difficulty
    are no attack."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "crazy good" said of a group is praise, "a
        bitch to kill" a hard play."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _READER and _hard_play(ctx.tokens, hit):
            return Kind.OBJECT, DIFFICULT_NOTE  # "this tank is a bitch to kill"
        if note == IDENTITY_NOTE and hit.entry.category is Cat.INSULT and _before_praise(ctx, hit):
            return Kind.OBJECT, INTENSIFIED_NOTE  # "koreans are crazy good at starcraft"
        return target, note


def _hard_play(tokens: list[str], hit: Hit) -> bool:
    """ "a bitch to kill", "a stupid bitch to beat": the hit, or the hit and the
    name-call after it, then "to" and a play."""
    at = hit.last
    if at < len(tokens) and tokens[at] in _DIFFICULT:
        at += 1  # "stupid" goes with the "bitch" after it
    elif hit.entry.tokens[-1] not in _DIFFICULT:
        return False  # most hits: two set look-ups
    return at + 1 < len(tokens) and tokens[at] == "to" and tokens[at + 1] in _PLAY_VERBS


def _before_praise(ctx: Context, hit: Hit) -> bool:
    """A judging word used as "very" right before praise: "crazy good", "stupid fast"."""
    tokens = ctx.tokens
    at = hit.last
    return (
        hit.entry.tokens[-1] in _INTENSIFIERS
        and at < len(tokens)
        and tokens[at] in _PRAISE
        and not ctx.pause_after(at - 1)
    )
