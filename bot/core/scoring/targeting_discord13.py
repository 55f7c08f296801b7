"""Targeting rules of the discord13 round (issue 8, fourteenth session): Discord chat
lines that the older rules left unaimed or read too widely.

- "bro thinks he's funny 💀" at the head of a line (after a laugh at most) is the
  channel mocking a member, a third person; elsewhere ("my bro thinks he's sick") it
  names nobody. A plain state or plan after it ("bro thinks he's sick", "gonna be
  late") is reported, unless a laugh or an emoji marks the mock (review17).
- "nobody asked me to stream" says the speaker was not asked: no dismissal.
- "leave the server settings alone" sends the reader away from a thing of the server,
  not out of it.
- "kys is banned in this server", "saying kys gets you banned", "kys is such an awful
  thing to say": the word, heading its line, talked about as a rule of the server or
  judged as a word, not said to anyone ("report her till she gets banned" is no such
  line).

- "ur actually so cringe", "you're lowkey such a clown": a chat adverb between the reader
  and the put-down, which the person rules leave unaimed. Adding the adverbs to the
  shared bridge cues instead moved long comments (toxic_spans), so the bind stays here.

- "ur so washed", "stay pressed", "ur not one of us", "nobody likes ur opinion" (the
  round's lexicon lines) taunt only when they close their clause, a laugh, slang or
  another name after at most: "ur washed clothes", "stay pressed to the wall", "ur not
  one of us yet, join the guild" go on and taunt nobody.

Lexicon lines of the round: "send feet pics", "show me ur tits", "ur a virgin", "i'll
find u irl".

Cost: one frozenset test of the hit's term, and for every other hit one frozenset test of
the token after it and of the token before it; only then a look at most three tokens
away. No new cue lists.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord13_words as w
from bot.core.scoring import olid5_words as o5
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid11 import Olid11Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord13Rules"]

MOCK_NOTE: Final = "a mock not heading its line"
PLAIN_NOTE: Final = "a plain state or plan reported, no mock"
SELF_ASKED_NOTE: Final = "the speaker not asked, no dismissal"
SERVER_THING_NOTE: Final = "a thing of the server, not the member sent away"
GOES_ON_NOTE: Final = "the clause goes on, no taunt"
RULE_NOTE: Final = "the word talked about as a server rule"
_OWN_TERMS: Final = w.BRO_THINKS | w.ASKED | w.LEAVE_SERVER | w.CLOSING_TERMS
_UNAIMED: Final = frozenset({Kind.THIRD_PERSON, Kind.NONE})


class Discord13Rules(Olid11Rules):
    """Mocks heading a line, "nobody asked me", server things, words named as rules."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for the discord13 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        tokens = ctx.tokens
        last = hit.last
        if (
            last + 1 < len(tokens)
            and tokens[last] in w.TALKED_VERBS
            and not w.RULED.isdisjoint(tokens[last + 1 : last + 1 + w.RULED_REACH])
            and hit.first <= w.NAMING_REACH
            and all(word in w.NAMING for word in tokens[: hit.first])
            and (tokens[last] != "gets" or tokens[last + 1] in self._cue_second_person)
        ):
            return Kind.REPORTED, RULE_NOTE  # "kys is banned here", "kys gets you banned"
        term = hit.entry.term
        if term not in _OWN_TERMS:
            if (
                not note
                and target in _UNAIMED
                and hit.first > 0
                and tokens[hit.first - 1] in w.GAP
                and hit.entry.category is Cat.INSULT
                and _adverb_bound(tokens, hit.first)
            ):
                return Kind.SECOND_PERSON, note  # "ur actually so cringe"
            return target, note
        following = tokens[last] if last < len(tokens) else ""
        if term in w.CLOSING_TERMS:
            end = ctx.sentence_end(last - 1, SENTENCE_REACH)
            if any(t not in w.AFTER_TAUNT and t not in self._words for t in tokens[last:end]):
                return Kind.NONE, GOES_ON_NOTE  # "ur washed clothes are on the bed"
            return target, note
        if term in w.BRO_THINKS:
            if note or target is Kind.REPORTED:
                return target, note
            if hit.first <= w.LEAD_REACH and all(
                word in w.LEAD_LAUGHS for word in tokens[: hit.first]
            ):
                if (
                    _plain_state(tokens, last)
                    and w.MOCK_MARKS.isdisjoint(
                        tokens[last : ctx.sentence_end(last - 1, SENTENCE_REACH)]
                    )
                    and not any(mark in ctx.folded for mark in o5.LAUGH_MARKS)
                ):
                    return Kind.NONE, PLAIN_NOTE  # "bro thinks he's sick" (review17)
                return Kind.THIRD_PERSON, note  # "bro thinks he's funny 💀"
            return Kind.NONE, MOCK_NOTE  # "my bro thinks he's sick"
        if term in w.ASKED and following in w.ASKED_OF_SELF:
            return Kind.SELF, SELF_ASKED_NOTE  # "nobody asked me to stream but here i am"
        if term in w.LEAVE_SERVER and following in w.SERVER_THINGS:
            return Kind.OBJECT, SERVER_THING_NOTE  # "leave the server settings alone"
        return target, note


def _plain_state(tokens: list[str], last: int) -> bool:
    """What he thinks, just after "he's", is a plain state or a plan towards one ("sick",
    "gonna be late", "going home"), not a boast the channel mocks (review17)."""
    if last >= len(tokens):
        return False
    word = tokens[last]
    if word not in w.PLANS:
        return word in w.PLAIN_STATES
    at = last + 1
    while at < len(tokens) and at - last <= len(w.PLAN_LINKS) and tokens[at] in w.PLAN_LINKS:
        at += 1  # "gonna be late", "going to be late"
    return at < len(tokens) and tokens[at] in w.PLAIN_STATES


def _adverb_bound(tokens: list[str], first: int) -> bool:
    """The reader ("ur", "you're", "u r") just before the put-down, a chat adverb among the
    at most GAP_REACH words between: "ur actually so cringe", "you're lowkey such a clown"."""
    at = first - 1
    adverb = False
    while at >= 0 and first - at <= w.GAP_REACH and tokens[at] in w.GAP:
        adverb = adverb or tokens[at] in w.CHAT_ADVERBS
        at -= 1
    if not adverb or at < 0:
        return False
    word = tokens[at]
    return word in w.READER_WORDS or (
        word in w.READER_VERBS and at > 0 and tokens[at - 1] in w.READER_SUBJECTS
    )
