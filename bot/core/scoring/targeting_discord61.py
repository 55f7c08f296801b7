"""Targeting rules of the discord61 round (issue 8): a mentioned member of a Discord
server whose removal the writer asks for with a bare removing verb first and the user
mention after it, which the older rounds left clean (discord55 reads the verb only with
who is asked before it, discord58 to discord60 the mention first or a ban before "let").

- The hit: a gated one at a bare "ban", "kick", "remove", "boot", "timeout" or
  "permaban" (discord61_words.VERB_ENTRIES, made by the matcher and the scorer's clean
  gate only in a short line; the gated "kick" put before threat's one-word line in a
  line naming no group), or the older one-word lines "mute" (discord47's) and "kick"
  (threat's, where a named group kept it).
- The call: the verb opening its sentence over chat's openers and who is asked ("yo",
  "just", "mods", "can someone", "perma"), a user mention right after it, then either
  the urging or the server left ("pls", "already", "asap", "forever", "for good", "mods",
  "from the server", "out") with the line said whole over chat's tails, or a reason of
  contempt for the member ("hes ruining the server", "nobody wants him", "shes toxic";
  the room's "wants", "likes", "stands" only after "nobody" or "no one", "hates" only after
  "everyone", never the member's own: "she hates horror movies"):
  "ban <@9> pls", "kick <@14> mods", "just ban <@5> fr", "ban <@6> from the server asap",
  "ban <@12> hes ruining the server", "kick <@3> out, shes toxic".

Stay clean: a bare "ban <@9>" (a bot's command as often as a call: nothing urges it), a
game's party, draft or queue and the mention's own pick ("kick <@9> from the party, hes
afk", "ban <@9>'s pick lol", "ban <@8> from the draft"), a short spell or a report of
spam or a broken rule, which the moderators' tools are for ("mute <@7> for a sec, hes
spamming links", "ban <@23> pls he posted a scam link": discord55's choice), a slip of
the writer's ("remove <@9> pls, wrong person", "kick <@9> pls, misclicked"), a past, a
question, a negation or an undoing ("did you ban <@9>?", "who kicked <@9>", "dont ban
<@9>, it was me", "unban <@9> pls"), a report ("she said ban <@7> pls"), praise as the
reason ("ban <@62> for being too good lol"), jokes and quotes. The gated hits out of the
shape are cancelled; "mute" and "kick" out of it keep their older readings.

Cost per hit: a frozenset test of the term (most hits end there); then one token for
the member, OPENER_REACH back to the sentence's start, STANDING_REACH on for the
standing, TAIL_REACH more for the tails, REASON_REACH for a reason and AFTER_REACH for an
excuse. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord60_words as w60
from bot.core.scoring import discord61_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord47 import user_mention_at
from bot.core.scoring.targeting_discord60 import NOT_REMOVED60_NOTE
from bot.core.scoring.targeting_hatecheck87 import HateCheck87Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_REMOVED61_NOTE", "Discord61Rules", "removal_urged"]

# The note that cancels this round's gated hits out of the shape (weighing zeroes any note
# it does not name).
NOT_REMOVED61_NOTE: Final[str] = "no mentioned member's removal urged"
# discord60's place lines ("be here", "in this server", "shouldnt be allowed"), read again
# when a reason of contempt follows the denial after a pause.
_PLACE_TERMS: Final = w60.PLACE_TERMS | w60.PLACES_AFTER_HIT | w60.OLDER_PLACES
# The older "mute" and "kick" readings re-read: left at nobody or at a thing, or cancelled
# by a note.
_RE_READ: Final = frozenset({Kind.OBJECT, Kind.NONE})


class Discord61Rules(HateCheck87Rules):
    """A mentioned member's removal asked for with a bare verb first ("ban <@9> pls",
    "kick <@14> mods", "ban <@12> hes ruining the server")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's gated hits aimed at the mentioned
        member in the shape and cancelled out of it, the older "mute" and "kick" raised in it."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in _PLACE_TERMS:
            return self._d61_place_with_reason(ctx, hit, target, note)
        gated = w.VERB_ENTRIES.get(term) is hit.entry
        if not gated and (term not in w.OLDER_VERBS or (target not in _RE_READ and not note)):
            return target, note  # most hits; a "mute" or "kick" the older rules aimed
        if note != JOKING_NOTE and removal_urged(ctx, hit.first):
            return Kind.MENTION, ""
        if gated:
            return Kind.NONE, NOT_REMOVED61_NOTE  # "kick <@9> from the party, hes afk"
        return target, note  # "mute <@7> for a sec, hes spamming links": the older reading

    def _d61_place_with_reason(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """discord60's place denied, which its line said whole leaves clean when a reason
        follows, read again up to the pause when the reason is contempt for the member:
        "<@9> shouldnt be here, no one wants him", "<@44> shouldnt be in this server, hes
        toxic"; "..., hes grounded" and "..., hes in the eu one" stay clean."""
        if target is Kind.MENTION or (note and note != NOT_REMOVED60_NOTE) or note == JOKING_NOTE:
            return target, note  # read already, or cancelled by an older rule
        cut = _d61_pause_after(ctx, hit.last - 1)
        if cut < 0 or not _d61_reason(ctx, cut) or ctx.any_ahead(cut, w.EXCUSES, w.AFTER_REACH):
            return target, note  # "<@12> shouldnt be here, hes grounded"
        said = Context(
            self._lexicon,
            ctx.folded,
            ctx.tokens[:cut],
            ctx.spans[:cut],
            mentioned=ctx.mentioned,
            is_reply=ctx.is_reply,
        )
        read, _ = super().in_game(said, hit, target, "")
        return (Kind.MENTION, "") if read is Kind.MENTION else (target, note)


def _d61_pause_after(ctx: Context, last: int) -> int:
    """The token after the first pause from token `last` on, within discord60's place
    reach ("here, no one ...": the "no"), or -1."""
    for i in range(last, min(len(ctx.tokens) - 1, last + w60.PLACE_REACH)):
        if ctx.pause_after(i):
            return i + 1
    return -1


def removal_urged(ctx: Context, verb: int) -> bool:
    """The removing verb at token `verb` opening its sentence, a user mention right after
    it, and the urging said whole or a reason of contempt after it: "ban <@9> pls", "ban
    <@12> hes ruining the server"."""
    tokens = ctx.tokens
    member = verb + 1
    if member >= len(ctx.spans) or ctx.pause_after(verb) or not user_mention_at(ctx, member):
        return False  # "ban the bot", "kick me", "ban, <@9>"
    if not ctx.opens_after(verb, w.OPENERS, w.OPENER_REACH):
        return False  # "she said ban <@7>", "dont ban <@9>", "did you ban <@9>"
    after = member + 1
    if after < len(tokens) and tokens[after] == w.POSSESSIVE and not ctx.pause_after(member):
        return False  # "ban <@9>'s pick lol"
    if ctx.any_ahead(after, w.EXCUSES, w.AFTER_REACH):
        return False  # "kick <@9> from the party, hes afk", "mute <@7> for a sec"
    end = ctx.skip_ahead(after, w.STANDING, w.STANDING_REACH)
    urged = not w.URGES.isdisjoint(tokens[after:end])
    if not (urged and ctx.closes_after(end, w.TAILS, w.TAIL_REACH)) and not _d61_reason(ctx, end):
        return False  # "ban <@9>", "ban <@62> for being too good"
    return not ctx.quoted_or_asked(verb, end)


def _d61_reason(ctx: Context, at: int) -> bool:
    """A reason of contempt for the member from token `at` on: a pronoun or the room's
    verdict opening it and a word of contempt within reach ("hes ruining the server"), or
    the room's dislike after the room ("nobody wants him", "everyone hates him"; never
    "she hates horror movies")."""
    tokens = ctx.tokens
    if at >= len(tokens) or tokens[at] not in w.REASON_STARTS:
        return False
    span = tokens[at : at + w.REASON_REACH]
    if not w.CONTEMPT.isdisjoint(span):
        return True
    for k, word in enumerate(span):
        if word in w.ROOM_SHUNS and not w.ROOM_NONE.isdisjoint(span[:k]):
            return True  # "nobody wants him", "no one likes her"
        if word == w.ROOM_HATES and not w.ROOM_ALL.isdisjoint(span[:k]):
            return True  # "everyone hates him"
    return False
