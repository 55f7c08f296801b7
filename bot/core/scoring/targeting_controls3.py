"""Targeting rules for friendly profanity and banter (issue 8, controls3): swear words
said with warmth or at a situation, in shapes general to chat.

- Banter: a swear noun friends call each other ("bastard", "fucker", "bitch",
  "stronzo", "bastardo", "merde") said as a vocative in a warm line. Affection,
  praise or good wishes make it banter in the singular ("nice one you bastard", "love
  you bitch", "happy birthday you old bastard", "che culo bastardo", "ti voglio bene
  stronzo"); a greeting or thanks that opens the line makes it banter only in the
  plural, the room greeted ("morning fuckers", "sup bitches", "buongiorno stronzi").
  A bare one ("you bastard", "hey bitch") stays a name-call, and so does any of them
  beside other hostility ("love you bitch, now shut up"), a denial ("nobody loves you
  bitch"), a sarcastic frame ("nice try bitch", "good job bitch", "thanks for nothing"),
  a taunt ("gg ez bitch") or a predicate ("you are a bastard"). Name-calls that judge
  someone's mind or worth ("idiot", "loser", "coglione") are never banter: after
  praise they read as sarcasm ("good job idiot").
- "fuck me" opening a line as an exclamation: "fuck me that hurt", "fuck me, it's
  hot", "oh fuck me"; "fuck me baby" or "you wanna fuck me" are no exclamation.
- An Italian curse-order before an exclamative "che": "vaffanculo che bello", "fanculo
  che partita"; "vaffanculo che sei un idiota" and "vaffanculo, che cazzo vuoi" still
  curse the reader.
- "go away" for a trip: "go away for the weekend, you deserve it"; "go away for good"
  stays a send-off.

All run only on hits of these few words (the hit path) and look at the message's
tokens once, after a set test for a warm word.
"""

from __future__ import annotations

import itertools
from typing import Final

from bot.core.scoring import controls3_words as w
from bot.core.scoring.group_only import FIRST_NAMED_TERMS
from bot.core.scoring.hateprobe5_words import GROUP_ONLY
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls2 import EXCLAIMED_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_wishes7 import ADVICE_NOTE, Wishes7Rules
from bot.core.scoring.verdict import TargetKind

BANTER_NOTE: Final = "banter between friends"  # cancels the hit: warmth, not a name-call
DISBELIEF_NOTE: Final = "said in disbelief"  # cancels the hit: "shut up, no way!"


