"""Targeting rules of the italian36 round (issue 8, twenty-fourth session): Italian (and
English) hate against an identity group that the base read as aimed at nothing.

- Disgust at a group's ordinary act: the disgust, then what opens the act ("vedere",
  "che", "quando", "se vedo"), then the group after articles or numbers alone: "mi fa
  schifo vedere due gay che si baciano", "è disgustoso che i gay si bacino in
  pubblico", "mi disgusta vedere le lesbiche che si baciano", "fa schifo vedere i neri
  sul tram". New lexicon lines ("disgustoso", "mi disgusta", "fa ribrezzo") count only
  here; the older disgust terms ("fa schifo", "che schifo vedere", "mi fa vomitare")
  are aimed here too. Stay clean: "mi fa schifo vedere due che si picchiano" (no
  group), "non mi fa schifo vedere due gay ..." (denied), "ti fa schifo ...?" (asked),
  "mi fa schifo vedere come trattano i gay" and "... due gay picchiati" (the disgust
  is at the doer), "è disgustoso il cibo della mensa".
- Contact or a chance refused to a member: "non voglio" (or "I don't want") with a
  member's phrase right after that closes the clause or takes a place or purpose ("non
  voglio un collega gay", "non voglio gay nella mia squadra", "non voglio un medico
  nero", "I don't want a muslim neighbour"); and the writer's conditional refusals
  (new lines "non darei mai", "non farei mai", "non lascerei mai", "non prenderei
  mai"; English "I wouldn't let", "I'd never give", said by the writer) with a member
  later in the clause: "non darei mai lavoro a un nero", "non farei mai giocare mio
  figlio con un rom", "I wouldn't let my kids play with black kids". Stay clean: "non
  voglio un collega maleducato", "non voglio un lavoro", "non voglio un collega gay
  triste, ..." (the member's phrase goes on), "non farei mai del male a un gay" (harm
  refused), "mio zio dice che non darebbe mai ..." (another's verb), "chi dice ..."
  (reported), quoted, asked.

Cost per hit: one frozenset test of the term; then at most OPENER_REACH +
DETERMINER_REACH + 3 tokens ahead for the act, REFUSAL_REACH for a refusal, and a few
tokens back for a denial or a reporter. No regex, no new work for messages without these
terms; the new lines' words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian36_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_precision21 import Precision21Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REFUSED_NOTE", "Italian36Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_REFUSED_NOTE: Final = "no group's act loathed nor member refused"
_HOSTILE_KINDS: Final = frozenset({Kind.GROUP, Kind.SECOND_PERSON, Kind.THIRD_PERSON})


class Italian36Rules(Precision21Rules):
    """Disgust at a group's ordinary act; contact or a chance refused to a member."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        disgust = term in w.DISGUST or term in w.OLD_DISGUST
        refusal = term in w.REFUSALS or term in w.OLD_UNWANTED
        if not disgust and not refusal:
            return target, note
        own = term in w.OWN_TERMS
        if target in _HOSTILE_KINDS and not own:
            return target, note  # an older reading already aims it
        if target is not Kind.REPORTED and not self._it36_unsaid(ctx, hit):
            if disgust and self._it36_act_loathed(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "mi fa schifo vedere due gay che ..."
            if term in w.OLD_UNWANTED and self._it36_member_unwanted(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "non voglio un collega gay"
            if term in w.REFUSALS and self._it36_member_refused(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "non darei mai lavoro a un nero"
        if own:
            return Kind.NONE, NOT_REFUSED_NOTE  # "è disgustoso il cibo della mensa"
        return target, note

    def _it36_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Asked, quoted, denied just before ("non mi fa schifo") or another's words
        ("chi dice ...", "mio zio dice che ...")."""
        if ctx.quoted_or_asked(hit.first, hit.last):
            return True
        tokens = ctx.tokens
        near = tokens[max(0, hit.first - w.NEGATION_REACH) : hit.first]
        if not w.NEGATIONS.isdisjoint(near):
            return True
        start = ctx.sentence_start(hit.first, w.REPORT_REACH)
        return not w.REPORTERS.isdisjoint(tokens[start : hit.first])

    def _it36_member_at(self, ctx: Context, at: int) -> int:
        """Where a member's phrase starting at token `at` ends (after articles, numbers
        or a preposition, a group word with a role before or after it: "un collega gay",
        "due uomini gay", "un medico nero", "a muslim neighbour"), or -1."""
        tokens = ctx.tokens
        size = len(tokens)
        for _ in range(w.DETERMINER_REACH):
            if at < size and tokens[at] in w.DETERMINERS and not ctx.pause_after(at):
                at += 1
        if at < size and tokens[at] in w.ROLES and not ctx.pause_after(at):
            at += 1  # "un collega gay", "un medico nero", "vicini rom"
            if at < size and tokens[at] in w.AFTER_ROLE:
                return at + 1
        if at >= size:
            return -1
        end = self._group_end(tokens, at)
        if end >= 0 and end < size and tokens[end] in w.GROUP_THINGS:
            return -1  # "a gay bar": a thing, not a member
        if end >= 0:
            return end + 1 if end < size and tokens[end] in w.ROLES else end  # "muslim neighbour"
        if (
            tokens[at] in self._cue_identity_adjective
            and at + 1 < size
            and tokens[at + 1] in w.ROLES
        ):
            return at + 2  # "a muslim neighbour", "a gay teacher"
        return -1

    def _it36_act_loathed(self, ctx: Context, hit: Hit) -> bool:
        """The disgust, an opener of the act, the group, and nothing done to the group
        after it in the clause: "mi fa schifo vedere due gay che si baciano"."""
        tokens = ctx.tokens
        at = hit.last
        if hit.entry.tokens[-1] != "vedere":
            if ctx.pause_after(hit.last - 1):
                return False
            at = ctx.find_ahead(hit.last, w.ACT_OPENERS, w.OPENER_REACH)
            if at < 0:
                return False
            at += 1
            if at < len(tokens) and tokens[at] in w.ACT_OPENERS:
                at += 1  # "quando vedo", "se vedo"
        end = self._it36_member_at(ctx, at)
        if end < 0:
            return False
        for i in range(end, min(len(tokens), end + w.VICTIM_REACH)):
            if tokens[i] in w.VICTIM_WORDS or tokens[i] in w.WRONG_ACTS:
                return False  # "... due gay picchiati": the disgust is at the doer
            if ctx.pause_after(i):
                break
        return True

    def _it36_member_unwanted(self, ctx: Context, hit: Hit) -> bool:
        """ "Non voglio" / "I don't want" with a member's phrase right after that closes
        the clause or takes a place or purpose; the English one said by the writer."""
        tokens = ctx.tokens
        if hit.entry.tokens[0] != "non" and not self._it36_by_writer(ctx, hit):
            return False  # "saying you don't want ...": not the writer's
        if ctx.pause_after(hit.last - 1):
            return False
        end = self._it36_member_at(ctx, hit.last)
        if end < 0:
            return False
        return ctx.closes_clause(end) or tokens[end] in w.CLOSERS

    def _it36_member_refused(self, ctx: Context, hit: Hit) -> bool:
        """ "Non darei mai lavoro a un nero": a member later in the refusal's clause, no
        harm refused on the way ("non farei mai del male a un gay")."""
        tokens = ctx.tokens
        if hit.entry.tokens[0] != "non" and not self._it36_by_writer(ctx, hit):
            return False  # "my mom wouldn't let me play with ...": not the writer's
        end = min(len(tokens), hit.last + w.REFUSAL_REACH)
        for i in range(hit.last, end):
            if tokens[i] in w.CLAUSE_ENDS or ctx.pause_after(i):
                end = i if tokens[i] in w.CLAUSE_ENDS else i + 1
                break
        if not w.HARM_WORDS.isdisjoint(tokens[hit.last : end]):
            return False  # "non farei mai del male a un gay", "I'd never let a gay friend down"
        return any(
            tokens[i] in w.DETERMINERS and self._it36_member_at(ctx, i) >= 0
            for i in range(hit.last, end)
        )

    def _it36_by_writer(self, ctx: Context, hit: Hit) -> bool:
        """The English refusal said by the writer: "I don't want", "I'd never let"."""
        before = ctx.tokens[max(0, hit.first - w.WRITER_REACH) : hit.first]
        return not w.WRITERS.isdisjoint(before)
