"""Targeting rules of the hatecheck17 round (issue 8, thirteenth session): English
HateCheck shapes the chain still missed, each counted only with a named identity group.

- A named group called awful: "women are awful", "muslims are the absolute worst",
  "gay men are horrible people" (the older hits "awful", "terrible", "horrible", "worst"
  and "the worst" read again after "are"; no new phrase, so "you are the worst" keeps its
  older reading). The same words of a game's players, servers or one's own friends ("the
  cpu players are terrible", "my gay friends are the worst at kart") name no group, and
  "the worst" before a measure ("refugees are the worst hit by the floods", "immigrants
  are the worst paid") names no group's fault, whichever rule read it.
- A named group never to be allowed: "women should never be allowed to drive"; "kids
  should never be allowed near the oven" names no group.
- A person told they are nothing but a group member: "you are nothing but a woman" (the
  older "nothing" hit read again), "you're just a gay anyway" (the reader's phrase stops
  before "a", so "you're just a shill for ..." keeps its older hit); "you're nothing but
  a noob" keeps its older reading, and "you're just a woman who loves rpgs" narrows the
  member. This round's anchors no other entry has ("president", "ceo", "running") stay
  loose words to the person rules, so "your leader is a loser" reads as before.
- A group member scorned as the country's leader: "A woman running the country? That's a
  joke", "a muslim as president? no thanks"; "a woman as president? yes please" and "a
  cat running the country? that's a joke" stay clean.
- A group member never let into the writer's home: "I'd never let a muslim in my house";
  "i'd never let a dog in my house" names no group. The place is the phrase, not "never
  let", so hateprobe7's reading of "never let a muslim near my kids" keeps its terms.

Counter-speech, quotes and reports keep the older readings (hatecheck9's unsaid claims,
hatecheck12's frames, hatecheck13's reports). Cost: one frozenset test of the hit's term
in each of `probe4_aim`, `reread` and `in_game`; only this round's phrases (rare triples)
and the five awful words reach a walk of at most a few tokens of their clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck17_words as w
from bot.core.scoring.hatecheck11_words import SINGULARS
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_italian16 import Italian16Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck17Rules"]

# The older readings of an awful word that name nobody: read again with a group subject.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_MEMBERS: Final = w.MEMBERS | SINGULARS


class HateCheck17Rules(Italian16Rules):
    """A named group called awful, reduced to its member, scorned as leader, shut out."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's phrases, read with their group or as a thing."""
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return super().probe4_aim(ctx, hit)
        # hatecheck9's unsaid claims only for the judgement: the other shapes carry their own
        # "never" ("never let", "never be anything but") and scorn after a question ("a
        # woman as president? ridiculous"), which that rule reads as a denial.
        unsaid = (
            self._hc9_unsaid(ctx, hit)
            if term in w.NEVER_ALLOWED
            else ctx.quoted(hit.first, hit.last)
        )
        if unsaid or self._hc12_framed(ctx, hit):
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "saying women are awful is sexist"
        if term in w.NEVER_ALLOWED:  # "women should never be allowed to run a country"
            found = self._hc15_subject_is_group(ctx, hit.first - 1) and not _hc17_suffered(
                ctx.tokens, hit.last
            )
        elif term in w.NOTHING_BUT:
            found = self._hc17_reduced(ctx, hit)
        elif term in w.RUNNING:
            found = self._hc17_scorned_leader(ctx, hit)
        else:
            found = self._hc17_shut_out(ctx, hit)
        if found and not self._hc13_reported(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_OF_GROUP_NOTE

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, and an awful word said of a named group read as
        aimed at it: "women are awful", "muslims are the absolute worst"."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.AWFUL:
            return target, note
        if (
            target in _UNAIMED
            and self._hc17_awful(ctx, hit)
            and not self._hc9_unsaid(ctx, hit)
            and not self._hc12_framed(ctx, hit)
            and not self._hc13_reported(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, but "the worst" before a measure says what a
        group suffers, not what it is: "refugees are the worst hit by the floods"."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term == w.NOTHING and self._hc17_nothing_but(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "you are nothing but a woman"
        if target is Kind.GROUP and hit.entry.term in w.WORST and self._hc17_measured(ctx, hit):
            return Kind.OBJECT, NOT_OF_GROUP_NOTE
        if target is Kind.GROUP and hit.entry.term in w.AWFUL and self._hc9_answered_no(ctx, hit):
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # review15: "jews are the worst? no, ..."
        return target, note

    def _hc17_nothing_but(self, ctx: Context, hit: Hit) -> bool:
        """The reader, "nothing but" (or "more than") and a group member: "you are nothing
        but a woman", "you're nothing more than a black man to them"."""
        tokens = ctx.tokens
        at = hit.last
        if at >= len(tokens) or tokens[at] not in w.BUT or ctx.pause_after(at - 1):
            return False
        if tokens[at] == "more":
            at += 1
            if at >= len(tokens) or tokens[at] != "than":
                return False
        before = hit.first - 1
        if before >= 0 and tokens[before] in w.COPULAS:
            before -= 1
            reader = before >= 0 and tokens[before] in w.READER
        else:
            reader = before >= 0 and tokens[before] in w.BARE_READER
        if not reader or self._hc9_unsaid(ctx, hit) or self._hc13_reported(ctx, hit):
            return False
        return self._hc17_reduced_from(ctx, at + 1)

    @staticmethod
    def _hc17_measured(ctx: Context, hit: Hit) -> bool:
        """ "the worst" then a measure in the same clause: "are the worst paid"."""
        tokens = ctx.tokens
        return (
            hit.last < len(tokens)
            and tokens[hit.last] in w.MEASURES
            and not ctx.pause_after(hit.last - 1)
        )

    def _hc17_awful(self, ctx: Context, hit: Hit) -> bool:
        """A named group (not someone's own), "are", then the word closing on the
        people: "women are awful", "black people really are so terrible"."""
        tokens = ctx.tokens
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        if (
            after
            and not ctx.pause_after(hit.last - 1)
            and (after in w.AWFUL_NOT or after.endswith("ed"))
        ):
            return False  # "are terrible at this", "are the worst affected"
        at = hit.first - 1
        while at >= 0 and hit.first - at <= w.AWFUL_REACH and tokens[at] in w.AWFUL_PRE:
            at -= 1
        if at < 1 or tokens[at] not in w.ARE or ctx.pause_after(at - 1):
            return False
        at -= 1
        while at >= 0 and tokens[at] in w.AWFUL_GAP and not ctx.pause_after(at):
            at -= 1
        start = self._hc11_group_ending(ctx, at) if at >= 0 else -1
        if start < 0 or self._hc15_subject_denied(tokens, start):
            return False
        return not (start > 0 and tokens[start - 1] in w.OWNERS)

    def _hc17_member_at(self, ctx: Context, at: int) -> int:
        """Where a group member named from token `at` ends (a slighting word before it
        allowed), or -1: "a woman", "a dirty immigrant", "a black man"."""
        tokens = ctx.tokens
        if at < len(tokens) and tokens[at] in w.MEMBER_GAP:
            at += 1
        if at >= len(tokens):
            return -1
        end = self._group_end(tokens, at)
        if end > 0:
            return end
        if tokens[at] in _MEMBERS:
            nxt = at + 1
            if nxt < len(tokens) and tokens[nxt] in self._cue_people:
                return nxt + 1  # "a black man", "a gay person"
            return nxt
        return -1

    def _hc17_reduced(self, ctx: Context, hit: Hit) -> bool:
        """The reader's phrase, then "a" and a group member not narrowed after: "you
        are nothing but a woman", "you're just a gay anyway", "you'll never be anything
        but a cripple"."""
        tokens = ctx.tokens
        if hit.entry.tokens[0] not in w.READER:
            at = hit.first - 1
            while at >= 0 and tokens[at] in w.READER_GAP and hit.first - at <= 2:
                at -= 1
            if at < 0 or tokens[at] not in w.READER:
                return False
        return self._hc17_reduced_from(ctx, hit.last)

    def _hc17_reduced_from(self, ctx: Context, at: int) -> bool:
        """ "a" at `at`, then a group member not narrowed after it: "a woman", "a dumb
        woman anyway"; not "a woman who loves rpgs"."""
        tokens = ctx.tokens
        if at >= len(tokens) or tokens[at] not in w.ARTICLES:
            return False
        end = self._hc17_member_at(ctx, at + 1)
        if end < 0:
            return False
        return ctx.closes_clause(end) or tokens[end] not in w.MEMBER_TAIL_NOT

    def _hc17_scorned_leader(self, ctx: Context, hit: Hit) -> bool:
        """ "a woman running the country? that's a joke": a group member opening the clause
        before the phrase, and scorn (no welcome) in the few words after it."""
        tokens = ctx.tokens
        start = -1
        for det in range(max(0, hit.first - 4), hit.first):
            if tokens[det] in ("a", "an") and self._hc17_member_at(ctx, det + 1) == hit.first:
                start = det
                break
        if start < 0 or (start > 0 and not ctx.pause_after(start - 1)):
            return False
        tail = tokens[hit.last : hit.last + w.SCORN_REACH]
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            # no question: only "... is a joke", never "... is no joke"
            return (
                tokens[hit.last] in w.COPULA
                and not w.SCORN_NOUNS.isdisjoint(tail)
                and (w.NOT.isdisjoint(tail))
            )
        return not w.SCORN.isdisjoint(tail) and w.WELCOME.isdisjoint(tail)

    def _hc17_shut_out(self, ctx: Context, hit: Hit) -> bool:
        """ "I'd never let a muslim in my house": a refusal, "let", a group member (a
        verb of staying after it allowed), the writer's home."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at >= 0 and tokens[at] in w.HOME_VERBS:
            at -= 1
        start = self._hc11_group_ending(ctx, at) if at >= 0 else -1
        if start < 0:
            start = at if at >= 0 and tokens[at] in _MEMBERS else -1
            if start < 0 and at > 0 and (tokens[at] in self._cue_people or tokens[at] in w.HEADS):
                start = at - 1 if tokens[at - 1] in _MEMBERS else -1
        if start < 1:
            return False
        at = start - 1
        if tokens[at] in w.HOME_DET:
            at -= 1
        if at < 1 or tokens[at] not in w.LET_WORDS:
            return False
        at -= 1
        while at >= 0 and tokens[at] in w.REFUSE_GAP and start - at <= 6:
            at -= 1
        return at >= 0 and tokens[at] in w.REFUSE


def _hc17_suffered(tokens: list[str], at: int) -> bool:
    """review15: what follows "should never be allowed to" is harm done to the group, said
    for it: "muslims should never be allowed to be harassed", "refugees should never be
    allowed to drown", "women should never be allowed to be treated like that"."""
    if tokens[at : at + 1] != ["to"]:
        return False
    verb = tokens[at + 1 : at + 2]
    if not verb:
        return False
    if verb[0] != "be":
        return verb[0] in w.SUFFER_VERBS and (
            verb[0] not in ("go", "sleep", "live")
            or tokens[at + 2 : at + 3] in (["hungry"], ["rough"], ["outside"], ["in"])
        )
    done = tokens[at + 2 : at + 5]
    if not done:
        return False
    if done[0] != "treated":
        return done[0] in w.SUFFERED
    if done[1:2] == ["like"]:
        return done[2:3] != [] and done[2] in w.TREATED_LIKE
    return done[1:2] != [] and done[1] in w.TREATED_HOW
