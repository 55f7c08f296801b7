"""Targeting rules of the discord18 round (issue 8, eighteenth session): Discord chat's
exclusion, ableist jabs and archetype name-calls at a person, which the older rules read
as said of nothing.

- A member kept out, the pronoun inside the term: "lets all ignore her", "dont let him
  in the group", "dont invite her to the vc", "dont invite him lol", "ignoriamola tutti".
  Said whole (chat tags after, or a pause), with the room named after it ("to the vc",
  "in our gc") or with a reason ("dont let him in he's weird").
  Clean: "dont let him in the base, he's on red team" (a game's place), "lets all ignore
  the drama" and "dont let the creeper in" (no term: no person in them).
- An ableist jab at the reader closing its clause: "are u slow", "r u deaf or what", "ur
  literally special needs", "u must be special needs", "ur mentally challenged". Clean:
  "are you slow at typing?", "are you deaf or hard of hearing" (the question goes on),
  "ur special needs cousin" (goes on), "the special needs class", "my uncle is mentally
  challenged" (no reader named before it).
- An archetype name-call exclaimed whole: "what a karen", "what an incel lol". Clean: "what
  a karen move" (goes on), "the karen in that video was wild" (no article: no term).
- An archetype's conduct from the reader: "typical incel behavior from u", "such simp
  energy from you". Clean: "incel behavior is a topic on that podcast" (no reader).

Only hits the older rules left without a note are read; reported speech, quotes,
negation and counter-speech keep their readings.

Lexicon lines only: the room's rejection of the reader ("no one here wants you"), the
impatient send-off ("just leave already"), the reader's life mocked ("no wonder ur
single", "ur parents must be ashamed of u"), exposure promised ("imma expose u", "ill
post ur nudes"), "go rope urself"; Italian "trovati una vita", "ho il tuo ip".

Cost: every hit pays one frozenset test of its term (`_OWN_TERMS`); a kept-out member
walks at most four tokens after the term, an ableist jab four before and four after, an
exclaimed archetype two before and four after, a conduct three after. No regex, nothing
for a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord18_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat21 import GameChat21Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord18Rules", "closed_by"]

PLACE_NOTE: Final = "no order to keep a member out of a room"
GOES_ON_NOTE: Final = "a question that goes on, not a jab"
NO_READER_NOTE: Final = "a condition named, no reader called it"
_OWN_TERMS: Final[frozenset[str]] = w.KEEP_OUT | w.CLOSED_JABS | w.ARCHETYPES
_TAIL_REACH: Final = 3  # tail words after a jab, to the clause's end
_ROOM_REACH: Final = 3  # "to the vc", "in our group chat"


class Discord18Rules(GameChat21Rules):
    """A member kept out, an ableist jab closing its clause, an archetype exclaimed or its
    conduct pinned on the reader."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS or note or target is Kind.REPORTED:
            return target, note
        if ctx.quoted(hit.first, hit.last):
            return target, note
        if term in w.KEEP_OUT:
            if not _opens(ctx, hit.first):
                return Kind.OBJECT, PLACE_NOTE  # "i dont add him to my team anymore"
            lead = hit.last - 1 if hit.entry.tokens[-1] in w.ROOM_LEADS else hit.last
            after = ctx.tokens[hit.last] if hit.last < len(ctx.tokens) else ""
            if _closed(ctx, hit.last) or _room_after(ctx.tokens, lead) or after in w.REASONS:
                return Kind.THIRD_PERSON, ""  # "dont let him in the group"
            return Kind.OBJECT, PLACE_NOTE  # "dont let him in the base"
        if term in w.CLOSED_JABS:
            if term in w.NEEDS_READER and not _reader_before(ctx.tokens, hit.first):
                return Kind.OBJECT, NO_READER_NOTE  # "my cousin has special needs"
            if _closed(ctx, hit.last, w.OR_TAIL):
                return Kind.SECOND_PERSON, ""  # "are u slow", "ur literally special needs"
            return Kind.OBJECT, GOES_ON_NOTE  # "are you slow at typing?"
        if target not in (Kind.NONE, Kind.OBJECT):
            return target, note
        tokens = ctx.tokens
        what = hit.first - 1
        if what > 0 and tokens[what] in w.ARTICLES:
            what -= 1  # "what an incel"
        if what >= 0 and tokens[what] == w.WHAT and _closed(ctx, hit.last):
            return Kind.SECOND_PERSON, OUTRIGHT_NOTE  # "what a karen"
        at = hit.last
        if (
            at + 2 < len(tokens)
            and tokens[at] in w.CONDUCT
            and (tokens[at + 1], tokens[at + 2]) in w.FROM_READER
        ):
            return Kind.SECOND_PERSON, ""  # "typical incel behavior from u"
        return target, note


def closed_by(
    ctx: Context,
    last: int,
    tags: frozenset[str],
    more: frozenset[str] = frozenset(),
    reach: int = _TAIL_REACH,
) -> bool:
    """Only `tags` (and `more`), at most `reach` of them, after token `last - 1`, to its
    clause's end (discord19 reads its kick tags and chat tags so too)."""
    tokens = ctx.tokens
    for at in range(last, min(len(tokens), last + reach) + 1):
        if ctx.closes_clause(at):
            return True
        if at >= len(tokens) or (tokens[at] not in tags and tokens[at] not in more):
            return False
    return False


def _closed(ctx: Context, last: int, more: frozenset[str] = frozenset()) -> bool:
    """Only chat tags (and `more`) after token `last - 1`, to its clause's end."""
    return closed_by(ctx, last, w.TAIL, more)


def _opens(ctx: Context, first: int) -> bool:
    """The term opens its sentence, maybe after one opener: "pls dont let him in"."""
    if ctx.starts_sentence(first):
        return True
    return (
        first > 0
        and ctx.starts_sentence(first - 1)
        and ctx.tokens[first - 1] in (w.KEEP_OUT_OPENERS)
    )


def _room_after(tokens: list[str], lead: int) -> bool:
    """ "to the vc", "in our group", "into this server" from token `lead` on."""
    after = tokens[lead : lead + _ROOM_REACH]
    if len(after) < 2 or after[0] not in w.ROOM_LEADS:
        return False
    room = after[2] if after[1] in w.ROOM_DETERMINERS and len(after) > 2 else after[1]
    return room in w.ROOMS


def _reader_before(tokens: list[str], first: int) -> bool:
    """The reader named a few fillers before: "ur literally", "u must be", "are you"."""
    for at in range(first - 1, max(-1, first - 1 - w.READER_REACH), -1):
        if tokens[at] in w.READERS:
            return True
        if tokens[at] not in w.READER_FILLERS:
            return False
    return False
