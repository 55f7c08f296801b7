"""Targeting rules of the italian70 round (issue 8): a named group dehumanised as vermin in
a simile, or its humanity denied, which the older rules left unread or missed.

- The simile: a named group, the plural copula, a few adverbs, "come" and maybe an
  article, then vermin or a beast the lexicon already reads of a group (hateprobe3's
  `said_of_group` cues, the insult lines), which hateprobe3 leaves unread after "come":
  "i cinesi sono come insetti", "gli africani sono come vampiri", "i rom sono come
  sciacalli", "i migranti sono come gli insetti". The round's cues "insetti" and "mosche"
  (lexicons/it/cues.txt) are read by hateprobe3 in its own shapes ("i cinesi sono
  insetti", "gli zingari sono mosche").
- The humanity denied: the round's lines (lexicons/it/identity_attack.txt) said right
  after a named group or after its copula and adverbs ("gli ebrei non fanno parte
  dell'umanità", "i musulmani sono mezzi uomini", "gli immigrati sono sub-umani", "i neri
  sono sotto-uomini"), and the name itself denied after "non meritano di essere chiamati"
  ("gli immigrati non meritano di essere chiamati persone", "i rom non meritano di essere
  chiamati esseri umani"), which italian40 reads as no regard denied.

Clean: real animals and things (no named group: "le formiche sono insetti", "i
pipistrelli sono come vampiri"), neutral mentions ("i neri fanno parte del genere umano",
"gli immigrati meritano di essere chiamati persone"), a group that is the object of
another's words ("i nazisti chiamavano gli ebrei sotto-uomini"), questions, quotes,
reports, denials and counter-speech (italian57's unsaid reading: "dire che i cinesi sono
insetti è razzismo", "i cinesi sono insetti? ma che dici").

Cost per hit: a frozenset test of the term (most hits end there); then at most
ARTICLE_REACH and ADVERB_REACH tokens back to the copula and the group before it, or the
four tokens after "meritano" and NAME_LEAD_REACH more to the name. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian70_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat58 import GameChat58Rules
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_italian40 import NOT_REFUSED_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSHAPED_NOTE", "Italian70Rules"]

# The note that cancels the round's terms outside its shapes (weighing.py zeroes it).
UNSHAPED_NOTE: Final[str] = "no named group dehumanised by the writer"
# The readings of vermin the simile re-reads: left at a thing, never a cancelled one.
_SIMILE_NOTES: Final[frozenset[str]] = frozenset({NOT_OF_GROUP_NOTE, ""})


class Italian70Rules(GameChat58Rules):
    """A named group likened to vermin ("i cinesi sono come insetti") or denied its
    humanity ("gli ebrei non fanno parte dell'umanità", "i musulmani sono mezzi
    uomini")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes aimed at the group, its
        terms cancelled outside them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.HUMANITY:
            said = self._it70_humanity_denied(ctx, hit) and not self._it57_unsaid(ctx, hit)
        elif note == NOT_REFUSED_NOTE:
            if not self._it70_name_denied(ctx, hit):
                return target, note  # italian40's reading
            said = not self._it70_merit_unsaid(ctx, hit)
        elif term in w.VERMIN and note in _SIMILE_NOTES and target is not Kind.GROUP:
            if not self._it70_likened(ctx, hit):
                return target, note  # "i pipistrelli sono come vampiri"
            said = not self._it57_unsaid(ctx, hit)
        elif term in w.NEW_CUES and target is Kind.GROUP:
            said = not self._it57_unsaid(ctx, hit)  # hateprobe3's reading of "insetti"
        else:
            return target, note  # most hits
        if said:
            return Kind.GROUP, IDENTITY_NOTE
        if target is Kind.GROUP:
            return Kind.NONE, UNSHAPED_NOTE  # "i nazisti chiamavano gli ebrei sotto-uomini"
        return target, note

    def _it70_group_said(self, ctx: Context, at: int, bare: bool) -> int:
        """Where a named group starts before its copula and a few adverbs right before
        token `at` ("i musulmani sono (solo) [mezzi uomini]"), or right before `at` when
        `bare` ("gli ebrei [non fanno parte ...]"); -1 if none."""
        tokens = ctx.tokens
        start = ctx.back_over(at, w.ADVERBS, w.ADVERB_REACH)
        if start >= 2 and tokens[start - 1] in w.COPULAS and not ctx.pause_after(start - 2):
            return self._it57_group_before(tokens, start - 1)
        if bare and start == at and at >= 1:
            return self._it57_group_before(tokens, at)
        return -1

    def _it70_humanity_denied(self, ctx: Context, hit: Hit) -> bool:
        """The round's lines said of a named group: after its copula ("sono mezzi uomini",
        "sono sub-umani"), or right after it when the line is a negated verb ("gli ebrei
        non fanno parte dell'umanità"); never after another's verb ("chiamavano gli ebrei
        sotto-uomini")."""
        bare = hit.entry.tokens[0] == w.NOT
        return self._it70_group_said(ctx, hit.first, bare) >= 0

    def _it70_likened(self, ctx: Context, hit: Hit) -> bool:
        """ "come" (and maybe an article) right before the vermin, after a named group's
        copula: "i cinesi sono come (gli) insetti"."""
        at = ctx.back_over(hit.first, w.ARTICLES, w.ARTICLE_REACH)
        like = at - 1
        if like < 2 or ctx.tokens[like] != w.LIKE or ctx.pause_after(like):
            return False
        return self._it70_group_said(ctx, like, False) >= 0

    def _it70_name_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "non meritano di essere chiamati (esseri) umani" after a named group opening its
        clause: the name of person denied, which italian40 reads as no regard denied."""
        tokens = ctx.tokens
        verb = hit.first
        lead = verb + 1
        called = lead + len(w.PASSIVE_LEAD)
        if verb < 2 or tokens[verb - 1] != w.NOT or called >= len(tokens):
            return False
        if tuple(tokens[lead:called]) != w.PASSIVE_LEAD or tokens[called] not in w.CALLED:
            return False
        name = ctx.skip_ahead(called + 1, w.NAME_LEADS, w.NAME_LEAD_REACH)
        if name >= len(tokens) or tokens[name] not in w.HUMAN_NAMES:
            return False
        start = self._it70_group_said(ctx, verb - 1, True)
        return start >= 0 and ctx.opens_after(start, w.OPENERS, w.OPENER_REACH)

    def _it70_merit_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted or asked, another's saying or countered (italian57's unsaid reading less
        hatecheck9's negation, which would take the claim's own "non" for a denial)."""
        return (
            ctx.quoted_or_asked(hit.first - 1, hit.last)
            or self._it11_reported(ctx, hit)
            or self._it55_countered(ctx, hit)
        )
