"""Targeting rules of the discord32 round (issue 8, twenty-fifth session): Discord lines
between teenagers that talk down to the reader.

- The reader caught not reading or watching: the reader ("you", "u", "ya") right before
  "didn't even" and a verb of taking in what was sent (two adverbs at most between),
  opening its sentence after two chat openers at most, and after it only the thing and
  tags to the sentence's end: "you didn't even read it did you", "u didnt even watch the
  video lol", "bro u didnt even try", "you didnt even look at it huh". Terms:
  discord32_words.DIDNT_EVENS. A question is a jab only with its tag ("... did you?");
  any other question stays asked. Stay clean: "i didn't even read it lol" (the writer's),
  "she said u didnt even read it" (reported), "you didn't even read it yet? no rush"
  (asked, and "yet"), "you didnt even try and you still won" (the line goes on), "you
  didn't even need to study" (no such verb).
- The reader mocked for thinking well of their own turn: the reader as the thinker
  ("bro", "blud", "u", "you") right before "thought" (two adverbs at most between),
  opening its sentence after two chat openers at most: "bro really thought he did
  something", "u really thought that was funny", "bro thought he cooked", "you really
  thought you were him". Terms: THOUGHTS. Stay clean: "i really thought i did something
  lol", "my brother really thought he did something when he beat me at uno" (no reader),
  "you really thought that was funny?" (asked), "... lol ily" (a kind word after).
- The reader's clothes mocked as a child's, a question thrown whole: "did your mom dress
  you", "did ur mom dress u this morning lmao", "who dressed you lmao", opening its
  sentence after two chat openers at most, with only a time and tags after it. Terms:
  DRESSES. Stay clean: "did your mom make dinner?" (no term), "who dressed you? you
  look amazing" (a kind word after), "who dressed you up for halloween?" (the line goes
  on), "my mom dressed me today lol".

Not built: "who cut your hair, your enemy?" ("who cut your hair? it looks so good" is
asked; its jab lies in the words after it) and "weird" with a second cue: a bare "weird"
stays out of the lexicon, the older rules already catch it beside a strong cue ("ur so
weird go away", "... shut up", "... nobody likes u"), and the cues left ("stop
talking", "leave", "its creepy") are too weak to read alone.

Cost per hit: one frozenset test of the term per list; then at most two adverbs, one
subject and two openers back, nine tokens ahead for the thing (or time) and its tags,
ten for a kind word. No regex, no new work for messages without these terms; the new
words stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS) and loose
words to the person rules (loose_terms.py).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord32_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat35 import GameChat35Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_TALKED_DOWN_NOTE", "Discord32Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_TALKED_DOWN_NOTE: Final = "a put-down's words not aimed at the reader"


class Discord32Rules(GameChat35Rules):
    """The reader caught not reading, mocked for thinking well of their turn, or asked
    whether their mom dressed them."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and _d32_aimed(ctx, hit, term)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "you didn't even read it", "bro thought he ate"
        return Kind.OBJECT, NOT_TALKED_DOWN_NOTE  # "i didn't even read it lol"


def _d32_aimed(ctx: Context, hit: Hit, term: str) -> bool:
    """The term's shape: the reader before "didn't even read" or before "thought", or
    "did your mom dress you" opening its sentence."""
    first, last = hit.first, hit.last
    if term in w.DIDNT_EVENS:
        if not _d32_subject_before(ctx, first, w.READERS) or ctx.quoted(first, last):
            return False
        tail = _d32_only_after(ctx, last, w.AFTER_DIDNT)
        return tail == 1 or (tail == 0 and not ctx.ends_asking(first))
    if term in w.DRESSES:
        return (
            _d32_opens(ctx, first)
            and not ctx.quoted(first, last)
            and _d32_only_after(ctx, last, w.AFTER_DRESS) >= 0
        )
    return _d32_subject_before(ctx, first, w.THINKERS) and not ctx.quoted_or_asked(first, last)


def _d32_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after two chat openers ("lmao who ...")."""
    return ctx.starts_sentence(at) or ctx.opens_after(at, w.OPENERS, w.OPENER_REACH)


def _d32_subject_before(ctx: Context, first: int, subjects: frozenset[str]) -> bool:
    """ "u (literally) didnt even ...", "bro (really) thought ...": the subject right
    before (two adverbs at most between), opening its sentence after two openers."""
    at = ctx.back_over(first, w.ADVERBS, w.ADVERB_REACH)
    if at < 1 or ctx.tokens[at - 1] not in subjects:
        return False
    return _d32_opens(ctx, at - 1)


def _d32_only_after(ctx: Context, last: int, words: frozenset[str]) -> int:
    """After the term: -1 when a word not of `words` (the thing read, a time, tags)
    comes before the sentence's end ("... and you still won", "... yet?", "... up for
    halloween"); 1 when a tag question is among them ("... it did you?"); 0 otherwise
    ("... the message lmao")."""
    tokens = ctx.tokens
    tagged = 0
    for i in range(last, min(len(tokens), last + w.AFTER_REACH + 1)):
        word = tokens[i]
        if word not in words:
            return -1
        if word in w.TAG_ASKS:
            tagged = 1
        if ctx.stop_after(i):
            return tagged
    return tagged if last + w.AFTER_REACH + 1 >= len(tokens) else -1
