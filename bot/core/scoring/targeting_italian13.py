"""Targeting rules from the italian13 probe (issue 8): Italian personal insults in chat
said of a named person or a mentioned user.

- A first name (or the mentioned user) that "fa schifo" / "fa cagare": "marco fa
  schifo", "@paolo fa proprio schifo", "quel Marco fa cagare". The older rules read
  "fa schifo" as said of a thing unless a role stands before it, and "roblox fa
  schifo", "il tempo fa schifo" stay so: only a name from a list of common Italian
  first names (or a mention that opens the message) makes it a person's.
- "<first name> è [un/una] [proprio] <name-call>": "marco è un fallito", "giulia è
  proprio una fallita", said of a person outright as "lui è un fallito" already is.
- "quel/quella <name-call> di <first name>": "quella troia di sara", "quel pezzente di
  tuo fratello": a person, not a thing.
- "sta zitto/zitta" is an order only when nothing stands before it in its clause:
  "sta zitta troia" orders, "lui sta zitto tutto il giorno" reports.

Each rule starts from a frozenset test on the hit's term or the token next to it and
reads at most a few tokens of its clause, so cost stays O(1) per hit; only hits of
THING_JUDGED, STA_ZITTO, or an insult read as a thing or a third person reach it.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian13_words as i13
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_review12 import Review12Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian13Rules"]

REPORTED_STILL_NOTE: Final = "someone's silence reported, no order"
THING_NOTE: Final = "said of a thing, no named person"
_CALLS: Final = frozenset({Cat.INSULT, Cat.SEXUAL_HARASSMENT})
_REACH: Final = 6


class Italian13Rules(Review12Rules):
    """Italian name-calls said of a named person or a mentioned user."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, or a person where a first name or mention is named."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in i13.THING_JUDGED:
            fresh = term in i13.THING_JUDGED_NEW
            if fresh or target is Kind.OBJECT or target is Kind.NONE:
                named = self._i13_judged(ctx, hit)
                if named is not None:
                    return named
            if fresh and target is not Kind.MENTION:
                return Kind.OBJECT, THING_NOTE  # "fortnite fa proprio cagare"
            return target, note
        if term in i13.STA_ZITTO:
            if target is Kind.IMPERATIVE and hit.first > ctx.sentence_start(hit.first, _REACH):
                return Kind.NONE, REPORTED_STILL_NOTE  # "lui sta zitto tutto il giorno"
            return target, note
        if hit.entry.category not in _CALLS or hit.first < 1:
            return target, note
        if target is Kind.OBJECT and ctx.tokens[hit.first - 1] in i13.POINTERS:
            if self._i13_of_name(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "quella troia di sara"
        elif (
            (target is Kind.THIRD_PERSON or target is Kind.NONE)
            and not note
            and term not in i13.PRAISE_TOO
            and self._i13_name_is(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "marco è un fallito"
        return target, note

    @staticmethod
    def _i13_judged(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "NAME fa schifo" (maybe "quel NAME") or "@user fa schifo"; who, or None."""
        if hit.first < 1 or ctx.quoted(hit.first, hit.last):
            return None
        if ctx.mentioned and ctx.lead and hit.first == ctx.lead:
            return Kind.MENTION, ""  # "@paolo fa schifo"
        before = hit.first - 1
        if ctx.tokens[before] not in i13.FIRST_NAMES or ctx.pause_after(before):
            return None
        start = ctx.sentence_start(before, _REACH)
        if before == start or (before == start + 1 and ctx.tokens[start] in i13.POINTERS):
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return None

    @staticmethod
    def _i13_of_name(ctx: Context, hit: Hit) -> bool:
        """ "... <call> di <first name | tuo/tua ...>" right after the call."""
        tokens = ctx.tokens
        at = hit.last
        if at + 1 >= len(tokens) or tokens[at] != "di" or ctx.pause_after(at - 1):
            return False
        return tokens[at + 1] in i13.FIRST_NAMES or tokens[at + 1] in i13.OF_WHOM

    @staticmethod
    def _i13_name_is(ctx: Context, hit: Hit) -> bool:
        """ "<first name> è [un/una] [proprio] <call>" from the clause's start to its
        end: "marco è un mostro a calcio" goes on, and praises."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            return False
        start = ctx.sentence_start(hit.first, _REACH)
        if hit.first - start < 2 or tokens[start] not in i13.FIRST_NAMES:
            return False
        if tokens[start + 1] not in i13.COPULAS:
            return False
        return all(word in i13.CALL_FILL for word in tokens[start + 2 : hit.first])
