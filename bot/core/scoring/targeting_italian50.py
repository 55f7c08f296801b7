"""Targeting rules of the italian50 round (issue 8): an Italian functional hate-speech
sweep's shapes that the older rules read as said of a thing or of no one.

- A killing wished with only a pronoun for its object: a wish ("bisognerebbe",
  "dovremmo", "vorrei") right before "sterminarli", "ammazzarle", or a passive call
  ("vanno ammazzati", "andrebbero sterminati"), opening the message or said right after a
  named group's topic, and closing its clause (past "tutti"): "bisognerebbe sterminarli",
  "dovremmo ammazzarli tutti", "gli ebrei? vanno sterminati tutti". Stay clean: "le
  zanzare? bisognerebbe sterminarle", "i bug? bisognerebbe eliminarli tutti" (a thing's
  topic), "i nemici vanno eliminati tutti" (a subject), reported, asked or quoted lines.
- A named group's topic sent home or out: "gli stranieri? tutti a casa", "gli immigrati?
  tutti fuori", "gli islamici? tutti da rimpatriare". Stay clean: "gli ospiti? tutti a
  casa dopo cena" (no group, goes on), "i bambini? tutti a casa".
- A group pronoun sent away to its home: "rimandiamoli tutti in africa", "rispediamoli a
  casa loro". Stay clean: "rimandiamoli domani", "rimandiamoli a settembre gli esami".
- A named group told it must not stay here (own lexicon lines): "gli zingari non devono
  stare qui". Stay clean: "i cani non devono stare qui", denied or reported lines.
- A third person's "non capisce mai un cazzo" (own lexicon lines) and "non vale niente"
  under italian48's pointing subject or italian49's pronoun: "lui non capisce mai un
  cazzo", "quella non vale niente". Stay clean: "io non capisco mai un cazzo", "lui non
  capisce mai un cazzo?", "quella partita non vale niente".

Cost per hit: frozenset tests of the term; then at most WISH_FILLER_REACH + 1 tokens back,
TAIL_REACH (or EXILE_LEAD_REACH, HOME_SPAN + TAIL_REACH) tokens ahead, and italian48's
topic and subject walks. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian44_words as i44
from bot.core.scoring import italian48_words as i48
from bot.core.scoring import italian49_words as i49
from bot.core.scoring import italian50_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck54 import HateCheck54Rules
from bot.core.scoring.targeting_italian48 import it48_pointed
from bot.core.scoring.targeting_italian49 import it49_person
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SAID_OF_GROUP_NOTE", "Italian50Rules"]

# The note that cancels this round's own lines out of shape (weighing zeroes it).
NOT_SAID_OF_GROUP_NOTE: Final[str] = "no named group or pointed person it is said of"
# The words of a third person's subject: "quella", "quel tizio", "lui".
_SUBJECT_WORDS: Final[frozenset[str]] = i48.POINTERS | i48.PERSON_NOUNS | i49.PERSONS


class Italian50Rules(HateCheck54Rules):
    """A killing wished under a pronoun, a group sent home or out, a group told not to
    stay, and a third person's "non capisce mai un cazzo" or "non vale niente"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed, its own lines out
        of shape cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.STAY_DENIED:
            if self._it50_stay_denied(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "gli zingari non devono stare qui"
            return Kind.NONE, NOT_SAID_OF_GROUP_NOTE
        if term in w.NEVER_CLAIMS:
            if target is not Kind.REPORTED and _it50_third_person(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "lui non capisce mai un cazzo"
            return Kind.NONE, NOT_SAID_OF_GROUP_NOTE
        if target in AIMED_KINDS or target is Kind.REPORTED:
            return target, note
        if ctx.quoted_or_asked(hit.first, hit.last) or self._hc9_unsaid(ctx, hit):
            return target, note
        if ctx.any_ahead(hit.last, i44.SAYINGS, i44.SAYING_REACH):
            return target, note  # "bisognerebbe sterminarli, scriveva hitler"
        if term in w.WORTHLESS and _it50_worthless(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quella non vale niente"
        if self._it50_killing_wished(ctx, hit) or self._it50_exiled(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "bisognerebbe sterminarli"
        if term in w.EXPELLING and _it50_sent_home(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "rimandiamoli tutti in africa"
        return target, note

    def _it50_opens(self, ctx: Context, start: int) -> bool:
        """Token `start` opens the message, or a named group's topic stands right before
        it (italian48's reading): "bisognerebbe ...", "gli ebrei? bisognerebbe ..."."""
        return start == 0 or self._it48_topic_before(ctx, start)

    def _it50_killing_wished(self, ctx: Context, hit: Hit) -> bool:
        """ "bisognerebbe sterminarli (tutti)", "vanno ammazzati tutti": a wished or
        passive killing opening the message or after a group's topic, closing its
        clause."""
        term = hit.entry.term
        parts = term.split(" ")
        if term in w.KILLING_CLITICS:
            lead = ctx.back_over(hit.first, w.WISH_FILLERS, w.WISH_FILLER_REACH) - 1
            if lead < 0 or ctx.tokens[lead] not in w.WISH_LEADS or ctx.pause_after(lead):
                return False
            start = lead
        elif len(parts) == 2 and parts[0] in w.PASSIVE_AUXILIARIES and parts[1] in w.KILLED:
            start = hit.first
        else:
            return False
        return self._it50_opens(ctx, start) and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)

    def _it50_exiled(self, ctx: Context, hit: Hit) -> bool:
        """ "gli stranieri? tutti a casa", "gli islamici? tutti da rimpatriare": sent
        home or out right after a named group's topic, closing the clause."""
        if hit.entry.term not in w.EXILES:
            return False
        start = ctx.back_over(hit.first, w.EXILE_LEADS, w.EXILE_LEAD_REACH)
        return self._it48_topic_before(ctx, start) and ctx.closes_after(
            hit.last, w.TAILS, w.TAIL_REACH
        )

    def _it50_stay_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "gli zingari non devono stare qui": a named group the subject, the denial
        closing its clause, neither asked, quoted nor reported."""
        return (
            not ctx.quoted_or_asked(hit.first, hit.last)
            and not self._hc9_unsaid(ctx, hit)
            and ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)
            and self._group_subject(ctx, hit.first)
        )


def _it50_third_person(ctx: Context, hit: Hit) -> bool:
    """italian48's pointing subject ("quella", "quel tizio") or italian49's pronoun
    ("lui", "lei") right before the claim, neither asked nor quoted (both check)."""
    return it48_pointed(ctx, hit) or it49_person(ctx, hit)


def _it50_worthless(ctx: Context, hit: Hit) -> bool:
    """ "quella non vale niente": a third person's subject opening the message (worth is
    more often denied to things: "la maglia? quella non vale niente")."""
    opening = ctx.back_over(hit.first, _SUBJECT_WORDS, i48.POINTED_SUBJECT_REACH)
    return opening == 0 and _it50_third_person(ctx, hit)


def _it50_sent_home(ctx: Context, hit: Hit) -> bool:
    """ "rimandiamoli (tutti) in africa / a casa loro": a home of their own right after
    the pronoun's verb, closing the clause, neither asked nor quoted."""
    tokens = ctx.tokens
    at = ctx.skip_ahead(hit.last, w.TAILS, 2)
    for size in range(2, w.HOME_SPAN + 1):
        end = at + size
        if tuple(tokens[at:end]) in w.HOMES and not ctx.pause_after(at - 1):
            return ctx.closes_after(end, w.TAILS, w.TAIL_REACH) and not ctx.quoted_or_asked(
                hit.first, end
            )
    return False
