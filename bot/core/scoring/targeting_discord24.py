"""Targeting rules of the discord24 round (issue 8, twentieth session): Discord lines
between teenagers that gloat at a member.

- A whole short line of chat's gloats around an older gloat or "bozo" term: "cope +
  seethe", "mald + cope", "seethe + cope + mald", "cope and seethe bozo", "cry me a
  river", "cry me a river bozo", "take this L bozo", "stay mad + cope"; Italian
  "rosica e piangi", "rosica pure sfigato". gamechat13 counts a one-word gloat ("cry",
  "seethe", "mald") only alone, beside a vocative or laughter, and read these lines as
  gloat words in a sentence; here every word of the line (at most eight) is a gloat, a
  loss handed over, a vocative or laughter (discord24_words.GLOAT_LINE), "cry" taking
  "me a river" after it. Stay clean: "cry me a river is such a good song", "he sang
  cry me a river at karaoke", "bozo the clown was on tv lol" (the line goes on), "i
  cry at every film", a quoted line. The round's lexicon lines "keep coping", "stay
  coping", "stay seething", "stay malding" and Italian "rosica", "rosicate", "piangi"
  count only in such a line ("keep coping lil bro", "piangi ancora ahah"); "how do u
  keep coping with all this", "i keep coping by gaming", "piangi pure, ti fa bene",
  "lui rosica sempre" are cancelled.
- The reader's mother given a lowly job or a poor life: "ur mom works at mcdonalds",
  "your mom works at walmart lmao", "ur mom still lives in a trailer", "ur mom is so
  broke lol", "tua madre lavora al mcdonald". gamechat7 reads a mother spoken of with
  words after her as no retort; here the mother term opens its sentence, a verb of
  discord24_words.MOTHER_VERBS follows (over an adverb), a word of MOCKED_LIFE comes at
  most five words on, and only chat tags close the clause. Stay clean: "ur mom works at
  the hospital right? tell her thanks" (no lowly life), "ur mom works at mcdonalds?"
  (asked), "ur mom works at walmart too, like mine" (the clause goes on), "my mom works
  at mcdonalds" (no term), "say hi to ur mom", a quoted or reported line.
- "no lifer" (a lexicon line) is any name-call: "ur such a no lifer" is aimed at the
  reader, "i'm such a no lifer lol" is the writer's own.
- Two older readings undone: "nobody asked but ur doing amazing" (the reader praised
  right after "but"; "... sweetie" keeps the meme's sneer and stays flagged) and "get a
  life potion before the boss" (a game's item right after "life").

Cost per hit: one frozenset test of the term; then, for an unaimed gloat term only, at
most eight set tests over a line of at most eight tokens; for a mother term left as no
retort, at most eight tokens ahead and the sentence's end for a "?"; "get a life" one
token ahead; "nobody asked" read at the reader, at most six tokens ahead. No regex, no
new work for messages without these terms; the round's lexicon lines ("no lifer", "keep
coping") are read as any name-call or only in a gloat line.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord16_words as d16
from bot.core.scoring import discord18_words as d18
from bot.core.scoring import discord24_words as w
from bot.core.scoring import gamechat7_words as g7
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_gamechat7 import NO_RETORT_NOTE
from bot.core.scoring.targeting_italian28 import Italian28Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["ITEM_NOTE", "NO_LINE_NOTE", "PRAISED_NOTE", "Discord24Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
ITEM_NOTE: Final = "a game's item, not an order"
PRAISED_NOTE: Final = "the reader praised after the words"
NO_LINE_NOTE: Final = "gloat words in a sentence, not a gloat line"

# The older readings of a gloat line: a gloat word in a sentence, a thing, no one.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


class Discord24Rules(Italian28Rules):
    """A whole short line of chat's gloats ("cope + seethe", "cry me a river bozo"); the
    reader's mother given a lowly life ("ur mom works at mcdonalds")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LINE_ONLY:
            if target is not Kind.REPORTED and _gloat_line(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "keep coping lil bro", "stay coping"
            return Kind.OBJECT, NO_LINE_NOTE  # "how do u keep coping with all this"
        if term in w.GLOAT_TERMS and target in _UNAIMED and _gloat_line(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "cope + seethe", "cry me a river bozo"
        if term in g7.MOTHERS and note == NO_RETORT_NOTE and _mother_mocked(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "ur mom works at mcdonalds"
        if term in w.LIFE_TERMS and hit.last < len(ctx.tokens):
            if ctx.tokens[hit.last] in w.LIFE_ITEMS:
                return Kind.OBJECT, ITEM_NOTE  # "get a life potion before the boss"
            return target, note
        if term in d16.NOBODY_ASKED and target is Kind.SECOND_PERSON and _praised(ctx, hit):
            return Kind.SECOND_PERSON, PRAISED_NOTE  # "nobody asked but ur doing amazing"
        return target, note


def _praised(ctx: Context, hit: Hit) -> bool:
    """ "nobody asked but ur doing amazing": the reader praised after "but", with no
    pet name's sneer ("... sweetie")."""
    tokens = ctx.tokens
    at = hit.last
    if at + 1 >= len(tokens) or tokens[at] != w.BUT or tokens[at + 1] not in w.READERS:
        return False
    end = ctx.sentence_end(at + 1, w.PRAISE_REACH + 2)
    said = tokens[at + 2 : end]
    return not w.PRAISE.isdisjoint(said[: w.PRAISE_REACH]) and w.SNEERS.isdisjoint(said)


def _gloat_line(ctx: Context, hit: Hit) -> bool:
    """Every word of the short line a gloat, a loss handed over, a vocative or
    laughter; "cry" may take "me a river" after it."""
    tokens = ctx.tokens
    if len(tokens) > w.GLOAT_LINE_MAX or ctx.quoted(hit.first, hit.last):
        return False
    river = len(w.RIVER)
    at = 0
    while at < len(tokens):
        word = tokens[at]
        if word == "cry" and tuple(tokens[at + 1 : at + 1 + river]) == w.RIVER:
            at += 1 + river
            continue
        if word in w.HANDED:
            after = at
            while after < len(tokens) and tokens[after] in w.HANDED:
                after += 1
            if after >= len(tokens) or tokens[after] not in w.LOSSES:
                return False  # "bozo the clown was on tv"
            at = after
            continue
        if word not in w.GLOAT_LINE:
            return False
        at += 1
    return True


def _mother_mocked(ctx: Context, hit: Hit) -> bool:
    """ "ur mom (still) works at mcdonalds" opening its sentence, only chat tags after
    the lowly word; never asked or quoted."""
    first, last = hit.first, hit.last
    if not ctx.starts_sentence(first) or ctx.quoted_or_asked(first, last):
        return False
    tokens = ctx.tokens
    at = last
    if at < len(tokens) and tokens[at] in w.MOTHER_ADVERBS:
        at += 1
    if at >= len(tokens) or tokens[at] not in w.MOTHER_VERBS:
        return False
    end = min(len(tokens), at + 1 + w.MOCKED_REACH)
    for i in range(at + 1, end):
        if tokens[i] in w.MOCKED_LIFE:
            return closed_by(ctx, i + 1, d18.TAIL, w.MOCKED_TAIL)
        if ctx.closes_clause(i):
            return False
    return False
