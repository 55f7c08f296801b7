"""Targeting rules of the discord60 round (issue 8): a mentioned member of a Discord
server whose removal the writer asks for in two shapes the older rounds left clean.

- The door shut: a ban word before "let" (discord54's: "never", "nobody", "no one",
  "dont", over its gap "ever", "should": this round's lines "never let", "nobody let",
  "one let", "ever let", "should let"), a user mention right after "let" and the joining
  right after the mention ("join", "rejoin", "back", "in"), then the server or the room
  and the line said whole over chat's tails (discord58's `said_whole`): "never let <@9>
  join again", "nobody let <@4> back in", "dont ever let <@3> join this server again",
  "no one should let <@3> back in".
- The place denied: a user mention opening its line, a negation ("shouldnt", "should
  not", "doesnt", over "even") before "be", "be allowed" or "belong", then "here" or
  "in" and the server, said whole; the hit is the place (this round's lines "be here",
  "belong here", "in here", "in the server", "in this discord"; the older "in this
  server"), hatecheck21's "allowed" or the older insult lines "shouldnt be allowed",
  "should not be allowed": "<@9> shouldnt be allowed here", "<@7> should not be in this server",
  "<@5> doesnt belong here", "mods <@6> shouldnt be here".

Stay clean: a game, a chore or a joke after the member ("never let <@9> carry you
again", "nobody let <@4> solo the boss", "<@9> shouldnt be allowed to be this good
lol"), a lobby, a raid, a rank, a bench or a channel instead of the server ("... back in
the lobby", "<@8> doesnt belong in bronze", "<@19> shouldnt be in the staff channel"), a
reason or timing ("..., hes grounded", "... join yet, the server isnt ready"), the
member said to belong elsewhere or to be in another server ("..., hes in the eu one"),
the writer ("i shouldnt be allowed here lol"), a report, a question word or questions
("she said never let <@21> join", "who says <@10> doesnt belong here?"), quotes and
jokes. This round's lines out of the shapes are cancelled; the older insult lines out of
them keep their readings.

Cost per hit: a frozenset test of the term (most hits end there); then discord54's
BAN_GAP_REACH tokens back for the ban (its `ban_before_let`), or three for the negation
and SOFTENER_REACH for the member, OPENER_REACH back to the sentence's start, two tokens
on for the member and the joining, then discord58's `said_whole` (ROOM_REACH or
PLACE_REACH, its tails and reasons) and AFTER_REACH tokens for another server. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord60_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_discord54 import ban_before_let
from bot.core.scoring.targeting_discord58 import said_whole
from bot.core.scoring.targeting_hatecheck86 import HateCheck86Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REMOVED60_NOTE", "Discord60Rules"]

# The note that cancels this round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_REMOVED60_NOTE: Final[str] = "no mentioned member kept out or denied a place"


class Discord60Rules(HateCheck86Rules):
    """A mentioned member kept out with the ban before "let" ("never let <@9> join
    again") or denied a place in the server ("<@9> shouldnt be allowed here")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes aimed at the mentioned
        member, this round's own lines cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LET_TERMS:
            asked = note != JOKING_NOTE and _d60_door_shut(ctx, hit)
        elif term in w.PLACE_TERMS or term in w.PLACES_AFTER_HIT or term in w.OLDER_PLACES:
            asked = note != JOKING_NOTE and _d60_place_denied(ctx, hit)
        else:
            return target, note  # most hits
        if asked:
            return Kind.MENTION, ""
        if term in w.OWN_TERMS:
            return Kind.NONE, NOT_REMOVED60_NOTE  # "never let <@9> carry you again"
        return target, note  # "<@9> shouldnt be allowed to be this good lol"


def _d60_door_shut(ctx: Context, hit: Hit) -> bool:
    """A ban opening its sentence, "let", a user mention and the joining right after it,
    said whole: "never let <@9> join again", "nobody let <@4> back in"."""
    tokens = ctx.tokens
    let = hit.last - 1
    member, entry = let + 1, let + 2
    if tokens[let] != w.LET or entry >= len(ctx.spans) or tokens[entry] not in w.ENTRIES:
        return False  # "never let <@9> carry you", "never let <@18> down"
    if ctx.pause_after(let) or ctx.pause_after(member) or not user_mention_at(ctx, member):
        return False  # "never let me join lol", "never let the bot back"
    ban = ban_before_let(ctx, let)
    if ban < 0 or not ctx.opens_after(ban, w.OPENERS, w.OPENER_REACH):
        return False  # "she said never let <@21> join", "i never let <@33> join"
    if not said_whole(ctx, entry + 1, w.ROOMS, w.ROOM_REACH, w.EXCUSES):
        return False  # "... back in the lobby, he always leaves", "... join yet"
    if _d60_elsewhere(ctx, ctx.skip_ahead(entry + 1, w.ROOMS, w.ROOM_REACH)):
        return False  # "never let <@9> join this server, hes in the eu one"
    return not ctx.quoted_or_asked(ban, entry + 1)


def _d60_place_denied(ctx: Context, hit: Hit) -> bool:
    """A user mention opening its line, a negation before "be" or "belong", and "here" or
    "in" the server said whole: "<@7> should not be in this server", "<@5> doesnt belong
    here", "<@9> shouldnt be allowed here"."""
    tokens = ctx.tokens
    term = hit.entry.term
    if term in w.OLDER_ALLOWED:
        place, negation = hit.last, hit.first  # "shouldnt be allowed [here]"
    elif term == w.ALLOWED:
        place, negation = hit.last, _d60_negation(ctx, hit.first)  # "shouldnt even be allowed"
    else:
        place = hit.first if term in w.PLACES_AT_HIT else hit.first + 1
        negation = _d60_negation(ctx, place - 1)
    if negation < 0 or place >= len(ctx.spans) or tokens[place] not in w.PLACE_STARTS:
        return False  # "<@9> should be here", "... allowed to be this good", "belong on"
    if ctx.pause_after(place - 1):
        return False  # "<@9> shouldnt be, here"
    member = ctx.back_over(negation, w.SOFTENERS, w.SOFTENER_REACH) - 1
    if member < 0 or ctx.pause_after(member) or not user_mention_at(ctx, member):
        return False  # "i shouldnt be allowed here lol", "<@22> you shouldnt be here"
    if not ctx.opens_after(member, w.OPENERS, w.OPENER_REACH):
        return False  # "they said <@2> shouldnt be here", "who says <@10> doesnt belong"
    if not said_whole(ctx, place, w.PLACES, w.PLACE_REACH, w.EXCUSES):
        return False  # "<@8> doesnt belong in bronze", "... here yet, the event starts"
    if _d60_elsewhere(ctx, ctx.skip_ahead(place, w.PLACES, w.PLACE_REACH)):
        return False  # "<@9> should not be in this server, hes in the eu one"
    return not ctx.quoted_or_asked(member, place + 1)


def _d60_elsewhere(ctx: Context, end: int) -> bool:
    """From token `end` on, within discord58's reach, the member said to be in another
    server: a pronoun, maybe its copula, "in" or "on", a determiner and a server noun or
    "one" ("..., hes in the eu one", "..., she's on the na server")."""
    tokens = ctx.tokens
    size = len(tokens)
    for i in range(end, min(size, end + w.AFTER_REACH)):
        if tokens[i] not in w.ELSEWHERE_PRONOUNS:
            continue
        at = i + 1
        if at < size and tokens[at] in w.ELSEWHERE_COPULAS:
            at += 1
        if at + 1 >= size or tokens[at] not in w.ELSEWHERE_PREPS:
            continue
        if tokens[at + 1] in w.ELSEWHERE_DETERMINERS:
            place = tokens[at + 2 : at + 2 + w.ELSEWHERE_REACH]
            return not w.ELSEWHERE_SERVERS.isdisjoint(place)
    return False


def _d60_negation(ctx: Context, verb: int) -> int:
    """Where the negation before the verb at token `verb` starts ("shouldnt [even] be",
    "does not belong", "should not be allowed"), or -1; "allowed" needs "be" before it."""
    tokens = ctx.tokens
    if verb >= 1 and tokens[verb] == w.ALLOWED:
        verb -= 1
    if verb < 1 or tokens[verb] not in w.NEGATIONS:
        return -1  # "<@9> is not allowed in here"
    negations = w.NEGATIONS[tokens[verb]]
    at = ctx.back_over(verb, w.EVEN, 1)
    for length in (1, 2):
        first = at - length
        if first >= 0 and tuple(tokens[first:at]) in negations:
            return first if not ctx.pause_after(at - 1) else -1
    return -1  # "<@9> should be here", "<@5> belongs in this server"
