"""Targeting rules of the gamechat46 round (issue 8): game-chat put-downs that older rules
read as something else.

- The retort "says the <name-call>" ("says the noob pudge", "oh says the idiot with 0
  kills", "said the clown pa"): read as reported speech, it answers the reader. Only
  chat's openers may stand before the verb (OPENERS), and only a determiner and at most
  RETORT_MODIFIER_REACH modifiers between it and the name-call.
- A vocative name-call after "not" and the time or outcome it denies ("not today cunt",
  "not this time idiot", "not me pls idiot", "not on my watch noob"): read as a denied
  insult, the denial is of the phrase (NOT_PHRASES), and the name-call, closing its
  clause, is said to the reader.
- A person-only plural swear noun after "those" / "these" ("those 2 little cunts", "these
  assholes keep stealing my farm"): read as about a thing, it names players (a group),
  in a chat line (a message of at most CHAT_LINE_LENGTH tokens, or one as short between
  a chat export's "|").

Stay clean: reported speech with its speaker ("he says the noob was afk"), a name-call of
no one after "says" (no hit: "says the patch notes"), a real denial ("not a noob", "not
today, i feel like such a noob"), a claim after a copula ("she is not a noob"), questions
and quotes, affection or a report before "those" ("i love these cunts", "he called us
those cunts"), nouns that name things too ("these fuckers are heavy").

Cost per insult hit read as reported, negated or a thing: a few frozenset tests of the
tokens at most OPENER_REACH + RETORT_MODIFIER_REACH + 2 back, or NOT_PHRASE_REACH +
PLEA_REACH + 1 back, or SWEAR_MODIFIER_REACH + KEPT_REACH + 1 back, and a TAILS walk
ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat40_words as g40
from bot.core.scoring import gamechat46_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck53 import HateCheck53Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["GameChat46Rules"]

_READ: Final[frozenset[Category]] = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_NEGATED: Final[str] = "negated"


class GameChat46Rules(HateCheck53Rules):
    """The "says the noob pudge" retort, a name-call after "not today", and "those
    cunts" said of players."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.category not in _READ:
            return target, note
        if target is Kind.REPORTED:
            if _gc46_retort(ctx, hit):
                return Kind.SECOND_PERSON, ""
        elif note == _NEGATED or target is Kind.OBJECT:
            if _gc46_not_phrase(ctx, hit):
                return Kind.SECOND_PERSON, ""
            if target is Kind.OBJECT and _gc46_those(ctx, hit):
                return Kind.GROUP, ""
        return target, note


def _gc46_unasked(ctx: Context, hit: Hit) -> bool:
    """Neither quoted nor asked."""
    return not (ctx.quoted(hit.first, hit.last) or ctx.ends_asking(hit.first))


def _gc46_retort(ctx: Context, hit: Hit) -> bool:
    """ "says the <name-call>" opening its sentence after chat's openers only."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.RETORT_MODIFIERS, w.RETORT_MODIFIER_REACH)
    if at < 2 or tokens[at - 1] not in w.RETORT_DETERMINERS or tokens[at - 2] not in w.RETORT_VERBS:
        return False
    if ctx.pause_after(at - 2) or ctx.pause_after(at - 1):
        return False
    start = ctx.back_over(at - 2, w.OPENERS, w.OPENER_REACH)
    return ctx.starts_sentence(start) and _gc46_unasked(ctx, hit)


def _gc46_not_phrase(ctx: Context, hit: Hit) -> bool:
    """A name-call closing its clause right after "not" and a phrase of NOT_PHRASES
    ("not today cunt", "not me pls idiot"), with no copula before "not"."""
    tokens = ctx.tokens
    if tokens[hit.last - 1] in w.SAYINGS:
        return False  # "not today satan"
    at = ctx.back_over(hit.first, w.PLEAS, w.PLEA_REACH)
    for size in range(1, w.NOT_PHRASE_REACH + 1):
        neg = at - size - 1
        if neg < 0:
            break
        if tokens[neg] != w.NOT_WORD or tuple(tokens[neg + 1 : at]) not in w.NOT_PHRASES:
            continue
        if ctx.stop_after(at - 1):
            return False  # "certainly not me. typical": a comma may part them, a stop not
        if neg > 0 and tokens[neg - 1] in w.COPULAS and not ctx.pause_after(neg - 1):
            return False  # "he is not today's noob"
        return ctx.closes_after(hit.last, g40.TAILS, g40.TAIL_REACH) and _gc46_unasked(ctx, hit)
    return False


def _gc46_those(ctx: Context, hit: Hit) -> bool:
    """A person-only plural swear noun after "those"/"these" and a few modifiers in a chat
    line (a short message, or a short line of a chat export), with no affection or report
    in the KEPT_REACH tokens before the demonstrative."""
    tokens = ctx.tokens
    if tokens[hit.last - 1] not in w.PERSON_SWEARS:
        return False
    if len(tokens) > w.CHAT_LINE_LENGTH:
        if w.CHAT_BREAK not in ctx.folded:
            return False  # a post's "fuck these cunts. this is why ...": the older rules'
        reach = w.CHAT_LINE_LENGTH + 1
        start = ctx.sentence_start(hit.first, reach)
        if ctx.sentence_end(hit.last - 1, reach) - start > w.CHAT_LINE_LENGTH:
            return False  # one long line of a chat export
    at = ctx.back_over(hit.first, w.SWEAR_MODIFIERS, w.SWEAR_MODIFIER_REACH)
    if at < 1 or tokens[at - 1] not in w.DEMONSTRATIVES:
        return False
    kept = tokens[max(0, at - 1 - w.KEPT_REACH) : at - 1]
    return w.KEPT_BEFORE.isdisjoint(kept) and _gc46_unasked(ctx, hit)
