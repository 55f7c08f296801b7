"""Targeting rules from a ninth game-chat probe (issue 8, branch gamechat9): the shapes
players flame with in any game, read as grammar rather than as lines. The words are
lexicon lines under "gamechat9" comments and gamechat9_words.py; these rules say when
they are aimed.

- "ez" and its kin ("ez", "eze", "ez game", "easiest game of my life") in a chat line
  gloat at the side that lost, who read it: aimed at that group even when the earlier
  rules found a thing ("this was ez", "so ez its boring") or nobody ("ez of my life").
  Not when denied ("that was not ez"), said of the enemy's side ("ez for them lol we
  threw"), asked ("is this boss ez?") or reported ("dont say ez").
- Blame for a loss laid on a player: the one before "lost us", "cost us", "threw (the
  game)" ("mid lost us the game", "you threw the lead"); the one after "lost because of",
  "lost thanks to", "loss is on", "cant win with" ("we lost because of our healer",
  "this loss is on you", "cant win with this team"); the reader of "because of you" in a
  line that names a loss; the one thanked "for the loss". The writer ("i threw that
  round"), a thing ("lost cuz of lag", "threw me a heal") and praise are no one blamed.
- A child or a pet said to play better than the reader ("my grandma aims better than
  you", "my dog could play better", "mia nonna mira meglio di te"): only with the
  comparison's mocker before it; "you need to play better" and "mio fratello gioca meglio
  di me" stay clean.
- Orders to give the game up ("sell your account", "alt f4", "stick to bots") are no
  order when a fix or a plan follows ("alt f4 and rejoin", "log off by accident").

Each reads only its own hit and a few tokens of its sentence (the hit path), gated by a
frozenset test on the hit's term, so cost stays O(1) and other messages pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat9_words as g9
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_gamechat8 import NOT_A_HERO_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_leftovers8 import Leftovers8Rules
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

NOT_GLOATING_NOTE: Final = "not gloating at anyone"
NOT_BLAMED_NOTE: Final = "no player blamed"
NOT_COMPARED_NOTE: Final = "no mocking comparison"
A_PLAN_NOTE: Final = "a fix or a plan, not an order"
NOT_A_TAUNT_NOTE: Final = "not a taunt"
# The notes that do not cancel a hit: a new reading may replace them.
_KEEPING: Final = frozenset(
    {"", SAID_OF_NOTE, NAMED_NOTE, IDENTITY_NOTE, OUTRIGHT_NOTE, POLITICAL_NOTE}
)
_OWN_TERMS: Final = (
    g9.GLOATS | g9.COMPARING | g9.LEAVING | g9.SIT_DOWN | g9.PLAY_LIKE | g9.WHO_BOOSTED
)
_BLAME: Final = g9.BLAME_BY_SUBJECT | g9.BLAME_READER | g9.BLAME_OF_OBJECT | g9.BLAME_THANKED
_TERMS: Final = _OWN_TERMS | _BLAME
_AIMED: Final = frozenset(
    {Kind.SECOND_PERSON, Kind.GROUP, Kind.IMPERATIVE, Kind.MENTION, Kind.REPLY}
)


class GameChat9Rules(Leftovers8Rules):
    """Gloating, blame for a loss, mocking comparisons and give-up orders."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), decided anew for the gamechat9 terms."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _TERMS:
            if (
                (target is Kind.NONE or target is Kind.OBJECT)
                and (not note or note == NOT_A_HERO_NOTE)
                and hit.entry.category is Cat.INSULT
                and ctx.mentions_any("gamechat9_verdict", g9.VERDICT_GATE)
                and self._player_verdict(ctx, hit)
            ):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "mei has been useless all game"
            return target, note
        if note not in _KEEPING or target is Kind.REPORTED:
            return target, note  # a cancelling note stands ("not ez", quoted)
        if term in g9.GLOATS:
            return self._gloat(ctx, hit, target, note)
        if term in _BLAME:
            return self._blamed(ctx, hit, term)
        if term in g9.COMPARING:
            return self._compared(ctx, hit, term, target, note)
        if term in g9.SIT_DOWN:
            end = ctx.sentence_end(hit.last - 1, 3)
            if all(word in g9.SIT_TAIL for word in ctx.tokens[hit.last : end]):
                return target, note  # "sit down kid"
            return Kind.OBJECT, NOT_A_TAUNT_NOTE  # "sit down here and wait"
        if term in g9.PLAY_LIKE:
            return self._played_like(ctx, hit)
        if term in g9.WHO_BOOSTED:
            after = ctx.tokens[hit.last : hit.last + 2]
            if after and after[0] in g9.OBJECT_DETERMINERS and len(after) > 1:
                after = after[1:]  # "who boosted this guy"
            if after and (after[0] in g9.READERS or self._player9(after[0])):
                return self._blamed_word(after[0])
            return Kind.OBJECT, NOT_A_TAUNT_NOTE  # "who carried the team this game"
        if self._plan_after(ctx, hit):  # g9.LEAVING
            return Kind.OBJECT, A_PLAN_NOTE
        return target, note

    def _gloat(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "ez" in a chat line gloats at the losers, unless denied, asked or said of the
        enemy's side; "easiest" only before "of my life" or "ever"."""
        tokens = ctx.tokens
        if len(tokens) > g9.GLOAT_LINE:
            return target, note
        end = ctx.sentence_end(hit.last - 1, g9.EASIEST_REACH)
        after = tokens[hit.last : end]
        if hit.entry.term == "easiest" and g9.EASIEST_AFTER.isdisjoint(after):
            return Kind.OBJECT, NOT_GLOATING_NOTE  # "the easiest way to farm"
        if after and after[0] in g9.EZ_THINGS and hit.entry.term in g9.EZ_WORDS:
            return Kind.OBJECT, NOT_GLOATING_NOTE  # "ez fix, just restart": an easy thing
        if target in _AIMED or (after and after[0] in g9.GLOAT_NOT_BEFORE):
            return target, note  # "ez noob", "gg ez" (the lexicon's group line), "so ez bot"
        start = ctx.sentence_start(hit.first, g9.GLOAT_LINE)
        before = tokens[start : hit.first]
        if not g9.DENIALS.isdisjoint(before):
            return Kind.OBJECT, NOT_GLOATING_NOTE  # "its not that ez"
        if before and before[0] in g9.ASKING:
            return Kind.OBJECT, NOT_GLOATING_NOTE  # "is this boss ez?"
        if self._gloat_of_thing(before):
            return Kind.OBJECT, NOT_GLOATING_NOTE  # "that quiz was ez"
        for i in range(len(after) - 1):
            if after[i] in g9.FOR and after[i + 1] in g9.FOR_THEM:
                return Kind.OBJECT, NOT_GLOATING_NOTE  # "ez for them lol we threw"
        return Kind.GROUP, ""  # "this was ez", "ez of my life", "so ez"

    def _gloat_of_thing(self, before: list[str]) -> bool:
        """The gloat word said of an ordinary thing that is no game: "that quiz was ez"
        (a copula, maybe "so"/"too", between); "this was ez", "game was ez" gloat."""
        i = len(before) - 1
        while i >= 0 and before[i] in g9.GLOAT_BRIDGE:
            i -= 1
        if i < 1 or before[i] not in g9.COPULAS:
            return False
        subject = before[i - 1]
        if subject in g9.GAME_SUBJECTS or subject in g8.HEROES or subject in self._cue_role:
            return False  # "game was ez", "that pudge was ez"
        pointed = i > 1 and before[i - 2] in g9.OBJECT_DETERMINERS
        return pointed or subject in self._cue_word  # "that quiz was ez"

    def _blamed(self, ctx: Context, hit: Hit, term: str) -> tuple[TargetKind, str]:
        """Who a loss is blamed on: the reader, a player, or no one."""
        tokens = ctx.tokens
        if term in g9.BLAME_BY_SUBJECT:
            if term != "ci ha fatto perdere" and not self._game_thrown(ctx, hit, term):
                return Kind.OBJECT, NOT_BLAMED_NOTE  # "he threw me a heal", "cost us billions"
            start = ctx.sentence_start(hit.first, g8.VERDICT_REACH)
            i = hit.first - 1
            while i > start and tokens[i] in g9.BLAME_SKIP:
                i -= 1
            return self._blamed_word(tokens[i]) if i >= start else (Kind.OBJECT, NOT_BLAMED_NOTE)
        if term in g9.BLAME_READER:
            if term == "per colpa tua" or _game_lost(tokens):
                return Kind.SECOND_PERSON, ""  # "because of you we lost"
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "because of you i got better"
        if term in g9.BLAME_OF_OBJECT:
            end = ctx.sentence_end(hit.last - 1, 3)
            i = hit.last
            while i < end - 1 and tokens[i] in g9.OBJECT_DETERMINERS:
                i += 1
            if i >= end:
                return Kind.OBJECT, NOT_BLAMED_NOTE
            if term == "cant win with" and tokens[i] in self._cue_room:
                return Kind.GROUP, ""  # "cant win with this team"
            return self._blamed_word(tokens[i])
        # g9.BLAME_THANKED: "thanks jungle for the loss", "thanks for throwing genji"
        start = ctx.sentence_start(hit.first, g9.THANKS_REACH)
        thanked = [j for j in range(start, hit.first) if tokens[j] in g9.THANKS]
        if not thanked:
            return Kind.OBJECT, NOT_BLAMED_NOTE
        between = tokens[thanked[-1] + 1 : hit.first]
        if not between:
            return Kind.SECOND_PERSON, ""  # "thanks for the loss"
        return self._blamed_word(between[-1])

    def _game_thrown(self, ctx: Context, hit: Hit, term: str) -> bool:
        """A game, a round or a lead thrown, lost or cost, or "threw" closing its clause:
        "gg our adc threw", "mid lost us the game", "you threw the lead"; not "threw me a
        heal", "threw trash", "they cost us billions"."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, 2)
        after = tokens[hit.last : end]
        if not after:
            return term == "threw"
        if after[0] in g9.THROWN_ALONE:
            # "threw it down", "threw it back": a ball or a dunk thrown, no game
            return not (after[0] == "it" and len(after) > 1 and after[1] in g9.THROWN_IT_AWAY)
        return len(after) > 1 and after[0] in g9.THROWN_DETERMINERS and after[1] in g9.THROWN

    def _blamed_word(self, word: str) -> tuple[TargetKind, str]:
        """The reader, a player (pronoun, role, hero, person noun, a name no list knows),
        the writer's own side, or a thing."""
        if word in g9.READERS:
            return Kind.SECOND_PERSON, ""
        if word in g9.WRITERS:
            return Kind.SELF, NOT_BLAMED_NOTE  # "i threw that round my bad"
        if word in g9.BLAME_THINGS:
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "cant win with this comp"
        if word in self._cue_room:
            return Kind.GROUP, ""  # "this team lost us the game"
        if self._player9(word):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "mid lost us the game"
        return Kind.OBJECT, NOT_BLAMED_NOTE  # "lost cuz of lag"

    def _player9(self, word: str) -> bool:
        """A word that names a player: a pronoun, a role or a lane, a hero, a person noun,
        or a name no list knows (a hero or a nick of any game)."""
        if (
            word in g9.PLAYER_PRONOUNS
            or word in g8.HEROES
            or word in g9.HEROES9
            or word in g8.LANES
            or word in self._cue_role
            or word in self._cue_person_noun
        ):
            return True
        if word.endswith("s") and word[:-1] in self._cue_role:
            return True  # "supports"
        return self._unlisted(word)

    def _compared(
        self, ctx: Context, hit: Hit, term: str, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """A mocker (a grandma, a pet, a little brother) before the comparison says the
        reader plays worse than them; without one it is advice or an order."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g9.COMPARE_REACH)
        before = tokens[start : hit.first]
        mocked = any(
            word in g9.MOCKERS or (word in g9.SIBLINGS and j > 0 and before[j - 1] in g9.SMALL)
            for j, word in enumerate(before)
        )
        end = ctx.sentence_end(hit.last - 1, 2)
        if not g9.BETTER_THAN_ME.isdisjoint(tokens[hit.last : end]):
            return Kind.SELF, NOT_COMPARED_NOTE  # "mio fratello gioca meglio di me"
        window = tokens[hit.first : hit.last + 3]
        for j in range(len(window) - 1):
            if window[j] in g9.READERS and window[j + 1] in g9.THAN_EXPECTED:
                return Kind.OBJECT, NOT_COMPARED_NOTE  # "my grandpa plays better than you think"
        if mocked:
            return Kind.SECOND_PERSON, ""  # "my grandma aims better than you"
        if term == "gioca meglio" and before:
            return Kind.OBJECT, NOT_COMPARED_NOTE  # "mio fratello gioca meglio"
        if term == "gioca meglio":
            return target, note  # "gioca meglio nabbo": the order it was
        return Kind.OBJECT, NOT_COMPARED_NOTE  # "you need to play better"

    def _player_verdict(self, ctx: Context, hit: Hit) -> bool:
        """A sentence that opens with a player (a hero, a role, a person noun, maybe "our"
        and the side they are on) and ends with the verdict and a time or a record:
        "mei has been useless all game", "the striker on blue is garbage", "raze is the
        worst ive ever seen". "this yasuo is trash" may judge the champion (gamechat8)."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g8.VERDICT_REACH)
        if not ctx.starts_sentence(start):
            return False
        i = start
        while i < hit.first and (tokens[i] in g8.LEADS or tokens[i] in g9.VERDICT_OPENERS):
            i += 1
        if i >= hit.first:
            return False
        subject = tokens[i]
        if not (
            subject in g8.HEROES
            or subject in g9.HEROES9
            or subject in self._cue_role
            or subject in self._cue_person_noun
        ):
            return False
        i += 1
        if i + 2 < hit.first and tokens[i] == "on" and tokens[i + 1] in g9.SIDE_OWNERS:
            i += 2 + (tokens[i + 2] in g9.SIDES)  # "on blue", "on our team"
        elif i < hit.first and tokens[i] == "on":
            return False
        if not all(
            word in g8.BRIDGE or word in g9.VERDICT_BRIDGE for word in tokens[i : hit.first]
        ):
            return False
        end = ctx.sentence_end(hit.last - 1, g8.VERDICT_REACH)
        return all(word in g9.VERDICT_TAILS or word in g8.TAILS for word in tokens[hit.last : end])

    def _played_like(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "like a toddler" after a play verb, said of whoever plays: the reader ("u play
        like a toddler"), a player ("our tank drives like a grandma"), or someone present
        when the verb opens the line ("playing like a baby"); the writer's own and any
        other verb ("she cried like a baby") are no put-down."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g8.VERDICT_REACH)
        i = hit.first - 1
        if i < start or tokens[i] not in g9.PLAY_VERBS:
            return Kind.OBJECT, NOT_A_TAUNT_NOTE
        i -= 1
        while i >= start and tokens[i] in g9.BLAME_SKIP:
            i -= 1
        if i < start:
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "playing like a baby"
        return self._blamed_word(tokens[i])

    def _plan_after(self, ctx: Context, hit: Hit) -> bool:
        """A give-up order followed by a fix or a plan: "alt f4 and rejoin", "log off by
        accident", "esci dalla partita e rientra"; "alt f4 and never come back" stays."""
        tokens = ctx.tokens
        first = hit.last
        if first < len(tokens) and tokens[first] in g9.PLAN_ADVERBS:
            first += 1  # discord18: "leave the lobby already and queue again"
        end = ctx.sentence_end(first - 1, 2)
        after = tokens[first:end]
        return (
            bool(after)
            and after[0] in g9.PLAN_AFTER
            and not (len(after) > 1 and after[1] in g9.NOT_PLAN)
        )


def _game_lost(tokens: list[str]) -> bool:
    """A loss in the line ("because of you we lost"): not denied ("i never lost hope"),
    not of weight or hope ("i lost 10 pounds because of you"), and no win said beside it
    ("because of you i finally won")."""
    lost = False
    for i, word in enumerate(tokens):
        denied = i > 0 and tokens[i - 1] in g9.LOSS_DENIALS
        if word in g9.WINS and not denied:
            return False
        if word in g9.LOSS and not denied:
            after = tokens[i + 1 : i + 3]
            lost = lost or g9.NOT_A_GAME.isdisjoint(after)
    return lost
