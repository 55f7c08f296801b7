"""Targeting rules of the seventeenth game-chat round (issue 8): the chat of games other
than Dota (Valorant, CS, League, Overwatch, Fortnite, Minecraft), where the older rules
saw a thing or nobody.

- "bottom frag" (insult.txt lines of this round) said of a teammate: a hero's, an agent's
  or a role's name, or the reader, before it with only copulas and adverbs between
  ("reyna bottom frag again", "you are bottom frag every game", "our jett still bottom
  fragging"). The writer's own ("i am bottom frag, my bad"), the enemy's ("their reyna
  bottom frag") and a bare mention ("bottom frag but got the plant") blame no one.
- "you rat" (insult.txt lines of this round) closing its clause ("stop baiting you rat",
  "you rat lol"): a name-call; "you rat me out" uses the verb. "ur an inter" likewise
  ("you are an inter fan?" names the club's supporter).

Lexicon lines only: "ur a thrower", "our jett is a thrower", "what a thrower" (never
"flame thrower", "javelin thrower": only with the copula and article).

Fixed where the rule already lived: gamechat8's "bot" with a modifier only a player
earns ("default skin bot", "silver bot") opening and closing its clause is a name-call.

Cost: each hit that reaches `reread` pays one frozenset test of its term (this round's
phrases); only this round's phrases walk, at most a few tokens of their own clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat17_words as w
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat9_words import HEROES9
from bot.core.scoring.gamechat14_words import OWNED_ROLES
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck19 import HateCheck19Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat17Rules"]

NOT_BLAMED_NOTE: Final = "a scoreboard place told of, no teammate blamed"
RAT_VERB_NOTE: Final = "the verb 'rat', no name-call"
CLUB_NOTE: Final = "the football club Inter, no name-call"
# This round's lexicon phrases: one set test for every hit before any of them is read.
_PHRASES: Final = w.BOTTOM_FRAG | w.YOU_RAT | w.AN_INTER


class GameChat17Rules(HateCheck19Rules):
    """A teammate called the bottom frag; "you rat" said to the reader."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), decided anew for this round's phrases."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _PHRASES:
            return target, note
        if term in w.YOU_RAT:
            if self._gc17_closes(ctx, hit.last):
                return Kind.SECOND_PERSON, ""  # "stop baiting you rat"
            return Kind.OBJECT, RAT_VERB_NOTE  # "you rat me out"
        if term in w.AN_INTER:
            if self._gc17_closes(ctx, hit.last):
                return target, note  # "ur an inter lol"
            return Kind.OBJECT, CLUB_NOTE  # "you are an inter fan?"
        return self._gc17_bottom_frag(ctx, hit)

    def _gc17_name(self, word: str) -> bool:
        """A hero's, an agent's or a role's name chat calls a player by."""
        return word in HEROES or word in HEROES9 or word in self._cue_role or word in OWNED_ROLES

    def _gc17_bottom_frag(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who is the bottom frag: the reader, or a teammate by name; else no one."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.FRAG_REACH)
        at = hit.first - 1
        while at >= start and tokens[at] in w.FRAG_BRIDGE and not ctx.pause_after(at):
            at -= 1
        if at < start or ctx.pause_after(at):
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "bottom frag but got the plant"
        word = tokens[at]
        if word in w.FRAG_READERS:
            return Kind.SECOND_PERSON, ""  # "you are bottom frag every game"
        if self._gc17_name(word):
            if at > start and tokens[at - 1] in w.FRAG_THEIRS:
                return Kind.OBJECT, NOT_BLAMED_NOTE  # "their reyna bottom frag"
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "reyna bottom frag again"
        return Kind.OBJECT, NOT_BLAMED_NOTE  # "i am bottom frag, my bad"

    @staticmethod
    def _gc17_closes(ctx: Context, at: int) -> bool:
        """Tokens from `at` to the sentence's end are fillers only, and the end is real."""
        tokens = ctx.tokens
        if at >= len(tokens):
            return True
        end = ctx.sentence_end(at, w.TAIL_REACH)
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False  # a longer clause after it
        return all(tokens[i] in w.TAILS for i in range(at, end))
