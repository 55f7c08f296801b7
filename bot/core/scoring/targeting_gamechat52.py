"""Targeting rules of the gamechat52 round (issue 8): match chat's "rape" for beating a
player, which the older rules read as profanity aimed at no one.

- The writer's side or a player as the doer, the reader or a player named by hero or role
  as the object: "i raped lina three times", "imma rape you bot", "we raped your mid so
  hard", "my ursa raped u every fight". Auxiliaries and intensifiers may stand between
  the doer and the verb ("im gonna", "we just"); the opener "gonna"/"imma" may leave the
  doer unsaid ("gonna rape this pudge again").
- The reader or a player of the other side as the one it happened to, with a being or
  getting verb: "you got raped", "ur invoker got raped", "slark got raped top", "ur mid
  is getting raped".
- "get raped" as an order, chat's openers or a vocative at most before it: "get raped",
  "lol get raped", "ez mid get raped".

Stay clean: the writer's own side beaten ("we got raped", "our team got raped", "i got
raped mid"), a thing beaten or doing it ("my mmr got raped", "this patch raped
invoker"), negations (no doer or subject is read across "didnt", "never", "nobody"),
questions, quotes, reports, conditions and counter-speech ("he said i raped you", "if
someone raped you", "stop saying you got raped"), and the crime talked of ("she got
raped", "he was raped as a kid": "he", "she", "a friend" name no player).

Cost per hit: a frozenset test of the term; then at most DOER_REACH or PASSIVE_REACH
tokens back, MODIFIER_REACH modifiers and TELLING_REACH tokens before the subject. No
regex.
"""

from __future__ import annotations

from bot.core.scoring import gamechat52_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck59 import HateCheck59Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat52Rules"]


class GameChat52Rules(HateCheck59Rules):
    """Match chat's "rape" for beating a player, aimed at the reader or a named player."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to the reader's or a player's in this
        round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.RAPES or note == NAMED_NOTE:
            return target, note
        if ctx.quoted_or_asked(hit.first, hit.last):
            return target, note  # "did you get raped?", "who raped ur carry?"
        raised = _gc52_victim(ctx, hit.first) if hit.entry.term == w.RAPED else None
        if raised is None:
            raised = _gc52_object(ctx, hit)
        return (raised, NAMED_NOTE) if raised is not None else (target, note)


def _gc52_player_ending(ctx: Context, last: int) -> TargetKind | None:
    """The reader or a player of the other side named by the words ending at token `last`
    ("you", "ur invoker", "their whole team", "this riki", "slark"), read back at most a
    determiner and MODIFIER_REACH modifiers, or None. The writer's own ("our mid", "my
    team") and anyone named otherwise ("he", "the kid", "my friend") are None."""
    tokens = ctx.tokens
    if last < 0:
        return None
    word = tokens[last]
    if word in w.READER_WORDS:
        return Kind.SECOND_PERSON
    det = ctx.back_over(last, w.MODIFIERS, w.MODIFIER_REACH) - 1
    before = tokens[det] if det >= 0 and not ctx.pause_after(det) else ""
    if (before in w.OTHER_SIDE or before in w.READER_WORDS) and word in w.SIDE_PLAYERS:
        return Kind.THIRD_PERSON if before in w.THEIRS else Kind.SECOND_PERSON
    if word not in w.NAMED or before in w.WRITERS_OWN:
        return None
    return Kind.THIRD_PERSON  # "this riki", "slark"


def _gc52_told(ctx: Context, subject: int) -> bool:
    """A report, a condition or counter-speech right before the subject at `subject`:
    "he said i raped you", "if someone raped you", "stop saying you got raped"."""
    start = ctx.sentence_start(subject, w.TELLING_REACH)
    return not w.TELLING.isdisjoint(ctx.tokens[start:subject])


def _gc52_victim(ctx: Context, first: int) -> TargetKind | None:
    """ "raped" at `first` after a getting verb: the reader or another side's player it
    happened to ("u got raped", "ur mid is getting raped"), or "get raped" as an order;
    else None."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.PASSIVE_BRIDGE, w.PASSIVE_REACH)
    bridge = tokens[at:first]
    if w.GETTING.isdisjoint(bridge):
        return None
    if w.GET in bridge:
        lead = ctx.back_over(at + bridge.index(w.GET), w.ORDER_LEADS, w.ORDER_LEAD_REACH)
        if ctx.starts_sentence(lead):
            return Kind.SECOND_PERSON  # "get raped", "lol just get raped"
    if at == 0 or ctx.pause_after(at - 1):
        return None
    victim = _gc52_player_ending(ctx, at - 1)
    if victim is None or _gc52_told(ctx, at - 1):
        return None
    return victim


def _gc52_doer(ctx: Context, first: int) -> bool:
    """The writer's side or a player does the verb at `first`: "i", "we", "my ursa",
    "pudge", over auxiliaries ("im gonna", "we just"), or "gonna" opening the sentence
    with the doer unsaid."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.DOER_BRIDGE, w.DOER_REACH)
    if not w.WRITERS.isdisjoint(tokens[at:first]):
        return True  # "than imma rape you": "imma" is the writer's "i'm gonna"
    if ctx.starts_sentence(at):
        return at < first and tokens[at] in w.IMPLIED_WRITER  # "gonna rape this pudge"
    doer = at - 1
    if ctx.pause_after(doer) or _gc52_told(ctx, doer):
        return False
    word = tokens[doer]
    if word in w.WRITERS:
        return True
    if word.endswith("s") and word[:-1] in w.NAMED:
        return True  # "qops rape u"
    owner = tokens[doer - 1] if doer > 0 else ""
    if owner in w.WRITERS_OWN and word in w.SIDE_PLAYERS:
        return True  # "my invoker raped your whole team"
    return word in w.NAMED and owner not in w.OTHER_SIDE


def _gc52_object(ctx: Context, hit: Hit) -> TargetKind | None:
    """The doer's verb at `hit` with the reader or a player right after it as the object
    ("raped lina", "rape u", "raped your mid", "rape this pudge"); else None."""
    tokens = ctx.tokens
    obj = hit.last
    if obj >= len(tokens) or ctx.pause_after(obj - 1) or not _gc52_doer(ctx, hit.first):
        return None
    if tokens[obj] not in w.POINTERS and tokens[obj] not in w.OTHER_SIDE:
        return _gc52_player_ending(ctx, obj)  # "raped lina", "rape u"
    for at in range(obj + 1, min(len(tokens), obj + 2 + w.MODIFIER_REACH)):
        if ctx.pause_after(at - 1):
            break
        named = _gc52_player_ending(ctx, at)  # "your mid", "your whole team", "this pudge"
        if named is not None or tokens[at] not in w.MODIFIERS:
            return named
    return None
