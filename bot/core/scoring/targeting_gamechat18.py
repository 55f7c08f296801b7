"""Targeting rules of the eighteenth game-chat round (issue 8): the last shapes main missed
in the chat of Dota, League, Valorant/Overwatch, CS and Fortnite/Roblox.

- "what are you doing mid", "wtf are you doing jett", "che cazzo fai mid": a teammate
  named by hero, role or lane, closing the clause after an angry "what are you doing",
  is rage at that player (the reader); "how are you doing", "what are you doing
  tonight", "what are you doing mid game", "che cazzo fai stasera" and a bare "what are
  you doing" ask and stay clean.
- "FUCKING MID", "fuck this support", "shit jungler lol": a curse that is the whole short
  line with a player's role is sworn at that player, as targeting.py reads "fuck tusk"
  (the scorer's short-line gate lets the roles through); "fucking mid game lag",
  "fucking mods", "damn carry" stay swearing.

Lexicon lines only: "get good or get out", "get good kid" (insult.txt, imperative); a girl
sneered at for being one ("ew a girl", "ur a girl so ur", "of course its a girl"), "girls
are bad at", "women suck at" (identity_attack.txt); "stop dying"; Italian "stai
feedando", "smettila di feedare"; "noob tube" a weapon (benign.txt).

Fixed where the rules already lived (targeting_chat9.py): a teammate's sabotage with the
team's owner or blame's intensifiers ("our sage is throwing", "pudge is feeding again",
"our pos 5 is feeding") is blame, not chat9's bare report ("sova is trolling", "reyna
keeps throwing" stay clean); League's "running it down" is read as "feeding"; "<hero>
diff" takes the heroes named by ordinary words ("sage diff", gamechat13's HERO_WORDS)
and two-word lanes ("bot lane gap").

Cost: every hit that reaches `reread` pays a category test and one frozenset test of its
term; only "are you doing" / "what are you" / the Italian asks then read at most five
tokens of their clause, and a swear word only in a line of at most five tokens.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat18_words as w
from bot.core.scoring.gamechat8_words import HEROES, LANES
from bot.core.scoring.gamechat9_words import HEROES9
from bot.core.scoring.gamechat13_words import HERO_WORDS
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_italian19 import Italian19Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat18Rules"]

ASKED_NOTE: Final = "the reader asked what they are doing, no player named in anger"


class GameChat18Rules(Italian19Rules):
    """ "what are you doing mid": rage at a teammate named by hero, role or lane."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), decided anew for this round's phrase."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if hit.entry.category is Cat.PROFANITY:
            if target is Kind.NONE and not note and self._gc18_cursed_role(ctx, hit):
                return Kind.THIRD_PERSON, NAMED_NOTE  # "FUCKING MID", "fuck this support"
            return target, note
        if term == w.WHAT_ARE_YOU:
            tokens = ctx.tokens
            if (
                target is not Kind.SECOND_PERSON
                and hit.last < len(tokens)
                and tokens[hit.last] == "doing"
                and self._gc18_named(ctx, hit.last + 1)
            ):
                return Kind.SECOND_PERSON, ""  # "what are you doing mid"
            return target, note
        if term in w.DOING_WHOLE:
            if self._gc18_named(ctx, hit.last):
                return Kind.SECOND_PERSON, ""  # "che cazzo fai mid"
            return Kind.OBJECT, ASKED_NOTE  # "che cazzo fai stasera"
        if term not in w.DOING_TERMS:
            return target, note
        first = hit.first
        if (
            first > 0
            and ctx.tokens[first - 1] in w.DOING_ASKERS
            and not ctx.pause_after(first - 1)
            and self._gc18_named(ctx, hit.last)
        ):
            return Kind.SECOND_PERSON, ""  # "wtf are you doing jett"
        return Kind.OBJECT, ASKED_NOTE  # "how are you doing", "what are you doing tonight"

    def _gc18_name(self, word: str) -> bool:
        """A hero's, an agent's, a role's or a lane's name chat calls a player by."""
        return (
            word in HEROES
            or word in HEROES9
            or word in HERO_WORDS
            or word in LANES
            or word in self._cue_role
        )

    def _gc18_named(self, ctx: Context, at: int) -> bool:
        """A player's name at `at`, in the clause, then only fillers to its end."""
        tokens = ctx.tokens
        if at >= len(tokens) or not self._gc18_name(tokens[at]):
            return False
        end = ctx.sentence_end(at, w.DOING_REACH)
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False  # "what are you doing mid game and then ..."
        return all(tokens[i] in w.DOING_TAILS for i in range(at + 1, end))

    def _gc18_cursed_role(self, ctx: Context, hit: Hit) -> bool:
        """A curse opening a short line whose only other words are a player's role,
        maybe pointed at, and chat fillers: "FUCKING MID", "fuck this support lol"."""
        tokens = ctx.tokens
        if len(tokens) > w.CURSE_LINE or hit.first != ctx.lead or hit.last >= len(tokens):
            return False
        if self._cue_curse.isdisjoint(hit.entry.tokens):
            return False  # "omg mid", "damn mid"
        at = hit.last + (tokens[hit.last] in w.CURSE_POINTERS)
        if at >= len(tokens) or tokens[at] not in w.CURSED_ROLES:
            return False
        return all(tokens[i] in w.DOING_TAILS for i in range(at + 1, len(tokens)))
