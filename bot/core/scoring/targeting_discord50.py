"""Targeting rules of the discord50 round (issue 8): a member humiliated by exposure on a
Discord server, which the older rules read as said of a thing or found no words in.

- The leak: the writer shares a member's private messages or secrets with the room, this
  round's own lines (discord50_words.OWN_TERMS: a pronoun owner and the messages, "her
  dms", "ur texts", "his voice notes") after a sharing verb at most VERB_REACH tokens
  back in the clause (SHARES: post, send, leak, dump, forward, show, screenshot, tell),
  the room named in the sentence (ROOM: everyone, general, the gc, the whole server):
  "i screenshotted ur messages and sent them to everyone", "im posting her dms in
  general", "i told the whole server her secrets".
- The mocked picture: an older mocking word (MOCKS: ugly, fat, cringe, gross, simp) right
  before a picture or the member's messages, maybe over one word ("old", "baby"), the
  owner a pronoun before it or "of him"/"of her" after it: "post her ugly selfie in
  general", "look at this fat pic of him", "his cringe selfies are going to general".

Stay clean: sharing that shames no one ("sending the clip to the gc", "posting her art in
general", "look at this pic of my dog": no private messages, no mocking word), the
writer's own ("post my ugly selfie", "this fat pic of me", "i posted my dms in general"),
material for moderators or proof ("i screenshotted his threats and sent them to the
mods", "forwarding her dms to the admins"), others' doing ("she leaked my dms to the gc",
"he sent his texts to the group chat"), denials, bans, suppositions and questions
("never send his dms to anyone", "should i post his messages in general?"; the leak's
only), quotes, and the room unnamed ("i read her messages"). This round's lines out of
the leak are cancelled.

Cost per hit: one frozenset test of the term; then VERB_REACH tokens back for the verb,
one sentence of at most CLAUSE_REACH tokens either side for the room and what clears it,
and for the mocked picture PICTURE_REACH + 3 tokens around the word. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord50_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_italian61 import Italian61Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_LEAKED50_NOTE", "Discord50Rules"]

# The note that cancels this round's lines out of the leak (weighing zeroes any note it
# does not name).
NOT_LEAKED50_NOTE: Final[str] = "no member's messages shared with the room"
# Older readings a mocked picture may raise: said of no one, of a thing, of a third person.
_RAISED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# The notes of those readings that cancel nothing; any other ("marked as a joke") stays.
_UNCANCELLED: Final = frozenset({"", SAID_OF_NOTE, OUTRIGHT_NOTE})


class Discord50Rules(Italian61Rules):
    """A member's private messages shared with the room ("im posting her dms in general"),
    or a picture of a member mocked ("look at this fat pic of him")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the member in
        the leak and cancelled out of it, an older mocking word on a member's picture
        raised to the member."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.OWN_TERMS:
            if _d50_leaked(ctx, hit):
                return _d50_owner_kind(ctx.tokens[hit.first])
            return Kind.NONE, NOT_LEAKED50_NOTE  # "thanks for your messages"
        if term in w.MOCKS and target in _RAISED and note in _UNCANCELLED:
            owner = _d50_pictured(ctx, hit)
            if owner >= 0:
                return _d50_owner_kind(ctx.tokens[owner])
        return target, note


def _d50_owner_kind(owner: str) -> tuple[TargetKind, str]:
    """The reader for "ur"/"your", a third person for any other owner, said of outright
    (olid4's floor: "his cringe selfies" weighs as "ur cringe selfies" does)."""
    if owner in w.READER_OWNERS:
        return Kind.SECOND_PERSON, ""
    return Kind.THIRD_PERSON, OUTRIGHT_NOTE


