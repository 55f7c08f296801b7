"""Targeting rules from the thirteenth functional hate-speech probe (issue 8, hatecheck13):
English HateCheck shapes the twelfth round still missed.

- A name said of a plural group across adverbs the older rules stop at: "muslims are all
  evil", "gypsies are naturally dirty", "jews are basically a burden"; "muslims are not
  evil" stops at the negation, and "these shoes are absolute trash" names no group.
- A bare death verb whose subject is a group, a modal between: "the refugees should all
  just drown", "immigrants ought to just die"; "my plants should just die" names no group.
- "never believe" with a group after it ("never believe a refugee, they invent their
  stories") and "too many GROUP" said to be in a place ("way too many muslims in this
  country"): read only with the group, a thing otherwise ("never believe the forecast",
  "too many muslims drowned at sea").
- "gas" with "the GROUP" after it: "someone should gas the jews".

Every rule is gated by a frozenset test on the hit's term or category before it reads a
few tokens of the hit's clause, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck13_words as words
from bot.core.scoring.hatecheck11_words import SINGULARS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum3 import NO_HARM_NOTE
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_hateprobe5_threats import NOT_PROMISED_NOTE
from bot.core.scoring.targeting_insults12 import Insults12Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck13Rules"]

_NAMES: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF})
# Readings a reported claim about a group overturns, and the claims it covers.
_REPORTABLE: Final = frozenset({Kind.GROUP, Kind.THIRD_PERSON, Kind.NONE, Kind.OBJECT})
_CLAIMS: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.THREAT})
# The older readings of a thing this round may overturn: no one aimed at, or no group
# found; never a polarity reading ("trans people are welcome here": "not denied").
_OVERTURNED: Final = frozenset(
    {"", NOT_OF_GROUP_NOTE, NOT_SAID_OF_NOTE, NOT_PROMISED_NOTE, NO_HARM_NOTE, NOT_SAID9_NOTE}
)
_AFTER: Final = words.BELIEVED | {words.TOO_MANY}
_NAME_WALK: Final = words.SAID_GAP | words.SAID_LINKS
_DEATH_WALK: Final = words.SAID_GAP | words.DEATH_LINKS


class HateCheck13Rules(Insults12Rules):
    """Names and deaths said of a group across adverbs and modals, and the group after
    "never believe", "too many" and "gas the"."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's own terms, read with their group after them or as a thing, and
        the older settled readings of a thing overturned where this round finds a group."""
        term = hit.entry.term
        if term not in _AFTER:
            return self._hc13_overturn(ctx, hit, super().probe4_aim(ctx, hit))
        if self._hc9_unsaid(ctx, hit) or self._hc12_framed(ctx, hit):
            return Kind.OBJECT, NOT_SAID9_NOTE  # "saying there are too many muslims ..."
        if term in words.BELIEVED:
            found = self._hc13_group_after(ctx, hit, words.BELIEVE_GAP, words.BELIEVE_REACH)
        else:
            found = self._hc13_too_many(ctx, hit)
        return (Kind.GROUP, IDENTITY_NOTE) if found else (Kind.OBJECT, NOT_OF_GROUP_NOTE)

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe3's readings of a thing ("dirty" not said of a group), overturned
        where this round finds a group: "gypsies are naturally dirty"."""
        return self._hc13_overturn(ctx, hit, super().probe3_aim(ctx, hit))

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, and a group found before the adverbs and modals in
        front of a name or a death, or after "gas the"."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            target in _REPORTABLE
            and hit.entry.category in _CLAIMS
            and self._hc13_reported(ctx, hit)
        ):
            return Kind.REPORTED, ""  # "my uncle thinks muslims are subhuman"
        if target not in _UNAIMED or note not in _OVERTURNED:
            return target, note
        if self._hc13_found(ctx, hit, note) and not self._hc13_reported(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """The older curse at a group, but not at a group's thing: "damn women's football
        is fucking brilliant" swears at the game, "fucking muslims" at the group."""
        if not super()._sworn_at_group(ctx, hit):
            return False
        tokens = ctx.tokens
        i = hit.last
        while i < len(tokens) and tokens[i] in words.THE:
            i += 1
        end = self._group_end(tokens, i)
        return not (0 < end < len(tokens) and tokens[end] == "s")

    def _hc13_overturn(
        self, ctx: Context, hit: Hit, shaped: tuple[TargetKind, str] | None
    ) -> tuple[TargetKind, str] | None:
        """An older rule's reading of a thing, or a group where this round finds one; a
        group in someone else's reported claim is reported."""
        if shaped is None:
            return shaped
        if shaped[0] is Kind.GROUP:
            return (Kind.REPORTED, "") if self._hc13_reported(ctx, hit) else shaped
        if shaped[0] not in _UNAIMED or shaped[1] not in _OVERTURNED:
            return shaped
        if self._hc13_found(ctx, hit, shaped[1]) and not self._hc13_reported(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return shaped

    def _hc13_found(self, ctx: Context, hit: Hit, note: str) -> bool:
        """A group this round reads as the hit's aim, said by the writer; the gate is the
        hit's category and term. A name with its article the older rules read only of a
        person ("a danger to") needs no adverb: "black people are a danger to society"."""
        entry = hit.entry
        if entry.category in _NAMES:
            adverb = note != NOT_SAID_OF_NOTE or entry.tokens[0] not in words.ARTICLES
            found = self._hc13_subject(ctx, hit, _NAME_WALK, words.SAID_LINKS, adverb)
        elif entry.category is Cat.THREAT and entry.term in words.DEATHS:
            found = self._hc13_subject(ctx, hit, _DEATH_WALK, words.DEATH_LINKS, False)
        elif entry.category is Cat.THREAT and entry.term in words.HARMS_THE:
            found = self._hc13_group_after(ctx, hit, words.THE, 3)
        else:
            return False
        return found and not (self._hc9_unsaid(ctx, hit) or self._hc12_framed(ctx, hit))

    def _hc13_reported(self, ctx: Context, hit: Hit) -> bool:
        """A verb of saying or thinking before the hit in its clause, with a subject
        before it that is not the writer and a group named between it and the hit: "he
        tweeted that refugees ...", "my uncle thinks muslims ...", "you say jews ...";
        "I (really) think ..." is the writer's own, and "don't you think ..." the
        writer's question."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, words.REPORT_REACH)
        for i in range(hit.first - 1, start, -1):
            if ctx.pause_after(i):
                return False
            if tokens[i] in words.REPORTERS:
                if not words.WRITERS.isdisjoint(tokens[max(start, i - 2) : i]):
                    return False
                if tokens[i] in words.BARE_REPORTERS and tokens[i - 1] not in words.OTHERS:
                    return False  # "... but believe all moslem terrorists should ...": the writer's
                if not words.ASKING.isdisjoint(tokens[max(start, i - 3) : i]):
                    return False  # "don't you think women are ...?"
                return self._hc13_claim_opens(ctx, i + 1, hit.first)
        return False

    def _hc13_claim_opens(self, ctx: Context, at: int, stop: int) -> bool:
        """The reported claim opens with its group right after the verb ("thinks
        muslims are ...", "tweeted that all refugees ..."); "he said with a mouthful of
        ..." reports no claim about a group."""
        tokens = ctx.tokens
        while at < stop and tokens[at] in words.CLAIM_OPENERS:
            at += 1
        return at < stop and self._group_end(tokens, at) > 0

    def _hc13_subject(
        self, ctx: Context, hit: Hit, walk: frozenset[str], links: frozenset[str], adverb: bool
    ) -> bool:
        """A plural group before the hit in its clause, only `walk` words between, a link
        and (when `adverb`) an adverb among them: "muslims are all evil", "refugees should
        all just drown"; "muslims are sick and tired of ..." has no adverb and is the older
        rules'."""
        tokens = ctx.tokens
        at = hit.first - 1
        floor = max(0, hit.first - words.SAID_REACH)
        linked = False
        while at >= floor and tokens[at] in walk and not ctx.pause_after(at):
            if tokens[at] in links:
                linked = True
            else:
                adverb = False
            at -= 1
        if not linked or adverb or at < 0 or ctx.pause_after(at):
            return False
        start = self._hc11_group_ending(ctx, at)
        return start >= 0 and self._hc12_all(ctx, start)

    def _hc13_group_after(self, ctx: Context, hit: Hit, gap: frozenset[str], reach: int) -> bool:
        """A group a few `gap` words after the hit, in its clause: "never believe a
        refugee", "gas the jews"."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + reach)
        for i in range(hit.last, end):
            if ctx.pause_after(i - 1):
                return False
            if self._group_end(tokens, i) > 0 or tokens[i] in SINGULARS:
                return True
            if tokens[i] not in gap:
                return False
        return False

    def _hc13_too_many(self, ctx: Context, hit: Hit) -> bool:
        """ "too many muslims in this country": the group right after "too many" (a few
        MANY_GAP words between), then a place before the clause ends."""
        tokens = ctx.tokens
        i = hit.last
        while i < len(tokens) and tokens[i] in words.MANY_GAP and not ctx.pause_after(i - 1):
            i += 1
        if ctx.closes_clause(i):
            return False
        group_end = self._group_end(tokens, i)
        if group_end <= 0:
            return False
        j = ctx.find_ahead(group_end, words.PLACES, words.PLACE_REACH)
        return j >= 0 and self._hc13_place_ends(ctx, j)

    def _hc13_place_ends(self, ctx: Context, at: int) -> bool:
        """The place closes the complaint: the clause ends after it, or "now", "already",
        "and ..." do; "too many women in this country are underpaid" goes on."""
        tokens = ctx.tokens
        after = at + 1
        while after < len(tokens) and tokens[after] in words.PLACE_TAIL:
            if ctx.pause_after(after - 1) or tokens[after] in words.PLACE_JOINS:
                return True
            after += 1
        return ctx.closes_clause(after)
