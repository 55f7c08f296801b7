"""Targeting rules of the italian49 round (issue 8): a third person or group put down in
Italian chat with no plain insult aimed by the older rules.

- A personal pronoun subject: italian48's "non capisce un cazzo", "non sa fare niente"
  (and italian16's other claims of a person) right after "lui" or "lei" opening the
  clause, the claim closing it past chat's tails or "di niente":
  "lui non capisce un cazzo", "lei non sa fare niente". Stay clean: "lei non sa fare
  niente di male", "lui non capisce niente di calcio ma è simpatico" (narrowed, goes
  on), "io non capisco un cazzo" (the writer), "questo non sa fare niente" (a thing),
  asked, quoted or reported lines.
- Silence wished on a group and the group sent home: italian48's "le donne? zitte" read
  on to "e in cucina", "e a casa", "e a lavare i piatti". Stay clean: "zitte e in
  cucina è una frase sessista" (no group topic), asked or quoted lines.

Cost per hit: one frozenset test of the term; then one token back and PERSON_TAIL_REACH
ahead, or HOME_LEAD_REACH ahead and italian48's silence lead back. No regex.
"""

from __future__ import annotations

from bot.core.scoring import italian48_words as i48
from bot.core.scoring import italian49_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat47 import GameChat47Rules
from bot.core.scoring.targeting_italian16 import NO_SUBJECT_NOTE
from bot.core.scoring.targeting_italian48 import NOT_CLAIMED_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian49Rules", "it49_person"]


class Italian49Rules(GameChat47Rules):
    """A third person put down under a personal pronoun, and a silenced group sent
    home."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a cancelled claim of a person or silence on
        a group aimed when this round's shape holds."""
        target, note = super().in_game(ctx, hit, target, note)
        if note not in (NOT_CLAIMED_NOTE, NO_SUBJECT_NOTE) or self._hc9_unsaid(ctx, hit):
            return target, note
        term = hit.entry.term
        if term in i48.PERSON_CLAIMS and it49_person(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "lui non capisce un cazzo"
        if term in i48.SILENCE and self._it49_sent_home(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "le ragazze? zitte e in cucina"
        return target, note

    def _it49_sent_home(self, ctx: Context, hit: Hit) -> bool:
        """ "zitte e in cucina / a casa / a lavare i piatti" right after a named group's
        topic (italian48's reading), neither asked nor quoted."""
        tokens = ctx.tokens
        last = hit.last
        if last >= len(tokens) or tokens[last] != "e" or ctx.pause_after(last - 1):
            return False
        at = ctx.skip_ahead(last, w.HOME_LEAD, w.HOME_LEAD_REACH)
        if at >= len(tokens) or tokens[at] not in w.HOME or ctx.pause_after(at - 1):
            return False
        if ctx.quoted_or_asked(hit.first, at + 1):
            return False
        start = ctx.back_over(hit.first, i48.SILENCE_LEAD, i48.SILENCE_LEAD_REACH)
        return self._it48_topic_before(ctx, start)


def it49_person(ctx: Context, hit: Hit) -> bool:
    """A personal pronoun opening the clause right before the claim, the claim said whole
    (closing past chat's tails), neither asked nor quoted."""
    subject = hit.first - 1
    return (
        subject >= 0
        and ctx.tokens[subject] in w.PERSONS
        and not ctx.pause_after(subject)
        and (ctx.starts_sentence(subject) or ctx.pause_after(subject - 1))
        and ctx.closes_after(hit.last, w.PERSON_TAILS, w.PERSON_TAIL_REACH)
        and not ctx.quoted_or_asked(subject, hit.last)
    )
