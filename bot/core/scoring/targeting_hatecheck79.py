"""Targeting rules of the hatecheck79 round (issue 8): violence called for against a
nation named by its bare adjective used as a plural group noun, which the older rules read
at no one or at a thing ("kill all japanese" and "kill the jews" were read; "kill the
japanese" was not).

- The shape: a harm verb (hatecheck70's `group_harm` verbs and the killing words older
  lines hit: "kill", "murder", "gas") as the hit's first word, then "the" (over "all",
  "of" and emphasis: "all of the fucking") and a nation's adjective (NATIONS: "japanese",
  "french", "irish", "swiss") closing its clause, or going on only into hatecheck70's
  tails or the next clause ("kill the french already", "shoot the dutch, all of them");
  the verb ordered (opening its sentence over the order words: "just", "lets",
  "somebody pls", "time to") or called for (hatecheck71's intent run: "we should",
  "someone needs to", "i'm gonna") or given as the writer's opinion (hatecheck77's "i
  say we", "i think we should").

Clean: a thing after the adjective ("kill the japanese tank first", "shoot the french
sniper", "kill the japanese beetles"), sport and praise ("we're gonna beat the french in
the final", "i love the japanese"), history and news (a past verb: "the americans bombed
the japanese in 1945"), negations ("nobody should kill the japanese", "we should never
bomb the french"), questions, quotes, reports and counter-speech (hatecheck28's
`_hc28_others`: "he said we should shoot the french"), game talk in the message. Only
readings left at no one or a thing with no note, or hateprobe5's unpromised threat, are
raised; any other rule's note stands.

Cost per hit: a frozenset test of the hit's first word; then OBJECT_REACH tokens on to
the nation, TAIL_REACH tokens after it, and the order or intent walk back to the
sentence's start. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck79_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat57 import GameChat57Rules
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hatecheck71 import intent_run
from bot.core.scoring.targeting_hateprobe5_threats import NOT_PROMISED_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck79Rules", "nation_named_after"]

# The readings this round may raise: at no one or at a thing, unnoted, hateprobe5's
# unpromised threat or hatecheck9's "gas" said of no group; a negation, a joke, a report
# or game talk keeps its note.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.OBJECT, Kind.NONE})
_RAISED_NOTES: Final[frozenset[str]] = frozenset({"", NOT_PROMISED_NOTE, NOT_SAID9_NOTE})


class HateCheck79Rules(GameChat57Rules):
    """Violence called for against a nation named by its bare adjective ("kill the
    japanese", "we should shoot the french", "someone needs to hang the irish")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the group's when the hit's verb
        calls for violence against a nation named by its adjective."""
        target, note = super().in_game(ctx, hit, target, note)
        terms = hit.entry.tokens
        if w.VERBS.isdisjoint(terms) or target not in _UNAIMED or note not in _RAISED_NOTES:
            return target, note
        if w.NATIONS.isdisjoint(ctx.tokens[hit.last : hit.last + w.OBJECT_REACH + 1]):
            return target, note  # no nation's adjective within reach of the verb
        verb = hit.first + next(i for i, term in enumerate(terms) if term in w.VERBS)
        if (
            nation_named_after(ctx, verb + 1)
            and self._hc79_called(ctx, verb)
            and not ctx.ends_asking(verb)
            and not (ctx.gaming and not ctx.in_real_life)
            and not self._hc28_others(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc79_called(self, ctx: Context, verb: int) -> bool:
        """The verb at token `verb` ordered, called for by someone's intent, or given as
        the writer's opinion, opening its sentence ("just kill ...", "we should ...", "i
        think we should ...")."""
        if hc43_opens(ctx, verb, w.ORDER_LEADS):
            return True
        run = intent_run(ctx, verb)
        if run >= 0 and hc43_opens(ctx, run, w.ORDER_LEADS):
            return True
        return self._hc77_opined(ctx, verb)


def nation_named_after(ctx: Context, at: int) -> bool:
    """From token `at` (right after the verb): "the" over OBJECT_SKIP, then a nation's
    adjective closing its clause, over TAILS or into the next clause ("the japanese",
    "all of the fucking french already"); not a thing after it ("the japanese tank")."""
    tokens = ctx.tokens
    nation = ctx.skip_ahead(at, w.OBJECT_SKIP, w.OBJECT_REACH)
    if nation >= len(tokens) or tokens[nation] not in w.NATIONS:
        return False
    if w.THE not in tokens[at:nation] or ctx.pause_after(nation - 1):
        return False  # "kill japanese", "kill the, french"
    end = nation + 1
    return ctx.closes_after(end, w.TAILS, w.TAIL_REACH) or (
        end < len(tokens) and tokens[end] in w.JOINS
    )
