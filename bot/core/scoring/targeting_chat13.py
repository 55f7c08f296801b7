"""Targeting rules of the chat13 round (issue 8): a player in game chat called "shit" or
"horrible" in words the older rules read at a thing.

- "shit" through chat's contractions: "ur" ("you're") with an intensifier or "at" a
  skill, the round's own en/insult.txt lines ("ur so shit", "ur literally shit", "ur
  shit at this game"), and "hes"/"shes" with the older "hes shit" and "shes shit" lines
  or the round's own ("hes shit", "shes so shit", "hes literally shit"): the contraction
  opening its sentence past chat's openers, a reason ("cuz hes shit") or a player
  addressed ("jungler ur so shit"), the verdict closing its clause (maybe after chat's
  tails) or going on into "at" a skill.
- "horrible" after a present being verb said of a player the writer owns or points at,
  or of the writer's, the reader's or the enemy team, opening its sentence: "my team is
  horrible", "this duelist is horrible", "the enemy jungler is horrible", "our team is
  so horrible"; or of the reader's team in chat's words, "you guys are horrible".

Clean: the reader's things ("grab ur shit and go", "ur shit is everywhere": the older
threat line, left as it was), the writer ("im so shit today"), "hes shit scared",
negations ("hes not shit", "my team is not horrible"), questions and quotes ("is he
shit?", "is my team horrible?"), reports ("he said ur so shit lol", "my teammates said
i'm horrible"), things judged ("my ping is horrible", "the enemy team comp is horrible",
"the jungle is horrible"), a team pointed at or players ("this team is horrible",
"these players are horrible": a fan's verdict on a club as often), "you people are
horrible" (a commenter's address), and a verdict that goes on ("you guys are horrible at
hiding").
The round's own lines outside the shape are cancelled.

Cost per hit: a frozenset test of the term; for "shit", OPENER_REACH tokens back and
TAIL_REACH (or SKILL_REACH) ahead; for "horrible", RUN_REACH back over the copula's run,
one or two set tests of the player, OWNER_REACH back to the owner, OPENER_REACH to the
sentence's opening and one quote-or-question test. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat13_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_formspring5 import Formspring5Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_PLAYER_CALLED_NOTE", "Chat13Rules", "horrible_player", "shit_contraction"]

# A note that cancels the round's own lines outside its shape (weighing.py zeroes any
# note it does not name).
NO_PLAYER_CALLED_NOTE: Final[str] = "no player called shit"
# The older readings this round re-reads: a verdict on a thing.
_THING_NOTES: Final[frozenset[str]] = frozenset({"", "not said of a person"})
# The older readings of "hes shit" this round re-reads: a thing ("his shit") or a third
# person it is not said of outright.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset({Kind.OBJECT, Kind.THIRD_PERSON})


class Chat13Rules(Formspring5Rules):
    """A player called "shit" through chat's contractions ("ur so shit", "hes shit at
    this hero") or "horrible" ("my team is horrible", "you guys are horrible")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player in this round's shapes, and
        the round's own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.SHIT_TERMS:
            if term in w.OLDER_TERMS and (target not in _UNAIMED or note != ""):
                return target, note  # "hes shit scared": an older reading stands
            said = shit_contraction(ctx, hit) and not ctx.quoted_or_asked(hit.first, hit.last)
            if said:
                kind = Kind.SECOND_PERSON if ctx.tokens[hit.first] == "ur" else Kind.THIRD_PERSON
                return kind, OUTRIGHT_NOTE if kind is Kind.THIRD_PERSON else ""
            if term in w.OWN_TERMS:
                return Kind.NONE, NO_PLAYER_CALLED_NOTE  # "he said ur so shit lol"
            return target, note
        if term != w.HORRIBLE or target is not Kind.OBJECT or note not in _THING_NOTES:
            return target, note
        player = horrible_player(ctx, hit)
        if player is None or ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        return player, OUTRIGHT_NOTE if player is Kind.THIRD_PERSON else ""


def shit_contraction(ctx: Context, hit: Hit) -> bool:
    """ "ur", "hes" or "shes" opening the hit's sentence past chat's openers or a player
    addressed, or right after a reason ("muted him cuz hes shit"), and the verdict
    closing its clause, maybe after chat's tails, or going on into "at" a skill ("ur
    shit at this game")."""
    tokens = ctx.tokens
    reason = hit.first > 0 and tokens[hit.first - 1] in w.REASONS
    if not reason and not ctx.opens_after(hit.first, w.OPENERS, w.OPENER_REACH):
        return False  # "he said ur so shit", "i think hes shit"
    if tokens[hit.last - 1] == w.SKILL_LINK or (
        hit.last < len(tokens) and tokens[hit.last] == w.SKILL_LINK
    ):
        end = ctx.sentence_end(hit.last - 1, w.SKILL_REACH)
        return end < hit.last + w.SKILL_REACH and ctx.closes_clause(end)
    return ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)


def horrible_player(ctx: Context, hit: Hit) -> TargetKind | None:
    """Who "<owner> <player> is <intensifiers> horrible" says it of, the owner opening its
    sentence and the verdict closing its clause: a role a third person ("this duelist"),
    a team a group ("my team"), "you guys" the reader; None outside the shape."""
    tokens = ctx.tokens
    run = ctx.back_over(hit.first, w.COPULA_RUN, w.RUN_REACH)
    if run == hit.first or w.COPULAS.isdisjoint(tokens[run : hit.first]):
        return None  # "my team is not horrible", "my ping horrible"
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return None  # "you guys are horrible at hiding lol jk"
    noun = run - 1
    if noun < 1:
        return None
    if tokens[noun] in w.READER_GROUPS and tokens[noun - 1] in w.READERS:
        start, kind = noun - 1, Kind.SECOND_PERSON  # "you guys are horrible"
    elif tokens[noun] in w.TEAMS:
        start, kind = noun, Kind.GROUP  # "my team is horrible"
    elif tokens[noun] in w.ROLE_PLAYERS:
        start, kind = noun, Kind.THIRD_PERSON  # "this duelist is horrible"
    else:
        return None  # "my ping is horrible", "the enemy team comp is horrible"
    if kind is not Kind.SECOND_PERSON:
        owned = ctx.back_over(start, w.OWNER_RUN, w.OWNER_REACH)
        if owned == start and start > 0:  # "my entry fragger", "this awp player"
            owned = ctx.back_over(start - 1, w.OWNER_RUN, w.OWNER_REACH)
            if owned == start - 1:
                return None
        owners = w.TEAM_OWNERS if kind is Kind.GROUP else w.OWNERS
        if owners.isdisjoint(tokens[owned:start]):
            return None  # "the jungle is horrible": the map's; "this team is horrible"
        start = owned
    return kind if ctx.opens_after(start, w.OPENERS, w.OPENER_REACH) else None
