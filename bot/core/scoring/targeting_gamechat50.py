"""Targeting rules of the gamechat50 round (issue 8): Dota-style match chat aimed at a
player named by hero or role that the older rules read as aimed at no one or at a thing.

- A curse at a player: "fuck" (or "fck", "fuk"), a pointing determiner ("this", "that",
  "the") or the player's own ("our", "ur", "my"), maybe two modifiers, and a hero or a
  role closing the clause (chat's tails aside), the curse opening it (a chat lead at
  most): "fuck the sf", "fuck this invoker lol", "ugh fuck our alche", "fuck this huskar
  report him". The older rules read "fuck pudge" and "fuck this pudge" but not "the",
  "our", a tail, or a hero the game-chat lists leave to gamechat39. Heroes whose names are
  ordinary words ("storm", "sky", "lion") only after the player's own determiner.
- A player named by hero or role, then an insult that names a thing as readily as a person
  ("piece of shit", "asshole"), maybe after "is a", "such a", "absolute": "this sf piece of
  shit", "that riki is a piece of shit", "this pudge | piece of shit", "report this meepo
  piece of shit". The older rules read "this patch is a piece of shit" as said of a thing,
  and so read the hero.
- A blame question: "wtf" opening its sentence, a copula, a player (a determiner at most
  before it) and "doing", or "wrong with" and a player, closing the clause: "wtf is this
  lina doing", "wtf is our mid doing lol", "wtf is wrong with this riki". The question is
  the shape; quoted stays clean.

Stay clean: the game, a hero's kit, a thing of the hero's or a lane cursed ("fuck this
game", "fuck this hero", "fuck this pudge ult", "fuck this sf matchup", "dont fuck this up
sf", "fuck it sf go mid"), things called pieces of shit ("this patch is a piece of shit",
"this sf build piece of shit"), questions about things ("wtf is this item", "wtf is wrong
with my pc"), anything quoted, a curse or blame after other words ("he said fuck the sf").

Cost per hit: a frozenset test of the term; then at most LEAD_REACH tokens back, a
determiner, MODIFIER_REACH modifiers, the player and TAIL_REACH tails ahead. No regex.
"""

from __future__ import annotations

from bot.core.scoring import gamechat50_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck57 import HateCheck57Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat50Rules"]


class GameChat50Rules(HateCheck57Rules):
    """A curse at a player named by hero or role, a hero called a piece of shit, a "wtf is
    this lina doing" blame question."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; raised to a player's in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.NONE and target is not Kind.OBJECT:
            return target, note  # aimed already, or reported, negated, a group's
        term = hit.entry.term
        if term in w.CURSES and _gc50_opens(ctx, hit.first):
            if _gc50_player_closes(ctx, hit.last) and not ctx.quoted(hit.first, hit.last):
                return Kind.THIRD_PERSON, NAMED_NOTE  # "fuck the sf"
        elif term in w.BLAME_OPENERS and _gc50_opens(ctx, hit.first):
            if _gc50_blamed(ctx, hit.last) and not ctx.quoted(hit.first, hit.last):
                return Kind.THIRD_PERSON, NAMED_NOTE  # "wtf is this lina doing"
        elif term in w.THING_OR_PERSON and _gc50_named_before(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "this sf piece of shit"
        return target, note


def _gc50_opens(ctx: Context, first: int) -> bool:
    """Token `first` opens its clause, a chat lead at most before it ("ugh fuck this
    meepo", "fucking hell, fuck this techies"): not said after a subject, a negation or a
    speech verb ("he said fuck the sf", "dont fuck this up")."""
    at = ctx.back_over(first, w.LEADS, w.LEAD_REACH)
    return ctx.starts_sentence(at) or ctx.pause_after(at - 1)


def _gc50_player(ctx: Context, det: int) -> int:
    """The index of the player named by the determiner at `det` ("the sf", "our stupid
    lina", "that random huskar"), or -1."""
    tokens = ctx.tokens
    if det >= len(tokens):
        return -1
    determiner = tokens[det]
    owner = determiner in w.OWNERS
    if not owner and determiner not in w.POINTERS:
        return -1
    the = determiner == w.THE
    player = ctx.skip_ahead(det + 1, w.PLAYER_MODIFIERS, w.MODIFIER_REACH)
    if (
        player < len(tokens)
        and not ctx.pause_after(player - 1)
        and _gc50_names(tokens[player], owner, the)
    ):
        return player
    if player > det + 1 and _gc50_names(tokens[player - 1], owner, the):
        return player - 1  # "our mid doing", "this noob sf": the last modifier the player
    return -1


def _gc50_names(word: str, owner: bool, the: bool) -> bool:
    """`word` names a player: a hero or a role ("the" before a game's role only: "the
    kid" is anyone's), or any hero after the player's own determiner ("our storm")."""
    if word in w.NAMED_HEROES or (owner and word in w.ANY_PLAYER):
        return True
    return word in (w.GAME_ROLES if the else w.ROLES)


def _gc50_player_closes(ctx: Context, det: int) -> bool:
    """A player named from `det` on, the clause closing after it: "the sf", "this invoker
    lol", "this huskar report him"; not "this pudge ult", "this sf matchup"."""
    player = _gc50_player(ctx, det)
    return player >= 0 and ctx.closes_after(player + 1, w.TAILS, w.TAIL_REACH)


def _gc50_blamed(ctx: Context, after: int) -> bool:
    """After "wtf": a copula and a player "doing", or "wrong with" a player, closing the
    clause: "is this lina doing", "is our mid even doing lol", "is wrong with this riki"."""
    tokens = ctx.tokens
    if after + 2 >= len(tokens) or tokens[after] not in w.BLAME_COPULAS:
        return False
    at = after + 1
    if tokens[at] == w.WRONG and tokens[at + 1] == w.WITH:
        return _gc50_player_closes(ctx, at + 2) or _gc50_bare_closes(ctx, at + 2)
    player = _gc50_player(ctx, at)
    if player < 0:
        player = at if tokens[at] in w.NAMED_HEROES or tokens[at] in w.ROLES else -1
    if player < 0 or ctx.pause_after(player):
        return False
    doing = ctx.skip_ahead(player + 1, w.DOING_ADVERBS, 2)
    if doing >= len(tokens) or tokens[doing] not in w.DOING:
        return False
    return ctx.closes_after(doing + 1, w.TAILS, w.TAIL_REACH)


def _gc50_bare_closes(ctx: Context, at: int) -> bool:
    """A hero or role with no determiner closing the clause at `at`: "wrong with riki"."""
    tokens = ctx.tokens
    if at >= len(tokens) or (tokens[at] not in w.NAMED_HEROES and tokens[at] not in w.ROLES):
        return False
    return ctx.closes_after(at + 1, w.TAILS, w.TAIL_REACH)


def _gc50_named_before(ctx: Context, hit: Hit) -> bool:
    """ "this sf piece of shit", "that riki is a piece of shit", "this pudge | piece of
    shit": a determiner and a player right before the insult (over "is a", "such a",
    "absolute"; a line break allowed), the determiner opening its clause, the insult
    closing it."""
    if ctx.quoted(hit.first, hit.last) or not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False
    tokens = ctx.tokens
    lead = ctx.back_over(hit.first, w.INSULT_LEADS, w.INSULT_LEAD_REACH)
    player = lead - 1
    if player < 1:
        return False
    for det in (player - 1, player - 2, player - 3):
        if det >= 0 and tokens[det] in w.POINTERS | w.OWNERS:
            break
    else:
        return False
    return _gc50_player(ctx, det) == player and _gc50_opens(ctx, det)
