"""Targeting rules from the fifth forum probe (issue 8, forum5): Reddit comments that
name people by a plural name-call or by what they do, not by who they are.

- "the/these/those [filler] <plural name-call>" followed by what they do or where they
  are: "these idiots in the comments think ...", "the morons who designed this law",
  "these fools will upvote anything", "the idiots in Washington accuse ...". A
  plural name-call means people; the older rules read "in"/"who" after it as a thing.
  The writer among them ("we were the idiots who ...") and quoted words stay as read.
- "anyone/everyone/whoever ... is a <name-call>", "people/those who ... are <name-call>":
  "anyone who thinks the earth is flat is a certified moron", "everyone in that fandom
  is a creepy degenerate", "people who drive like that are braindead morons". The older
  rules read "anyone who thinks ... is" as counter-speech; it is that only when the
  clause between names a group or a person ("anyone who says black
  people are not human is a bigot", "anyone who says he is an idiot is wrong"), and
  then the earlier reading stands.
- One person named by what they did: "the guy who wrote this is an idiot", "the person
  who designed this menu is an idiot" (the older rules read the verb of writing as
  reported speech); said of them outright, as "he is an idiot" is. A person in the
  clause ("the guy who called me an idiot is my brother") leaves the earlier reading.

"only a fool would buy that stock now" stays clean, as the insprec probe decides: a
hypothetical about the act, not a call aimed at anyone.

Each rule starts from a frozenset test on the hit's term or the token before it and
reads at most REACH tokens of its sentence, so cost stays O(1) per hit; only insult and
identity hits read as a thing, nobody's, or reported reach the walk.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum5_words as f5
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_control12 import Control12Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum5Rules"]

_AIMABLE: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_FIRST: Final = frozenset({"i", "im", "me", "my", "we", "us", "our", "ive", "id"})


def _said_of(called: TargetKind) -> str:
    """One person named by what they did is called outright, as "he is a liar" is."""
    return SAID_OF_NOTE if called is Kind.THIRD_PERSON else ""


class Forum5Rules(Control12Rules):
    """People named by a plural name-call or by a relative clause, aimed as a group."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        self._forum5_groups = (
            cues["identity"] | cues["identity_adjective"] | cues["group_named"] | cues["group_noun"]
        )
        self._forum5_hits = lexicon.hit_words

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, or a group where this round's shapes name one."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.category not in _AIMABLE or hit.first < 1:
            return target, note
        if (
            not note
            and target in _UNAIMED
            and entry.term in f5.PLURAL_NAMES
            and self._forum5_pointed(ctx, hit)
        ):
            return Kind.GROUP, ""  # "these idiots in the comments think ..."
        if target is Kind.REPORTED or (not note and target in _UNAIMED):
            called = self._forum5_call(ctx, hit)
            if called is not None:
                return called, _said_of(called)  # "anyone who still votes for ... is a moron"
        return target, note

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe3's answer, but "anyone who thinks the earth is flat is a moron" is no
        counter-speech: the clause between names no group and no person."""
        shaped = super().probe3_aim(ctx, hit)
        if shaped is not None and shaped[0] is Kind.REPORTED and hit.entry.category in _AIMABLE:
            called = self._forum5_call(ctx, hit)
            if called is not None:
                return called, _said_of(called)
        return shaped

    def _forum5_call(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """A name-call after a copula or its fillers, said of anyone who does something
        or of one person named by what they did; who it is said of, or None."""
        if hit.first < 3:
            return None
        before = ctx.tokens[hit.first - 1]
        filler = before in f5.CALL_FILL or before in f5.COPULAS
        if not filler and before not in self._forum5_hits:
            return None  # "is a gullible moron": another hit may stand between
        return self._forum5_anyone(ctx, hit)

    def _forum5_pointed(self, ctx: Context, hit: Hit) -> bool:
        """ "the/these/those [filler] NAMES <doing or where>", not the writer's own."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in f5.AFTER_NAME:
            return False
        if ctx.pause_after(hit.last - 1) or ctx.quoted(hit.first, hit.last):
            return False
        at = hit.first - 1
        floor = max(0, hit.first - 3)
        while at > floor and tokens[at] in f5.NAME_FILL and not ctx.pause_after(at):
            at -= 1
        if tokens[at] not in f5.POINTING or ctx.pause_after(at):
            return False
        start = ctx.sentence_start(at, 4)
        return _FIRST.isdisjoint(tokens[start:at])  # "we were the idiots who ..."

    def _forum5_anyone(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """ "anyone who ... is a NAME": the copula before the call, an opener of anyone
        (or of one person, "the guy who wrote this") before it, and between them no
        person and no group; who the call is said of, or None."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, f5.REACH + 4)
        at = hit.first - 1
        floor = max(start, hit.first - 5)
        while at > floor and tokens[at] not in f5.COPULAS:
            if tokens[at] not in f5.CALL_FILL and tokens[at] not in self._forum5_hits:
                return None
            at -= 1
        if tokens[at] not in f5.COPULAS or at - start < 2:
            return None
        for j in range(at - 1, max(start, at - f5.REACH) - 1, -1):
            word = tokens[j]
            related = tokens[j + 1] in f5.RELATIVES
            opens = (word in f5.ANYONE and at > j + 1 + related) or (
                (word in f5.WHO_HEADS or word in f5.ONE_HEADS) and related and at > j + 2
            )
            if opens:  # "people who are lazy": the copula inside the clause is no call
                if not f5.UNSAID.isdisjoint(tokens[start:j]) or ctx.quoted(j, hit.last):
                    return None
                return Kind.THIRD_PERSON if word in f5.ONE_HEADS else Kind.GROUP
            if word in f5.PERSONAL or word in self._forum5_groups:
                return None
        return None
