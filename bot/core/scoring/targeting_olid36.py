"""Targeting rules of the olid36 round (issue 8, thirty-second session): a third person
or "they" put down inside an opinion or in a compound predicate, in tweet style.

- "they" put down after the writer's opinion frame: "i think they suck", "honestly i
  think they are trash", "i feel like they're all hypocrites", "i believe they are
  frauds". gamechat41 reads "they suck" and "they are trash" only opening the message
  (maybe after chat's openers) and olid35 reads "they are bigots" only there, olid32's
  group put-down refusing a verb of thinking before its group; here the writer's own
  frame ("i", adverbs, a verb of thinking or feeling, "like"/"that") may stand between
  the openers and "they". The rest is the older shape: gamechat41's "suck" lines and
  verdicts with only gamechat40's tails after ("they suck so bad"), or a plural
  name-call after a copula and olid32's fillers, closing its clause. Read as said
  outright of them (olid4's OUTRIGHT_NOTE, with its floor).
- A name-call after "and" in a person's predicate: "he is pure evil and a liar", "she's
  lazy and a coward". The first part (a few plain words after "he is") is a judgement
  too; the name-call closes its clause and the sentence opens with the person, maybe
  after the openers and the frame. Older rules read the name-call as merely about a
  third person (0.75 of the word).

Stay clean: "i think they suck at defense this season" (play judged: gamechat41's
strategy reading), "i don't think they suck", "nobody thinks they are trash", "he said
they suck" (no frame of the writer), "do you think they suck?" (asked), "i think i suck
at this" (the writer), "got new shoes. i think they are trash" (the message names things
first), "he is pure gold and a legend" (no name-call), "he is not evil and a liar"
(turned).

Cost per hit: a category test; then at most a dozen tokens before the hit and a few
after it, set look-ups. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat41_words as g41
from bot.core.scoring import olid32_words as w32
from bot.core.scoring import olid36_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat40 import gc40_tails_only
from bot.core.scoring.targeting_gamechat41 import NOT_PUT_DOWN_NOTE
from bot.core.scoring.targeting_gamechat44 import GameChat44Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid32 import o32_closes
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid36Rules"]

# Readings this round may raise: aimed at nobody, a thing or a third person.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# Notes it reads past: none, olid4's outright reading, gamechat41's "not said whole".
_READ_NOTES: Final[frozenset[str]] = frozenset({"", OUTRIGHT_NOTE, NOT_PUT_DOWN_NOTE})


class Olid36Rules(GameChat44Rules):
    """ "i think they suck" and "he is pure evil and a liar" said outright."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, raised in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is not Cat.INSULT or note not in _READ_NOTES:
            return target, note
        if target not in _UNAIMED or ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        if _o36_they_framed(ctx, hit) or _o36_after_and(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "i think they suck"
        return target, note


def _o36_opens(ctx: Context, subject: int) -> int:
    """Where the words before token `subject` start when they are only openers and the
    writer's opinion frame ("honestly i think", "imo", "i feel like"), else -1."""
    tokens = ctx.tokens
    at = ctx.back_over(subject, w.FRAME_LINKS, 1)
    if at >= 2 and tokens[at - 1] in w.FRAME_VERBS and not ctx.pause_after(at - 1):
        at = ctx.back_over(at - 1, w.FRAME_ADVERBS, w.FRAME_ADVERB_REACH)
        if at < 1 or tokens[at - 1] != w.WRITER or ctx.pause_after(at - 1):
            return -1
        at -= 1
    elif at != subject:
        return -1  # "like they suck": no frame before the link
    at = ctx.back_over(at, w.OPENERS, w.OPENER_REACH)
    return at if ctx.starts_sentence(at) else -1


def _o36_they_framed(ctx: Context, hit: Hit) -> bool:
    """ "i think they suck", "honestly i think they are trash", "i believe they are
    frauds": "they", after the writer's frame at the message's opening, put down."""
    tokens = ctx.tokens
    term = hit.entry.term
    if term in g41.SUCK_TERMS:
        subject = hit.first  # the line holds its subject: "they suck"
        closes = gc40_tails_only(ctx, hit.last)
    else:
        start = ctx.back_over(hit.first, g41.BETWEEN | w32.BETWEEN, w32.BETWEEN_REACH)
        if start == hit.first or tokens[start] not in w32.COPULAS | g41.VERBS:
            return False  # "they trash talk": a verb must stand between
        subject = start - 1
        if term in g41.VERDICTS:
            closes = gc40_tails_only(ctx, hit.last)  # "they are trash lol"
        elif (
            hit.entry.weight >= OUTRIGHT_FLOOR
            and term.endswith("s")
            and not term.endswith(w32.NOT_PLURAL)
            and term not in w32.MILD
        ):
            closes = o32_closes(ctx, hit.last)  # "they are all liars and frauds"
        else:
            return False
    if not closes or subject < 1 or tokens[subject] not in w.THEY:
        return False
    if ctx.pause_after(subject):
        return False
    # "they" takes up what came before: the frame opens the message, after its mentions
    opened = _o36_opens(ctx, subject)
    return opened == ctx.lead and opened < subject


def _o36_after_and(ctx: Context, hit: Hit) -> bool:
    """ "he is pure evil and a liar": a name-call after "and" and an article closing a
    person's predicate, the person opening the sentence."""
    tokens = ctx.tokens
    first = hit.first
    if hit.entry.weight < OUTRIGHT_FLOOR or not o32_closes(ctx, hit.last):
        return False
    at = first - 1
    if at < 2 or tokens[at] not in w.ARTICLES or ctx.pause_after(at - 1) or ctx.pause_after(at):
        return False
    at -= 1  # "and"
    if tokens[at] != w.AND:
        return False
    for copula in range(at - 2, max(0, at - 2 - w.PREDICATE_REACH), -1):
        if ctx.pause_after(copula) or tokens[copula + 1] in w.NOT_PREDICATE:
            return False
        if tokens[copula] in w.COPULAS:
            subject = copula - 1
            if subject < 0 or tokens[subject] not in w.PERSONS or ctx.pause_after(subject):
                return False
            return _o36_opens(ctx, subject) >= 0
    return False