def _d50_leaked(ctx: Context, hit: Hit) -> bool:
    """A sharing verb before the owner in its clause, the room in the sentence; no report,
    proof, counter-speech, apology, other sharer, denial, question or praise, not quoted,
    and never the reader asked to share their own."""
    tokens = ctx.tokens
    owner = hit.first
    start = ctx.sentence_start(owner, w.CLAUSE_REACH)
    verb = -1
    for i in range(owner - 1, max(start, owner - w.VERB_REACH) - 1, -1):
        if ctx.pause_after(i):
            break  # "i did, her dms": the verb in another clause
        if tokens[i] in w.SHARES:
            verb = i
            break
    if verb < 0:
        return False
    end = ctx.sentence_end(hit.last - 1, w.CLAUSE_REACH)
    sentence = tokens[start:end]
    if w.ROOM.isdisjoint(sentence) or not w.REPORTING.isdisjoint(sentence):
        return False  # "i read her messages", "sent his messages to the mods"
    if not w.CLEARS.isdisjoint(sentence):
        return False  # "... would be cruel", "... by accident, sorry"
    before = tokens[start:verb]
    if not w.DENIALS.isdisjoint(before):
        return False  # "never send his dms to anyone", "should i post his messages"
    base = tokens[verb] in w.BASE_SHARES
    others = w.OTHERS.intersection(before)
    if others and not (base and others <= w.REQUESTED):
        return False  # "she leaked her dms"; "someone post her dms" asks for it
    if tokens[owner] in w.READER_OWNERS and base and w.WRITERS.isdisjoint(before):
        return False  # "send your messages in general", "tell everyone your secrets"
    if ctx.any_ahead(hit.last, w.PRAISE, w.PRAISE_REACH):
        return False  # "... with everyone, she sings so well"
    return not ctx.quoted_or_asked(verb, hit.last)


def _d50_pictured(ctx: Context, hit: Hit) -> int:
    """The index of the member whose picture or messages the mocking word at `hit` mocks:
    the owner right before it ("her ugly selfie") or the person after "of" ("this fat pic
    of him"); or -1 (the writer's own, a thing's, negated, praised, for moderators, quoted
    or asked)."""
    tokens = ctx.tokens
    at = hit.first
    shown = ctx.skip_ahead(hit.last, w.PICTURE_MODIFIERS, w.PICTURE_REACH)
    if shown >= len(tokens) or ctx.pause_after(shown - 1):
        return -1  # "ugly, pics"
    if tokens[shown] not in w.PICTURES and (
        tokens[shown] not in w.MESSAGES or hit.entry.term not in w.MESSAGE_MOCKS
    ):
        return -1  # "ugly sweater", "his creepy dms"
    if at >= 1 and tokens[at - 1] in w.OWNERS and not ctx.pause_after(at - 1):
        member = at - 1  # "her ugly selfie", "ur cringe dms"
    elif _d50_of_person(ctx, shown):
        member = shown + 2  # "this fat pic of him"
    else:
        return -1  # "my ugly selfie", "this ugly pic of my dog"
    first = min(at, member)
    if not w.NEGATORS.isdisjoint(tokens[max(first - w.NEGATION_REACH, 0) : first]):
        return -1  # "not ugly pics of her"
    start = ctx.sentence_start(at, w.CLAUSE_REACH)
    end = ctx.sentence_end(shown, w.CLAUSE_REACH)
    if not w.REPORTING.isdisjoint(tokens[start:end]):
        return -1  # "i sent his cringe messages to the mods"
    if ctx.any_ahead(shown + 1, w.PRAISE, w.PRAISE_REACH):
        return -1  # "that ugly pic of him is my favourite"
    if ctx.quoted_or_asked(first, max(shown, member) + 1):
        return -1  # "is this ugly pic of him real?"
    return member


def _d50_of_person(ctx: Context, shown: int) -> bool:
    """ "of him", "of her", "of them" right after the picture at token `shown`, the clause
    ending after "her" or a tail following it ("of her lol"; "of her dog" is the dog's)."""
    tokens = ctx.tokens
    person = shown + 2
    if person >= len(tokens) or tokens[shown + 1] != w.OF or tokens[person] not in w.PERSONS:
        return False
    if ctx.pause_after(shown) or ctx.pause_after(shown + 1):
        return False
    if tokens[person] != "her" or ctx.closes_clause(person + 1):
        return True
    return tokens[person + 1] in w.HER_TAILS
