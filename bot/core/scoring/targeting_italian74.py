"""Targeting rules of the italian74 round (issue 8): a named group's nature said fixed, and
a group sent home or wearied of by "us" in forms the older rules missed; and a nationality
that is a team in a sports line, which they read as the group.

- The stereotype: a named group right before "non cambieranno mai", "non cambiano mai" or
  "sono fatti così", the frame closing its clause ("questi africani non cambieranno mai",
  "i rom sono fatti così"); and a fatalistic tail after a pause that follows such a frame
  or "<group> sono così" ("i nigeriani sono così, non c'è niente da fare", "..., è nel
  loro sangue"). Never a thing or a single person ("le cose non cambieranno mai", "mia
  sorella è fatta così"), a frame going on to an object ("gli olandesi non cambiano mai
  modulo"), a denial ("i rom non sono fatti così"), an acceptance or praise after the frame
  in its sentence ("i gay sono fatti così e va benissimo", "..., non c'è niente di male",
  "..., sempre allegri") or counter-speech.
- The call home: a first-plural or plural clitic call and a home of their own after it
  (italian50's homes, which it reads only after "rispediamoli" and kin): "mandiamoli tutti
  a casa loro", "mandiamoli a casa loro"; guests or kids named, or a plain reason ("gli
  ospiti sono stanchi, mandiamoli a casa loro con un taxi"), office holders named ("...,
  i ministri incapaci"), and the call said by others ("chi grida mandiamoli tutti a casa
  loro ...") stay clean.
- "We" all fed up: "siamo tutti stufi degli stranieri", read as italian73 reads "siamo
  stufi": the group after it in the clause.
- The team: a nation that fields teams with a sports word near it names no group: "siamo
  stufi dei tedeschi in questo torneo" is about a side, as the round's own readings are.

Cost per hit: a frozenset test of the term (most hits end there); then bounded walks of
at most TAIL_REACH, SAYING_REACH, FILLER_REACH, PLAIN_REACH or SPORT_REACH tokens. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian50_words as w50
from bot.core.scoring import italian73_words as w73
from bot.core.scoring import italian74_words as w
from bot.core.scoring.italian11_words import REPORTING
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat62 import GameChat62Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_FIXED74_NOTE", "Italian74Rules"]

# The note that cancels the round's own lines outside its shapes (weighing zeroes it).
NOT_FIXED74_NOTE: Final[str] = "no named group said fixed, sent home or wearied of"
_FRAMES: Final[tuple[tuple[str, ...], ...]] = (
    *(tuple(term.split(" ")) for term in sorted(w.NEVER_CHANGE)),
    w.SO,
)
_OWN_TAILS: Final[frozenset[str]] = frozenset({"non c e niente da fare", "c e poco da fare"})
_OWN_TERMS: Final[frozenset[str]] = (
    w.NEVER_CHANGE | _OWN_TAILS | w.CALLS | w.OWN_CALLS_HOME | w.WE_ALL_FED_UP
)
_TEAM_READ: Final[frozenset[str]] = w73.WE_BEAR_NOT | w.WE_ALL_FED_UP | w.NEVER_CHANGE
_SAYING: Final[frozenset[str]] = REPORTING | w.SHOUTING


class Italian74Rules(GameChat62Rules):
    """A group's nature said fixed ("gli zingari non cambiano mai"), a group sent home by
    a clitic call ("mandiamoli tutti a casa loro"), "siamo tutti stufi" of a group; a
    nation in a sports line is a team."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes aimed at the group, its own
        lines cancelled outside them, and a team's nation read as no group."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.NEVER_CHANGE:
            said = self._it74_fixed(ctx, hit)
        elif term in w.FATAL_TAILS:
            said = self._it74_fatal_tail(ctx, hit)
        elif term in w.CALLS or term in w.CALLS_HOME:
            said = self._it74_sent_home(ctx, hit)
        elif term in w.WE_ALL_FED_UP:
            said = self._it74_fed_up(ctx, hit)
        else:
            said = False
        if said and not self._it74_unsaid(ctx, hit):
            target, note = Kind.GROUP, IDENTITY_NOTE
        elif term in _OWN_TERMS:
            return Kind.NONE, NOT_FIXED74_NOTE  # "le cose non cambieranno mai"
        if target is Kind.GROUP and term in _TEAM_READ and self._it74_team(ctx, hit):
            return Kind.NONE, NOT_FIXED74_NOTE  # "siamo stufi dei tedeschi in questo torneo"
        return target, note

    def _it74_fixed(self, ctx: Context, hit: Hit) -> bool:
        """A named group right before the frame, and the frame closing its clause or
        followed by a word that opens another: "gli zingari non cambiano mai (e ...)"."""
        end = hit.last
        if not ctx.closes_clause(end) and ctx.tokens[end] not in w.FRAME_ENDS:
            return False  # "gli olandesi non cambiano mai modulo"
        if self._it74_accepted(ctx, end):
            return False  # "i gay sono fatti così e va benissimo"
        return self._it57_group_before(ctx.tokens, hit.first) >= 0

    def _it74_accepted(self, ctx: Context, end: int) -> bool:
        """An acceptance in the frame's sentence at most ACCEPT_REACH tokens after it, not
        right after "non": "sono fatti così e va benissimo", "..., non c'è niente di male"."""
        tokens = ctx.tokens
        stop = ctx.sentence_end(end - 1, w.ACCEPT_REACH)
        for i in range(end, stop):
            if i > 0 and tokens[i - 1] == "non":
                continue  # "... e non va bene"
            for size in range(1, w.ACCEPT_SPAN + 1):
                if i + size <= stop and tuple(tokens[i : i + size]) in w.ACCEPTING:
                    return True
        return False

    def _it74_fatal_tail(self, ctx: Context, hit: Hit) -> bool:
        """A pause with at most TAIL_REACH tokens between it and the tail, and a frame or
        "sono così" ending right at it after a named group: "i rom sono così, non c'è
        niente da fare"."""
        tokens = ctx.tokens
        for k in range(hit.first - 1, max(-1, hit.first - 2 - w.TAIL_REACH), -1):
            if not ctx.pause_after(k):
                continue
            for frame in _FRAMES:
                start = k + 1 - len(frame)
                if start > 0 and tuple(tokens[start : k + 1]) == frame:
                    return self._it57_group_before(tokens, start) >= 0
            return False
        return False

    def _it74_sent_home(self, ctx: Context, hit: Hit) -> bool:
        """The call and a home of their own after it ("mandiamoli (tutti) a casa loro"),
        with no guests, kids or plain reason near it ("sono stanchi", "con un taxi")."""
        tokens = ctx.tokens
        if hit.entry.term in w.CALLS_HOME:
            home = hit.last < len(tokens) and tokens[hit.last] == w.THEIRS
        else:
            at = ctx.skip_ahead(hit.last, w.CALL_FILLERS, w.FILLER_REACH)
            home = any(
                tuple(tokens[at : at + size]) in w50.HOMES for size in range(2, w50.HOME_SPAN + 1)
            )
        if not home:
            return False
        near = tokens[max(0, hit.first - w.PLAIN_REACH) : hit.last + w.PLAIN_REACH]
        return w.PLAIN_HOME.isdisjoint(near)

    def _it74_fed_up(self, ctx: Context, hit: Hit) -> bool:
        """italian73's reading of "siamo stufi": a named group after it in the clause, not
        one defended ("di chi insulta gli stranieri") or seen harmed."""
        return (
            self._hc9_group_after(ctx, hit)
            and not self._it11_about_group(ctx, hit)
            and not self._it73_seen_harmed(ctx, hit)
        )

    def _it74_unsaid(self, ctx: Context, hit: Hit) -> bool:
        """Quoted or asked, denied ("non è vero che"), countered, or another's words: a
        saying verb before the hit in its sentence ("chi grida mandiamoli ...")."""
        start = ctx.sentence_start(hit.first, w.SAYING_REACH)
        return (
            ctx.quoted_or_asked(hit.first, hit.last)
            or self._framed_as_false(ctx, hit)
            or self._it11_reported(ctx, hit)
            or self._it55_countered(ctx, hit)
            or not _SAYING.isdisjoint(ctx.tokens[start : hit.first])
        )

    def _it74_team(self, ctx: Context, hit: Hit) -> bool:
        """A nation that fields teams in the hit's sentence with a sports word near it,
        and no other group there: the side, not the people."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.SPORT_REACH)
        end = ctx.sentence_end(hit.last - 1, w.SPORT_REACH)
        team = False
        for i in range(start, end):
            if hit.first <= i < hit.last:
                continue
            if tokens[i] in w.TEAM_NATIONS:
                near = tokens[max(start, i - w.SPORT_REACH) : min(end, i + w.SPORT_REACH)]
                team = team or not w.SPORT.isdisjoint(near)
            elif self._group_named_at(tokens, i, end):
                return False  # "i tedeschi e gli ebrei ..., anche in finale"
        return team
