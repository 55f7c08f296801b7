"""Targeting rules of the gamechat42 round (issue 8, thirtieth session): game chat
that puts down the writer's own team in words the lexicon lacked ("toxic team", "sad
team") or shapes it did not read ("wtf this team", "i hate my team").

- A verdict adjective before the team, the line opening its clause after chat's openers
  and at most a pointer or "what a"/"such a" (gamechat42_words.ADJECTIVE_TERMS): "toxic
  team", "end it pls, sad team", "gg worst team", "what a terrible team", "this toxic
  team", "my sad team".
- An exclamation thrown at "this"/"my" team (EXCLAMATION_TERMS), opening its clause
  after chat's openers: "wtf this team", "gg ffs my team", "fk dis team la".
- Hatred of the team (HATE_TERMS), "i" and maybe an intensifier before it, or nothing:
  "i hate my team", "i fucking hate this team", "hate my teammates".

Each must close its clause with only chat's tails after (gamechat42_words.TAILS: "lol",
"gg", "ever", "i have ever seen"). Read as aimed at the team in the room (a group, like
the older "worst team ever").

Stay clean: "we are a sad team lol", "we're a bad team at this" (the writer's side: a
subject before the line), "worst team comp for this map", "bad team fight, regroup",
"toxic team chat", "wtf this team comp", "omg this team is so good", "omg my team won"
(a thing named, or the clause goes on), "i hate my team comp", "i don't hate my team",
"toxic team?", "do you hate your team?" (asked, negated), quoted and reported lines. The
round's own lines are cancelled outside the shapes.

Cost per hit: one or two frozenset tests of the term; then at most a dozen tokens around
the hit, each tested against a frozenset. No regex, no new work for messages without
these terms; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat42_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord39 import Discord39Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_TEAM_PUT_DOWN_NOTE", "GameChat42Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_TEAM_PUT_DOWN_NOTE: Final[str] = "a team word not said whole of the team: a thing, asked or own"


class GameChat42Rules(Discord39Rules):
    """The writer's own team put down: "toxic team", "wtf this team", "i hate my team"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the team in its
        shapes, cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        shaped = (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _gc42_tails_only(ctx, hit.last)
            and _gc42_opens(ctx, hit, term)
        )
        if shaped:
            return Kind.GROUP, ""  # "toxic team", "wtf this team", "i hate my team"
        return Kind.OBJECT, NOT_TEAM_PUT_DOWN_NOTE  # "worst team comp", "we are a sad team"


def _gc42_opens(ctx: Context, hit: Hit, term: str) -> bool:
    """The line opens its clause in its shape: after chat's openers and a pointer ("gg
    this toxic team"), or, for hatred, after the writer ("i really hate my team")."""
    tokens = ctx.tokens
    at = hit.first
    if term in w.HATE_TERMS:
        at = ctx.back_over(at, w.HATE_ADVERBS, w.ADVERB_REACH)
        if at > 0 and not ctx.pause_after(at - 1) and tokens[at - 1] in w.WRITER:
            at -= 1  # "i hate my team"
    elif term in w.ADJECTIVE_TERMS and at > 0 and not ctx.pause_after(at - 1):
        before = tokens[at - 1]
        if before == w.MY and tokens[at] == w.BAD:
            return False  # "my bad team, i played like shit": an apology
        if before in w.POINTERS:
            at -= 1  # "this toxic team"
        elif (
            before in w.ARTICLES
            and at > 1
            and not ctx.pause_after(at - 2)
            and tokens[at - 2] in w.WHAT_SUCH
        ):
            at -= 2  # "what a terrible team"
    at = ctx.back_over(at, w.OPENERS, w.OPENER_REACH)
    return at == 0 or ctx.starts_sentence(at) or ctx.pause_after(at - 1)


def _gc42_tails_only(ctx: Context, last: int) -> bool:
    """Only chat's tails from token `last` to the clause's end, within a few tokens:
    "lol", "gg", "ever", "i have ever seen"."""
    tokens = ctx.tokens
    for i in range(last, min(len(tokens), last + w.TAIL_REACH)):
        if ctx.closes_clause(i):
            return True
        if tokens[i] not in w.TAILS:
            return False
    return ctx.closes_clause(min(len(tokens), last + w.TAIL_REACH))
