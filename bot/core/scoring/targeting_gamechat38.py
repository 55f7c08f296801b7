"""Targeting rules of the gamechat38 round (issue 8, twenty-eighth session): game chat
that trashes the reader's play, or calls the reader a bare vulgar noun, in any game's
words (the older rules read "you are shit", "you played like shit", "u shit", "you
fucks", but not the past tense, the reader's play as the subject, or "fuck" as a noun
thrown at the reader).

- The reader's play called shit: "your"/"ur", at most three words of a play phrase that
  ends in a play noun (gamechat38_words.PLAY_NOUNS: aim, build, rotations, positioning,
  game sense, map awareness, crosshair placement, ult timing...), a being verb, maybe
  an intensifier or two, and a verdict ("is shit", "was crap", "are ass", "trash",
  "garbage", "dogshit"): "your aim is shit", "ur build was shit", "your rotations are
  shit", "ur game sense is trash", "your positioning is fucking shit". Or the reader as
  the subject of a past or plural being verb: "u were shit", "you was shit mid", "you
  were so shit this round". Only chat's tails or a time may follow to the clause's end
  ("... today", "... all game", "... lol").
- The reader called a bare vulgar noun: "you fuck", "u fuck", "ya shit", "you shits",
  or "you" and a word that makes the noun a name-call ("u lucky fuck", "you greedy
  fuck", "you cheeky fuck", "u lucky shit"), ending the clause (chat's tails aside):
  "thanks for nothing u fuck", "stop stealing my kills you fuck".

Stay clean: "my aim is shit today", "the aim in this game is shit", "your mic is shit"
(gear, no play noun), "your aim is insane", "your aim is the shit", "not saying your aim
is shit" (negated), "was your ping shit too?" (asked), "you were shit out of luck"
(goes on), "did you fuck up the build", "if you fuck it up we reset" (a verb: a
verb-making word before "you", or words after the noun), "you shit on them", "you lucky
duck"; "you lucky bastard" and "cheeky bastard" stay the older benign lines (friendly
envy).

Terms: gamechat38_words.OWN_TERMS (new lexicon lines), cancelled outside the shapes; the
older verdict lines (OLDER_VERDICTS) are only raised, never lowered. Cost per hit: one
frozenset test of the term; then at most a dozen tokens around the hit. No regex, no new
work for messages without these terms; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat38_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian40 import Italian40Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_AT_READER_NOTE", "GameChat38Rules", "gc38_closes", "gc38_negated"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_AT_READER_NOTE: Final = "a verdict or a vulgar word not thrown at the reader"


class GameChat38Rules(Italian40Rules):
    """The reader's play called shit, and the reader called a bare vulgar noun."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.VERDICTS and term not in w.OWN_TERMS:
            return target, note
        own = term in w.OWN_TERMS
        if not own and target is Kind.SECOND_PERSON and not note:
            return target, note  # "your aim is trash": already aimed
        shaped = False
        if not ctx.quoted_or_asked(hit.first, hit.last):
            if term in w.VERDICTS:
                start = _gc38_play_trashed(ctx, hit)
                # Reported speech stays reported ("he said your aim was shit"), but for
                # the play's own speech words: "your calls were shit".
                shaped = start >= 0 and (
                    target is not Kind.REPORTED
                    or not w.SPEECH_NOUNS.isdisjoint(ctx.tokens[start + 1 : hit.first])
                )
            elif target is not Kind.REPORTED:
                shaped = _gc38_called(ctx, hit)
        if shaped and (own or not note):
            return Kind.SECOND_PERSON, ""  # "your aim is shit", "u lucky fuck"
        if own:
            return Kind.OBJECT, NOT_AT_READER_NOTE  # "it was shit", "did you fuck up"
        return target, note


def gc38_negated(ctx: Context, at: int) -> bool:
    """A negator a few tokens before token `at` in its sentence: "not saying your aim"."""
    tokens = ctx.tokens
    start = max(ctx.sentence_start(at, w.NEGATION_REACH), at - w.NEGATION_REACH)
    return not w.NEGATORS.isdisjoint(tokens[start:at])


def gc38_closes(ctx: Context, last: int) -> bool:
    """From token `last` on, only chat's tails or a time to the clause's end."""
    return ctx.closes_after(last, w.AFTER_OK, w.AFTER_REACH)


def _gc38_play_trashed(ctx: Context, hit: Hit) -> int:
    """ "your aim is shit", "ur game sense is trash", "u were shit", "you were so shit":
    the reader's play, or the reader, then a being verb and the verdict. The index of the
    reader's word, or -1."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] in w.COPULAS:
        copula = first
    else:
        at = ctx.back_over(first, w.INTENSIFIERS, w.INTENSIFIER_REACH)
        copula = at - 1
        if copula < 0 or tokens[copula] not in w.COPULAS or ctx.pause_after(copula):
            return -1
    if copula < 1 or ctx.pause_after(copula - 1) or not gc38_closes(ctx, hit.last):
        return -1
    subject = copula - 1
    word = tokens[subject]
    if word in w.READER:
        if tokens[copula] not in w.READER_COPULAS or gc38_negated(ctx, subject):
            return -1
        return subject
    if word not in w.PLAY_NOUNS:
        return -1
    i = subject
    floor = max(0, subject - w.PHRASE_REACH)
    while i > floor and tokens[i - 1] in w.PLAY_MODIFIERS and not ctx.pause_after(i - 1):
        i -= 1
    owner = i - 1
    if owner < 0 or tokens[owner] not in w.POSSESSIVES or ctx.pause_after(owner):
        return -1
    return -1 if gc38_negated(ctx, owner) else owner


def _gc38_called(ctx: Context, hit: Hit) -> bool:
    """ "u fuck", "you shits", "u lucky fuck": the reader and the noun closing the clause,
    no verb-making word before the reader."""
    tokens = ctx.tokens
    first = hit.first
    if hit.entry.term in w.ADJECTIVE_TERMS:
        reader = first - 1
        if reader < 0 or tokens[reader] not in w.READER or ctx.pause_after(reader):
            return False
    else:
        reader = first
    if reader > 0 and not ctx.pause_after(reader - 1) and tokens[reader - 1] in w.VERB_LEADS:
        return False
    last = hit.last
    if ctx.closes_clause(last):
        return True
    for i in range(last, min(len(tokens), last + w.VOCATIVE_TAIL_REACH)):
        if tokens[i] not in w.VOCATIVE_TAILS:
            return False
        if ctx.closes_clause(i + 1):
            return True
    return False
