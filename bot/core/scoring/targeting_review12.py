"""Fixes from the review12 release review (issue 8) of the seven rounds merged on
2026-12-01: readings they introduced that a careful reader would call wrong.

- A reported claim or intent the writer then endorses: "my uncle thinks muslims are
  subhuman and honestly he's right", "he wants to kill all the immigrants and so do I",
  "my dad says women belong in the kitchen and he's right". hatecheck13 (a reported
  claim) and control12 (another's intent) clear the hit as someone else's words; an
  endorsement after it ("he's right", "i agree", "so do i", "and he should" closing the
  sentence) makes the claim the writer's own, said of the group the sentence names.
  "... and I hate that", "... and he's wrong", "he's not right" endorse nothing.
- A death inside a story: "i hope he dies in the next episode", "they should die in the
  season finale". olid8's harm wished (and the older death readings) read a character's
  death as harm wished on a person; a place in a story just after the death ("in the
  finale", "by the end of the book") cancels it. "i hope he dies, the villain of my
  life" names no story place and keeps its reading.
- A plural name-call for a story's characters: "the morons in this movie were
  hilarious". forum5 reads "the NAMES in ..." as people somewhere; in a story they are
  characters. "the idiots in this thread" keep the group reading.
- (The writer's own threat after a name-call they report, "you called me a rat so i
  will kill you", was fixed here first; person13 moved it to the speech verb's own
  reach in targeting_person.py, PersonRules._own_clause, and removed it from here.)

Every fix is gated by a frozenset test on the hit's reading or its last word before it
reads a few tokens after the hit, so cost stays O(1) per hit; only hits already read as
reported, as a death, or as forum5's plural name-call reach the walk.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum5_words as f5
from bot.core.scoring import review12_words as words
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum5 import Forum5Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Review12Rules"]

STORY_NOTE: Final = "a story's character, not a person"  # cancels the hit
_CLAIMS: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.THREAT})
_ENDORSE_CUE: Final = "review12_endorsing"
_FICTION_CUE: Final = "review12_fiction"
_AIMED: Final = frozenset({Kind.GROUP, Kind.THIRD_PERSON, Kind.SECOND_PERSON, Kind.REPLY})
# The writer just before the claim is its target, not its endorser: "... calling me white
# trash. i agree" agrees with someone else.
_WRITER: Final = frozenset({"me", "us", "i", "im", "myself", "we"})
_ENDORSE_LONGEST: Final = max(len(run) for run in words.ENDORSING | words.ENDORSING_LAST)


class Review12Rules(Forum5Rules):
    """A reported claim the writer endorses; a death or a plural name-call in a story."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, with this review's fixes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.REPORTED:
            if (
                hit.entry.category in _CLAIMS
                and ctx.mentions_any(_ENDORSE_CUE, words.ENDORSING_WORDS)
                and _WRITER.isdisjoint(ctx.tokens[max(0, hit.first - 2) : hit.first])
                and self._r12_endorsed(ctx, hit)
                and self._r12_group_named(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "... and honestly he's right"
            return target, note
        if target not in _AIMED or not ctx.mentions_any(_FICTION_CUE, words.FICTION):
            return target, note
        if hit.entry.tokens[-1] in words.STORY_DEATHS and self._r12_in_story(ctx, hit):
            return Kind.OBJECT, STORY_NOTE  # "i hope he dies in the next episode"
        if (
            hit.entry.term in f5.PLURAL_NAMES
            and hit.last < len(ctx.tokens)
            and ctx.tokens[hit.last] == "in"
            and self._r12_in_story(ctx, hit)
        ):
            return Kind.OBJECT, STORY_NOTE  # "the morons in this movie were hilarious"
        return target, note

    def _r12_endorsed(self, ctx: Context, hit: Hit) -> bool:
        """A run after the hit that takes the reported claim up as the writer's own."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + words.ENDORSE_REACH)
        for i in range(hit.last, end):
            for size in range(2, _ENDORSE_LONGEST + 1):
                if i + size > end:
                    break
                run = tuple(tokens[i : i + size])
                if run in words.ENDORSING:
                    return True
                if run in words.ENDORSING_LAST and (
                    i + size == len(tokens) or ctx.pause_after(i + size - 1)
                ):
                    return True
        return False

    def _r12_group_named(self, ctx: Context, hit: Hit) -> bool:
        """A group in the hit's sentence before it or just after ("kill all the
        immigrants"): the claim's aim."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.ENDORSE_REACH)
        end = min(len(tokens), hit.last + words.GROUP_AFTER)
        return any(self._group_end(tokens, i) > 0 for i in range(start, end))

    def _r12_in_story(self, ctx: Context, hit: Hit) -> bool:
        """A story's place right after the hit: "in the next episode", "by the end of
        the book"."""
        tokens = ctx.tokens
        at = hit.last
        if at >= len(tokens) or tokens[at] not in words.FICTION_OPENERS:
            return False
        if ctx.pause_after(at - 1):
            return False
        return ctx.find_ahead(at + 1, words.FICTION, words.FICTION_REACH) >= 0
