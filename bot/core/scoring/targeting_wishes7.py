"""Targeting rules for hostility with no insult word (issue 8, wishes7): harm wished on
the reader, orders to quit or vanish, and the reader shut out.

The phrases themselves are lexicon lines under "wishes7" comments (threat.txt,
exclusion.txt); these rules keep their clean near-misses clean:

- An Italian harm clause ("che ti investano", "che tu soffra") is a wish only after a
  wishing verb: "spero proprio che ti investano", not "ho paura che ti investano".
- The reader shut out by a sentence that opens with "nobody" / "nessuno", words between
  them free ("nobody in this fandom likes you", "nessuno in questo server ti vuole"). The
  short tails ("likes you", "ti vuole") are shut-outs only after such an opener: "she
  likes you" and "we will miss you" are kind.
- An order to quit, mute or delete followed by advice is no exclusion: a time or purpose
  after it ("mute urself when you eat", "you should leave early to beat traffic"), a fresh
  start ("delete ur old account and make a new one", "disinstalla e reinstalla il
  driver"), or something to quit that is no game ("you should quit smoking").

All run only on hits (the hit path) and look at a few tokens after the hit.
"""

from __future__ import annotations

import itertools
from typing import Final

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hxnormal import HxNormalRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

ADVICE_NOTE: Final = "advice, not an order to leave"
DENIED_NOTE: Final = "an order to quit, denied"
NOT_WISHED_NOTE: Final = "feared or warned, not wished"
NOT_SHUT_OUT_NOTE: Final = "no 'nobody' shuts the reader out"
# Lexicon terms (twins keep these) that shut the reader out only after "nobody".
# fmt: off
_NEEDS_NOBODY: Final = frozenset({
    "likes you", "wants you here", "wants you around", "cares about you", "will miss you",
    "would miss you", "ti vuole", "ti sopporta", "ti manchera",
})
# fmt: on
# Before an Italian "che ti investano": the writer wishes it ("spero proprio che ...").
# fmt: off
_WISH_IT: Final = frozenset({
    "spero", "speriamo", "auguro", "augurio", "magari", "voglio", "vorrei", "prego",
})
# fmt: on
_WISH_REACH: Final = 3  # "spero davvero tanto che ..."
_NOBODY: Final = frozenset({"nobody", "noone", "nessuno", "nessun"})
_NO_ONE: Final = frozenset({("no", "one"), ("not", "one"), ("no", "body")})
_NOBODY_REACH: Final = 8  # tokens from "nobody" to "likes you"
_ORDERS: Final = frozenset({Cat.EXCLUSION, Cat.INSULT})
# The verbs of an order to quit, leave or delete (names of other orders are left alone:
# "shut up when adults talk" stays an order).
# fmt: off
_QUIT_VERBS: Final = frozenset({
    "quit", "leave", "delete", "mute", "uninstall", "away", "disinstalla", "disinstallate",
    "cancella", "cancellati", "esci", "smetti",
})
# fmt: on
# A time, condition or purpose right after an order makes it advice.
# fmt: off
_ADVICE_NEXT: Final = frozenset({
    "when", "if", "while", "before", "after", "until", "to", "early", "quando", "se",
    "mentre", "prima", "per",
})
_SOON: Final = frozenset({"now", "soon", "today", "tonight", "then", "ora", "adesso", "subito"})
# "... and reinstall", "... and make a new one": the order is a step, not a send-off.
_FRESH_START: Final = frozenset({
    "reinstall", "restart", "reopen", "rejoin", "reboot", "reinstalla", "riavvia", "riapri",
    "riprova", "reinstallalo",
})
_MAKE_NEW: Final = frozenset({"make", "create", "start", "crea", "creane", "fanne", "apri", "apre"})
_NEW: Final = frozenset({"new", "another", "nuovo", "nuova", "altro", "altra", "un", "uno"})
_LEAVE: Final = frozenset({"quit", "leave"})  # a bare "quit" / "leave": what comes after matters
_AND: Final = frozenset({"and", "e", "then", "poi"})
# What chat tells someone to quit or leave: the game and its places. Anything else after
# a bare "quit" / "leave" ("smoking", "your job", "early") is a habit or an errand.
_QUIT_PLACES: Final = frozenset({
    "game", "games", "team", "server", "discord", "league", "lobby", "clan", "guild",
    "channel", "gaming", "playing", "ranked", "life", "internet", "twitter", "already",
    "now", "forever", "lol", "lmao", "pls", "please", "bro", "man", "dude", "tbh", "fr",
    "ngl", "honestly", "rn", "asap",
})
_DONT: Final = frozenset({"dont", "doesnt", "didnt", "never", "non"})
_DETERMINERS: Final = frozenset({"the", "this", "that", "your", "ur", "ya", "yo"})
# fmt: on


