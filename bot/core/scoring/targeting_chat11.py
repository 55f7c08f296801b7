"""Targeting rules of the chat11 round (issue 8): the reader told they are a nuisance to
the writer, as people write it to a chatbot or another chatter (ConvAbuse's "system"
lines), in words no older line held or older lines read at a thing.

- The reader a nuisance: "you're annoying me", "ur so annoying me", "you bore me to
  tears", "you get on my nerves", "you keep bugging me", "you're wasting my time", the
  reader ("you", "ur", maybe over "are" and a few adverbs) opening its sentence over
  chat's openers; or the order "stop"/"quit" opening it: "stop annoying me", "quit
  wasting my time".
- Time with the reader called wasted: "talking to you is a waste of time", "chatting
  with you is pointless", "you are a waste of time", the talk or the reader opening
  its sentence and the waste closing its clause (maybe over chat's tails).
- The writer fed up with the reader, older "sick of", "sick and tired of" lines and
  "hate" before talk with the reader, read at a thing before: "i'm sick of you", "im so
  sick and tired of you", "i hate talking to you", "you" closing the clause (maybe over
  chat's tails), "i'm" or "i" opening its sentence. "i'm tired of you" and "i'm done
  with you" stay hatecheck29's clean partings.

Clean: a thing or a third person annoying the writer ("this lag is annoying me", "my
sister gets on my nerves", "that game was a waste of time", "i'm sick of this weather"),
questions and the writer sorry ("am i annoying you?", "i'm sick of you?", "sorry if
i'm boring you"),
negations ("you're not annoying me", "talking to you is never a waste of time"),
reports ("she said i was getting on her nerves"), the clause going on ("i'm sick of you
always winning", "i hate talking to you about money") and quotes. The round's own
lines out of these shapes are cancelled.

Cost per hit: a frozenset test of the term; then at most ADVERB_REACH (or
WASTE_LEAD_REACH, FED_UP_ADVERB_REACH) tokens back, LEAD_REACH back over openers,
TAIL_REACH ahead and NEGATION_REACH words of the sentence tested against a frozenset.
No regex; no older line reads differently outside these shapes.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat11_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat55 import GameChat55Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_NUISANCE_NOTE", "Chat11Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_A_NUISANCE_NOTE: Final[str] = "the reader called no nuisance to the writer"


class Chat11Rules(GameChat55Rules):
    """The reader told they are a nuisance to the writer ("you're annoying me", "talking
    to you is a waste of time", "i'm sick of you")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        its shapes and cancelled out of them, and older fed-up lines read at a thing
        raised to the reader's."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if own:
            shaped = _c11_nuisance if term in w.NUISANCE_TERMS else _c11_wasted
        elif target is Kind.OBJECT and term in w.FED_UP_TERMS:
            shaped = _c11_fed_up
        elif target is Kind.OBJECT and term in w.HATE_TERMS:
            shaped = _c11_hates_talk
        else:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not _c11_negated(ctx, hit.first)
            and shaped(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "you're annoying me", "i'm sick of you"
        if own:
            return Kind.NONE, NOT_A_NUISANCE_NOTE  # "this lag is annoying me"
        return target, note


def _c11_negated(ctx: Context, first: int) -> bool:
    """A negation before token `first` in its sentence: "you're not annoying me", "you
    never bore me", "talking to you is never a waste of time"."""
    start = ctx.sentence_start(first, w.NEGATION_REACH)
    return not w.NEGATORS.isdisjoint(ctx.tokens[start:first])


def _c11_reader_opens(ctx: Context, at: int) -> bool:
    """The reader as a subject ends right before token `at` and opens its sentence over
    chat's openers: "you", "u", "ur", "youre", or "you are" / "you're" / "u r"."""
    tokens = ctx.tokens
    if at < 1:
        return False
    before = tokens[at - 1]
    if before in w.COPULAS and at >= 2 and tokens[at - 2] in w.YOU:
        subject = at - 2  # "you are", "you're", "u r"
    elif before in w.YOU or before in w.YOU_ARE:
        subject = at - 1  # "you bore me", "ur annoying me"
    else:
        return False
    return ctx.opens_after(subject, w.LEADS, w.LEAD_REACH)


def _c11_nuisance(ctx: Context, hit: Hit) -> bool:
    """The reader before the term over a few adverbs ("you're really annoying me now",
    "you keep bugging me"), or an order to stop opening its sentence ("stop annoying me",
    "please quit wasting my time")."""
    at = ctx.back_over(hit.first, w.ADVERBS, w.ADVERB_REACH)
    if at > 0 and ctx.tokens[at - 1] in w.STOPS:
        return ctx.opens_after(at - 1, w.LEADS, w.LEAD_REACH)
    return _c11_reader_opens(ctx, at)


def _c11_wasted(ctx: Context, hit: Hit) -> bool:
    """ "<talk> to/with you is (a) <waste>" or "you are (a) <waste>", opening its sentence:
    "talking to you is a waste of time", "you're a waste of my time", "chatting with you
    is pointless"; the waste closes its clause (not "your pointless questions")."""
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.WASTE_LEADS, w.WASTE_LEAD_REACH)
    if _c11_reader_opens(ctx, at):
        return True  # "you are a waste of time"
    talk = at - 4  # "talking", "to", "you", "is"
    if (
        talk < 0
        or tokens[at - 1] not in w.IS
        or tokens[at - 2] not in w.YOU
        or tokens[at - 3] not in w.TALK_TO
        or tokens[talk] not in w.TALKS
    ):
        return False
    return ctx.opens_after(talk, w.LEADS, w.LEAD_REACH)


def _c11_writer_opens(ctx: Context, at: int) -> bool:
    """The writer as a subject ends right before token `at` and opens its sentence over
    chat's openers: "i'm", "i am", "im"; for "hate", "i" alone."""
    tokens = ctx.tokens
    if at < 1:
        return False
    before = tokens[at - 1]
    if before in w.I_AM and at >= 2 and tokens[at - 2] in w.WRITER:
        subject = at - 2  # "i'm", "i am"
    elif before in w.IM:
        subject = at - 1  # "im"
    else:
        return False
    return ctx.opens_after(subject, w.LEADS, w.LEAD_REACH)


def _c11_you_closes(ctx: Context, at: int) -> bool:
    """The reader at token `at`, closing its clause maybe over chat's tails: "... of you",
    "... with you bot", "... of you already"."""
    tokens = ctx.tokens
    return (
        at < len(tokens) and tokens[at] in w.YOU and ctx.closes_after(at + 1, w.TAILS, w.TAIL_REACH)
    )


def _c11_fed_up(ctx: Context, hit: Hit) -> bool:
    """ "i'm (so) sick of you", "im sick of you bot", "i am sick and tired of you"."""
    if not _c11_you_closes(ctx, hit.last):
        return False
    return _c11_writer_opens(ctx, ctx.back_over(hit.first, w.FED_UP_ADVERBS, w.FED_UP_ADVERB_REACH))


def _c11_hates_talk(ctx: Context, hit: Hit) -> bool:
    """ "i (really) hate talking to you", "i hate chatting with you": the writer opening
    its sentence, the reader closing the clause."""
    tokens = ctx.tokens
    talk = hit.last
    if (
        talk + 1 >= len(tokens)
        or tokens[talk] not in w.TALKS
        or tokens[talk + 1] not in w.TALK_TO
        or not _c11_you_closes(ctx, talk + 2)
    ):
        return False
    at = ctx.back_over(hit.first, w.FED_UP_ADVERBS, w.FED_UP_ADVERB_REACH)
    if at < 1 or tokens[at - 1] not in w.WRITER:
        return False
    return ctx.opens_after(at - 1, w.LEADS, w.LEAD_REACH)
