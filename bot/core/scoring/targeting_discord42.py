"""Targeting rules of the discord42 round (issue 8): Discord-style threats and shut-outs
in chat slang that the older rules missed.

- The writer's slang blow to a part of the reader's body: a verb, "your"/"ur"/"yo" and
  the part (discord42_words.BLOW_TERMS): "i'll stomp ur ass into the ground", "imma rock
  ur jaw", "i'll clap yo face", "i'll whoop your lil ass irl"; the part closes the clause
  (past its particles and chat's tails), or a grave or a dragging place follows ("drag
  ur ass across the floor"). "dome" and "drag" with the reader after them: "ima dome u
  on sight", "imma drag u by ur hair". The idiom "slap the shit outta you". The doer is
  the writer or the writer's people (discord40's reading), never in game talk.
- A fight offered: "square up" opening its sentence across a pause or closed by "then"
  ("bet, square up", "square up then"), which discord40 left clean; "run (me) the fade",
  "1v1 me irl", "fight me irl", with only openers before and chat's tails after.
- The reader shut out of the writer's messages: "get out of my dms", "stay outta my
  inbox creep", the order opening its sentence.
- The reader not wanted to be heard: "nobody wants to hear from you", "no one wants to
  hear your voice", opening its sentence (past chat's openers) and closing its clause.

Stay clean: game and friendly talk ("we stomped them 3-0", "square up for the boss
fight", "i'll drag the mob to you", "1v1 me in ranked", "i'll rock your world"),
self-directed ("nobody wants to hear from me"), negated, reported ("he told me to get out
of his dms", "she said nobody wants to hear your voice"), quoted and asked lines (except
a fight offered). The round's own terms are cancelled elsewhere.

Cost per hit: one or two frozenset tests of the term; then at most OPENER_REACH tokens
back, DRAG_REACH or TAIL_REACH ahead, and discord40's doer reading. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord40_words as d40
from bot.core.scoring import discord42_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord39 import NOT_THREATENED_NOTE, d39_negated
from bot.core.scoring.targeting_discord40 import d40_game_talk, d40_grave, d40_writer_does
from bot.core.scoring.targeting_italian47 import Italian47Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHUT_OUT_NOTE", "Discord42Rules"]

# The note that cancels the round's shut-out lines (weighing.py zeroes any note it does
# not name).
NOT_SHUT_OUT_NOTE: Final[str] = "no reader shut out or silenced"
_SHUT_OUTS: Final[frozenset[str]] = w.SHUT_TERMS | w.HEAR_TERMS
# The offers that stay a threat when asked: "you wanna run the fade?".
_OFFERS: Final[frozenset[str]] = w.FADE_TERMS | w.IRL_TERMS | d40.SQUARE_TERMS


class Discord42Rules(Italian47Rules):
    """Slang blows to the reader's body, a fight offered, the reader shut out of the
    writer's messages or not wanted to be heard."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere, discord40's "square up" read again."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and (term not in d40.SQUARE_TERMS or note != NOT_THREATENED_NOTE):
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted(hit.first, hit.last)
            and (term in _OFFERS or not ctx.ends_asking(hit.first))
            and _d42_shaped(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""
        if not own:
            return target, note
        if term in _SHUT_OUTS:
            return Kind.OBJECT, NOT_SHUT_OUT_NOTE  # "he told me to get out of his dms"
        return Kind.OBJECT, NOT_THREATENED_NOTE  # "i'll rock your world"


def _d42_shaped(ctx: Context, hit: Hit) -> bool:
    """One of the round's shapes around the hit."""
    term = hit.entry.term
    if term in w.BLOW_TERMS:
        return _d42_blow(ctx, hit)
    if term in w.SHIT_OUT_TERMS:
        return _d42_shit_out(ctx, hit)
    if term in w.SHUT_TERMS:
        return _d42_shut_out(ctx, hit)
    if term in w.HEAR_TERMS:
        return _d42_unheard(ctx, hit)
    return _d42_offered(ctx, hit)


def _d42_closes(ctx: Context, end: int) -> bool:
    """From token `end` on, only chat's tails to the clause's end ("... then", "... creep")."""
    return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)


def _d42_opens(ctx: Context, at: int, openers: frozenset[str]) -> bool:
    """Only `openers` between the sentence's start and token `at`, pauses allowed: "bet,
    square up", "ok then, run the fade", "literally nobody wants to hear from you"."""
    start = ctx.sentence_start(at, w.OPENER_REACH + 1)
    if at - start > w.OPENER_REACH:
        return False
    return all(ctx.tokens[i] in openers for i in range(start, at))


def _d42_by_writer(ctx: Context, verb: int) -> bool:
    """The writer (or the writer's people) the doer of token `verb`, outside game talk."""
    return not d40_game_talk(ctx) and d40_writer_does(ctx, verb)


