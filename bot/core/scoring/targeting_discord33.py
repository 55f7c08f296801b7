"""Targeting rules of the discord33 round (issue 8, twenty-sixth session): snark at the
writer being answered.

- A belittling comparison: a better or smarter piece of writing (discord33_words.
  COMPARISONS: "smarter comments", "a better argument", "better takes") said to come
  from a child, a pet or a thing, either seen by the writer ("i've seen smarter
  comments from a toddler", "ive heard better points from my 4 year old", "honestly
  ive seen more coherent arguments from a toddler") or made by it ("a toddler could
  make a better argument", "even my cat could come up with a better take", "a 5 year
  old could make a better point than this"), the creature or the seeing opening its
  sentence after a few chat openers, and only "than this" ("than you") and tags after
  it. Stay clean: "my dog makes better coffee than me lol" and "i've seen smarter moves
  from a toddler, namely me" (no writing, and the line goes on), "could a toddler make
  a better argument?" (asked), "no way a toddler could ..." (the creature does not open the
  sentence), "have you seen smarter comments from a toddler?".
- Chat's formulas at the writer: "found the guy who didn't read the article" opening
  its sentence after a few openers (a denial and a verb of taking in right after);
  "tell me you didn't read it without telling me", "tell me you're 12 without telling
  me you're 12" ("tell me" and the reader opening the sentence, then a denial and a
  verb of taking in, or an age). Stay clean: "found the guy who left his wallet", "i
  found the guy who didn't read the article, it was me", "she said found the guy who
  didnt read the article" (reported), "tell me you love me without telling me you love
  me", quotes.

Removed: "username checks out" (bare, opening its sentence): the forum probe keeps a
bare one as an everyday comment, a friendly joke as often as not.

Left out: "better comment", "better reply", "better logic", "argue better": their new
everyday index words ("comment", "reply") changed older readings (forum23's "why would
your comment be stupid?"); "my dog could write a better comment" stays with the older
reading of "write" as a verb of saying (reported, kept).

Not built: "weird" with a second cue ("ur so weird stop talking"): a bare "weird" stays
out of the lexicon (friends say it kindly), and the older rules already catch it beside
a strong cue ("ur so weird shut up", "... go away"); the cues left are too weak to read
alone (discord32 said the same).

Cost per hit: one frozenset test of the term per list; then at most three openers back
(or four making words and a creature of five tokens), a creature of five tokens ahead,
six tags, ten tokens for a kind word. No regex, no new work for messages without these
terms; the new words stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord33_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat36 import GameChat36Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SNARK_NOTE", "Discord33Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_SNARK_NOTE: Final = "a snark's words not aimed at the writer answered"


class Discord33Rules(GameChat36Rules):
    """A belittling comparison ("i've seen smarter comments from a toddler") and chat's
    formulas at the writer ("found the guy who didn't read the article")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d33_aimed(ctx, hit, term)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "i've seen smarter comments from a toddler"
        return Kind.OBJECT, NOT_SNARK_NOTE  # "my dog makes better coffee than me"


def _d33_aimed(ctx: Context, hit: Hit, term: str) -> bool:
    """The term in one of the round's shapes."""
    first, last = hit.first, hit.last
    if term in w.COMPARISONS:
        return _d33_seen_from(ctx, first, last) or _d33_made_by(ctx, first, last)
    if term in w.FOUNDS:
        return _d33_opens(ctx, first) and _d33_denied_reading(ctx, last)
    return _d33_told_without(ctx, first)


