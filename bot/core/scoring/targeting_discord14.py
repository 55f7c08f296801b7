"""Targeting rules of the discord14 round (issue 8, fourteenth session): Discord chat
put-downs the older rules left unread or unaimed.

- "go unalive", "just unalive lol", "u should unalive": the platform-safe "kill yourself"
  ordered with no object is self-harm encouragement; "go unalive the boss", "unalive the
  mobs in wave 3" name a thing to kill and stay clean.
- "u smell", "u reek", "you smell bad": said of the reader; "u smell that?", "you smell
  something burning?", "what can you smell right now?" ask about a thing or the reader's
  sense, "you smell so good" praises; they stay clean.
- "ur dad went for milk", "ur mom left for a reason": the absent-parent jab, counted only
  of the reader's parent ("my dad went for milk" stays clean).
- "you fell off the ledge lol" (an older lexicon line, which no rule read): a place after
  it makes it a fall; "you fell off so hard" stays the taunt.
- "lets mass report him": the pile-on aimed at the person the pronoun names.
- "imagine having no friends", "imagine not having any personality": the sneer aimed at
  the reader when what is lacked is a social or personal thing (LACKS); "imagine having
  no lag", "no homework" is envy and names nobody.

At its own depth (gamechat8_words.BOTS): "npc" is read as gamechat8 reads "bot": a player
only after the reader's or a player's copula or as a closing vocative ("ur such an npc",
"stop talking npc"), never "that npc gave me a quest".

Cost: every hit pays one frozenset test of its term; only the round's own terms (a few
lexicon lines) then look at one token after the hit. No regex, no walk, no new cue list.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord14_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian18 import Italian18Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord14Rules"]

THING_NOTE: Final = "a thing named after the verb, not the reader"
ENVY_NOTE: Final = "a thing lacked, envy not a sneer"
PRAISE_NOTE: Final = "the smell praised"
FALL_NOTE: Final = "a place fallen from, a fall not a taunt"
NOT_READERS_NOTE: Final = "a parent not the reader's"
_OWN_TERMS: Final = w.UNALIVE | w.SMELL | w.IMAGINE_LACK | w.ABSENT | w.MASS_REPORT | w.FELL


class Discord14Rules(Italian18Rules):
    """ "go unalive" with no object, "u smell" closing, "imagine having no friends"."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for the discord14 terms."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            return target, note
        tokens = ctx.tokens
        first = hit.first
        if term in w.MASS_REPORT:
            return (Kind.THIRD_PERSON, "") if target is Kind.NONE else (target, note)
        if term in w.ABSENT:
            if (
                first >= 2
                and tokens[first - 1] in w.PARENTS
                and tokens[first - 2] in w.READER_OWNERS
            ):
                return Kind.SECOND_PERSON, ""  # "ur dad went for milk"
            return Kind.NONE, NOT_READERS_NOTE  # "my dad went for milk"
        last = hit.last
        following = tokens[last] if last < len(tokens) and not ctx.pause_after(last - 1) else ""
        if term in w.IMAGINE_LACK:
            if following in w.LACKS:
                return Kind.SECOND_PERSON, ""  # "imagine having no friends"
            return Kind.NONE, ENVY_NOTE  # "imagine having no lag"
        if term in w.FELL:
            if following in w.FELL_PLACES:
                return Kind.OBJECT, FALL_NOTE  # "you fell off the ledge lol"
            return target, note
        if term in w.SMELL and first > 0 and tokens[first - 1] in w.PERCEIVE_BEFORE:
            return Kind.OBJECT, THING_NOTE  # "what can you smell right now?"
        if term in w.SMELL and _praised(tokens, last, following):
            return Kind.NONE, PRAISE_NOTE  # "you smell so good"
        if following in w.THING_OPENERS:
            return Kind.OBJECT, THING_NOTE  # "go unalive the boss", "u smell that?"
        return target, note


def _praised(tokens: list[str], last: int, following: str) -> bool:
    """ "you smell good", "u smell so nice": praise right after, one intensifier at most."""
    if following in w.SMELL_INTENSIFIERS and last + 1 < len(tokens):
        following = tokens[last + 1]
    return following in w.SMELL_PRAISE