class Controls3Rules(Wishes7Rules):
    """Friendly swearing: banter vocatives, "fuck me" and "vaffanculo che ..." exclaimed,
    and a trip that is no send-off."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # The first words of every hit the rules here read: one set test spares the rest.
        self._controls3_words = (
            w.SINGULAR_BANTER
            | w.PLURAL_BANTER
            | w.CURSE_ORDERS
            | {w.FUCK_ME[0], w.GO_AWAY[0]}
            | {words[0] for words in w.SHUT_UPS}
        )
        self._group_claims = self._cues[GROUP_ONLY]  # hostile only with a group named

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), cancelled where a shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        words = hit.entry.tokens
        if note or target is Kind.REPORTED:
            return target, note
        if words[0] not in self._controls3_words:
            if words[0] in w.FOND_DESCRIBING and self._describes_banter(ctx, hit, target):
                return Kind.NONE, BANTER_NOTE  # "sneaky" in "gg you sneaky bastard"
            return target, note  # most hits: none of the words here
        if words == w.FUCK_ME:
            if self._fuck_me_exclaimed(ctx, hit):
                return Kind.NONE, EXCLAIMED_NOTE  # "fuck me that hurt"
            return target, note
        if words in w.SHUT_UPS:
            if self._disbelief(ctx, hit):
                return Kind.NONE, DISBELIEF_NOTE  # "shut up, no way! congrats"
            return target, note
        if words == w.GO_AWAY:
            if _trip(ctx, hit):
                return Kind.OBJECT, ADVICE_NOTE  # "go away for the weekend"
            return target, note
        if len(words) != 1:
            return target, note
        word = words[0]
        if word in w.CURSE_ORDERS:
            if self._curse_exclaimed(ctx, hit):
                return Kind.NONE, EXCLAIMED_NOTE  # "vaffanculo che bello"
            return target, note
        if (
            target in w.READERS
            and hit.entry.category is Cat.INSULT
            and self._banter(ctx, self._described_from(ctx, hit.first), hit.first)
        ):
            return Kind.NONE, BANTER_NOTE  # "nice one you bastard", "morning fuckers"
        return target, note

    def _describes_banter(self, ctx: Context, hit: Hit, target: TargetKind) -> bool:
        """A describing word of a banter vocative: "sneaky" in "gg you sneaky bastard"."""
        tokens = ctx.tokens
        if target not in w.READERS or len(hit.entry.tokens) != 1:
            return False
        for noun in range(hit.last, min(hit.last + w.DESCRIBED_REACH, len(tokens))):
            if ctx.pause_after(noun - 1):
                return False
            if tokens[noun] in w.BANTER:
                first = self._described_from(ctx, noun)
                return first <= hit.first and self._banter(ctx, first, noun)
        return False

    @staticmethod
    def _described_from(ctx: Context, noun: int) -> int:
        """Where a vocative starts, with the fond describing words right before its noun."""
        tokens = ctx.tokens
        first = noun
        while (
            first > max(0, noun - w.DESCRIBED_REACH)
            and tokens[first - 1] in w.FOND_DESCRIBING
            and not ctx.pause_after(first - 1)
        ):
            first -= 1
        return first

    def _banter(self, ctx: Context, first: int, noun: int) -> bool:
        """A vocative swear noun (tokens first..noun, describing words then the noun) in a
        warm line with no other hostility in it."""
        tokens = ctx.tokens
        plural = tokens[noun] in w.PLURAL_BANTER
        if ctx.mentions_any("controls3_cold", w.COLD):  # one look, kept for the message
            return False  # "nice try bitch", "nobody loves you bastard"
        if not (plural and _greets(tokens)):
            # warmth in the noun's own sentence: "nice one you bastard", not "... say
            # something nice. Get over yourselves bitches."
            start = ctx.sentence_start(first, w.SENTENCE_REACH)
            end = ctx.sentence_end(noun, w.SENTENCE_REACH)
            if not _warm(tokens[start:end]):
                return False
        return _vocative(ctx, first, noun) and not self._other_hostility(ctx, first, noun + 1)

    def _other_hostility(self, ctx: Context, first: int, last: int) -> bool:
        """Another hostile word or phrase anywhere in the message ("shut up", "useless"),
        bar a claim that needs a group ("that hurt"): banter is the only name-call."""
        lexicon, claims = self._lexicon, self._group_claims
        tokens = ctx.tokens
        for j, token in enumerate(tokens):
            if first <= j < last:
                continue
            word_hit = token in lexicon.hit_words and token not in claims
            if word_hit and _fits(tokens, j, lexicon.anchors.get(token, ())):
                return True
            pair = (token, tokens[j + 1]) if j + 1 < len(tokens) else None
            if (
                pair is not None
                and pair in lexicon.hit_pairs
                and _fits(tokens, j, lexicon.pairs.get(pair, ()))
            ):
                return True
        return False

    def _fuck_me_exclaimed(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck me" opens the line (maybe after "oh", "holy") and a pause or a word of the
        situation follows: "fuck me, it's hot", "fuck me that hurt". Alone it may be
        meant ("fuck me" said to a chatbot)."""
        if ctx.mentioned or ctx.is_reply:
            return False
        tokens = ctx.tokens
        before = tokens[: hit.first]
        if len(before) > 1 or not w.FUCK_ME_OPENERS.issuperset(before):
            return False
        rest = tokens[hit.last :]
        if rest and (ctx.pause_after(hit.last - 1) or rest[0] in w.EXCLAIMED_NEXT):
            return self._cue_second_person.isdisjoint(rest) and not self._other_hostility(
                ctx, hit.first, hit.last
            )
        return False

    def _disbelief(self, ctx: Context, hit: Hit) -> bool:
        """ "shut up, no way!", "omg shut up i love it": good news met with disbelief. The
        order opens the line (maybe after "omg", "wait") and "no way" follows it at once,
        or the line cheers ("congrats", "love it"); no other hostility in it."""
        tokens = ctx.tokens
        before = tokens[ctx.lead : hit.first]
        if len(before) > 2 or not w.AMAZED.issuperset(before):
            return False
        after = tokens[hit.last : hit.last + 3]
        disbelief = any(pair in w.NO_WAY for pair in itertools.pairwise(after))
        if not disbelief and not _cheers(tokens):
            return False
        return not self._other_hostility(ctx, hit.first, hit.last)

    def _curse_exclaimed(self, ctx: Context, hit: Hit) -> bool:
        """ "vaffanculo che bello": the curse opens the line and an exclamative "che"
        follows it at once, about no one ("che sei ...", "che vuoi" speak to the reader)."""
        if ctx.mentioned or ctx.is_reply or hit.first != 0:
            return False
        tokens = ctx.tokens
        rest = tokens[hit.last :]
        if len(rest) < 2 or rest[0] != w.EXCLAIMING or ctx.pause_after(hit.last - 1):
            return False
        return (
            w.ITALIAN_YOU_VERBS.isdisjoint(rest)
            and self._cue_second_person.isdisjoint(rest)
            and not self._other_hostility(ctx, hit.first, hit.last)
        )


