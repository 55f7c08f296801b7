"""Targeting rules of the olid41 round (issue 8): a pointed person called by a name-call,
as the subject of what only a person does, in tweet style.

- "<pointer> [judging words] <name-call> [is | just | keeps ...] <act>": the pointer
  ("this", "that", "the", "a") opens its sentence, at most MODIFIER_REACH judging words
  (olid41_words.MODIFIERS) stand before the name-call, and the name-call's clause goes on
  with what only a person does (ACTS: lying, tweeting, complaining, voting, snitching;
  AIMED_ACTS with the writer after them: "blocked me", "reported my account"): "that
  dumb bitch blocked me", "this little rat lied to my face", "the moron blocked me
  again", "a bitch is complaining to my manager about me", "that piece of trash lied to
  the whole country". A name-call that is no animal's nor thing's (BEASTS) also takes
  "is at it again" ("the idiot is at it again"); a trade's or a part's noun
  (LITERAL: "clown") takes saying and telling only after a judging word.

The older rules read these as a thing's or an animal's (the judging words stand between
the pointer and the name-call, or "the"/"a" point at no one they know). Clean: animals
and things doing what they do ("that dumb bitch keeps barking", "the rat blocked the
drain", "that piece of trash broke again", "the old cow is lying"), a real bot ("the
dumb bot posted again"), literal clowns ("the clown said hello to
every kid"), a pointer that does not open its sentence (reports, "he called me a dumb
bitch and blocked me", "she said that dumb bitch blocked her"), questions, quotes and
denials (hatecheck28's `_hc28_others`), fondness in the rest of the sentence ("this
dumb bitch said she loves me"). No lexicon lines.

Cost per hit: only an insult read at an object or at no one, no curse ("fuck you"),
goes on; at most MODIFIER_REACH tokens back to the pointer and LEAD_REACH more to the
sentence's opening, then VERB_GAP_REACH tokens on to the act and a set test of the
sentence after it. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid41_words as w
from bot.core.scoring.olid4_words import PRAISE
from bot.core.scoring.olid40_words import FOND
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord46 import Discord46Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid41Rules"]

# Readings this round takes over: a thing's, or no one's.
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_CALLS: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})


class Olid41Rules(Discord46Rules):
    """A pointed person called by a name-call, as the subject of what only a person does
    ("that dumb bitch blocked me", "the moron lied again")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; an insult they read at an object or at no
        one raised to the pointed person's in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if target not in _UNAIMED or entry.category not in _CALLS:
            return target, note
        if not w.CURSE_WORDS.isdisjoint(entry.tokens):
            return target, note  # "the fuck you talking about": a curse, no name-call
        if not w.MACHINES.isdisjoint(entry.tokens):
            return target, note  # "the dumb bot posted again": a real bot
        if self._o41_acting(ctx, hit) and not self._hc28_others(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note

    def _o41_acting(self, ctx: Context, hit: Hit) -> bool:
        """The name-call, after an opening pointer and judging words, the subject of a
        person's act; not asked, nothing fond after it."""
        pointer = ctx.back_over(hit.first, w.MODIFIERS, w.MODIFIER_REACH) - 1
        if pointer < 0 or ctx.tokens[pointer] not in w.POINTERS:
            return False
        if not ctx.opens_after(pointer, w.LEADS, w.LEAD_REACH):
            return False  # "he called me a dumb bitch", "she said that moron ..."
        judged = pointer + 1 < hit.first
        act = ctx.skip_ahead(hit.last, w.VERB_GAP, w.VERB_GAP_REACH)
        if not _o41_act_at(ctx, hit, act, judged) or ctx.ends_asking(hit.first):
            return False
        return not _o41_fond(ctx, act)


def _o41_act_at(ctx: Context, hit: Hit, act: int, judged: bool) -> bool:
    """What only a person does at token `act`, right after the name-call (over VERB_GAP
    words and no pause): a lie (of an animal's word, not lying down: a resting beast's
    only with its deceit after it or a habit before it), a tweet, a complaint, whining
    (not of an animal's word); "blocked me"; saying, unless the name-call is a trade's
    with no judging word before it; "at it again" of a name-call that is no animal's nor
    thing's."""
    tokens = ctx.tokens
    if act >= len(tokens) or ctx.pause_after(hit.last - 1):
        return False
    word = tokens[act]
    following = tokens[act + 1] if act + 1 < len(tokens) else ""
    beast = not w.BEASTS.isdisjoint(hit.entry.tokens)
    if word in w.LIES and beast:
        if following in w.LIE_TAILS:
            return True
        return ctx.closes_clause(act + 1) and (
            w.RESTING.isdisjoint(hit.entry.tokens)
            or not w.HABITS.isdisjoint(tokens[hit.last : act])
        )
    if word in w.ACTS:
        return True
    if word in w.WHINES:
        return not beast
    if word in w.SPEECH:
        return judged or w.LITERAL.isdisjoint(hit.entry.tokens)
    if word in w.AIMED_ACTS:
        return following in w.AIMED_AT
    return (word, following) == w.AT_IT and not beast


def _o41_fond(ctx: Context, at: int) -> bool:
    """Fondness or praise in the sentence from token `at` on ("this dumb bitch said she
    loves me")."""
    after = ctx.tokens[at : ctx.sentence_end(at, SENTENCE_REACH)]
    return not (FOND.isdisjoint(after) and PRAISE.isdisjoint(after))
