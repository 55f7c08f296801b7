"""Targeting rules of the gamechat40 round (issue 8, thirtieth session): game chat that
says a player, named by the hero they play or by role, sucks (the older rules read "pudge
sucks", "reyna sucks lol", "our mid sucks", "he sucked": a hero of gamechat8's list,
whose names are no everyday words, with "sucks" only and a short tail).

- A hero or role (gamechat39_words.PLAYERS, with the heroes whose names are everyday
  words: doom, storm, axe, lion, void, tiny, ember...) as the subject of "sucks" or
  "sucked", maybe an adverb or two between ("really", "just"), and only chat's tails
  after it to the sentence's end ("badly", "so bad", "so hard", "ass", "at this game",
  "lol"): "doom sucks", "storm sucked so bad", "alche sucks badly", "lion sucks at this
  game". Before the player: nothing in its sentence, or a chat opener or two ("gg storm
  sucked", "lol doom sucks"), or a player's determiner and gamechat39's modifiers ("our
  doom sucks", "the enemy void sucks", "our fucking sniper sucked"); "this" and "that"
  only before a role ("that support sucks so bad"), since "this void sucks" judges a kit.

Stay clean: "doom sucks vs this lineup", "lion sucks mana from them", "storm sucks in
this patch", "tiny sucks early game" (a matchup, a kit or a spell: no tail), "the storm
sucked last night", "this hero sucks", "my doom sucked sorry guys" (the writer's own),
"doom sucks? nah he is fine" (asked), "storm never sucked" (negated), "he said lion
sucks" (reported), "storm sucked them in with his ult".

Cost per hit: one frozenset test of the term; then at most nine tokens around the hit,
each tested against a frozenset. No regex, no lexicon lines, no new work for messages
without "sucks" or "sucked".
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat39_words as g39
from bot.core.scoring import gamechat40_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian42 import Italian42Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat40Rules", "gc40_player_before", "gc40_tails_only"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})  # read as no one or a thing


class GameChat40Rules(Italian42Rules):
    """A player named by hero or role said to suck, with chat's tails."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to a person's in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if note or target not in _UNAIMED or hit.entry.term not in w.SUCK_VERBS:
            return target, note  # negated, reported, a phrasal verb, or aimed already
        if ctx.quoted_or_asked(hit.first, hit.last):
            return target, note  # "doom sucks? nah he is fine"
        if gc40_player_before(ctx, hit.first) and gc40_tails_only(ctx, hit.last):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "doom sucks", "storm sucked so bad"
        return target, note


def gc40_player_before(ctx: Context, first: int) -> bool:
    """A hero or a role as the subject of the verdict at token `first`, opening its
    sentence after at most a determiner, modifiers and chat openers: "doom", "gg storm",
    "our fucking sniper", "the enemy void", "that support"."""
    tokens = ctx.tokens
    subject = ctx.back_over(first, w.SUCK_ADVERBS, w.ADVERB_REACH) - 1
    if subject < 0 or ctx.pause_after(subject) or tokens[subject] not in g39.PLAYERS:
        return False
    start = ctx.back_over(subject, g39.PLAYER_MODIFIERS, g39.MODIFIER_REACH)
    det = start - 1
    if det >= 0 and not ctx.pause_after(det):
        role = tokens[subject] in g39.ROLE_SUBJECTS
        allowed = g39.DETERMINERS if role else g39.PERSON_DETERMINERS
        if tokens[det] in allowed:
            start = det
            if tokens[det] in w.ENEMY and det > 0 and tokens[det - 1] == w.THE:
                start = det - 1  # "the enemy void sucks"
    if ctx.starts_sentence(start):
        return True
    opened = ctx.back_over(start, w.OPENERS, w.OPENER_REACH)
    return opened < start and ctx.starts_sentence(opened)


def gc40_tails_only(ctx: Context, last: int) -> bool:
    """Only chat's tails from token `last` to the sentence's end, within a few tokens:
    "badly", "so bad", "ass lol", "at this game"."""
    tokens = ctx.tokens
    end = ctx.sentence_end(last, w.TAIL_REACH)
    if end - last >= w.TAIL_REACH and end < len(tokens):
        return False
    after = tokens[last:end]
    if w.AT in after:
        at = after.index(w.AT)
        rest = after[at + 1 :]
        return (
            bool(rest)
            and all(x in w.TAILS for x in after[:at])
            and all(x in w.AT_OBJECTS or x in w.TAILS for x in rest)
        )
    return all(x in w.TAILS for x in after)
