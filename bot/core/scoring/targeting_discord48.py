"""Targeting rules of the discord48 round (issue 8): the reader's looks or voice mocked
with a simile in Discord voice chat and under selfies, which the older rules read as
said of a thing or of no one.

- The likeness: the reader ("you", "u") or the reader's own face, voice, laugh, hair,
  teeth or body ("your"/"ur", maybe one word such as "ugly" or "selfie", and a feature),
  right before a likening verb ("sounds like", "looks like a", "smells like", "is
  like" after a voice, a laugh or breath), opening its sentence (over chat's openers:
  "bro", "lol", "ngl"), then a likeness that mocks: an animal, an object or dirt that
  mocks alone ("a goat", "an elbow", "a sewer", "a rats nest"), or any likeness spoiled
  or in pain before or after it ("a dying seal", "a smashed potato", "a cat being
  strangled"): "your voice sounds like a strangled cat", "ur face looks like a smashed
  potato", "you sound like a dying walrus", "your hair looks like a rats nest", "ur
  breath smells like a sewer".

Stay clean: compliments and neutral likenesses ("you look like your mom", "you sound like
a pro", "your voice sounds like an angel", "you sound like a broken record"), the writer
about themselves ("i sound like a dying cat lol", "my face looks like a potato"), things,
gear and pets ("this song sounds like a dying cat", "your mic sounds like a radio",
"your dog looks like a potato"), negations ("your voice doesnt sound like a goat"),
questions, quotes, reports ("he told me my voice sounds like a goat"; the owner not
opening its sentence) and a kind mark soon after ("... jk ily"). The round's own lines
are cancelled out of the shape; chat9's "looks like a" keeps its own reading there.

Cost per hit: one frozenset test of the term; then FEATURE_REACH tokens back to the
owner, hatecheck43's lead walk back to the sentence's start, MODIFIER_REACH tokens on to
the likeness, PAIN_REACH past it and discord46's KIND_REACH for a kind mark. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord46_words as d46
from bot.core.scoring import discord48_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord47 import Discord47Rules
from bot.core.scoring.targeting_hatecheck66 import opens_over
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_LIKENED48_NOTE", "Discord48Rules"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_LIKENED48_NOTE: Final[str] = "no mocking likeness of the reader"


class Discord48Rules(Discord47Rules):
    """The reader, or the reader's face, voice or body, likened to a mocking thing ("your
    voice sounds like a strangled cat", "ur face looks like a smashed potato", "you sound
    like a dying walrus")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a likening line aimed at the reader in the
        shape, this round's own lines cancelled out of it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.LIKENING_TERMS:
            return target, note
        if _d48_likened(ctx, hit):
            return Kind.SECOND_PERSON, ""
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_LIKENED48_NOTE  # "this song sounds like a dying cat"
        return target, note  # chat9's "looks like a": "jake looks like a potato"


def _d48_likened(ctx: Context, hit: Hit) -> bool:
    """The reader or the reader's feature opening its sentence right before the likening
    verb, a mocking likeness after it; said, not asked, quoted or taken back."""
    term = hit.entry.term
    if term in w.READER_TERMS:
        owner = hit.first  # insults8's "you sound like"
    elif term in w.FEATURE_TERMS:
        owner = _d48_owner(ctx, hit.first + 1)  # "voice is like": the feature in the line
    else:
        owner = _d48_owner(ctx, hit.first)
    likeness = ctx.skip_ahead(hit.last, w.ARTICLES, w.ARTICLE_REACH)  # "sounds like [a]"
    if owner < 0 or not opens_over(ctx, owner, w.OPENERS):
        return False
    if not mocking_likeness(ctx, likeness):
        return False
    if ctx.quoted_or_asked(owner, hit.last):
        return False  # "does my voice sound like ...?", '"you look like a rat" lol'
    return not ctx.any_ahead(hit.last, d46.KIND_MARKS, d46.KIND_REACH)


def _d48_owner(ctx: Context, first: int) -> int:
    """The index of the reader ("you") or of the feature's owner ("your" in "your ugly
    face") right before the likening verb at token `first`, with no pause between; or -1."""
    tokens = ctx.tokens
    subject = first - 1
    if subject < 0 or ctx.pause_after(subject):
        return -1
    if tokens[subject] in w.READERS:
        return subject
    if tokens[subject] not in w.FEATURES:
        return -1
    owner = ctx.back_over(subject, w.FEATURE_MODIFIERS, w.FEATURE_REACH) - 1
    if owner < 0 or tokens[owner] not in w.OWNERS or ctx.pause_after(owner):
        return -1
    return owner


def mocking_likeness(ctx: Context, at: int) -> bool:
    """The likeness from token `at` on mocks: a word of MOCKERIES or SPOILED among its
    modifiers and head ("a wet rat", "a dying seal", "a sewer"), or pain right after the
    head over "being"/"getting" ("a cat being strangled", "a hyena choking"); never an
    UNMOCKED head ("a dead ringer")."""
    tokens = ctx.tokens
    head = ctx.skip_ahead(at, w.LIKENESS_MODIFIERS, w.MODIFIER_REACH)
    ends = head >= len(tokens) or ctx.pause_after(head - 1)  # "like a sewer", "a, uh"
    run = tokens[at:head] if ends else tokens[at : head + 1]
    if not ends and tokens[head] in w.UNMOCKED:
        return False  # "you look like a dead ringer for him", "a dying breed"
    if not w.MOCKERIES.isdisjoint(run) or not w.SPOILED.isdisjoint(run):
        return True
    if ends or ctx.pause_after(head):
        return False
    pain = ctx.skip_ahead(head + 1, w.PAIN_LEADS, w.PAIN_REACH)
    return pain < len(tokens) and tokens[pain] in w.SPOILED
