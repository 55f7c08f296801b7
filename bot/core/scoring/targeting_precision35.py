"""Guard rule of the precision35 round (issue 8, thirty-fifth session): a judging word
said of a thing whose name holds a group's word or reads like a person's name.

- A group's word naming a thing: "the muslim ban is a joke", "chinese food is garbage",
  "the trans bathroom bill is a joke", "the chinese government is a bunch of dicks".
  The group rules read the group's word anywhere in the sentence as the judged group;
  here the copula's subject ends in a word for a thing (precision35_words.THINGS: a
  state's institutions and acts, an economy and its goods), the group's word only
  modifies it, and the group is named nowhere else in the sentence.
- A leader's government or an outlet read as a person: "the trudeau government is a
  joke", "huffpo is a joke", "netflix is the worst", "obamacare is a fucking joke". The
  name rules (olid6/olid11) read a word no list knows opening its clause as a person's
  name; here the subject's head is a thing's word or an outlet, platform, body or law
  (precision35_words.OUTLETS).
- Still aimed: the group itself or its people as the subject ("the chinese are a
  joke", "the muslim men around here are a joke", "the chinese government workers are
  idiots"), the group named again in the sentence ("chinese food is garbage just like
  the chinese"), a group's people or ways ("the muslim community is garbage", "black
  culture is trash": no thing's word), a person ("trudeau is a joke", "the cnn anchors
  are a bunch of dicks"), the reader ("you chinese are a joke"), a conspiracy's state
  ("the jewish government is corrupt"), and a thing's word inside someone's phrase
  ("whoever made this app is a moron", "my in-laws are vile people").

Cost per hit: a target, note and category test; then at most PREDICATE_REACH tokens back
to the copula, ADVERB_REACH more to the subject's head, a few frozenset tests on at most
MODIFIER_REACH + 2 tokens before it, and one sentence scanned for a group's word. No
regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision35_words as w
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    SAID_OF_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_hatecheck63 import HateCheck63Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Precision35Rules"]

# The person readings a thing's name may have been given: a third person said outright,
# said of one, or plainly (olid6/olid11's names, the person rules).
_PERSON_NOTES: Final[frozenset[str]] = frozenset({OUTRIGHT_NOTE, SAID_OF_NOTE, ""})


class Precision35Rules(HateCheck63Rules):
    """A judging word said of a thing whose name holds a group's word or reads like a
    person's name: the thing judged, not people."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, turned to the thing in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.category is not Cat.INSULT:
            return target, note
        if target is Kind.GROUP:
            if note != IDENTITY_NOTE:
                return target, note
        elif target is not Kind.THIRD_PERSON or note not in _PERSON_NOTES:
            return target, note
        head = self._p35_thing_subject(ctx, hit)
        if head < 0 or (target is Kind.GROUP and self._p35_group_elsewhere(ctx, hit, head)):
            return target, note
        return Kind.OBJECT, ""  # "the muslim ban is a joke", "huffpo is a joke"

    def _p35_thing_subject(self, ctx: Context, hit: Hit) -> int:
        """The head of the copula's subject when it names a thing ("the chinese
        [government] is", "[huffpo] is"), or -1. The copula opens the term ("is a joke")
        or stands before it past articles and intensifiers ("is [a bunch of] dicks");
        the head right before it, past an adverb or two."""
        tokens = ctx.tokens
        copula = self._cue_copula
        if tokens[hit.first] in copula and len(hit.entry.tokens) > 1:
            at = hit.first  # "is a joke", "are shit"
        else:
            at = ctx.back_over(hit.first, w.PREDICATE_RUN, w.PREDICATE_REACH) - 1
            if at < 1 or tokens[at] not in copula or ctx.pause_after(at):
                return -1
        head = ctx.back_over(at, w.ADVERBS, w.ADVERB_REACH) - 1
        if head < 0 or ctx.pause_after(head) or not self._p35_opens_phrase(ctx, head):
            return -1
        word = tokens[head]
        if word in w.OUTLETS:
            return head
        if word not in w.THINGS:
            return -1
        if word in w.RULE_HEADS and not w.CONSPIRED.isdisjoint(
            tokens[max(0, head - w.MODIFIER_REACH) : head]
        ):
            return -1  # "the jewish government is corrupt"
        return head

    def _p35_opens_phrase(self, ctx: Context, head: int) -> bool:
        """The head's phrase is the clause's subject: at most MODIFIER_REACH modifiers
        before it, none for people, an owner, a preposition or a relative word, maybe a
        determiner, then the clause's start or a lead ("so what we have is the chinese
        government", "lol chinese food"); never "whoever made this app", "whoever is in
        the red car", "your in-laws", "the chinese people's food"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(head, SENTENCE_REACH)
        floor = head - w.MODIFIER_REACH
        at = head - 1
        while at >= start and not ctx.pause_after(at):
            word = tokens[at]
            if word in w.DETERMINERS:
                at -= 1
                break
            if (
                at < floor
                or word in w.BREAKS
                or word in self._cue_people
                or word in self._cue_person_noun
            ):
                return word in w.LEADS or word in self._cue_copula
            at -= 1
        return (
            at < start
            or ctx.pause_after(at)
            or tokens[at] in w.LEADS
            or tokens[at] in self._cue_copula
        )

    def _p35_group_elsewhere(self, ctx: Context, hit: Hit, head: int) -> bool:
        """A group's word in the hit's sentence outside the subject's modifiers: the
        group is judged too ("chinese food is garbage just like the chinese")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        modifiers = max(start, head - w.MODIFIER_REACH)
        return any(
            self._group_named_at(tokens, i, end)
            for i in range(start, end)
            if not (modifiers <= i <= head or hit.first <= i < hit.last)
        )
