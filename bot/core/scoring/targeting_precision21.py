"""Guard rules of the precision21 round (issue 8, twenty-fourth session): slurs and
insults the chain reads as aimed that the writer takes back, only names as words, or
tells as someone else's line.

- The writer sorry for a name-call said earlier: "i feel bad for calling you a dyke",
  "i'm sorry i called you a retard", "sorry for saying you were an idiot", "i was wrong
  to call you a faggot", "i owe you an apology for calling you a retard". A speech verb
  (precision21_words.SAYING) a few tokens before the hit with who was called it right
  after it (CALLED), nothing that keeps it between them, an apology word (SORRY)
  before the verb in its sentence, none of NOT_SORRY between the sentence's start and
  the verb, and nothing that says it again right after (KEPT). targeting_own_slur reads
  "i called you a ..." as the writer's slur, rightly; sorry for it, it is taken back.
  Still aimed: "sorry but you're a retard" (no speech verb), "i called you a faggot and
  i meant it" (no apology), "sorry i called you a retard, but you are one" (kept), "why
  would i apologize for calling you a retard" (asked), "i dont regret calling you a
  retard" (denied), "i feel bad for you, retard".
- Slurs or insults listed and named as words: "retard and faggot are words you
  shouldnt use", "nigga retard and faggot, three words that get people angry", "bitch
  whore and slut, words that are used to shame women". The hit one word; from the
  sentence's start to it and on past it only hit words and joiners (JOINERS), then a few fillers
  (LIST_FILLERS: a copula, a count, a judging adjective) and a noun naming them as words
  (WORD_NOUNS), not given to anyone right after (AIMED_AFTER). precision19's JUDGED and
  the vulgar round's MENTIONED notes read one slur judged or named; this reads a list.
  Still aimed: "you retard and faggot, words fail me" ("you" in the list), "shut up
  retard and faggot" (no noun), "retard and faggot, words that describe you",
  "faggot and tranny, thats what you are", "bitch and slut, words that fit you".
- A name-call told with a third person's speech tag after it, as in a story or a retold
  scene: "i hate you, she said", "shut up idiot he yelled at his brother", "you're
  pathetic, dad said quietly", "go to hell, my mom shouted at the tv". The call, read as
  said to the reader or as an order (_TOLD), opens its sentence (at most QUOTE_REACH
  tokens before the hit); no head of a relative clause (TAG_HEADS: "nothing he says")
  right before the speaker; after it, over the call's other words and a few fillers
  (TAG_FILLERS), a speaker (SPEAKERS, or a determiner and a person's noun, SPEAKER_NOUNS:
  "the teacher", "my coach", never "the article") and a speech verb (TAG_VERBS), not
  asked, and not taken up by the writer after it (ENDORSED). Still aimed: "shut up idiot
  i yelled" (the writer's words), "you're an idiot he said and he was right", "fuck you
  he said, so fuck you too", "you're a moron, he said it best", "you little rat he is"
  (no speech verb), "nice try genius, the article says the opposite" (no person).

Cost per hit: one test of its target; for an apology, at most SAYING_REACH tokens back
for the verb and the sentence back to its start (at most SORRY_REACH), KEPT_REACH ahead;
for a list, the sentence's tokens around the hit (at most LIST_REACH each way) and a few
after the noun; for a speech tag, at most TAG_GAP + 3 tokens after the hit and
ENDORSED_REACH after the verb. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision21_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian35 import Italian35Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NAMED_LIST_NOTE", "TAGGED_NOTE", "TAKEN_BACK_NOTE", "Precision21Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
TAKEN_BACK_NOTE: Final = "a name-call the writer is sorry for"
NAMED_LIST_NOTE: Final = "slurs or insults listed and named as words"
TAGGED_NOTE: Final = "a name-call told with a third person's speech tag"
# What a told name-call reads as: said to the reader or an order ("i hate you, she said",
# "shut up idiot he yelled"), never a verdict said of someone ("he is a hypocrite").
_TOLD: Final = frozenset({Kind.SECOND_PERSON, Kind.IMPERATIVE})


class Precision21Rules(Italian35Rules):
    """A name-call the writer is sorry for; slurs or insults listed as words; a name-call
    told with a third person's speech tag."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled for this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in AIMED_KINDS or hit.entry.category is Cat.PROFANITY:
            return target, note
        if _p21_taken_back(ctx, hit):
            return Kind.REPORTED, TAKEN_BACK_NOTE  # "i feel bad for calling you a dyke"
        if hit.last - hit.first == 1 and self._p21_named_list(ctx, hit):
            return Kind.REPORTED, NAMED_LIST_NOTE  # "retard and faggot are words ..."
        if target in _TOLD and self._p21_tagged(ctx, hit):
            return Kind.REPORTED, TAGGED_NOTE  # "i hate you, she said"
        return target, note

    def _p21_tagged(self, ctx: Context, hit: Hit) -> bool:
        """ "shut up idiot he yelled at his brother": the call opens its sentence, and a
        third person's speech tag follows it, not taken up by the writer after."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.QUOTE_REACH)
        if not ctx.starts_sentence(start):
            return False
        listed = self._lexicon.hit_words
        end = len(tokens)
        at = hit.last
        gap = at + w.TAG_GAP
        while at < end and at < gap and (tokens[at] in listed or tokens[at] in w.TAG_FILLERS):
            at += 1
        if at > hit.last and tokens[at - 1] in w.TAG_HEADS:
            return False  # "nothing he says counts": a relative clause, no tag
        if at < end and tokens[at] in w.SPEAKERS:
            at += 1
        elif (
            at + 1 < end
            and tokens[at] in w.SPEAKER_DETERMINERS
            and tokens[at + 1] in w.SPEAKER_NOUNS
        ):
            at += 2  # "the teacher snapped", "my coach told me"
        else:
            return False
        if at >= end or tokens[at] not in w.TAG_VERBS or ctx.gap_asks(at):
            return False
        return w.ENDORSED.isdisjoint(tokens[at + 1 : at + 1 + w.ENDORSED_REACH])

    def _p21_named_list(self, ctx: Context, hit: Hit) -> bool:
        """ "retard and faggot are words you shouldnt use": hit words and joiners from the
        sentence's start to a noun naming them as words, given to no one after it."""
        tokens = ctx.tokens
        listed = self._lexicon.hit_words
        start = ctx.sentence_start(hit.first, w.LIST_REACH)
        for i in range(start, hit.first):
            if tokens[i] not in listed and tokens[i] not in w.JOINERS:
                return False
        end = min(len(tokens), hit.last + w.LIST_REACH)
        at = hit.last
        while at < end and (tokens[at] in listed or tokens[at] in w.JOINERS):
            if tokens[at] in w.JOINERS and at + 1 < end and _p21_member(tokens[at + 1]):
                at += 1  # "and cripple": a member the lexicon does not hold
            at += 1
        fillers = at + w.LIST_FILLER_REACH
        while at < end and at < fillers and tokens[at] in w.LIST_FILLERS:
            at += 1
        if at >= len(tokens) or tokens[at] not in w.WORD_NOUNS:
            return False
        return w.AIMED_AFTER.isdisjoint(tokens[at + 1 : at + 1 + w.AIMED_AFTER_REACH])


def _p21_member(token: str) -> bool:
    """A word that may be a listed slur the lexicon does not hold: no person's word."""
    return token.isalpha() and token not in w.PEOPLE


def _p21_taken_back(ctx: Context, hit: Hit) -> bool:
    """ "i'm sorry i called you a retard": a speech verb before the hit, an apology word
    before the verb in its sentence, undenied, and the name-call not said again after."""
    tokens = ctx.tokens
    first = hit.first
    floor = max(0, first - w.SAYING_REACH)
    verb = next((i for i in range(first - 1, floor - 1, -1) if tokens[i] in w.SAYING), -1)
    if verb < 0 or tokens[verb + 1] not in w.CALLED:
        return False  # "sorry to say but you are ignorant": said to no one named
    if not w.KEPT.isdisjoint(tokens[verb + 1 : first]):
        return False
    start = ctx.sentence_start(first, w.SORRY_REACH)
    if start >= verb:
        return False
    before = tokens[start:verb]
    if w.SORRY.isdisjoint(before) or not w.NOT_SORRY.isdisjoint(before):
        return False
    if ctx.quoted_or_asked(first, hit.last):
        return False
    return w.KEPT.isdisjoint(tokens[hit.last : hit.last + w.KEPT_REACH])
