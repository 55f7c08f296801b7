"""Targeting rules of the discord11 round (issue 8): shapes a moderator of a large
Discord server sees in a week.

- Exposure of the reader's life ("i'll leak your pics", "gonna post ur address in
  general") is never match talk: a game word elsewhere in the line ("server",
  "general", "lobby") made the older rules read it as "gaming talk", as "i'll kill you"
  is in a round. No game has a move that posts a person's address or pictures. A
  negation just before it ("don't leak your ip in the server chat") keeps it advice.
- "kys" glossed as the kind acronym beside it ("kys = keep yourself safe", "keep
  yourself safe (kys)") is a kindness, not an order.
- "<thing> is <name-call> and so is ur personality": the judgement handed on to a part
  of the reader that stands for the reader, as chat6 reads "... and so are you".
- "<your thing> is <name-call>, <quit / stop posting / learn to write>": the reader's
  work run down and the reader told to stop making it ("your covers are trash, stop
  posting them"); the order makes the judgement the reader's.
- "kill yourself" with a respawn word in its clause ("kill yourself with tnt to
  respawn", "... in lava to clear your inventory") is a game move.

Most of the round is lexicon lines (exclusion from a voice chat or a team, leak
threats, Italian "non ti vogliamo in vocale"); "we don't want you in danger" is care.
Each rule starts from a frozenset test on the hit's term (or, for the carried
judgements, on the hit's category and one cue look-up per message); only those hits
reach a walk, and the walk stays in the hit's clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord11_words as d11
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck14 import HateCheck14Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord11Rules"]

GAMING_NOTE: Final = "gaming talk"  # targeting_person's note for a threat in match talk
GLOSS_NOTE: Final = "kys glossed as keep yourself safe"
CARE_NOTE: Final = "care for the reader, no exclusion"
RESPAWN_NOTE: Final = "a game move: killing one's character to respawn"
_REACH: Final = 10
_CARRY_REACH: Final = 8  # tokens from the name-call to "so is ur personality"
_CARRIED: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


class Discord11Rules(HateCheck14Rules):
    """Exposure threats in game-word lines, glossed "kys", respawn advice."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for the discord11 terms."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in d11.EXPOSURE:
            if note == GAMING_NOTE and d11.NEGATORS.isdisjoint(
                ctx.tokens[max(0, hit.first - 3) : hit.first]
            ):
                return hit.entry.aim or Kind.SECOND_PERSON, ""  # "post ur address in general"
            return target, note
        if term in d11.WANT_YOU_IN:
            if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in d11.CARE_STATES:
                return Kind.NONE, CARE_NOTE  # "we don't want you in danger"
            return target, note
        if term not in d11.SELF_KILL or ctx.quoted(hit.first, hit.last):
            if (
                target in _UNAIMED
                and hit.entry.category in _CARRIED
                and ctx.mentions_any("discord11_parts", d11.PERSON_PARTS)
                and self._d11_carried(ctx, hit)
            ):
                return Kind.SECOND_PERSON, note  # "ur build is ugly and so is ur personality"
            if (
                target in _UNAIMED
                and hit.entry.category is Cat.INSULT
                and ctx.mentions_any("discord11_quit", d11.QUIT_WORDS)
                and self._d11_told_to_quit(ctx, hit)
            ):
                return Kind.SECOND_PERSON, note  # "your covers are trash, stop posting them"
            return target, note
        tokens = ctx.tokens
        if term in d11.KYS and self._d11_glossed(tokens, hit):
            return Kind.NONE, GLOSS_NOTE
        end = ctx.sentence_end(hit.last - 1, _REACH)
        if not d11.RESPAWN.isdisjoint(tokens[hit.last : end]):
            return Kind.NONE, RESPAWN_NOTE
        return target, note

    @staticmethod
    def _d11_glossed(tokens: list[str], hit: Hit) -> bool:
        """ "keep yourself safe" right after or right before the acronym."""
        gloss = d11.KIND_GLOSS
        width = len(gloss)
        after = tuple(tokens[hit.last : hit.last + width])
        before = tuple(tokens[max(0, hit.first - width) : hit.first])
        return gloss in (after, before)

    @staticmethod
    def _d11_carried(ctx: Context, hit: Hit) -> bool:
        """ "... and so is your personality" in the clause right after the name-call."""
        tokens = ctx.tokens
        end = min(ctx.sentence_end(hit.last - 1, _CARRY_REACH), hit.last + _CARRY_REACH)
        for i in range(hit.last, end - 3):
            if (
                tokens[i] in d11.CARRY_SO
                and tokens[i + 1] in d11.CARRY_IS
                and tokens[i + 2] in d11.CARRY_YOUR
                and tokens[i + 3] in d11.PERSON_PARTS
            ):
                return True
        return False

    @staticmethod
    def _d11_told_to_quit(ctx: Context, hit: Hit) -> bool:
        """ "your <thing> is <call>" and right after it "quit" / "stop posting" / ..."""
        tokens = ctx.tokens
        at = hit.last
        if at >= len(tokens) or tokens[at] not in d11.QUIT_WORDS:
            return False
        if tokens[at] not in d11.QUIT_ALONE and (
            at + 1 >= len(tokens) or (tokens[at], tokens[at + 1]) not in d11.QUIT_PAIRS
        ):
            return False
        start = ctx.sentence_start(hit.first, _CARRY_REACH)
        return not d11.OWNERS.isdisjoint(tokens[start : hit.first])
