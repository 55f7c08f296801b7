"""Targeting rules of the italian39 round (issue 8, twenty-seventh session): Italian hate
against an identity group said as a right denied, a call to send it back, or an idiom of
dislike, which the base read as aimed at no one.

- An identity group denied a right, as the clause's subject with "must not" or "should
  not": "i gay non devono adottare", "le donne non dovrebbero guidare", "gli immigrati non
  devono (poter) avere la cittadinanza", "nessun musulmano dovrebbe entrare in italia".
  The right is a verb (italian39_words.RIGHT_VERBS) or a noun after "avere", "ricevere"
  (RIGHT_NOUNS); the group opens its clause after articles, quantifiers and a few
  openers. Stay clean: "i minorenni non devono guidare" (no identity group), "io non devo
  guidare stasera", "i gay devono poter adottare", "chi dice che i gay non devono
  adottare sbaglia" (the group does not open the clause: another's claim), "i gay non
  possono sposarsi in italia" ("can": a law told, not the writer's will), "i gay possono
  adottare?" (asked).
- The writer's call to take a right from a group or to shut it out, the group after "a",
  "ai", "agli", "per": "togliamo la cittadinanza agli immigrati", "vietare il matrimonio
  ai gay", "chiudiamo le frontiere ai musulmani" (TAKE_CALLS opening the sentence or
  after "bisogna", "dobbiamo"), and with no verb: "niente case popolari agli immigrati",
  "vietato l'ingresso ai rom" (NO_CALLS). Stay clean: "vietato l'ingresso ai cani",
  "niente alcol ai minorenni", "non è giusto togliere la cittadinanza agli immigrati",
  "la lega vuole togliere la cittadinanza agli immigrati" (no call of the writer's).
- The writer's call to send a group back: "rimpatriamo tutti gli immigrati", "bisogna
  rimandare a casa tutti gli immigrati" (SEND_BACKS, a group right after a few articles
  and quantifiers). Stay clean: "rimandiamo a casa gli ospiti alle dieci".
- Hate said in an idiom, of an identity group named right after it or opening the
  clause before it: "mi stanno sul cazzo gli ebrei", "i rom mi stanno sul cazzo", "non
  posso soffrire i musulmani", "i gay non li posso soffrire" (IDIOMS). Stay clean: "mi
  stanno sul cazzo i lunedì", "i politici mi stanno sul cazzo" (no identity group), "non
  posso soffrire il razzismo contro i neri" (the group only the topic), "mi stanno
  simpatici i miei vicini musulmani", "non posso vedere i neri morire in mare" (a
  verb after the group: its suffering, not the writer's dislike).

hateprobe6's entries "votare", "voto", "diritti", "diritto" are raised in the first two
shapes ("togliere il voto alle donne"); elsewhere their older readings stand. All shapes
are cancelled when quoted or asked.

Cost per hit: one frozenset test of the term per list; then at most a few tokens back
for the modal and the group (or the call and its demand) and DATIVE_REACH tokens ahead
for the group. No regex, no new work for messages without these terms; the new words
stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian39_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid29 import Olid29Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DENIED_NOTE", "NOT_DISLIKED_NOTE", "Italian39Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_DENIED_NOTE: Final = "no identity group denied a right or sent back"
NOT_DISLIKED_NOTE: Final = "an idiom of dislike not said of an identity group"

_VERBS: Final[frozenset[str]] = w.RIGHT_VERBS | w.OLD_RIGHT_VERBS
_NOUNS: Final[frozenset[str]] = w.RIGHT_NOUNS | w.OLD_RIGHT_NOUNS


class Italian39Rules(Olid29Rules):
    """An identity group denied a right or sent back, and hate said in an idiom."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.IDIOMS:
            if target is not Kind.REPORTED and self._it39_disliked(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "mi stanno sul cazzo gli ebrei"
            return Kind.NONE, NOT_DISLIKED_NOTE  # "mi stanno sul cazzo i lunedì"
        own = term in w.OWN_TERMS
        if not own and term not in w.OLD_RIGHT_VERBS and term not in w.OLD_RIGHT_NOUNS:
            return target, note
        if target is not Kind.REPORTED and self._it39_denied(ctx, hit, term):
            return Kind.GROUP, IDENTITY_NOTE  # "i gay non devono adottare"
        if own:
            return Kind.NONE, NOT_DENIED_NOTE  # "i minorenni non devono guidare"
        return target, note

    def _it39_denied(self, ctx: Context, hit: Hit, term: str) -> bool:
        """A right denied to a group (the modal frame or the writer's call) or a group
        sent back, not quoted nor asked."""
        if term in w.SEND_BACKS:
            start = self._it39_sent_back(ctx, hit)
        elif term in _VERBS:
            if ctx.any_ahead(hit.last, w.CUSTOMS, w.CUSTOM_REACH):
                return False  # "gli ebrei non devono guidare di sabato": a custom
            start = self._it39_modal_subject(ctx, ctx.back_over(hit.first, w.POTER, 2))
        elif term in _NOUNS:
            start = self._it39_noun_denied(ctx, hit)
        else:
            return False
        return start >= 0 and not ctx.quoted_or_asked(start, hit.last)

    def _it39_noun_denied(self, ctx: Context, hit: Hit) -> int:
        """ "(non devono) avere la cittadinanza", "togliamo il voto alle ...", "niente case
        popolari agli ...": where the frame starts, or -1."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.ARTICLES, 1)
        if at < 1 or ctx.pause_after(at - 1):
            return -1
        before = tokens[at - 1]
        if before in w.HAVE_VERBS:
            return self._it39_modal_subject(ctx, ctx.back_over(at - 1, w.POTER, 2))
        start = at - 1
        if before in w.TAKE_CALLS:
            if not (_it39_opens(ctx, start) or _it39_demanded(ctx, start)):
                return -1
        elif before not in w.NO_CALLS or not _it39_opens(ctx, start):
            return -1
        end = self._it39_dative_group(ctx, hit.last)
        if end < 0 or not _it39_call_ends(ctx, start, end):
            return -1
        return start

    def _it39_modal_subject(self, ctx: Context, at: int) -> int:
        """The group opening its clause right before the modal that ends at token `at`
        ("i gay non devono", "nessun musulmano dovrebbe"): where it starts, or -1."""
        tokens = ctx.tokens
        if at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.NEGATED_MODALS:
            modal = at - 2
            nobody = False
        elif at >= 1 and tokens[at - 1] in w.MODALS:
            modal = at - 1
            nobody = True
        else:
            return -1
        if modal < 1 or ctx.pause_after(modal - 1):
            return -1
        start = self._it39_group_before(tokens, modal)
        if start < 0:
            return -1
        if nobody:
            if start < 1 or tokens[start - 1] not in w.NOBODY:
                return -1
            start -= 1
        elif tokens[start - 1] in w.NOBODY if start >= 1 else False:
            return -1  # "nessun ebreo non deve": a double negation, read as no frame
        lead = ctx.back_over(start, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        return lead if _it39_opens(ctx, lead) else -1

    def _it39_group_before(self, tokens: list[str], end: int) -> int:
        """Where a group ending right before token `end` starts ("i gay", "le persone
        trans"), or -1."""
        start = self._group_ending_at(tokens, end - 1, end)
        if start >= 0:
            return start
        if end >= 2 and self._group_end(tokens, end - 2) == end:
            return end - 2
        return -1

    def _it39_dative_group(self, ctx: Context, at: int) -> int:
        """Where "agli immigrati", "a tutti i rom", "per i gay" from token `at` on ends, in
        the same clause, or -1."""
        tokens = ctx.tokens
        size = len(tokens)
        if at >= size or tokens[at] not in w.DATIVES or ctx.pause_after(at - 1):
            return -1
        at = ctx.skip_ahead(at + 1, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        if at >= size or ctx.pause_after(at - 1):
            return -1
        return self._group_end(tokens, at)

    def _it39_sent_back(self, ctx: Context, hit: Hit) -> int:
        """ "rimpatriamo (subito) tutti gli immigrati", "bisogna rimandare a casa i rom":
        the writer's call, then a group after a few articles and quantifiers."""
        start = hit.first
        if not (_it39_opens(ctx, start) or _it39_demanded(ctx, start)):
            return -1
        tokens = ctx.tokens
        size = len(tokens)
        at = ctx.skip_ahead(hit.last, w.SEND_LEAD, w.SEND_LEAD_REACH)
        if at >= size or ctx.pause_after(at - 1):
            return -1
        end = self._group_end(tokens, at)
        return start if end > 0 and _it39_call_ends(ctx, start, end) else -1

    def _it39_disliked(self, ctx: Context, hit: Hit) -> bool:
        """The idiom said of a group right after it ("mi stanno sul cazzo gli ebrei", the
        idiom opening its sentence) or opening the clause before it ("i rom mi stanno sul
        cazzo"); the group only the topic ("il razzismo contro i neri") is no target."""
        if ctx.quoted_or_asked(hit.first, hit.last):
            return False
        tokens = ctx.tokens
        size = len(tokens)
        at = hit.last
        if at < size and _it39_opens(ctx, hit.first) and not ctx.pause_after(at - 1):
            for _ in range(w.GROUP_LEAD_REACH):
                if at < size and tokens[at] in w.GROUP_LEAD:
                    at += 1
            end = self._group_end(tokens, at) if at < size else -1
            if end > 0:
                return not _it39_seen_suffer(ctx, hit, end)
        start = self._it39_group_before(tokens, hit.first) if hit.first >= 1 else -1
        if start < 0 or ctx.pause_after(hit.first - 1):
            return False
        lead = ctx.back_over(start, w.GROUP_LEAD, w.GROUP_LEAD_REACH)
        return _it39_opens(ctx, lead)


def _it39_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after two openers ("e", "ma", "quindi")."""
    return ctx.opens_after(at, w.OPENERS, w.OPENER_REACH)


def _it39_seen_suffer(ctx: Context, hit: Hit, end: int) -> bool:
    """ "non posso vedere i neri morire in mare", "non riesco a sopportare i gay
    trattati così": a verb right after the group, which the writer cannot bear to see
    suffer (said of the idioms of seeing and bearing only)."""
    tokens = ctx.tokens
    if hit.entry.term not in w.BEARING or end >= len(tokens) or ctx.pause_after(end - 1):
        return False
    return tokens[end].endswith(w.INFINITIVE_ENDINGS) or tokens[end].endswith(w.PARTICIPLES)


def _it39_call_ends(ctx: Context, start: int, end: int) -> bool:
    """A call in the infinitive with no demand before it ends its clause after the group
    (or goes on with a place): "rimpatriare tutti i rom!", not the subject of a judgement
    ("togliere il voto alle donne è da fascisti", "rimpatriare i migranti costa")."""
    tokens = ctx.tokens
    if not tokens[start].endswith(w.INFINITIVE_ENDINGS) or _it39_demanded(ctx, start):
        return True
    return end >= len(tokens) or ctx.pause_after(end - 1) or tokens[end] in w.PLACE_AFTER


def _it39_demanded(ctx: Context, at: int) -> bool:
    """The writer's demand right before the call, opening its sentence: "bisogna
    togliere", "dobbiamo subito rimpatriare"; "non bisogna togliere" is no demand."""
    at = ctx.back_over(at, w.DEMAND_ADVERBS, 1)
    if at < 1 or ctx.tokens[at - 1] not in w.DEMANDS or ctx.pause_after(at - 1):
        return False
    return _it39_opens(ctx, at - 1)
