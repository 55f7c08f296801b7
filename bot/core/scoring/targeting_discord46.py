"""Targeting rules of the discord46 round (issue 8): a member's own work or
self-expression trashed to their face in a Discord server, which the older rules read as
said of a thing, of a third person or of no one.

- The reader's work called bad: "your"/"ur", at most two words of a phrase that ends in a
  work (discord46_words.WORKS: art, drawings, posts, memes, edits, voice, singing, pfp,
  selfies, jokes...), a being verb ("is", "are", "was", "looks", "sounds"), maybe an
  intensifier or two, and an older insult or body-shaming line ("trash", "garbage",
  "cringe", "so bad", "awful", "ugly", "is ass", "is mid"); or the work and a verdict
  that is its own verb ("sucks"). Only chat's tails may follow to the clause's end:
  "ur art is trash", "your posts are so cringe", "your singing is awful", "your pfp is
  ugly af", "your edit was so cringe", "your art is hot garbage", "your art sucks".

Stay clean: the speaker's own work ("my art is trash ngl"), things that are nobody's
("the art in this game is trash", "this meme is cringe"), gear, connection and play
("your mic is so bad", "your ping is trash": older readings), praise, negations ("your
art isnt trash", "nobody thinks your posts are cringe"), questions ("your art is trash?
nah"), reports, conditions and advice ("he keeps saying my art is trash", "if your art is
bad just keep practicing", "ignore anyone saying your art is trash"), a verdict that goes
on ("your old art was bad but now its amazing") or is taken back ("... jk ily").

Slang praise in insult's words stays praise ("your music is so savage", "your edit is
nasty", "your song is insane"; discord46_words.PRAISE).

Cost per hit: one category test and one frozenset test of the term's words; then at most
INTENSIFIER_REACH tokens back to the being verb, PHRASE_REACH to the owner, TAIL_REACH on
to the clause's end, LEAD_REACH back in the sentence and KIND_REACH on for a kind mark.
No regex, no lexicon lines: the rule reads older lines only.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord46_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_hatecheck65 import HateCheck65Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord46Rules"]

# The older readings this round raises: a thing, a third person, no one.
_RAISED: Final = frozenset({Kind.OBJECT, Kind.THIRD_PERSON, Kind.NONE})
# The older lines read as the verdict: insults and body shaming ("trash", "cringe", "ugly").
_VERDICTS: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})


class Discord46Rules(HateCheck65Rules):
    """A member's own work or self-expression trashed to their face ("ur art is trash",
    "your posts are so cringe", "your pfp is ugly af")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; an insult or body shaming read at a thing or
        no one raised to the reader when it trashes the reader's own work."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if target not in _RAISED or entry.category not in _VERDICTS or note == JOKING_NOTE:
            return target, note  # a joke stays a joke: "lol your art is trash jk"
        if not w.PRAISE.isdisjoint(entry.tokens):
            return target, note  # "your music is so savage"
        owner = _d46_work_owner(ctx, hit)
        if owner < 0 or _d46_softened(ctx, hit, owner):
            return target, note
        return Kind.SECOND_PERSON, ""  # "ur art is trash", "your posts are so cringe"


def _d46_work_owner(ctx: Context, hit: Hit) -> int:
    """ "your art is trash", "ur pfp is so ugly", "your art sucks": the reader's work, a
    being verb and the verdict (or a verdict verb), closing its clause. The index of the
    owner ("your"), or -1."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] in w.COPULAS or tokens[first] in w.VERB_VERDICTS:
        subject = first - 1  # "is ass", "are ugly", "sucks"
    else:
        at = ctx.back_over(first, w.INTENSIFIERS, w.INTENSIFIER_REACH)
        if at < 1 or tokens[at - 1] not in w.COPULAS or ctx.pause_after(at - 1):
            return -1
        subject = at - 2  # "is so cringe", "are trash"
    if subject < 1 or ctx.pause_after(subject):
        return -1
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return -1  # "your old art was bad but now its amazing"
    word = tokens[subject]
    if word == w.STYLE and tokens[subject - 1] in w.WORK_MODIFIERS:
        subject -= 1  # "your art style is ugly"
    elif word not in w.WORKS:
        return -1
    owner = ctx.back_over(subject, w.WORK_MODIFIERS, w.PHRASE_REACH) - 1
    if owner < 0 or tokens[owner] not in w.OWNERS or ctx.pause_after(owner):
        return -1
    return owner


def _d46_softened(ctx: Context, hit: Hit, owner: int) -> bool:
    """Asked, quoted, negated, reported, supposed or advised before the owner in its
    sentence, or taken back by a kind mark soon after ("jk ily")."""
    if ctx.quoted_or_asked(owner, hit.last):
        return True
    start = max(ctx.sentence_start(owner, w.LEAD_REACH), owner - w.LEAD_REACH)
    before = ctx.tokens[start:owner]
    if not w.NEGATORS.isdisjoint(before) or not w.LEADS.isdisjoint(before):
        return True
    return ctx.any_ahead(hit.last, w.KIND_MARKS, w.KIND_REACH)
