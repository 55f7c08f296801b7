"""Targeting rules of the hatecheck80 round (issue 8): a call to expel or wipe out a named
identity group with a verb no older line read bare ("deport the muslims", "expel all
jews", "eradicate the immigrants", "deport the french"); "deport all", "wipe out" and
"get rid of" were read, "deport the" was not.

- The shape: one of the round's verbs (VERBS: "deport", "expel", "eradicate", "purge",
  "banish", "exile", "annihilate", "eliminate"), `group_harm` words in en/cues.txt and so
  threat entries kept only in a message naming a group, then a named group or one
  member over determiners and emphasis ("the", "all", "every", "the fucking"), or a
  nation named by its bare adjective (hatecheck79's `nation_named_after`: "the french"),
  closing its clause or going on only into TAILS ("... from this country", "... back to
  where they came from", "... already") or the next clause; the verb ordered (opening
  its sentence over "just", "lets", "somebody pls", "time to"), called for ("we should",
  "someone needs to") or given as the writer's opinion ("i say we"), as hatecheck79
  reads it.

Clean: things and people who are no group ("eradicate the bug", "expel the student",
"purge the cache", "deport the spy in among us", in a message naming no group the hit is
never made), a thing after a group's adjective ("purge the muslim ban", "eliminate the
japanese team in the quarter final"), history and reports (a past verb is no hit: "the
nazis deported the jews"; "he said we should deport the muslims"), negations ("we should
never deport the muslims"), counter-speech and quotes (hatecheck28's `_hc28_others`), and
questions: "should illegal immigrants be deported?" and "should we deport the refugees?"
ask about a policy and stay clean (a judgment call, made so: a question is not read as
the call, whoever's promise an older rule hears in "we ... deport"); in game chat not said
of real life, a side of the match ("lets eliminate the germans gg").

Cost per hit: a frozenset test of the hit's first word (most hits end there); then
OBJECT_REACH tokens on to the group, TAIL_REACH tokens after it, and the order or intent
walk back to the sentence's start. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck80_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord58 import Discord58Rules
from bot.core.scoring.targeting_hatecheck79 import nation_named_after
from bot.core.scoring.targeting_hateprobe5_threats import NOT_PROMISED_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["ASKED_NOTE", "IN_MATCH_NOTE", "HateCheck80Rules"]

# The note of a call asked, not made ("should we deport the refugees?").
ASKED_NOTE: Final[str] = "expulsion of a group asked about, not called for"
IN_MATCH_NOTE: Final[str] = "a side of the match to eliminate, not a people"
# The readings this round may raise: hateprobe5's unpromised threat or an unnoted one at
# no one or a thing; any other rule's note (a negation, a joke, a report) stands.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.OBJECT, Kind.NONE})
_RAISED_NOTES: Final[frozenset[str]] = frozenset({"", NOT_PROMISED_NOTE})


class HateCheck80Rules(Discord58Rules):
    """A call to expel or wipe out a named group ("deport the muslims", "we should expel
    all jews", "eradicate the japanese")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's verbs raised to the group's when
        they call for its expulsion, left clean when asked."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.tokens[0] not in w.VERBS or entry.category is not Cat.THREAT:
            return target, note
        if len(entry.tokens) == 1 and ctx.ends_asking(hit.first):
            return Kind.NONE, ASKED_NOTE  # "should we deport the refugees?"
        if ctx.gaming and not ctx.in_real_life:
            return Kind.NONE, IN_MATCH_NOTE  # "lets eliminate the germans gg"
        if target not in _UNAIMED or note not in _RAISED_NOTES:
            return target, note
        if (
            self._hc80_group_after(ctx, hit.last)
            and self._hc79_called(ctx, hit.first)
            and not self._hc28_others(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc80_group_after(self, ctx: Context, at: int) -> bool:
        """From token `at` (right after the verb): a named group or member over OBJECT_SKIP,
        or a nation's bare adjective, closing its clause over TAILS or into the next
        clause ("the muslims from this country", "all the fucking jews already")."""
        if nation_named_after(ctx, at):
            return True
        tokens = ctx.tokens
        start = ctx.skip_ahead(at, w.OBJECT_SKIP, w.OBJECT_REACH)
        if ctx.pause_after(start - 1):
            return False
        end = self._hc21_member(tokens, start, len(tokens))
        if end < 0:
            return False  # "eradicate the bug", "expel the student"
        return ctx.closes_after(end, w.TAILS, w.TAIL_REACH) or (
            end < len(tokens) and tokens[end] in w.JOINS
        )
