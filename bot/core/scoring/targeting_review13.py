"""Targeting rules of the review13 round (issue 8): a review of the session's rounds.

- A judging word right before praise is an intensifier, not a name-call of the group
  before it: "koreans are crazy good at starcraft", "brazilians are stupid good at
  football"; "women are crazy" and "koreans are crazy, good riddance" stay attacks.
  Said of a person the older rules already read it so ("you're crazy good"); only the
  group readings took the word alone.

The review's other fixes sit at the depth of the rules they correct: a denied claim
("it's a lie that immigrants steal jobs") in HateProbe5Rules.reread and the hatecheck15
"lie" reading; the writer's own refusal of a whole group in
HateCheck15Rules._hc15_own_refusal; care after an order not to let a group do something
("don't let women drive home alone") in HateCheck15Rules._hc15_cared; "murder him in mario kart" in
Person13Rules._p13_for; an animal subject past judging words in insults6's
_subject_of; a group's name-call narrowed to a topic kept off the floor in weighing.py.

Cost: one string comparison of the note per hit; only identity readings (rare) reach a
frozenset test of the hit's last word and one of the token after it.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_person13 import Person13Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Review13Rules"]

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
# fmt: on


class Review13Rules(Person13Rules):
    """The session's rounds reviewed: an intensifier before praise is no attack."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "crazy good" said of a group is praise."""
        target, note = super().in_game(ctx, hit, target, note)
        if note != IDENTITY_NOTE or hit.entry.category is not Cat.INSULT:
            return target, note
        tokens = ctx.tokens
        at = hit.last
        if (
            hit.entry.tokens[-1] in _INTENSIFIERS
            and at < len(tokens)
            and tokens[at] in _PRAISE
            and not ctx.pause_after(at - 1)
        ):
            return Kind.OBJECT, INTENSIFIED_NOTE
        return target, note
