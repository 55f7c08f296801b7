"""Targeting rules of the gamechat20 round (issue 8, seventeenth session): game chat of
other games (League, Valorant, CS, Overwatch) that blames or belittles a teammate by role,
and two over-readings of game talk.

- A bare role blamed for sabotage: "mid is trolling", "adc is feeding lol". chat9 leaves
  a hero's play reported ("sova is trolling"); a role alone opening the line is the
  writer's own team's player. Clean: "mid is trolling the enemy with that bush" (an object
  after the verb), "is mid trolling?" (asked), "their mid is feeding" (no bare role).
- A player gone AFK: "support afk again wtf", "our healer always afk". Clean: "afk again
  brb" (no player), "im afk again sorry" (the writer).
- A player's skill likened to a grandparent's, a little sibling's, a bot's, a low rank's:
  "you play like my grandma", "you aim like a bot", "you play like a bronze player"
  (gamechat9's reading after a play verb). Clean: "i play like a bot today" (the writer),
  "you play like a pro" (no line), "my grandma plays this game too" (no likeness).
- At depth: gamechat7's sarcastic praise before a mock title knows "well played", "well
  done", "gj", "wp" ("well played genius", "gj genius"; "she is a genius, well played",
  "well played, genius move" stay clean); gamechat9's loss blame takes more spellings
  ("we lost becuz of u", "losing bc of our jungle"; "because of me", "of lag" clean;
  not "cuz", whose anchor moves older readings);
  gamechat16's sarcastic feed praise knows "int"
  as its noun ("nice int jungle"; "nice int by me", "good int value" clean); lexicon lines
  "ty for nothing", "ur ruining the game" (the reader's; "they ruined the game with this
  patch" no one).
- Over-readings cleared: "delete the game files and reinstall" (a part of the game after
  the order) and "you have no hands in the cutscene" (a character's body shown in the
  game).

Left clean on purpose: a report called on a role or a hero ("report jungle", "report our
mid pls"). Game chat's annotators file it as an action, not toxicity (CONDA's A class:
a rule for it took conda_train's A controls from 2.0% to 8.4% flagged), so it was built,
measured and taken out.

Cost: every hit pays one frozenset test of its term (and of its first token for a quit
order); only the round's own terms go further: a role's sabotage at most four tokens on
each side, a likeness the play verb and its subject, a handless line
four after. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat20_words as w
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat9_words import HEROES9
from bot.core.scoring.targeting_chat9 import REPORT_NOTE
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck21 import HateCheck21Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat20Rules"]

NO_AFK_NOTE: Final = "no player gone afk"
GAME_PART_NOTE: Final = "a part of the game, a fix"
SHOWN_NOTE: Final = "a character's body shown in the game"
_OWN_TERMS: Final[frozenset[str]] = w.AFK_TERMS | w.PLAY_LIKE | w.NO_HANDS


class GameChat20Rules(HateCheck21Rules):
    """A role blamed, a player gone afk, a skill likened to a grandmother's; game parts
    and game characters left unaimed."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, decided anew for this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if note == REPORT_NOTE:
            if self._g20_role_blamed(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "mid is trolling"
            return target, note
        if term not in _OWN_TERMS:
            if (
                target is Kind.IMPERATIVE
                and hit.entry.tokens[0] in w.QUIT_VERBS
                and hit.last < len(ctx.tokens)
                and ctx.tokens[hit.last] in w.GAME_PARTS
            ):
                return Kind.OBJECT, GAME_PART_NOTE  # "delete the game files and reinstall"
            return target, note
        if term in w.PLAY_LIKE:
            return self._played_like(ctx, hit)  # "you play like my grandma"
        if term in w.AFK_TERMS:
            return self._g20_afk(ctx, hit)
        if _shown(ctx, hit):
            return Kind.NONE, SHOWN_NOTE  # "you have no hands in the cutscene"
        return target, note

    def _g20_role_blamed(self, ctx: Context, hit: Hit) -> bool:
        """ "mid is trolling", "omg adc is feeding lol": a bare role opening its sentence
        and the sabotage verb closing it, with fillers at most."""
        tokens = ctx.tokens
        at = hit.first - 1
        floor = max(0, hit.first - w.CLOSE_REACH)
        while at > floor and tokens[at] in w.BLAME_BRIDGE:
            at -= 1
        if at < 0 or tokens[at] not in w.BLAMED_ROLES:
            return False
        if not ctx.starts_sentence(at) and tokens[at - 1] not in w.BLAME_LEADS:
            return False  # "their mid is feeding", "report mid he is trolling"
        if ctx.ends_asking(hit.last - 1):
            return False  # "mid is trolling?"
        end = ctx.sentence_end(hit.last, w.CLOSE_REACH)
        if end - hit.last > w.CLOSE_REACH:
            return False
        return all(word in w.BLAME_TAILS for word in tokens[hit.last : end])

    def _g20_afk(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "support afk again wtf", "our healer is always afk": a role, a hero or the
        reader before it; the writer's own and a bare "afk again" name no one."""
        tokens = ctx.tokens
        at = hit.first - 1
        floor = max(0, hit.first - w.CLOSE_REACH)
        while at > floor and tokens[at] in w.AFK_BRIDGE:
            at -= 1
        if at < 0 or ctx.ends_asking(hit.last - 1):
            return Kind.NONE, NO_AFK_NOTE
        word = tokens[at]
        if word in w.READERS:
            return Kind.SECOND_PERSON, ""  # "ur afk again"
        if not _role(word):
            return Kind.NONE, NO_AFK_NOTE  # "brb afk again", "im afk again sorry"
        if at > 0 and tokens[at - 1] in w.AFK_DETERMINERS:
            at -= 1
        if ctx.starts_sentence(at) or tokens[at - 1] in w.BLAME_LEADS:
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return Kind.NONE, NO_AFK_NOTE


def _role(word: str) -> bool:
    """A role, a lane or a hero's name: a player of the game."""
    return word in w.BLAMED_ROLES or word in HEROES or word in HEROES9


def _shown(ctx: Context, hit: Hit) -> bool:
    """ "you have no hands in the cutscene": a place of the game where a body is shown."""
    tokens = ctx.tokens
    last = hit.last
    if hit.entry.term not in w.NO_HANDS or last >= len(tokens) or tokens[last] not in w.SHOWN_IN:
        return False
    for at in range(last + 1, min(len(tokens), last + w.SHOWN_REACH)):
        if tokens[at] in w.SHOWN:
            return True
        if ctx.pause_after(at):
            return False
    return False