def _cheers(tokens: list[str]) -> bool:
    """Good news cheered: "congrats", "yay", "love it" ending the line ("love it when you
    cry" is no cheer)."""
    if not w.CHEERING.isdisjoint(tokens):
        return True
    return len(tokens) > 1 and tokens[-2] in w.LOVING and tokens[-1] in w.IT


def _greets(tokens: list[str]) -> bool:
    """A greeting, farewell or thanks opens the line ("good morning", "oh hey")."""
    for token in tokens[:2]:
        if token in w.GREETING:
            return True
        if token not in w.GREETING_OPENERS:
            return False
    return False


def _warm(tokens: list[str]) -> bool:
    """Affection, praise or good wishes somewhere in the line."""
    if not w.WARM.isdisjoint(tokens):
        return True
    for j, token in enumerate(tokens[:-1]):
        after = tokens[j + 1]
        if token in w.LOVING and after in w.READERS_ALL:
            return True  # "love you", "miss u all"
        if (token, after) in w.ITALIAN_AFFECTION:
            return True  # "ti voglio bene", "mi manchi"
        if token == w.EXCLAIMING and after in w.LUCK:
            return True  # "che culo"
    return False


def _vocative(ctx: Context, first: int, noun: int) -> bool:
    """The noun addresses someone: it ends its clause, and it opens a clause or comes
    after "you", a greeting or a word of affection, maybe one or two describing words
    between ("you crazy old bastard", "auguri vecchio bastardo"); never after a predicate
    ("you are a bastard", "deserve better bitches") or a taunt ("nice bitch")."""
    tokens = ctx.tokens
    if (
        noun + 1 < len(tokens)
        and not ctx.pause_after(noun)
        and not _runs_on_warmly(tokens, noun + 1)
    ):
        return False  # "ya bitches luv throwing bread": the noun is a subject
    for back in range(1, w.VOCATIVE_REACH + 1):
        j = first - back
        if j < 0 or ctx.pause_after(j):
            return back <= 2  # "grande bastardo", "gg, you bastard"
        word = tokens[j]
        if word in w.PREDICATE or word in w.TAUNTING:
            return False
        if word in w.READER or word in w.GREETING or word in w.FOND_ENDS or word in w.WISHES:
            return True
    return False


def _runs_on_warmly(tokens: list[str], at: int) -> bool:
    """After a vocative with no comma: more warmth ("love you bitch i miss you")."""
    word = tokens[at]
    if word in w.RUN_ON:
        return True
    return word in w.LOVING and at + 1 < len(tokens) and tokens[at + 1] in w.READER


def _fits(tokens: list[str], at: int, entries: tuple[tuple[int, Entry], ...]) -> bool:
    """Does an entry of a real hostile category (not mere swearing) match at token `at`,
    its anchor `offset` words in? Terms read only beside a named group ("keep", "camp":
    group_only.FIRST_NAMED_TERMS) carry their own verdict and do not count here: "fuck
    me the camp was cold" stays an exclamation."""
    for offset, entry in entries:
        category = entry.category
        if category is None or category is Cat.PROFANITY or entry.term in FIRST_NAMED_TERMS:
            continue
        words = entry.tokens
        first = at - offset
        if first >= 0 and tuple(tokens[first : first + len(words)]) == words:
            return True
    return False


def _trip(ctx: Context, hit: Hit) -> bool:
    """ "go away for the weekend", "go away for a week": a time that names a trip."""
    tokens = ctx.tokens
    after = tokens[hit.last : hit.last + 3]
    if len(after) < 2 or after[0] != "for":
        return False
    if after[1] in w.TRIP_TIMES:
        return True
    return len(after) == 3 and after[1] in w.TRIP_ARTICLES and after[2] in w.TRIP_TIMES
