"""Guard rules of the precision29 round (issue 8, twenty-ninth session): friendly
profanity said at no one, which older rounds read as an order or a come-on to the reader.

- "fuck me" exclaimed about the situation, with a bad word for it after: "fuck me what a
  terrible game", "fuck me this lag is trash", "fuck me sideways this update is
  garbage". The line opens with "fuck me" (maybe after an interjection, precision29_words
  .OPENERS, and with a manner word after it: sideways, running...), the situation opens
  right after (what, how, this, that...: FRAMES) and the whole rest of the line, at most
  REACH words, names no reader and no person or group; controls3 already cancels the
  exclamation when no other hostile word is in the line, and read any such word as a
  sign of a come-on. The bad words keep their own readings ("fuck me this guy is a
  moron" stays aimed: a person is named). Still aimed: "fuck me you dumb bitch", "fuck
  me what an idiot you are", "fuck me slut", "fuck me daddy", a mention or a reply.
- "kiss my ass goodbye": the writer is done for ("kiss my ass goodbye, lag is back",
  "well, kiss my ass goodbye"). The farewell follows at once (no pause: "kiss my ass,
  goodbye" is a send-off), only an interjection comes before, and the rest of the line
  names no reader or person and holds no hostile word.
- A sexual curse told to a thing named right after it: "suck my balls, lag", "suck my
  dick windows", like the older rounds' "fuck you traffic". The thing (the "thing" cue
  list) closes its clause, only an interjection comes before, and the rest of the line
  names no reader or person and holds no hostile word. Still aimed: "suck my dick ref",
  "suck my balls jake", "suck my dick you loser".

Cost per hit: one frozenset test of the term; then, only in a line that ends within
REACH tokens of the curse, those tokens tested against a dozen cue lists and (for the
last two shapes) the short line's words against the lexicon's hit words
(controls3's _other_hostility). No regex, no new work for messages without these terms;
no lexicon lines (the terms are older ones).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision29_words as w
from bot.core.scoring.precision26_words import PERSON_CUES, PERSONS
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.targeting_precision28 import Precision28Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["DONE_FOR_NOTE", "SITUATION_NOTE", "THING_CURSED_NOTE", "Precision29Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
SITUATION_NOTE: Final = "exclaimed about the situation, at no one"
DONE_FOR_NOTE: Final = "said as 'i am done for', to no one"
THING_CURSED_NOTE: Final = "told to a thing, not a person"


class Precision29Rules(Precision28Rules):
    """ "fuck me" exclaimed about a bad situation, "kiss my ass goodbye", and a sexual curse
    told to a thing."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS or ctx.mentioned or ctx.is_reply:
            return target, note
        entry = hit.entry
        if entry.tokens == w.FUCK_ME:
            if self._p29_situation(ctx, hit):
                return Kind.NONE, SITUATION_NOTE  # "fuck me what a terrible game"
            return target, note
        if entry.term in w.KISS_TERMS:
            if self._p29_done_for(ctx, hit):
                return Kind.NONE, DONE_FOR_NOTE  # "kiss my ass goodbye, lag is back"
            return target, note
        if entry.term in w.SUCK_TERMS and self._p29_thing_cursed(ctx, hit):
            return Kind.NONE, THING_CURSED_NOTE  # "suck my balls, lag"
        return target, note

    def _p29_situation(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck me" opens the line and a situation follows at once, naming no one."""
        tokens = ctx.tokens
        if not _p29_opens(ctx, hit) or len(tokens) - hit.last > w.REACH:
            return False
        at = hit.last
        if at < len(tokens) and tokens[at] in w.MANNER:
            at += 1  # "fuck me sideways"
        if at >= len(tokens) or tokens[at] not in w.FRAMES:
            return False
        return self._p29_no_one(ctx, hit.last)

    def _p29_done_for(self, ctx: Context, hit: Hit) -> bool:
        """ "kiss my ass goodbye": the farewell at once, then nothing aimed."""
        tokens = ctx.tokens
        at = hit.last
        if (
            at >= len(tokens)
            or tokens[at] not in w.GOODBYES
            or ctx.pause_after(at - 1)
            or not _p29_opens(ctx, hit)
            or len(tokens) - at > w.REACH
        ):
            return False
        return self._p29_no_one(ctx, at + 1) and not self._other_hostility(ctx, hit.first, hit.last)

    def _p29_thing_cursed(self, ctx: Context, hit: Hit) -> bool:
        """ "suck my balls, lag": a thing right after the curse closes the clause."""
        tokens = ctx.tokens
        named = hit.last
        if (
            named >= len(tokens)
            or tokens[named] not in ctx.cues["thing"]
            or not _p29_opens(ctx, hit)
            or len(tokens) - named > w.REACH
        ):
            return False
        if named + 1 < len(tokens) and not ctx.pause_after(named):
            return False  # "suck my dick windows users"
        return self._p29_no_one(ctx, named + 1) and not self._other_hostility(
            ctx, hit.first, hit.last
        )

    @staticmethod
    def _p29_no_one(ctx: Context, start: int) -> bool:
        """No reader, person or group in the rest of the line (at most REACH words)."""
        cues = ctx.cues
        return not any(
            token in PERSONS or any(token in cues[name] for name in PERSON_CUES)
            for token in ctx.tokens[start : start + w.REACH]
        )


def _p29_opens(ctx: Context, hit: Hit) -> bool:
    """The curse opens the line, maybe after one interjection ("oh", "well", "ugh")."""
    before = ctx.tokens[: hit.first]
    return len(before) <= 1 and w.OPENERS.issuperset(before)