class Wishes7Rules(HxNormalRules):
    """Shut-outs that need "nobody", and orders to quit that are advice."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the wishes7 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        category = hit.entry.category
        if category is Cat.THREAT and hit.entry.tokens[0] == "che":
            if not _wished(ctx, hit):
                return Kind.OBJECT, NOT_WISHED_NOTE  # "ho paura che ti investano"
            return target, note
        if category is Cat.EXCLUSION and hit.entry.term in _NEEDS_NOBODY:
            if not _opened_by_nobody(ctx, hit):
                return Kind.OBJECT, NOT_SHUT_OUT_NOTE  # "she likes you"
            return target, note
        if (
            category not in _ORDERS
            or target is Kind.REPORTED
            or _QUIT_VERBS.isdisjoint(hit.entry.tokens)
        ):
            return target, note
        if self._order_denied(ctx, hit):
            return Kind.OBJECT, DENIED_NOTE  # "dont delete your account!"
        if _advice_after(ctx, hit):
            return Kind.OBJECT, ADVICE_NOTE  # "mute urself when you eat pls"
        return target, note

    def _order_denied(self, ctx: Context, hit: Hit) -> bool:
        """An order to quit said with "don't" / "non" right before it: the opposite."""
        before = ctx.tokens[max(0, hit.first - 2) : hit.first]
        if not before:
            return False
        if before[-1] == "t" and len(before) > 1:
            return before[0] in self._cue_negation
        return before[-1] in _DONT or before[-1] in self._cue_negation


def _wished(ctx: Context, hit: Hit) -> bool:
    """A wishing verb a few words before an Italian "che ..." wish."""
    return not _WISH_IT.isdisjoint(ctx.tokens[max(0, hit.first - _WISH_REACH) : hit.first])


def _opened_by_nobody(ctx: Context, hit: Hit) -> bool:
    """ "nobody" / "no one" / "nessuno" earlier in the hit's sentence, within reach."""
    start = max(ctx.sentence_start(hit.first, _NOBODY_REACH), hit.first - _NOBODY_REACH)
    before = ctx.tokens[start : hit.first]
    if not _NOBODY.isdisjoint(before):
        return True
    return any(pair in _NO_ONE for pair in itertools.pairwise(before))


def _advice_after(ctx: Context, hit: Hit) -> bool:
    """A time, purpose, fresh start or a habit right after an order to quit or delete."""
    tokens = ctx.tokens
    after = tokens[hit.last : hit.last + 4]
    if not after or ctx.pause_after(hit.last - 1):
        return False
    first = after[0]
    if first in _ADVICE_NEXT or (first in _SOON and len(after) > 1 and after[1] in _ADVICE_NEXT):
        return True  # "mute urself when you eat", "you should leave now if you want the bus"
    if first in _AND and len(after) > 1:
        return after[1] in _FRESH_START or (
            after[1] in _MAKE_NEW and len(after) > 2 and after[2] in _NEW
        )
    if hit.entry.tokens[-1] not in _LEAVE or first in _QUIT_PLACES:
        return False
    return first not in _DETERMINERS or (len(after) > 1 and after[1] not in _QUIT_PLACES)
