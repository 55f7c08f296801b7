"""Targeting rules from an eighth game-chat probe (issue 8, branch gamechat8): League,
Valorant, CS2, Overwatch, Rainbow Six, Rocket League, battle royales, CoD, WoW LFG,
Minecraft and World of Tanks chat. The words are lexicon lines under "gamechat8"
comments and gamechat8_words.py; these rules say when they are aimed.

- "bot" as a name for a player: after the reader's or a player's copula, maybe with an
  article and a word that says how ("ur a pocket bot", "he is a bot", "siete tutti dei
  bot"), or as a vocative closing its sentence ("widow hit a single shot u bot", "u
  useless bot"). Anything else is a lane, an AI or a Discord bot ("dive bot", "bot
  lane is winning", "are you a bot?", "i go mid you bot").
- A verdict on a player named by a role or a lane, or by a hero after "our"/"ur"
  ("our rein is garbage", "jungle gap ur hecarim is a joke", "why is our jg so
  braindead", "bot lane is a joke"): the verdict is said of that player. A thing after
  "our" ("our base is trash", "ur aim is trash") names no player, "this yasuo is
  trash" may judge the champion and "the jungle is trash" the map.
- "worst" before a hero's name judges its player ("worst sova ive seen", "worst
  yasuo na"); before anything else it is left to the lexicon's phrases ("worst
  player") or to nobody ("worst map ever").
- A chat line of three or four words, with a hero or a role in it and no copula, that
  ends on a verdict (a person noun may follow) the earlier rules aim at a third person
  or at no one: "reyna instalocker trash", "afk genji useless", "smurfing trash kid" are
  name-calls said of a player, as "he is trash" is; "new skin trash", "pudge noob" (a
  name called, read by the named-player rules) and "bankers are greedy pigs" are not
  this rule's.
- A verdict on a player closes its line (fillers, ranks, person nouns aside): "our rein
  is garbage this patch" may judge the hero's kit.

Each reads only its own hit and the few tokens of its sentence before it (the hit
path), so cost stays O(1) and messages without these words pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import Olid4Rules
from bot.core.scoring.verdict import TargetKind

NOT_A_PLAYER_BOT_NOTE: Final = "a lane, an AI or a bot, not a player"
_PLAYER_READ: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})  # not "ur a bot"
NOT_A_HERO_NOTE: Final = "the worst of a thing, not of a player"


class GameChat8Rules(Olid4Rules):
    """ "bot" said of a player, a verdict on a player named by hero, role or lane, and a
    short line's closing verdict on a player."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the gamechat8 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in g8.BOTS:
            if target in _PLAYER_READ and ctx.mentions_any("gamechat8_ai", g8.AI_WORDS):
                return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "that account is a bot"
            if note or target is Kind.REPORTED:
                return target, note
            return self._bot_aimed(ctx, hit)
        if entry.term == "worst":
            if note or target is Kind.REPORTED:
                return target, note
            return self._worst_hero(ctx, hit)
        if note or entry.category is not Cat.INSULT:
            return target, note
        if (
            target is Kind.NONE or target is Kind.OBJECT or target is Kind.THIRD_PERSON
        ) and self._player_judged(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our rein is garbage"
        if (
            target is Kind.THIRD_PERSON
            or (target is Kind.NONE and len(ctx.tokens) > 2 and self._name_call(ctx, hit))
        ) and self._short_verdict(ctx, hit):  # two words ("pudge noob") are a name called
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "reyna instalocker trash"
        return target, note

    def _bot_aimed(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who "bot" names: the reader or a player in a name-call's shape, else nothing."""
        tokens = ctx.tokens
        if (
            hit.last < len(tokens)
            and not ctx.pause_after(hit.last - 1)
            and tokens[hit.last] in g8.LANE_AFTER
        ):
            return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "bot lane", "bot games"
        start = ctx.sentence_start(hit.first, g8.VERDICT_REACH)
        i = hit.first - 1
        modified = False
        while i >= start and i >= hit.first - 2 and tokens[i] in g8.BOT_MODIFIERS:
            modified = True
            i -= 1
        while i >= start and tokens[i] in g8.BOT_ARTICLES:
            i -= 1
        if i < start:
            if (
                modified
                and tokens[i + 1] in g8.PLAYER_BOT_MODIFIERS
                and all(word in g8.BOT_TAILS for word in tokens[hit.last :])
            ):
                return Kind.SECOND_PERSON, ""  # gamechat17: "default skin bot", "silver bot"
            return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "bot", "a bot joined"
        word = tokens[i]
        before = tokens[i - 1] if i > start else ""
        if word in g8.READERS and word != "ur":
            if before in g8.COPULAS or before in {"am", "im"}:
                return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "are you a bot?"
            if before == "" and i + 1 == hit.first and not modified:
                return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "you bot, i top"
            if not self._closes_sentence(ctx, hit) or self._lane_talk(ctx, start, hit.first):
                return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "you bot i go top"
            return Kind.SECOND_PERSON, ""  # "widow hit a single shot u bot"
        spelt = word == "youre" or (word in g8.SPELT_COPULAS and before in g8.READERS)
        if word in g8.READER_COPULAS or spelt:
            if spelt and not (modified or ctx.gaming):
                return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE  # "you are a bot, right?"
            return Kind.SECOND_PERSON, ""  # "ur a pocket bot", "siete tutti dei bot"
        if word in g8.COPULAS and before and self._player_word(before):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "kick the silver he is a bot"
        return Kind.OBJECT, NOT_A_PLAYER_BOT_NOTE

    def _worst_hero(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "worst" before a hero's name judges the one playing it ("worst sova ive
        seen", "worst yasuo na"), not a thing of the hero's ("worst jett skin ever");
        before anything else the phrases of the lexicon
        ("worst player", "worst support") or nothing ("worst map ever") speak."""
        tokens = ctx.tokens
        if (
            hit.last < len(tokens)
            and not ctx.pause_after(hit.last - 1)
            and tokens[hit.last] in g8.HEROES
            and (hit.last + 1 >= len(tokens) or tokens[hit.last + 1] not in g8.HERO_THINGS)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "worst sova ive seen", not "worst jett skin"
        return Kind.OBJECT, NOT_A_HERO_NOTE  # "worst map ever", "worst day"

    def _closes_sentence(self, ctx: Context, hit: Hit) -> bool:
        return ctx.sentence_end(hit.last - 1, 1) == hit.last

    def _lane_talk(self, ctx: Context, start: int, end: int) -> bool:
        """A lane or a role named before: "i go mid you bot" assigns lanes."""
        roles = self._cue_role
        return any(word in g8.LANES or word in roles for word in ctx.tokens[start:end])

    def _player_word(self, word: str) -> bool:
        """A word that names a player: a pronoun, a role, a hero or a person noun."""
        if word in g8.PLAYERS or word in g8.HEROES or word in self._cue_person_noun:
            return True
        return self._is_role8(word)

    def _player_judged(self, ctx: Context, hit: Hit) -> bool:
        """The hit's sentence opens with a player (after "our", "ur", "why is") and only
        copulas and intensifiers stand between the player and the hit."""
        start = ctx.sentence_start(hit.first, g8.VERDICT_REACH)
        if not ctx.starts_sentence(start):
            return False
        words = ctx.tokens[start : hit.first]
        for j, word in enumerate(words[: g8.DIFF_REACH]):
            if word in g8.DIFFS:
                words = words[j + 1 :]  # "tank diff our rein is garbage"
                break
        k = 0
        while k < min(len(words) - 1, g8.LEAD_REACH + 1) and (
            words[k] in g8.LEADS
            or words[k].isdigit()
            or (words[k + 1] in g8.OWNERS and (words[k] in g8.HEROES or self._is_role8(words[k])))
        ):
            k += 1  # "ff15 this jungler is a feeder", "boomkin ur dps is a joke"
        words = words[k:]
        i = 0
        while i < len(words) - 1 and words[i] in g8.OPENERS:
            i += 1
        if i >= len(words):
            return False
        owned = i > 0 and words[i - 1] in g8.OWNERS
        subject = words[i]
        if subject in g8.LANES and i + 1 < len(words) and words[i + 1] in g8.LANE_NOUNS:
            i += 1  # "bot lane is a joke"
        elif not (
            (self._is_role8(subject) and subject not in g8.PLACES)
            or (owned and (subject in g8.HEROES or subject in self._cue_person_noun))
        ):
            return False  # "this yasuo is trash", "the jungle is trash": a champion, a place
        end = ctx.sentence_end(hit.last - 1, g8.TAIL_REACH)
        if any(
            word not in g8.TAILS
            and word not in self._cue_person_noun
            and word not in self._cue_name_noun
            for word in ctx.tokens[hit.last : end]
        ):
            return False  # "our rein is garbage this patch" judges the hero's kit
        rest = words[i + 1 :]
        if not rest and hit.entry.tokens[0] not in g8.BRIDGE:
            return False  # "rein garbage": the short-line rule's shape, not this one
        return all(word in g8.BRIDGE for word in rest)  # "is a joke" holds its copula

    def _is_role8(self, word: str) -> bool:
        """A game role, singular or plural ("tank", "healers")."""
        roles = self._cue_role
        return word in roles or (word.endswith("s") and word[:-1] in roles)

    def _short_verdict(self, ctx: Context, hit: Hit) -> bool:
        """A line of a few words naming a hero or a role, none the writer's own, that the
        hit closes (a person noun may follow: "smurfing trash kid"), with no copula: a
        claim ("bankers are greedy pigs", "gay people are vermin") is left to the rules
        that read who is said to be what."""
        tokens = ctx.tokens
        if len(tokens) > g8.SHORT_LINE or hit.first == 0:
            return False
        after = tokens[hit.last :]
        if after and not (len(after) == 1 and after[0] in self._cue_person_noun):
            return False
        before = tokens[: hit.first]
        if not after and not any(word in g8.HEROES or self._is_role8(word) for word in before):
            return False  # "new skin trash" judges a thing, "ragazzina del cazzo" is said to you
        return not any(
            word in g8.SHORT_BLOCKERS
            or word in self._cue_people
            or word in self._cue_identity
            or word in self._cue_identity_adjective
            or word in self._cue_group_noun
            or word in self._cue_copula
            or word in self._cue_self
            or word in self._cue_object
            or word in self._cue_gaming
            or word in self._cue_article
            or self._is_thing(word)
            for word in before
        )
