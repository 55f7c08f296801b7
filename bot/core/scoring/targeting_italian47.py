"""Targeting rules of the italian47 round (issue 8): Italian group claims and chat
name-calls in shapes the older rules still missed.

- A named group as the sentence's topic, set off by a comma, then a claim of
  hateprobe5's shapes (a skill denied, a harm done, a place to keep to) in the next
  clause: "i neri, non sanno fare niente", "le donne, non sanno guidare", "gli albanesi,
  non sanno fare nulla". hateprobe5 looks for the group right before the claim and the
  comma cut it off; the topic is italian44's (the group opens the sentence, only linking
  words, articles or pointing words before it). Stay clean: the claim asked ("i neri, non
  sanno fare niente? ma che dici"), quoted, reported after ("..., dicono i razzisti"),
  and any topic that is no identity group ("i miei colleghi, non sanno fare niente").
- "tutti uguali" said whole right after a group's topic: "i rom? tutti uguali", "gli
  immigrati - tutti uguali", "i neri? sempre uguali". hateprobe4 reads "uguali" as praise
  not denied; after "tutti"/"sempre" and closing its clause it lumps the group together
  (italian46's topic attack decides the topic, asking, quoting and saying). Stay clean:
  "tutti uguali a noi", "tutti uguali davanti alla legge" (the clause goes on), things
  ("i pomodori? tutti uguali").
- A name-call pointed at in chat with a verb of looking: "guarda sto sfigato", "guarda
  questa sfigata", "guardate sti sfigati", "guarda sto fallito". The pointing word and
  the verb make it someone in view, said outright (olid4's floor); a judging word that
  may describe a thing counts only when it closes the line, so no noun follows it
  ("guarda sto video fallito" holds no pointed word). Stay clean: "guarda sto video",
  "guarda sto campione" (no hostile word), asked or quoted lines.

Cost per hit: one term or category test; then CLAIM_LEAD_REACH back and italian44's
topic reach, or TOPIC_CLAUSE_REACH back (italian46), or two tokens back and TAIL_REACH
ahead. No regex, no new lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import italian44_words as i44
from bot.core.scoring import italian47_words as w
from bot.core.scoring.hatecheck44_words import CLAIM_NOTE
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck50 import HateCheck50Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian47Rules"]


class Italian47Rules(HateCheck50Rules):
    """A group's claim after its comma topic, "X? tutti uguali", and "guarda sto
    sfigato"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; "tutti uguali" after a group's topic aimed at
        the group, a name-call pointed at with a look said outright."""
        target, note = super().in_game(ctx, hit, target, note)
        if note == CLAIM_NOTE and self._it47_all_same(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "i rom? tutti uguali"
        if (
            not note
            and target in (Kind.THIRD_PERSON, Kind.OBJECT, Kind.NONE)
            and _it47_looked_at(ctx, hit)
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "guarda sto sfigato"
        return target, note

    def _group_subject(self, ctx: Context, at: int) -> bool:
        """The older group subject, or a named group as the sentence's topic with its
        comma right before the claim: "i neri, non sanno fare niente"."""
        if super()._group_subject(ctx, at):
            return True
        start = ctx.back_over(at, w.CLAIM_LEAD, w.CLAIM_LEAD_REACH)
        return (
            start >= 1
            and ctx.pause_after(start - 1)
            and self._it44_topic(ctx, start)
            and not ctx.ends_asking(at)
            and not ctx.quoted(start - 1, at + 1)
            and not ctx.any_ahead(at, i44.SAYINGS, i44.SAYING_REACH)
        )

    def _it47_all_same(self, ctx: Context, hit: Hit) -> bool:
        """ "Uguali" after "tutti"/"sempre", its clause closing, opening the clause right
        after a named group's topic (italian46's reading)."""
        first = hit.first
        return (
            hit.entry.term in w.SAME
            and first > 0
            and ctx.tokens[first - 1] in w.ALL_SAME_LEAD
            and ctx.closes_clause(hit.last)
            and self._it46_topic_attack(ctx, hit)
        )


def _it47_looked_at(ctx: Context, hit: Hit) -> bool:
    """A name-call right after a pointing word that a verb of looking opens ("guarda sto
    sfigato"), closing its line past chat tails, neither asked nor quoted."""
    first = hit.first
    tokens = ctx.tokens
    return (
        hit.entry.category is Cat.INSULT
        and hit.entry.weight >= OUTRIGHT_FLOOR
        and first >= 2
        and tokens[first - 1] in w.POINTERS
        and tokens[first - 2] in w.LOOKS
        and not ctx.pause_after(first - 2)
        and not ctx.pause_after(first - 1)
        and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
        and not ctx.quoted_or_asked(first, hit.last)
    )