def _d33_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after a few chat openers ("ah yes ...")."""
    if ctx.starts_sentence(at):
        return True
    return ctx.starts_sentence(ctx.back_over(at, w.OPENERS, w.OPENER_REACH))


def _d33_tags_to_end(ctx: Context, at: int) -> bool:
    """Only chat's tags from token `at` to the sentence's end ("... lol", "... tbh")."""
    tokens = ctx.tokens
    if at >= len(tokens) or ctx.stop_after(at - 1):
        return True
    for i in range(at, min(len(tokens), at + w.TAG_REACH)):
        if tokens[i] not in w.TAGS:
            return False
        if ctx.stop_after(i):
            return True
    return at + w.TAG_REACH >= len(tokens)


def _d33_number(ctx: Context, at: int) -> bool:
    """Token `at` is a small number, maybe read as a typo ("12" reads as "i2")."""
    token = ctx.tokens[at]
    return len(token) <= 3 and any(c.isdigit() for c in token)


def _d33_creature_end(ctx: Context, at: int, determined: bool) -> int:
    """Where a child, a pet or a thing starting at token `at` ends ("a toddler", "my 4
    year old", "my little sister", "even my cat"); -1 when there is none. `determined`
    asks for "a", "an" or "my" before it."""
    tokens = ctx.tokens
    n = len(tokens)
    i = at
    if i < n and tokens[i] == w.EVEN:
        i += 1
    if i < n and tokens[i] in w.DETERMINERS:
        i += 1
    elif determined:
        return -1
    if i < n and tokens[i] in w.LITTLE:
        i += 1
    if (
        i + 2 < n
        and (_d33_number(ctx, i) or tokens[i] in w.NUMBER_WORDS)
        and tokens[i + 1] in w.YEARS
        and tokens[i + 2] == w.OLD
    ):
        i += 3  # "a 5 year old", "my 4 year old niece"
        if i < n and (tokens[i] in w.KIN or tokens[i] in w.CREATURES):
            i += 1
        return i
    if i < n and (tokens[i] in w.CREATURES or (tokens[i] in w.KIN and i > at)):
        return i + 1
    return -1


def _d33_seen_from(ctx: Context, first: int, last: int) -> bool:
    """ "(i've) seen smarter comments from a toddler": the writer's seeing opening the
    sentence, the term, "from" and a creature, then tags only."""
    tokens = ctx.tokens
    if first < 1 or tokens[first - 1] not in w.SEEN:
        return False
    at = first - 1
    if at >= 1 and tokens[at - 1] in w.WRITER_ONE:
        at -= 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.WRITER_TWO:
        at -= 2
    if not _d33_opens(ctx, at):
        return False
    if last >= len(tokens) or tokens[last] != w.FROM:
        return False
    end = _d33_creature_end(ctx, last + 1, determined=True)
    return end >= 0 and _d33_tags_to_end(ctx, end)


def _d33_made_by(ctx: Context, first: int, last: int) -> bool:
    """ "a toddler could make a better argument (than this)": a creature opening the
    sentence, a modal, a few making words, the term, then "than this" and tags only."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.MAKINGS, w.MAKING_REACH)
    if at < 2 or tokens[at - 1] not in w.MODALS:
        return False
    subject_end = at - 1
    for start in range(max(0, subject_end - 6), subject_end):
        if _d33_creature_end(ctx, start, determined=True) == subject_end and _d33_opens(ctx, start):
            break
    else:
        return False
    end = last
    if end < len(tokens) and tokens[end] == w.THAN and not ctx.stop_after(end - 1):
        if end + 1 >= len(tokens) or tokens[end + 1] not in w.COMPARED:
            return False
        end += 2
    return _d33_tags_to_end(ctx, end)


def _d33_negation_at(ctx: Context, at: int) -> int:
    """Where a denial starting at token `at` ends ("didnt", "didn t", "never"); -1 if
    none."""
    tokens = ctx.tokens
    if at < len(tokens) and tokens[at] in w.NEGATIONS:
        return at + 1
    if at + 1 < len(tokens) and tokens[at] in w.NEGATION_STEMS and tokens[at + 1] == w.APOSTROPHE_T:
        return at + 2
    return -1


def _d33_denied_reading(ctx: Context, at: int) -> bool:
    """ "... didn't (even) read": a denial, then a verb of taking in, right after `at`."""
    tokens = ctx.tokens
    end = _d33_negation_at(ctx, at)
    if end < 0:
        return False
    while end < len(tokens) and end < at + w.NEG_REACH + 2 and tokens[end] == w.EVEN:
        end += 1
    return end < len(tokens) and tokens[end] in w.READ_VERBS


def _d33_told_without(ctx: Context, first: int) -> bool:
    """ "tell me you didn't read it without telling me", "tell me you're 12 ...": "tell
    me" and the reader opening the sentence, then a denial of reading or an age."""
    tokens = ctx.tokens
    at = ctx.sentence_start(first, w.TELL_REACH)
    while at < first and tokens[at] in w.OPENERS:
        at += 1
    if at + 2 >= first or tokens[at] != w.TELL or tokens[at + 1] not in w.ME:
        return False
    at += 2
    if tokens[at] not in w.READERS:
        return False
    at += 1
    if at < first and tokens[at] in w.BEING:
        at += 1
    if at < first and _d33_number(ctx, at):
        return True  # "tell me you're 12 without telling me"
    return _d33_denied_reading(ctx, at)
