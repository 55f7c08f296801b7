"""Targeting rules from a seventh game-chat probe (issue 8, branch gamechat7): the words are
lexicon lines under "gamechat7" comments; these rules say when they are aimed.

- A mock title for the reader ("genius", "einstein", "sherlock", "captain obvious",
  "genio") is a put-down only as a vocative after sarcastic praise or a weary "ok": "nice
  job genius", "thanks a lot einstein", "ok sherlock", "bravo genio complimenti". The
  same word as a claim or a describing word is praise: "she is a genius", "that play was
  genius", "genius move", "è un genio".
- A player sent away from the screen ("touch grass", "go outside", "vai a toccare
  l'erba", "esci di casa") is an order only when nobody before it makes it the writer's
  own plan ("i need to touch grass", "lets go outside", "devo uscire", "told me to touch
  grass") and no place follows it as a direction ("go outside the zone", "go outside
  the base").
- A skill denied with "for shit" ("u cant aim for shit", "our healer cant heal for
  shit") is aimed by who cannot: the reader, or a player or the room named before
  "can't"; the writer's own ("i cant aim for shit today") and a bare one stay clean, and
  so does any "for shit" with no "can't" before it.
- A role, a player or the room judged, then a time said after the verdict ("tanks are
  braindead this game", "our healer is useless again", "random duo useless as always"):
  the tail ("again", "this game", "as always", "oggi") does not make the verdict any
  less said of them. A place ("the jungle is trash this patch") is no player.
- The reader's mother as chat's retort ("ur mom", "like ur mom", "mamma tua") in a short
  line with no warmth or concern: "say hi to ur mom", "is your mom ok", "happy birthday
  to your mom" stay clean, and so does anything longer.
- A sentence that opens with a role or a player, tells what they did and closes on a
  one-word verdict ("healer is afk again useless", "supports never heal in this game
  trash"): the verdict judges the one the sentence is about. Not when someone or
  something else comes between ("our tank said i am trash", "the support pick is
  useless") or the verdict describes a noun ("a useless item").
- Italian "fa schifo" said of a role, a player or the team ("la nostra squadra fa
  schifo", "il portiere fa schifo"), never of a map, a server or a game.

All read only their own hits and a few tokens around them (the hit path), so cost
stays O(1) and messages without these words pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat7_words as g7
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum3 import Forum3Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

NOT_MOCKING_NOTE: Final = "praise, not a mock title"
OWN_PLAN_NOTE: Final = "the writer's own plan or a direction, not a send-off"
NO_SKILL_DENIED_NOTE: Final = "no skill denied to anyone"
NO_RETORT_NOTE: Final = "a mother spoken of, not a retort"
NOT_A_PLAYER_NOTE: Final = "said of a thing, not a player"


class GameChat7Rules(Forum3Rules):
    """Mock titles, send-offs, skills denied, verdicts on a player with a tail or after
    a deed, "ur mom" retorts and "fa schifo": each aimed only in its own shape."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the gamechat7 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in g7.OWN_TERMS:
            return self._own_term_aimed(ctx, hit, target, note)
        if note or hit.entry.category is not Cat.INSULT or target not in g7.UNAIMED:
            return target, note
        if target is not Kind.OBJECT and self._verdict_with_tail(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "tanks are braindead this game"
        if self._deed_then_verdict(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "healer is afk again useless"
        return target, note

    def _own_term_aimed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """Who this round's own lexicon terms are aimed at, in their shapes only."""
        term = hit.entry.term
        if term in g7.MOCK_TITLES:
            if target is Kind.REPORTED or not _mock_title(ctx, hit):
                return Kind.OBJECT, NOT_MOCKING_NOTE  # "she is a genius", "genius move"
            return Kind.SECOND_PERSON, note  # "nice job genius"
        if term in g7.SEND_OFFS and _own_plan(ctx, hit):
            return Kind.OBJECT, OWN_PLAN_NOTE  # "i need to touch grass", "go outside the zone"
        if term == "for shit":
            return self._skill_denied_to(ctx, hit)  # "u cant aim for shit"
        if term in g7.MOTHERS:
            if target is Kind.REPORTED or not _retort(ctx, hit):
                return Kind.OBJECT, NO_RETORT_NOTE  # "say hi to ur mom"
            return Kind.SECOND_PERSON, note  # "ur mom", "like ur mom"
        if term == "fa schifo":
            return self._schifo_aimed(ctx, hit)  # "la nostra squadra fa schifo"
        return target, note

    def _deed_then_verdict(self, ctx: Context, hit: Hit) -> bool:
        """A sentence that opens with a role or a player, tells what they did and closes
        on a one-word verdict: "healer is afk again useless", "mercy doesnt heal trash"."""
        tokens = ctx.tokens
        if len(hit.entry.tokens) != 1 or hit.first == 0:
            return False
        if hit.last < len(tokens) and not ctx.stop_after(hit.last - 1):
            return False  # the verdict must close its sentence
        before = tokens[hit.first - 1]
        if before in g7.VERDICT_BRIDGE or before in g7.OPENERS or before in g7.DEED_BREAKS:
            return False  # "the healer is useless" (the rules above), "a useless item"
        start = ctx.sentence_start(hit.first, g7.DEED_REACH)
        if not ctx.starts_sentence(start):
            return False
        words = tokens[start : hit.first]
        if not words:
            return False
        i = _opener_end(words)
        subject = words[i]
        if subject in g7.PLACES or not (
            self._is_role(subject)
            or (i > 0 and subject in self._cue_person_noun)  # "the man", not "man, ..."
        ):
            return False
        return len(words) - i > 2 and g7.DEED_BREAKS.isdisjoint(words[i + 1 :])

    def _is_role(self, word: str) -> bool:
        """A game role, singular or plural ("tank", "tanks", "healers")."""
        roles = self._cue_role
        return word in roles or (word.endswith("s") and word[:-1] in roles)

    def _verdict_subject(self, ctx: Context, hit: Hit) -> str:
        """The role, person or room word opening the hit's sentence, with only an opener
        before it and a copula or intensifiers between it and the hit; "" when none."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g7.VERDICT_REACH)
        words = tokens[start : hit.first]
        i = _opener_end(words)  # "our whole team", "la nostra squadra"
        if i >= len(words) or not ctx.starts_sentence(start):
            return ""
        subject = words[i]
        if not (
            self._is_role(subject)
            or (i > 0 and subject in self._cue_person_noun)  # "this guy", not "man, ..."
            or subject in self._cue_room
        ):
            return ""
        if any(word not in g7.VERDICT_BRIDGE for word in words[i + 1 :]):
            return ""
        return subject

    def _verdict_with_tail(self, ctx: Context, hit: Hit) -> bool:
        """A role, person or room judged, a time or an aside after the verdict."""
        tokens = ctx.tokens
        if hit.last >= len(tokens) or tokens[hit.last] not in g7.TAILS:
            return False  # most verdicts close their line: no tail to read
        end = ctx.sentence_end(hit.last - 1, g7.TAIL_REACH)
        if any(word not in g7.TAILS for word in tokens[hit.last : end]):
            return False
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False  # the sentence goes on past the reach
        subject = self._verdict_subject(ctx, hit)
        return bool(subject) and subject not in g7.PLACES

    def _skill_denied_to(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who "can't ... for shit": the reader, the writer, or a player or the room named
        right before "can't" ("our healer", "he", "randoms"); a thing ("my wifi") is no one."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, g7.SKILL_REACH + 3)
        cant = -1
        for i in range(hit.first - 1, max(start, hit.first - g7.SKILL_REACH) - 1, -1):
            if tokens[i] in g7.CANT:
                cant = i
                break
            if tokens[i] == "t" and i > start and tokens[i - 1] in g7.CANT_STEMS:
                cant = i - 1
                break
        if cant <= start:
            return Kind.OBJECT, NO_SKILL_DENIED_NOTE  # "cant aim for shit today", "good for shit"
        who = tokens[cant - 1]
        if who in g7.SELF:
            return Kind.SELF, ""  # "i cant aim for shit"
        if who in g7.READER:
            return Kind.SECOND_PERSON, ""  # "u cant aim for shit"
        if (
            who in g7.THIRD
            or who in self._cue_room
            or who in self._cue_person_noun
            or self._is_role(who)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our healer cant heal for shit"
        return Kind.OBJECT, NO_SKILL_DENIED_NOTE  # "my wifi cant load for shit"

    def _schifo_aimed(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "fa schifo" said of the team (the room), a role or a player; else a thing."""
        subject = self._verdict_subject(ctx, hit)
        if not subject:
            return Kind.OBJECT, NOT_A_PLAYER_NOTE  # "questa mappa fa schifo"
        if subject in self._cue_room:
            return Kind.GROUP, ""  # "la nostra squadra fa schifo"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "il portiere fa schifo"


def _mock_title(ctx: Context, hit: Hit) -> bool:
    """The title closes its line (fillers aside), no claim word right before it, and
    sarcastic praise or a weary "ok" earlier in its sentence."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, g7.TITLE_TAIL_REACH)
    if any(word not in g7.TITLE_TAIL for word in tokens[hit.last : end]):
        return False  # "genius move", "genius idea tbh"
    if hit.first == 0 or tokens[hit.first - 1] in g7.CLAIMED:
        return False  # a bare "genius", "she is a genius"
    start = max(ctx.sentence_start(hit.first, g7.SARCASM_REACH), hit.first - g7.SARCASM_REACH)
    return not g7.SARCASTIC.isdisjoint(tokens[start : hit.first]) or not g7.SARCASTIC.isdisjoint(
        tokens[hit.last : end]
    )  # "nice job genius", "genio complimenti"


def _own_plan(ctx: Context, hit: Hit) -> bool:
    """A planner just before the send-off, or a place right after it."""
    tokens = ctx.tokens
    if not g7.PLANNERS.isdisjoint(tokens[max(0, hit.first - g7.PLAN_REACH) : hit.first]):
        return True
    return (
        hit.last < len(tokens)
        and not ctx.pause_after(hit.last - 1)
        and tokens[hit.last] in g7.DIRECTIONS
    )


def _retort(ctx: Context, hit: Hit) -> bool:
    """A short line naming the reader's mother, with no warmth or concern in it."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, g7.RETORT_LENGTH)
    end = ctx.sentence_end(hit.last - 1, g7.RETORT_LENGTH)
    if not ctx.starts_sentence(start) or end - start > g7.RETORT_LENGTH:
        return False
    if end < len(tokens) and not ctx.stop_after(end - 1):
        return False
    return g7.KIND_TO_MOTHERS.isdisjoint(tokens[start:end])


def _opener_end(words: list[str]) -> int:
    """Where the subject starts past openers ("our", "whole", "la nostra"); never past
    the last word."""
    i = 0
    while i < len(words) - 1 and words[i] in g7.OPENERS:
        i += 1
    return i
