"""Targeting rules of the discord25 round (issue 8, twenty-first session): Discord lines
between teenagers that call a member a loss, and two older over-readings undone.

- A member called an L: "ur an L", "ur such an L lol", "you're literally an L fr", "u
  are an L bro", "ur a walking L", "ur a total L", "bro is such an L 💀", "he's
  an L". The round's lexicon lines (discord25_words.L_TERMS: "an l", "walking l", ...)
  count only with a copula right before them (over at most three intensifiers or
  articles, L_GAP): the reader's ("ur", "you're", "u are", "u r") or a person's ("he's",
  "she is", "bro is"); and only chat tags, laughter or a vocative after them to the
  clause's end. Stay clean (cancelled): "i'm such an L lol", "im an L at this game" (the
  writer), "took an L on that test", "L for me today", "that was an L", "this update is
  an L" (a thing or no one), "ur an L away from ranking down" (the clause goes on), "is
  that an L or an I in the logo?" (no copula of a person), a quoted or reported line.
- "cope" told in reply: "cope lol", "just cope", "cope kid", "go cope", "ok cope",
  "@jay cope", "<@1> cope lol", and "cope" alone when the message is a reply. "cope" (a
  lexicon line) joins discord24's LINE_ONLY: it counts only as a word of a whole gloat
  line, here also after the opening mentions and with "ok" before it. Stay clean: "cope"
  alone and unaddressed (a shrug as often: the discord probe's friendly chat), "how do u
  cope with exams", "i cope by gaming", "cope is a hard word to spell", "ok cope with
  it", "we'll cope, dont worry" (cancelled).
- Undone: a one-word slang term explained rather than used, "means" / "stands" right
  after it ("kys means keep yourself safe in my guild", "in our server kys means ...");
  "keep crying" of the writer ("i just keep crying", "i keep crying at the ending"),
  the writer's "i" / "we" before it over at most two adverbs ("just", "still").

Cost per hit: one frozenset test of the term; then, for an L term, at most three tokens
back to the copula and five ahead to the clause's end; for "keep crying", two tokens
back; for "cope", at most eight set tests over a line of at most eight tokens; for a
one-word term, one token ahead. No regex, no new work for messages without
these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord24_words as d24
from bot.core.scoring import discord25_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_discord24 import NO_LINE_NOTE
from bot.core.scoring.targeting_italian29 import Italian29Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "EXPLAINED_NOTE",
    "NO_PERSON_NOTE",
    "OWN_TEARS_NOTE",
    "SHRUG_NOTE",
    "Discord25Rules",
]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NO_PERSON_NOTE: Final = "a loss of no one or of the writer, not a person called an L"
EXPLAINED_NOTE: Final = "a chat term explained, not used"
OWN_TEARS_NOTE: Final = "the writer's own tears"
SHRUG_NOTE: Final = "a bare shrug, not a gloat"
_TAIL_REACH: Final = 5
_Reading = tuple[TargetKind, str]


class Discord25Rules(Italian29Rules):
    """A member called an L; a chat term explained and the writer's own tears undone."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.L_TERMS:
            if target is Kind.REPORTED:
                return target, note  # "he said ur an L"
            return _called_an_l(ctx, hit)
        if term == w.COPE and target is not Kind.REPORTED:
            return _cope(ctx, hit, target, note)
        if term == w.KEEP_CRYING and _own_tears(ctx, hit.first):
            return Kind.SELF, OWN_TEARS_NOTE  # "i just keep crying"
        if (
            hit.last < len(ctx.tokens)
            and hit.last - hit.first == 1
            and ctx.tokens[hit.last] in w.EXPLAINED
        ):
            return Kind.OBJECT, EXPLAINED_NOTE  # "kys means keep yourself safe"
        return target, note


def _called_an_l(ctx: Context, hit: Hit) -> _Reading:
    """ "ur such an L", "bro is an L"; "i'm such an L", "took an L", "that was an L"
    call no person one."""
    tokens = ctx.tokens
    first = hit.first
    if ctx.quoted(first, hit.last) or not closed_by(ctx, hit.last, w.L_TAILS, reach=_TAIL_REACH):
        return Kind.OBJECT, NO_PERSON_NOTE
    at = first - 1
    while at >= 0 and first - at <= w.L_GAP_REACH and tokens[at] in w.L_GAP:
        at -= 1
    if at < 0:
        return Kind.OBJECT, NO_PERSON_NOTE
    word = tokens[at]
    if word in w.READER_COPULAS:
        return Kind.SECOND_PERSON, ""  # "ur such an L"
    if word not in w.COPULAS or at == 0:
        return Kind.OBJECT, NO_PERSON_NOTE
    subject = tokens[at - 1]
    if subject in w.READERS:
        return Kind.SECOND_PERSON, ""  # "you're an L", "u are an L"
    if subject in w.PEOPLE and ctx.starts_sentence(at - 1):
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "bro is an L", "he's such an L"
    return Kind.OBJECT, NO_PERSON_NOTE


def _cope(ctx: Context, hit: Hit, target: TargetKind, note: str) -> _Reading:
    """ "cope lol", "ok cope", "@jay cope" (a gloat line after the opening mentions, or
    a reply); "cope" alone and unaddressed is a shrug as often."""
    said = ctx.tokens[ctx.lead :]
    if len(said) < w.COPE_LINE_MIN and not (ctx.lead or ctx.is_reply):
        return Kind.OBJECT, SHRUG_NOTE  # "cope": the discord probe's friendly chat
    if note != NO_LINE_NOTE or len(said) > d24.GLOAT_LINE_MAX:
        return target, note  # discord24's gloat line, or its sentence
    if ctx.quoted(hit.first, hit.last):
        return target, note
    if all(word in d24.GLOAT_LINE or word in w.COPE_OPENERS for word in said):
        return Kind.SECOND_PERSON, ""  # "@jay cope", "ok cope"
    return target, note


def _own_tears(ctx: Context, first: int) -> bool:
    """ "i just keep crying", "why do i keep crying": the writer before the words."""
    tokens = ctx.tokens
    at = first - 1
    while at >= 0 and first - at <= 2 and tokens[at] in w.CRYING_ADVERBS:
        at -= 1
    return at >= 0 and tokens[at] in w.WRITERS
