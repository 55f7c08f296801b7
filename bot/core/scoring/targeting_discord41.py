"""Targeting rules of the discord41 round (issue 8, thirty-third session): social
exclusion of the reader in Discord and teen chat. The older exclusion lines already
catch most of it ("nobody wants you here", "just leave the server already", "we all
hate you", "get out of our vc"); the round adds lexicon lines for the group chat and
the room shunning the reader ("pls leave the group chat", "everyone ignores you",
"everybody avoids you") and cancels four kind lines the older lines read as exclusion:

- The reader wanted to stay or to be well: an exclusion line ending "wants you", then
  "to" and a verb of leaving, stopping or suffering ("nobody wants you to leave", "no
  one wants you to be sad"); "nobody wants you to stay", "nobody wants you to go with
  us" still shun.
- The reader hated by no one: a hate verb at the reader whose subject, read back over
  fillers, is "nobody", "no one" or "none of us" ("no one hates you, you're fine");
  "no one hates you more than i do" still hates.
- Left out, asked: "you're not invited? i'll fix that", "everyone ignores you?".
- Sent to cry at a sad scene: "go cry at the end of that movie"; "go cry to your mom",
  "go cry over it" still send the reader away.

Cost per hit: one frozenset test of the hit's words; then at most HATE_FILLER_REACH +
3 tokens back or 3 tokens ahead, or one sentence's end. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord41_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum29 import Forum29Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["KIND_TO_READER_NOTE", "Discord41Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
KIND_TO_READER_NOTE: Final[str] = "kind to the reader: wanted, not hated, asked or moved"
# The hits this round reads: exclusion and insult lines aimed at the reader.
_READ: Final[frozenset[Category | None]] = frozenset({Cat.EXCLUSION, Cat.INSULT})
_AIMED: Final[frozenset[TargetKind]] = frozenset({Kind.SECOND_PERSON, Kind.IMPERATIVE})


class Discord41Rules(Forum29Rules):
    """Social exclusion of the reader: kind lines in exclusion's words cancelled."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's kind shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if note or target not in _AIMED or hit.entry.category not in _READ:
            return target, note
        if (
            _d41_wanted_to_stay(ctx, hit)
            or _d41_hated_by_nobody(ctx, hit)
            or _d41_invite_asked(ctx, hit)
            or _d41_cried_at_scene(ctx, hit)
        ):
            return Kind.NONE, KIND_TO_READER_NOTE
        return target, note


def _d41_wanted_to_stay(ctx: Context, hit: Hit) -> bool:
    """ "nobody wants you to leave", "no one wants you to be sad": what no one wants the
    reader to do is to leave, stop or suffer."""
    tokens = ctx.tokens
    last = hit.last
    words = hit.entry.tokens
    if len(words) < 2 or words[-1] not in w.READER or words[-2] not in w.WANT:
        return False
    if last + 1 >= len(tokens) or tokens[last] not in w.TO or ctx.pause_after(last - 1):
        return False
    verb = tokens[last + 1]
    if verb in w.BE:
        return last + 2 < len(tokens) and tokens[last + 2] in w.SORROW
    if verb not in w.LEAVING:
        return False
    return last + 2 >= len(tokens) or tokens[last + 2] not in w.ALONG


def _d41_hated_by_nobody(ctx: Context, hit: Hit) -> bool:
    """ "no one hates you", "nobody here actually hates u", "none of us hate you": the
    hate verb's subject is no one; "no one hates you more than i do" still hates."""
    tokens = ctx.tokens
    first = hit.first
    if tokens[first] not in w.HATE:
        return False
    if hit.last < len(tokens) and tokens[hit.last] in w.MORE_THAN:
        return False
    at = ctx.back_over(first, w.HATE_FILLERS, w.HATE_FILLER_REACH) - 1
    if at < 0 or ctx.pause_after(at):
        return False
    word = tokens[at]
    if word in w.NOBODY:
        return True
    if word == "one":
        return at > 0 and tokens[at - 1] == "no"
    return word in w.NONE_OF and at > 1 and tokens[at - 1] == "of" and tokens[at - 2] == "none"


def _d41_invite_asked(ctx: Context, hit: Hit) -> bool:
    """ "you're not invited? i'll fix that", "everyone ignores you?": whether the reader
    is left out, asked; "no one invited you?" and "who invited you?" still scorn."""
    words = hit.entry.tokens
    return (
        bool(words)
        and words[0] in w.ASKED_OPENERS
        and not w.ASKABLE.isdisjoint(words)
        and ctx.ends_asking(hit.first)
    )


def _d41_cried_at_scene(ctx: Context, hit: Hit) -> bool:
    """ "go cry at the end of that movie", "go cry during the finale": crying at a sad
    scene, not the reader sent away to cry."""
    tokens = ctx.tokens
    last = hit.last
    if w.CRY.isdisjoint(hit.entry.tokens[-1:]) or last + 1 >= len(tokens):
        return False
    return (
        tokens[last] in w.AT_SCENE
        and tokens[last + 1] in w.SCENE_DETERMINERS
        and not ctx.pause_after(last - 1)
    )
