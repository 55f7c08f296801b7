"""Targeting rules of the italian26 round (issue 8, nineteenth session): Italian chat and
social posts that call people by a party or ideological label with a swearing tail, and
the southern "si" for "sei" before an insult.

- A label said only of people (a party, an ideology, a public role: italian26_words.
  LABELS) right before a swearing tail ("di merda", "demmerda", "del cazzo"): "comunista
  di merda", "i piddini di merda rovinano tutto", "taci fascista di merda", "quel
  grillino di merda di mio cognato". italian3 reads a tail as said of a thing unless a
  person's noun stands before it ("persona di merda"). The label must open its clause or
  follow an article, a pointing word, "sei", a word of scorn or an order to be quiet
  (italian26_words.LEADS). Clean: "che partita di merda", "governo di merda" (not a
  label), "un programma politico di merda" (an adjective of a thing), "sono un
  comunista di merda", "mi sento un politico di merda" (the writer), "mi ha dato del
  comunista di merda" (reported), "sono un comunista convinto" (no tail).
- The southern "si" for "sei" right before an insult said whole, "si" opening its
  clause or after "ma" / "tu": "si scemo?", "ma tu si proprio stupido", "si cretino o
  cosa". Clean: "si, scemo io che ci ho creduto" (a pause, the writer), "si è scemi a
  vent'anni", "si diventa scemi" (a verb between), "si, bravo" (no insult), "mi ha
  detto si scemo" (reported: the older reading stands).

Cost: in `in_game`, a frozenset test of the term (TAILS) or the category, then at most
two tokens back to a label and its lead and four more for the writer or a reporting
word; for "si", at most four tokens back and two ahead. No regex, no work for messages
without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian26_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord22 import Discord22Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian26Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_SI_OVER: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_NAMING: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})


class Italian26Rules(Discord22Rules):
    """A party label with a swearing tail; the southern "si" for "sei" before an insult."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in w.TAILS:
            if target in _UNAIMED:
                called = self._i26_labelled(ctx, hit)
                if called is Kind.SECOND_PERSON:
                    return called, ""  # "sei un comunista di merda"
                if called is not None:
                    return called, OUTRIGHT_NOTE  # "i piddini di merda rovinano tutto"
            return target, note
        if (
            entry.category in _NAMING
            and not note
            and target in _SI_OVER
            and len(entry.tokens) == 1
            and self._i26_dialect_si(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "si scemo?"
        return target, note

    def _i26_labelled(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """A party label right before the tail, opening its clause or after a lead
        word; never the writer's own label or a reported call."""
        tokens = ctx.tokens
        label = hit.first - 1
        if label < 0 or ctx.pause_after(label):
            return None
        word = tokens[label]
        if word not in w.LABELS:
            if label < 1 or (tokens[label - 1], word) not in w.LABEL_PAIRS:
                return None
            label -= 1  # "no vax di merda"
        if ctx.quoted(label, hit.last):
            return None
        lead = label - 1
        if lead >= 0 and not ctx.pause_after(lead) and tokens[lead] not in w.LEADS:
            return None  # "un programma politico di merda": an adjective of a thing
        floor = max(0, ctx.sentence_start(label, w.SELF_REACH))
        before = tokens[floor:label]
        if not w.SELF_OR_SAID.isdisjoint(before):
            return None  # "mi sento un politico di merda", "mi ha dato del fascista ..."
        if w.I_AM in before and word.endswith(w.SINGULAR_ENDS):
            return None  # "sono un comunista di merda"
        if not w.YOU_ARE.isdisjoint(before):
            return Kind.SECOND_PERSON
        return Kind.THIRD_PERSON

    def _i26_dialect_si(self, ctx: Context, hit: Hit) -> bool:
        """ "si" for "sei" right before the insult (a filler or two between), opening its
        clause or after "ma" / "tu"; the insult closes its clause or goes on only with
        "o cosa", "pure tu"; never the writer ("si, scemo io")."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        at = first - 1
        floor = first - 1 - w.SI_FILLER_REACH
        while at > floor and at >= 0 and tokens[at] in w.SI_FILLERS:
            at -= 1
        if at < 0 or tokens[at] != w.SI:
            return False
        for i in range(at, first):
            if ctx.pause_after(i):
                return False  # "si, scemo io che ci ho creduto"
        if ctx.quoted(at, last):
            return False
        lead = at - 1
        if lead >= 0 and not ctx.pause_after(lead):
            if tokens[lead] not in w.SI_OPENERS:
                return False
            if lead > 0 and not ctx.pause_after(lead - 1) and tokens[lead - 1] not in w.SI_OPENERS:
                return False  # "mi ha detto ma si scemo": only "ma tu si"
        if not ctx.closes_clause(last) and tokens[last] not in w.SI_GOES_ON:
            return False
        return w.ME.isdisjoint(tokens[last : last + 2])
