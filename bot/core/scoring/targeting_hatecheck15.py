"""Targeting rules from the fifteenth functional hate-speech probe (issue 8, hatecheck15):
English HateCheck shapes of distrust, exclusion, filth and shame the chain still missed.

- An order not to believe a group, the group after it and no clause of its own: "don't
  ever believe a muslim", "don't believe a word a jew says"; "I don't believe muslims
  are violent" is a view about them, and "don't believe a car salesman" names no group.
- An order not to let a group do something: "don't let gay people adopt", "never let
  immigrants into this country"; "don't let immigrants die at sea" is care, not
  exclusion, for "die" is no act the order keeps from them; nor is care after the act
  ("don't let women drive home alone", "... work in unsafe conditions": review13).
- What the writer will never do with a group: "I'd never vote for a woman", "never date a
  black girl", "I would never rent my flat to a roma"; "I would never vote for a racist"
  names no group; nor does another's refusal ("my grandma would never vote for a
  woman") or a refusal of some of the group ("a woman who backs that bill": review13).
- Filth heaped on a group: "immigrants are a pile of shit", "women are a bunch of
  garbage"; "this pizza is a pile of shit" names no group.
- Shame or silence a group is told to keep: "gays should be ashamed of themselves",
  "women should shut up"; "homophobes should be ashamed", "no woman should be ashamed
  of her body" and "women shouldn't be ashamed" stay clean.
- A group kept out of a place: "keep muslims out of our neighbourhood".
- Children or fate denied to a group ("disabled people shouldn't have kids", "every jew
  deserves what's coming"), a group watched or kept apart ("muslims must be monitored"),
  taught "a lesson", or not wanted near ("I don't want any immigrants near me").
- A group said to lie: "why do women always lie?"; "I don't think women lie" is a view.
- A swear beside a group in a line of praise is emphasis: "that fucking trans swimmer was
  amazing"; "fucking trans people everywhere" stays aimed at the group.

Reported, quoted and counter-speech readings stay as the older rules give them. Each
rule is gated by a frozenset test on the hit's term (or its last word and category)
before it reads at most a few tokens of the hit's clause, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck15_words as words
from bot.core.scoring.hatecheck11_words import SINGULARS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat13 import GameChat13Rules
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck15Rules"]

_OWN: Final = (words.BELIEVE | words.LET | words.NEVER_WITH | words.SHAME | words.KEEP_OUT) | (
    words.SUBJECT_OF | words.WANT_NOT | {words.LESSON}
)
_FILTHY: Final = frozenset({Cat.PROFANITY, Cat.INSULT})
_HEAPED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class HateCheck15Rules(GameChat13Rules):
    """Distrust, exclusion, filth and shame said of a named group."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's own terms, read with their group or as a thing."""
        term = hit.entry.term
        if term not in _OWN:
            return super().probe4_aim(ctx, hit)
        if self._hc9_unsaid(ctx, hit) or self._hc12_framed(ctx, hit):
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "saying 'never hire a trans person' ..."
        if term in words.SHAME:
            found = self._hc15_shamed(ctx, hit)
        elif term in words.KEEP_OUT:
            found = self._hc15_kept_out(ctx, hit)
        elif term in words.SUBJECT_OF:
            found = self._hc15_subject_is_group(ctx, hit.first - 1)
        elif term == words.LESSON:
            found = self._hc15_taught(ctx, hit)
        else:
            end = self._hc15_group_after(ctx, hit)
            tokens = ctx.tokens
            if end < 0:
                found = False
            elif term in words.BELIEVE:  # the group believed, never a claim about it
                found = not words.SAYINGS.isdisjoint(tokens[hit.last : end]) or (
                    end >= len(tokens)
                    or ctx.pause_after(end - 1)
                    or tokens[end] in words.OBJECT_TAIL
                )
            elif term in words.WANT_NOT:  # "i don't want any immigrants near me"
                found = end < len(tokens) and tokens[end] in words.WANT_PLACES
            elif term in words.LET:  # the act after the group or before it
                found = (
                    (end < len(tokens) and tokens[end] in words.LET_VERBS)
                    or not (words.LET_VERBS.isdisjoint(tokens[hit.last : end]))
                ) and not self._hc15_cared(ctx, end)  # "never let my daughter marry a muslim"
            else:  # what the writer will never do with a group
                found = self._hc15_own_refusal(ctx, hit, end)
        return (Kind.GROUP, IDENTITY_NOTE) if found else (Kind.OBJECT, NOT_OF_GROUP_NOTE)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, and filth heaped on a group read as aimed at it."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if (
            entry.tokens[-1] in words.FILTH
            and entry.category in _FILTHY
            and target in _HEAPED
            and self._hc15_heaped(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "immigrants are a pile of shit"
        if (
            entry.term in words.LIES
            and target in _HEAPED
            and not self._hc15_view_denied(ctx, hit)
            and not self._framed_as_false(ctx, hit)  # review13: "it's a lie that women lie"
            and self._group_subject(ctx, hit.first)
            and not self._hc13_reported(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "why do women always lie?"
        return target, note

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """The older curse at a group, unless the line praises: "that fucking trans
        swimmer was amazing" swears for emphasis."""
        if not super()._sworn_at_group(ctx, hit):
            return False
        return not (
            hit.entry.term in words.SWEAR_WORDS
            and ctx.mentions_any("hc15_praise", words.PRAISE)
            and self._hc15_praised(ctx, hit)
        )

    @staticmethod
    def _hc15_praised(ctx: Context, hit: Hit) -> bool:
        """Praise after the swear in its clause, nothing denied between: the swear
        is emphasis ("the fucking gay bar was lit"), not aimed at the group."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, words.PRAISE_REACH)
        for at in range(hit.last, end):
            word = tokens[at]
            if word in words.NO_SUBJECT or word in words.DONT:
                return False
            if word in words.PRAISE:
                return True
            if ctx.pause_after(at):
                return False  # "fucking immigrants, best thing is to deport them"
        return False

    @staticmethod
    def _hc15_view_denied(ctx: Context, hit: Hit) -> bool:
        """ "I don't think women lie", "not all muslims lie": the claim denied."""
        tokens = ctx.tokens
        for j in range(max(0, hit.first - 5), hit.first):
            if tokens[j] in words.NO_SUBJECT or tokens[j] in words.DONT:
                return True
        return False

    def _hc15_group_after(self, ctx: Context, hit: Hit) -> int:
        """Where the group a few gap words after the hit ends, or -1: "never believe a
        word a jew says", "never rent my flat to a roma"."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + words.AFTER_REACH)
        for i in range(hit.last, end):
            if ctx.pause_after(i - 1):
                return -1
            found = self._group_end(tokens, i)
            if found > 0:
                return found
            if tokens[i] in SINGULARS:
                return i + 1
            if tokens[i] not in words.AFTER_GAP:
                return -1
        return -1

    @staticmethod
    def _hc15_cared(ctx: Context, end: int) -> bool:
        """Care in the order's clause after the group (review13): "don't let women drive
        home alone", "... work in unsafe conditions", "... without support"."""
        return ctx.find_ahead(end, words.CARE_TAIL, words.CARE_REACH) >= 0

    @staticmethod
    def _hc15_own_refusal(ctx: Context, hit: Hit, end: int) -> bool:
        """The writer's refusal of a whole group (review13): "I'd never vote for a woman",
        "never marry a muslim"; not another's ("my grandma would never vote for a
        woman") nor some of the group ("... a woman who backs that bill")."""
        tokens = ctx.tokens
        if end < len(tokens) and tokens[end] in words.NARROWED and not ctx.pause_after(end - 1):
            return False
        at = hit.first - 1
        while at >= 0 and tokens[at] in words.REFUSAL_FILL and not ctx.pause_after(at):
            at -= 1
        return at < 0 or ctx.pause_after(at) or tokens[at] in words.REFUSERS

    def _hc15_shamed(self, ctx: Context, hit: Hit) -> bool:
        """A named group, a modal, then the shame or silence: "gays should be ashamed",
        "women should shut up"; not "no woman should ..."."""
        tokens = ctx.tokens
        at = hit.first
        if hit.entry.tokens[0] not in words.MODALS:
            at -= 1
            while at >= 0 and hit.first - at <= 4 and tokens[at] in words.SHAME_GAP:
                at -= 1
            if at < 0 or tokens[at] not in words.MODALS:
                return False
        at -= 1
        while at >= 0 and tokens[at] in words.SUBJECT_GAP:
            at -= 1
        if at < 0:
            return False
        start = self._hc11_group_ending(ctx, at)
        return start >= 0 and not self._hc15_subject_denied(tokens, start)

    def _hc15_subject_is_group(self, ctx: Context, at: int) -> bool:
        """A named group ends at `at` (adverbs before allowed), not denied: "disabled
        people shouldn't have kids", "every jew deserves what's coming"."""
        tokens = ctx.tokens
        while at >= 0 and tokens[at] in words.SUBJECT_GAP:
            at -= 1
        start = self._hc11_group_ending(ctx, at) if at >= 0 else -1
        return start >= 0 and not self._hc15_subject_denied(tokens, start)

    def _hc15_taught(self, ctx: Context, hit: Hit) -> bool:
        """A group between "teach" and "a lesson": "teach those gays a lesson"."""
        tokens = ctx.tokens
        start = self._hc11_group_ending(ctx, hit.first - 1) if hit.first > 0 else -1
        if start > 0 and tokens[start - 1] in words.DETERMINERS:
            start -= 1
        return start > 0 and tokens[start - 1] in words.TEACH

    def _hc15_kept_out(self, ctx: Context, hit: Hit) -> bool:
        """ "keep muslims out of our neighbourhood": a keeping verb, the group, the place."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at >= 0 and tokens[at] == "all":
            at -= 1
        start = self._hc11_group_ending(ctx, at) if at >= 0 else -1
        if start > 0 and tokens[start - 1] in words.DETERMINERS:
            start -= 1  # "get all muslims out of this country"
        return start > 0 and tokens[start - 1] in words.KEEPERS

    def _hc15_heaped(self, ctx: Context, hit: Hit) -> bool:
        """A named group, a copula, "a pile of" and the filth: "immigrants are a pile of
        shit", "women are all just a bunch of garbage"."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at < 2 or tokens[at] != "of" or tokens[at - 1] not in words.HEAPS:
            return False
        at -= 2
        while at >= 0 and hit.first - at <= 8 and tokens[at] in words.HEAP_GAP:
            at -= 1
        if at < 1 or tokens[at] not in words.COPULAS:
            return False
        start = self._hc11_group_ending(ctx, at - 1)
        if start < 0 or self._hc13_reported(ctx, hit) or ctx.quoted(hit.first, hit.last):
            return False
        return not self._hc15_subject_denied(tokens, start)

    @staticmethod
    def _hc15_subject_denied(tokens: list[str], start: int) -> bool:
        """ "no woman should ...", "not all immigrants are ...": the group denied."""
        at = start - 1
        if at >= 0 and tokens[at] in words.DETERMINERS:
            at -= 1
        return at >= 0 and tokens[at] in words.NO_SUBJECT
