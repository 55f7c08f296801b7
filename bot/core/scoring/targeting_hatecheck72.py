"""Targeting rules of the hatecheck72 round (issue 8): identity groups named by a word the
cue lists cannot read as a group everywhere, so every derogation of them went unread.

- The plural names that name only people ("libyans", "somalians", "kenyans",
  "aboriginals", "amputees", "paraplegics") are this round's en/cues.txt `[identity]`
  lines: every older shape reads them ("libyans are animals", "i hate egyptians",
  "get rid of the hondurans", "are venezuelans even human?").
- The subject: an adjective-like name used bare as a plural (hatecheck72_words.BARE_NAMES:
  "japanese", "vietnamese", "congolese") or an everyday word that is also a group
  (EVERYDAY_GROUPS: "natives", "travellers", "dwarfs") opening its sentence over "the",
  "all", "these", a verb or a modal right after it, a hostile hit at most SUBJECT_REACH
  tokens on: "the japanese are animals", "vietnamese are disgusting", "the congolese
  should be deported", "natives are animals", "travellers should be driven out".
- The object: the same name right after a hostile hit over "the", "all", "those",
  closing its clause, the hit the writer's own (opening its sentence over "i", "we",
  "lets", "just", a modal): "i hate the vietnamese", "kill all the lebanese", "i hate
  travellers, they are filthy thieves"; never "the settlers tried to wipe out the
  natives".

Clean: the words in their ordinary senses ("japanese food is amazing", "the dwarfs in
the hobbit are greedy", "white dwarfs are dense", "travellers at the airport", "i hate
the japanese exam"), everyday groups in game talk ("the natives in this game"), neutral
and kind mentions (no hostile hit), profanity ("the japanese are fucking fast"),
negations, counter-speech, reports and quotes (hatecheck28's `_hc28_others`).

Cost per hit: a test of the older reading and the hit's category, then a frozenset test
of NAMES against the SUBJECT_REACH tokens before the hit and the OBJECT_GAP_REACH + 1
after it; only then at most OPENER_REACH tokens back from the name to its sentence's
start, or OBJECT_GAP_REACH on to it and WRITER_REACH back from the hit. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck72_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck59 import NO_GROUP_REMOVED_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid5 import NO_SEND_OFF_NOTE
from bot.core.scoring.targeting_threats9 import Threats9Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck72Rules"]

# The older readings of a hit aimed at no one known: an object, no one, a third person
# (the bare name read as no group).
UNREAD: Final[frozenset[TargetKind]] = frozenset({Kind.OBJECT, Kind.NONE, Kind.THIRD_PERSON})
# The older notes that cancel a call for removal only for want of a named group ("should be
# driven out", "go back to"): the bare name is one.
GROUPLESS_NOTES: Final[frozenset[str]] = frozenset({NO_GROUP_REMOVED_NOTE, NO_SEND_OFF_NOTE})


class HateCheck72Rules(Threats9Rules):
    """A group named by an adjective-like name used bare ("the japanese are animals") or an
    everyday word that is also a group ("travellers are vermin")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a hostile hit they read at no one raised to the
        group's when a bare name is its subject or object; an older rule's own reading (a
        note: "'good' denied", "no named group blamed") stands, but for the notes that
        found no group to send away."""
        target, note = super().in_game(ctx, hit, target, note)
        if (note and note not in GROUPLESS_NOTES) or target not in UNREAD:
            return target, note
        if hit.entry.category is Cat.PROFANITY:
            return target, note
        tokens = ctx.tokens
        before = tokens[max(0, hit.first - w.SUBJECT_REACH) : hit.first]
        after = tokens[hit.last : hit.last + w.OBJECT_GAP_REACH + 1]
        if w.NAMES.isdisjoint(before) and w.NAMES.isdisjoint(after):
            return target, note
        if (self._hc72_subject(ctx, hit) or self._hc72_object(ctx, hit)) and not (
            self._hc28_others(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    @staticmethod
    def _hc72_named(ctx: Context, at: int) -> bool:
        """Token `at` is a bare name read as a group here: an everyday group never in game
        talk ("the natives in this game are annoying")."""
        word = ctx.tokens[at]
        return word in w.BARE_NAMES or (word in w.EVERYDAY_GROUPS and not ctx.gaming)

    def _hc72_subject(self, ctx: Context, hit: Hit) -> bool:
        """A name opening its sentence with a verb or modal right after it, the hit a few
        tokens on in the same sentence, no negation or other noun's lead between them: "the
        japanese are animals", never "japanese food is disgusting", "white dwarfs are
        dense", "the japanese are not vermin" or "the lebanese deserve better than this
        corrupt government"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.SUBJECT_REACH)
        for i in range(start, hit.first):
            if (
                tokens[i] in w.NAMES
                and tokens[i + 1] in w.LEADS
                and not ctx.pause_after(i)
                and self._hc72_named(ctx, i)
            ):
                gap = tokens[i + 1 : hit.first]
                return (
                    ctx.opens_after(i, w.OPENERS, w.OPENER_REACH)
                    and self._negators.isdisjoint(gap)
                    and w.ELSEWHERE.isdisjoint(gap)
                )
        return False

    def _hc72_object(self, ctx: Context, hit: Hit) -> bool:
        """A name right after the hit over "the", "all", "those", closing its clause, the
        hit the writer's own (opening its sentence over WRITER_RUN), no negation just
        before it: "i hate the vietnamese", never "i hate the japanese exam", "i don't
        hate the vietnamese" or "the settlers tried to wipe out the natives"."""
        at = ctx.skip_ahead(hit.last, w.OBJECT_GAP, w.OBJECT_GAP_REACH)
        negated = ctx.tokens[max(0, hit.first - w.NEGATION_REACH) : hit.first]
        return (
            at < len(ctx.tokens)
            and self._negators.isdisjoint(negated)
            and ctx.opens_after(hit.first, w.WRITER_RUN, w.WRITER_REACH)
            and ctx.tokens[at] in w.NAMES
            and not ctx.pause_after(hit.last - 1)
            and self._hc72_named(ctx, at)
            and ctx.closes_clause(at + 1)
        )