def _d42_blow(ctx: Context, hit: Hit) -> bool:
    """ "i'll stomp ur ass into the ground", "imma rock ur jaw", "i'll whoop your lil ass",
    "ima dome u", "imma drag u by ur hair": the writer's slang blow to the reader."""
    tokens = ctx.tokens
    verb = hit.first
    after = hit.last
    if tokens[after - 1] in w.OWNERS:  # "whoop your [lil] ass"
        part = ctx.skip_ahead(after, w.MODIFIERS, 2)
        if part >= len(tokens) or tokens[part] not in w.PARTS or ctx.pause_after(part - 1):
            return False
        if tokens[part] == "shit":
            return False  # "whoop your shit" is no body
        after = part + 1
    if not _d42_by_writer(ctx, verb):
        return False
    if d40_grave(ctx, after):
        return True  # "stomp ur ass into the ground"
    if tokens[verb] == "drag" and _d42_dragged(ctx, after):
        return True  # "imma drag u by ur hair", "drag ur ass across the floor"
    if tokens[verb] == "drag" and tokens[after - 1] in w.READERS:
        # "i'll drag you outside"; a bare "i'll drag you" may be a roast
        return after < len(tokens) and tokens[after] in w.DRAG_OUT and _d42_closes(ctx, after + 1)
    return _d42_closes(ctx, ctx.skip_ahead(after, w.PARTICLES, 2))


def _d42_dragged(ctx: Context, at: int) -> bool:
    """Dragged by a part or across a hard place from token `at` on: "by ur hair", "across
    the floor"; never "across the finish line"."""
    tokens = ctx.tokens
    if at + 2 < len(tokens) and tokens[at] == "by":
        return tokens[at + 1] in w.GRIP_OWNERS and tokens[at + 2] in w.GRIPS
    if at >= len(tokens) or tokens[at] not in w.DRAG_PATHS:
        return False
    return ctx.find_ahead(at + 1, w.DRAG_PLACES, w.DRAG_REACH) >= 0


def _d42_shit_out(ctx: Context, hit: Hit) -> bool:
    """ "i'll slap the shit outta you": the idiom with the writer's verb before it and the
    reader after it, closing the clause."""
    tokens = ctx.tokens
    verb = hit.first - 1
    reader = hit.last
    if verb < 0 or tokens[verb] not in w.SHIT_OUT_VERBS or ctx.pause_after(verb):
        return False
    if reader >= len(tokens) or tokens[reader] not in w.READERS:
        return False  # "i'll slap the shit outta this drum solo"
    return _d42_by_writer(ctx, verb) and _d42_closes(ctx, reader + 1)


def _d42_offered(ctx: Context, hit: Hit) -> bool:
    """ "bet, square up", "square up then", "run me the fade", "1v1 me irl": a fight
    offered, with only openers before it and chat's tails after it."""
    tokens = ctx.tokens
    first = hit.first
    if hit.entry.term in w.FADE_TERMS:
        taker = first - 1
        if taker >= 0 and tokens[taker] in w.FADE_TAKERS and not ctx.pause_after(taker):
            taker -= 1  # "run [me] the fade"
        if taker < 0 or tokens[taker] not in w.FADE_VERBS or ctx.pause_after(taker):
            return False
        first = taker
    elif ctx.lets_before(first):
        return False  # "let's square up, i owe you 20"
    if d39_negated(ctx, first) or not _d42_opens(ctx, first, w.OPENERS):
        return False
    return _d42_closes(ctx, hit.last)


def _d42_shut_out(ctx: Context, hit: Hit) -> bool:
    """ "get out of my dms", "stay outta my inbox creep": the order to leave the writer's
    messages, opening its sentence."""
    verb = hit.first - 1
    if verb < 0 or ctx.tokens[verb] not in w.SHUT_VERBS or ctx.pause_after(verb):
        return False
    return _d42_opens(ctx, verb, w.SHUT_OPENERS) and _d42_closes(ctx, hit.last)


def _d42_unheard(ctx: Context, hit: Hit) -> bool:
    """ "nobody wants to hear from you", "no one wants to hear your voice": the reader not
    wanted to be heard, opening its sentence and closing its clause."""
    tokens = ctx.tokens
    if not _d42_opens(ctx, hit.first, w.HEAR_OPENERS):
        return False
    after = hit.last
    if tokens[after - 1] == "from":
        if after >= len(tokens) or tokens[after] not in w.READERS:
            return False  # "nobody wants to hear from me"
        return _d42_closes(ctx, after + 1)
    heard = ctx.skip_ahead(after, w.HEARD_MODIFIERS, 2)
    if heard >= len(tokens) or tokens[heard] not in w.HEARD or ctx.pause_after(heard - 1):
        return False  # "nobody wants to hear your singing"
    return _d42_closes(ctx, heard + 1)
