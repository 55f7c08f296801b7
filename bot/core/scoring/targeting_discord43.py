"""Targeting rules of the discord43 round (issue 8): Discord-style roasts aimed at the
reader in current chat slang that the older rules missed.

- A roast word made a compound with "behavior"/"behaviour"/"energy"/"ahh", the line's
  own verdict: "fatherless behavior", "bot ahh reply", "ur so fatherless behavior",
  "cringe behavior from you"; only openers before it and chat's tails after it.
- The reader's manner likened to a child's or a bot's: the reader, a manner verb (type,
  talk, write, spell, sound...), "like a" and a child, an age ("5 year old", "3rd
  grader") or a bot: "you type like a 5 year old", "ur typing like a child", "you sound
  like a bot". The older rounds read these only after play verbs.
- "didnt ask"/"nobody asked" opening the line, then only an L or a ratio and their kin:
  "didnt ask + L", "didn't ask plus ratio".
- The reader called adopted: "you're adopted lol", "ur adopted", "u were adopted fr".
- A roast word thrown after a dismissal: "ok nerd", "whatever unfunny", "bye ugly ass";
  "ugly ass" also bare, the line's whole ("ugly ass", "ugly ass kid").
- "why are you like this", "bro why r u always like this", unless laughter follows.

Banter stays clean: "skill issue", "ur mid", "who let bro cook", "no maidens" are teasing
that friends throw at each other, and have no line here; aimed with a put-down ("skill
issue loser") the older rules read the put-down. "you're such a nerd" is fond too, and
"why are you like this lmao" (or with a crying-laughing emoji) is a friend's groan. Also
clean: self-directed ("fatherless behavior from me lol", "i type like a 5 year old rn",
"why am i like this"), things ("this song is unfunny", "ugly ass shoes", "npc energy in
this game"), friendly nerd talk ("my nerd friends"), questions, reported speech and
quotes. The round's own terms are cancelled outside these shapes.

Cost per hit: one frozenset test of the term; then at most OPENER_REACH tokens back,
TAIL_REACH ahead, a fixed walk of a few tokens before "like a", RATIO_REACH ahead for the
ratio. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord43_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat46 import GameChat46Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_ROASTED_NOTE", "Discord43Rules"]

# The note that cancels the round's own terms outside its shapes (weighing.py zeroes any
# note it does not name).
NOT_ROASTED_NOTE: Final[str] = "no roast aimed at the reader"
_LIKENESS: Final[frozenset[str]] = w.LIKE_TERMS | w.LIKENED | w.AGE_TERMS
_READ: Final[frozenset[str]] = w.ROASTS | _LIKENESS | w.ASKED_TERMS | w.VOCATIVES | w.OWN_TERMS


class Discord43Rules(GameChat46Rules):
    """Roast compounds, the reader's manner likened to a child's or a bot's, "didnt ask +
    L", the reader called adopted, a roast word after a dismissal, "why are you like
    this"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _READ:
            return target, note
        if (
            (target is not Kind.REPORTED or term in _LIKENESS)
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d43_shaped(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""
        if term in w.OWN_TERMS:
            return Kind.OBJECT, NOT_ROASTED_NOTE  # "nerd stuff is the best"
        return target, note


def _d43_shaped(ctx: Context, hit: Hit) -> bool:
    """One of the round's shapes around the hit."""
    term = hit.entry.term
    if term in w.ROASTS and _d43_compound(ctx, hit):
        return True
    if term in _LIKENESS and _d43_likened(ctx, hit):
        return True
    if term in w.ASKED_TERMS:
        return _d43_ratioed(ctx, hit)
    if term in w.ADOPTED_TERMS:
        return _d43_adopted(ctx, hit)
    if term in w.LIKE_THIS_TERMS:
        return _d43_why_like_this(ctx, hit)
    return term in w.VOCATIVES and _d43_dismissed(ctx, hit)


def _d43_compound(ctx: Context, hit: Hit) -> bool:
    """ "fatherless behavior", "ur so npc energy", "bot ahh reply", "cringe behavior from
    you": the compound is the line's verdict, only openers before and tails after."""
    tokens = ctx.tokens
    head = hit.last
    if head >= len(tokens) or tokens[head] not in w.COMPOUND_HEADS or ctx.pause_after(head - 1):
        return False
    if not ctx.opens_after(hit.first, w.COMPOUND_OPENERS, w.OPENER_REACH):
        return False
    return ctx.closes_after(head + 1, w.COMPOUND_TAILS, w.TAIL_REACH)


def _d43_like_at(ctx: Context, hit: Hit) -> int:
    """The token "like" of the likeness the hit names ("like a toddler", "like an npc",
    "like a 5 year old", "like a 3rd grader", "like a broken bot"), or -1."""
    tokens = ctx.tokens
    term = hit.entry.term
    if term in w.LIKE_TERMS:
        return hit.first
    at = hit.first
    if term in w.AGE_TERMS:
        at -= 1  # the age or the grade: "5", "3rd"
    elif at > 0 and tokens[at - 1] in w.LIKENED_MODIFIERS:
        at -= 1
    if at < 2 or tokens[at - 1] not in w.ARTICLES or tokens[at - 2] != "like":
        return -1
    return at - 2


def _d43_likened(ctx: Context, hit: Hit) -> bool:
    """ "you type like a 5 year old", "ur typing like a child", "you sound like a bot":
    the reader's manner likened to a child's or a bot's, the reader opening the sentence
    and the clause closing after it."""
    like = _d43_like_at(ctx, hit)
    if like < 2 or not ctx.closes_after(hit.last, w.COMPOUND_TAILS, w.TAIL_REACH):
        return False
    tokens = ctx.tokens
    verb = like - 1
    if tokens[verb] not in w.MANNER_VERBS or ctx.pause_after(verb):
        return False
    subject = ctx.back_over(verb, w.MANNER_ADVERBS, 3) - 1
    if subject < 0:
        return False
    if tokens[subject] == "ur":  # "ur typing like a child"
        if not tokens[verb].endswith("ing"):
            return False
    elif tokens[subject] not in w.READERS:
        return False
    # The reader opens the sentence: "he said you type like a child" is reported (the
    # older rounds read "you write" itself as a report, hence this round's own check).
    return ctx.opens_after(subject, w.COMPOUND_OPENERS, w.OPENER_REACH)


def _d43_ratioed(ctx: Context, hit: Hit) -> bool:
    """ "didnt ask + L", "didn't ask plus ratio": only an L or a ratio and its kin after
    the line's "didnt ask"."""
    if not ctx.opens_after(hit.first, w.ASK_OPENERS, w.OPENER_REACH):
        return False
    if not ctx.only_tags_after(hit.last, w.RATIO_TAGS, w.RATIO_REACH):
        return False
    return not w.L_TAGS.isdisjoint(ctx.tokens[hit.last : hit.last + w.RATIO_REACH])


def _d43_adopted(ctx: Context, hit: Hit) -> bool:
    """ "you're adopted lol", "ur adopted", "u were adopted fr": the reader, the clause
    closing after it."""
    tokens = ctx.tokens
    if tokens[hit.first] not in ("ur", "ure") and (
        hit.first < 1 or tokens[hit.first - 1] not in w.READERS
    ):
        return False
    return ctx.closes_after(hit.last, w.VOCATIVE_TAILS, w.TAIL_REACH)


def _d43_why_like_this(ctx: Context, hit: Hit) -> bool:
    """ "why are you like this", "bro why r u always like this", "why you like this"; not
    with laughter after it ("why are you like this lmao")."""
    tokens = ctx.tokens
    why = hit.first - 1
    if why >= 0 and tokens[why] in w.BE_VERBS:
        why -= 1
    if why < 0 or tokens[why] != "why" or not ctx.opens_after(why, w.WHY_OPENERS, 3):
        return False
    if ctx.any_ahead(hit.last, w.LAUGHS, w.LAUGH_REACH):
        return False
    if ctx.emoji_after(hit.last, w.LAUGH_EMOJI, w.LAUGH_REACH * 4):
        return False
    return ctx.closes_after(hit.last, w.VOCATIVE_TAILS, w.TAIL_REACH)


def _d43_dismissed(ctx: Context, hit: Hit) -> bool:
    """ "ok nerd", "sure thing nerd", "whatever unfunny", "bye ugly ass": a roast word after
    only dismissals, the line's whole; "ugly ass" also bare ("ugly ass kid")."""
    start = ctx.back_over(hit.first, w.DISMISSALS, w.DISMISS_REACH)
    if not ctx.starts_sentence(start):
        return False
    if start == hit.first and hit.entry.term not in w.BARE_VOCATIVES:
        return False
    return ctx.closes_after(hit.last, w.VOCATIVE_TAILS, w.TAIL_REACH)
