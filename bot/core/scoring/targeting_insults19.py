"""Targeting rules of the insults19 round (issue 8, nineteenth session): insults in
comment sections and tweets that the older rules read as said of a thing or never
found: a bare name-call closing an order about "it" or after "this" and a modifier, a
sneering question about the reader's reading or thinking, the reader's kind or standing.

- An order about "it" closed by a bare name-call, a vocative at the reader: "look it up
  moron", "then dont watch it loser", "get over it crybaby", "deal with it, snowflake".
  The older rules read the noun as said of "it". The sentence opens with an order (maybe
  after "then", "so", "just", "dont") at most two words before "it", and the name-call
  closes its clause, chat tags aside. Stay clean: "i looked it up, im such a moron" and
  "i watched it again, what a moron i was" (no order: the writer's own), "read it again,
  the idiot box is on" (the clause goes on), "nail it genius" (not one of the nouns).
  The same past the order's thing, read as no one's or a thing's: "read a book moron";
  "i read a book moron" (no order), "watch the clown" (a determiner before it), "read
  the book idiot proof guide" (goes on) stay clean.
- A name-call after "this" or "that" and a modifier or two, said of one person: "fuck
  this fat idiot", "this lying moron is at it again" (the older rules read the noun
  after its modifier as a thing's). The modifiers are judging words, the name-call
  closes its clause or goes on with the person's verb. Stay clean: "this idiot proof
  design", "ugh this stupid idiot box" (going on with a thing), "make this day my
  bitch" (no judging word; "bitch" is not one of the nouns).
- A sneering question about the reader's reading or thinking (lexicon lines, aimed at
  the reader): said whole, "do you even read?", "how do you even function", or going on
  with what was not read or thought of, "do you even read the article", "do you even
  think before you post", "do you even know what that word means". Stay clean: "do you
  even read manga?", "do you even think pineapple belongs on pizza", "do you even know
  what time it is lol" (asked), and the older rules' reports and conditions.
- The reader's kind or ilk, taken seriously by no one (lexicon lines, aimed at the
  reader): "you and your ilk", "your kind are the problem", "you and your kind should
  leave", "nobody takes you seriously", Italian "tu e quelli come te", "nessuno ti
  prende sul serio". "thanks for your kind words", "your kind of music", "nobody takes
  me seriously" hold no phrase; "you and your kind heart" goes on with a noun, "nobody
  takes you seriously if you dont have a degree" is anyone's "you".
- olid6's exclamation reads the faint nouns with their modifier too ("what a total
  tool"; olid6_words.EXCLAIMED), never "what a total tool for the job".

Cost: every hit pays at most four frozenset tests of its term (DET_NOUNS, SNEERS,
KNOW_WHAT, KIND_TERMS, SERIOUS), and only readings the round changes pay more: a
vocative three tokens back to "it", then six more to the order (eight past the order's
thing), and three tags ahead; a
name-call three back to "this" and three tags ahead; a sneer two openers back and three
tags ahead (a known-what six); a kind or standing one token ahead. No regex, nothing for
a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults19_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_gamechat23 import GameChat23Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["ASKED_NOTE", "GENERIC_NOTE", "Insults19Rules"]

ASKED_NOTE: Final = "a question asked, no sneer"
GENERIC_NOTE: Final = "anyone's kind or standing, not the reader's"


class Insults19Rules(GameChat23Rules):
    """A bare name-call closing an order about "it"; a sneering question about the
    reader's reading or thinking; the reader's kind or standing."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.DET_NOUNS:
            if note or (target is not Kind.OBJECT and target is not Kind.NONE):
                return target, note
            if term in w.IT_VOCATIVES and (
                _called_after_it(ctx, hit) or _called_after_order(ctx, hit)
            ):
                return Kind.SECOND_PERSON, ""  # "look it up moron", "read a book moron"
            if target is not Kind.OBJECT:
                return target, note
            if _said_of_this(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "fuck this fat idiot"
            return target, note
        if term in w.SNEERS or term in w.KNOW_WHAT:
            if target is Kind.REPORTED or note or ctx.quoted(hit.first, hit.last):
                return target, note
            if not _opens(ctx, hit.first):
                return Kind.REPORTED, note  # "he asked do you even read"
            if _sneered(ctx, hit, term in w.KNOW_WHAT):
                return target, note  # "do you even read?"
            return Kind.OBJECT, ASKED_NOTE  # "do you even read manga?"
        if term in w.KIND_TERMS or term in w.SERIOUS:
            if target is not Kind.SECOND_PERSON or note:
                return target, note
            if term in w.SERIOUS and _goes_on_with(ctx, hit.last, w.GENERIC_TAILS):
                return Kind.OBJECT, GENERIC_NOTE  # "... if you dont have a degree"
            if term in w.KIND_TERMS and not (
                closed_by(ctx, hit.last, w.TAGS, reach=w.TAIL_REACH)
                or _goes_on_with(ctx, hit.last, w.KIND_TAILS)
            ):
                return Kind.OBJECT, GENERIC_NOTE  # "you and your kind heart"
            return target, note
        return target, note


def _called_after_it(ctx: Context, hit: Hit) -> bool:
    """The name-call closes its clause after "it" (maybe a word between), in a sentence
    that opens with an order at most a couple of words before "it"."""
    first = hit.first
    tokens = ctx.tokens
    if first < 2 or tokens[first - 1] not in w.IT_TAILS:
        return False
    if not closed_by(ctx, hit.last, w.TAGS, reach=w.TAIL_REACH):
        return False
    it = -1
    for at in range(first - 1, max(-1, first - 1 - w.IT_REACH), -1):
        if tokens[at] == "it":
            it = at
            break
        if ctx.stop_after(at):
            return False
    if it < 1:
        return False
    start = ctx.sentence_start(it, SENTENCE_REACH)
    if it - start > w.ORDER_GAP + w.OPENER_REACH:
        return False  # "i told him to just look it up, moron" opens before the order
    at = start
    while at < it and tokens[at] in w.ORDER_OPENERS and at - start < w.OPENER_REACH:
        at += 1
    return (
        at < it
        and it - at <= w.ORDER_GAP
        and tokens[at] in w.IT_ORDERS
        and (at == start or not ctx.pause_after(at - 1))
    )


def _called_after_order(ctx: Context, hit: Hit) -> bool:
    """The name-call closes a sentence that opens with an order a few words before it,
    past the order's thing ("read a book moron"), no determiner or judging word before it."""
    first = hit.first
    tokens = ctx.tokens
    if first < 2 or tokens[first - 1] in w.NOT_VOCATIVE or tokens[first - 1] in w.MODIFIERS:
        return False
    if not closed_by(ctx, hit.last, w.TAGS, reach=w.TAIL_REACH):
        return False
    start = ctx.sentence_start(first, SENTENCE_REACH)
    if first - start > w.VOCATIVE_REACH:
        return False
    at = start
    while at < first and tokens[at] in w.ORDER_OPENERS and at - start < w.OPENER_REACH:
        at += 1
    return (
        at < first - 1
        and tokens[at] in w.IT_ORDERS
        and (at == start or not ctx.pause_after(at - 1))
    )


def _sneered(ctx: Context, hit: Hit, know_what: bool) -> bool:
    """Said whole, or going on with what was not read, thought of or meant."""
    last = hit.last
    tokens = ctx.tokens
    if know_what:
        end = min(len(tokens), last + w.KNOW_REACH)
        return not w.KNOW_TAILS.isdisjoint(tokens[last:end])
    if closed_by(ctx, last, w.TAGS, reach=w.TAIL_REACH):
        return True
    return last < len(tokens) and tokens[last] in w.SNEER_TAILS


def _goes_on_with(ctx: Context, last: int, words: frozenset[str]) -> bool:
    """The words ending before `last` go on, in their clause, with one of `words`."""
    return last < len(ctx.tokens) and not ctx.pause_after(last - 1) and ctx.tokens[last] in words


def _opens(ctx: Context, first: int) -> bool:
    """The words open their sentence (or a clause after a pause), maybe after an opener
    or two ("lol do you even read", "seriously, do you even read")."""
    tokens = ctx.tokens
    at = first
    while True:
        if ctx.starts_sentence(at) or (at > 0 and ctx.pause_after(at - 1)):
            return True
        if at == 0 or first - at >= w.SNEER_OPEN_REACH or tokens[at - 1] not in w.SNEER_OPENERS:
            return False
        at -= 1


def _said_of_this(ctx: Context, hit: Hit) -> bool:
    """ "this" or "that", a judging modifier or two, then the name-call closing its
    clause or going on with the person's verb ("this lying moron is at it again")."""
    first, last = hit.first, hit.last
    tokens = ctx.tokens
    if first < 2 or hit.last - first != 1:
        return False
    for at in range(first - 1, max(-1, first - 2 - w.MODIFIER_REACH), -1):
        if ctx.pause_after(at):
            return False
        if at < first - 1 and tokens[at] in w.DETERMINERS:
            break
        if tokens[at] not in w.MODIFIERS:
            return False
    else:
        return False
    return closed_by(ctx, last, w.TAGS, reach=w.TAIL_REACH) or _goes_on_with(
        ctx, last, w.PERSON_VERBS
    )
