"""Targeting rules of the discord21 round (issue 8, nineteenth session): Discord chat's
traits pinned on the reader, mocking replies sent whole and the worst of a server role
sent whole.

- A trait pinned on the reader, the reader's "ur" (Italian "sei") opening the sentence
  (a chat opener and two adverbs at most between): "ur so toxic", "ur not funny", "bro
  ur literally so boring", "you are so lame", "ur toxic af", "sei proprio così noioso".
  Stay clean: "this game is so toxic", "im not funny lol", "i was so boring tonight" (no
  reader), "he told me ur so toxic" (the reader's "ur" does not open the sentence), "ur
  not funny ur hilarious", "ur so lame lol ily" (a kind word after it). Reassurance ("ur
  not toxic for wanting to win") has no term.
- A mocking reply sent whole, in Italian: "non sei divertente", "ma non fai ridere".
  Stay clean: "non sei divertente, sei esilarante" (a kind word), "non sono
  divertente" (no term), "mi ha detto non sei divertente" (it does not open its
  sentence). "skill issue" and a bare "ur mid" stay friendly chat or a lane, as the
  discord11 and gamechat21 probes keep them.
- The worst of a server role sent whole: "worst mod ever", "worst admin in history".
  Stay clean: "worst map ever" (no role), "the worst admin story i heard" (the clause
  goes on).

Cost: every hit pays two frozenset tests of its term ("worst", the round's terms);
"worst" then one test of its note and of the next token. A trait walks at most five
tokens back and eight ahead; a reply three back and eight ahead; the worst role three
back and five ahead. No regex, nothing for a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord18_words as d18
from bot.core.scoring import discord21_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_gamechat8 import NOT_A_HERO_NOTE
from bot.core.scoring.targeting_gamechat24 import GameChat24Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSENT_NOTE", "Discord21Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
UNSENT_NOTE: Final = "not said to the reader in the round's shape"
_OWN_TERMS: Final[frozenset[str]] = w.TRAITS | w.REPLIES
_TAGS: Final[frozenset[str]] = d18.TAIL
_REPLY_LEADS: Final[frozenset[str]] = w.REPLY_LEADS | w.OPENERS
_WORST_TAGS: Final[frozenset[str]] = d18.TAIL | w.WORST_TAIL


class Discord21Rules(GameChat24Rules):
    """Traits pinned on the reader, mocking replies sent whole, the worst of a server
    role."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.WORST:
            if note == NOT_A_HERO_NOTE and _worst_role(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "worst mod ever"
            return target, note
        if term not in _OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if term in w.TRAITS:
            if not _reader_opens(ctx, hit.first) or ctx.any_ahead(
                hit.last, w.KIND_AFTER, w.KIND_REACH
            ):
                return Kind.OBJECT, UNSENT_NOTE  # "this game is so toxic"
            if note:
                return target, note  # "ur so lame lol jk": the earlier rules' reading
            return Kind.SECOND_PERSON, ""  # "ur so toxic"
        if (
            _opens(ctx, hit.first, _REPLY_LEADS)
            and closed_by(ctx, hit.last, _TAGS, reach=w.TAIL_REACH)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
            and not _own_next(ctx, hit.last)
        ):
            return Kind.SECOND_PERSON, ""  # "non sei divertente"
        return Kind.OBJECT, UNSENT_NOTE  # "mi ha detto non sei divertente"


def _reader_opens(ctx: Context, first: int) -> bool:
    """The reader's "ur" (or "u r", "you are") right before the trait, two adverbs at
    most between, opening its sentence after one chat opener at most."""
    tokens = ctx.tokens
    at = first
    floor = max(0, first - w.ADVERB_REACH)
    while at > floor and tokens[at - 1] in w.ADVERBS and not ctx.stop_after(at - 1):
        at -= 1
    if at >= 1 and tokens[at - 1] in w.READER_ONE:
        at -= 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.READER_TWO:
        at -= 2
    else:
        return False
    return _opens(ctx, at, w.OPENERS, w.OPENER_REACH)


def _opens(
    ctx: Context, first: int, leads: frozenset[str], reach: int = w.REPLY_LEAD_REACH
) -> bool:
    """Token `first` opens its sentence, maybe after `reach` of `leads`."""
    tokens = ctx.tokens
    at = first
    floor = max(0, first - reach)
    while at > floor and tokens[at - 1] in leads and not ctx.stop_after(at - 1):
        at -= 1
    return ctx.starts_sentence(at)


def _own_next(ctx: Context, last: int) -> bool:
    """The next clause opens with the writer ("non fai ridere, io invece sì"): the
    reply is weighed against oneself, not thrown."""
    tokens = ctx.tokens
    end = min(len(tokens), last + w.TAIL_REACH)
    for at in range(last - 1, end):
        if ctx.pause_after(at):
            return at + 1 < len(tokens) and tokens[at + 1] in w.WRITER
    return False


def _worst_role(ctx: Context, hit: Hit) -> bool:
    """ "worst" then a server role ("mod", "admin"), opening the sentence, then only
    "ever", "in history" or chat tags to the clause's end."""
    tokens = ctx.tokens
    last = hit.last
    if last >= len(tokens) or tokens[last] not in w.ROLES:
        return False
    if not _opens(ctx, hit.first, w.REPLY_LEADS):
        return False
    return closed_by(ctx, last + 1, _WORST_TAGS, reach=w.TAIL_REACH)
