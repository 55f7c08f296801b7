"""Targeting rules of the gamechat21 round (issue 8, eighteenth session): in-game chat of
shooters, MOBAs and Roblox or Minecraft servers that belittles a player with a likeness,
judges a teammate by hero or role, or tells them they cannot aim; and taunts' words that
aim at no one in the room.

- A skill likened down to a pet's, a parent's, a little sibling's, a bot's: "my dog has
  better aim", "a bot would do better", "my little brother has better aim than u" (the
  lexicon's "do better", "better aim"; gamechat9 reads "plays better"). Clean: "you need
  to do better" (no one likened), "the bot does better on this map" (a bot without its
  article is the game's), "a bot would do better at farming than me" (the writer's own),
  "my dog has better sleep than me" (no skill).
- A hero or a role opening its sentence (after chat's openers, "our" at most), judged
  closing it: "sage is useless", "our pudge is useless af", "axe is shit", "tbh our mid is
  horrible", the copula dropped after "so" ("our jugg and sb so bad"), a two-word line
  ("trash am", "useless ss"). Clean: "sage is useless on this map" and "mid is useless
  this patch" (a pick judged where it goes on), "is sage useless?" (asked), "sage is not
  useless" (denied), "this map is useless", "our jugg bad" (no copula, no "so"), "cry
  viper" (no verdict word); "this yasuo is trash" (the champion's kit, as gamechat8 reads
  it) and "the storm is so annoying" are left to the older rules.
- A lone name-call line with chat's tails, read as the bare line is: "so noob lol", "such
  a noob xd"; "so noob friendly lol" has no name-call.
- Taunts' words that aim at no one: "cry about it later, we got a match" (put off to a
  time: a plan), "stay mad, sea of thieves fans" (said to a game's fans: rivalry banter).
- "u cant even aim" closing its line; "if you cant aim, lower your sens" (a condition) and
  "you cant aim with this mouse" (the clause goes on) stay clean.
- A name-call opening its line with a reason right after it is not said of the group the
  reason names: "stupid cuz tall girls always wear boots" (now that "cuz" is a known
  word, read as "because" always was); "idiots because they are muslims" still reads.
- Lexicon lines: "sure kid", "ok kid", "ur mid at this game", "ur literally mid" (a bare
  "ur mid" is a lane in a MOBA).
- At depth: gamechat9's loss blame in chat's spellings ("we lost cuz of u", "thx to u we
  lost", "gg cuz of our jungle"; "thx to u we won", "lost cuz of lag" clean), its
  mockers a parent and a monkey ("my mom plays better than you"), its objectives called
  easy ("ez dragon", "ez baron lets go"; "ez mid" still gloats), "sit down bot"; benign
  game titles ("sea of thieves", "devil may cry").

Cost: every hit pays one frozenset test of its term and, for an insult hit the older
rules left unaimed, one of the word opening its sentence; only the round's shapes go
further: a likeness six tokens back and six on, a verdict four back and four on, "cant
aim" three on each side, a lone name-call line five tokens at most, a loss of a thing
owned a line of sixteen at most. No regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat21_words as w
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat9_words import COMPARING, HEROES9
from bot.core.scoring.gamechat20_words import BLAMED_ROLES
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat9 import NOT_BLAMED_NOTE, NOT_COMPARED_NOTE
from bot.core.scoring.targeting_hatecheck23 import HateCheck23Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat21Rules"]

NOT_LIKENED_NOTE: Final = "no one likened down"
PUT_OFF_NOTE: Final = "a taunt's words put off, a plan"
FANS_NOTE: Final = "said to a game's fans, banter"
REASON_NOTE: Final = "a reason after the word names its group"
NOT_SAID_WHOLE_NOTE: Final = "a condition or a clause that goes on"
_OWN_TERMS: Final[frozenset[str]] = w.LIKENED | w.PUT_OFF | w.READER_BLAME | w.CANT_AIM
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# Readings a hero or a role as the subject overrides: none, "said of a person", and
# olid5's "not said of a person" ("our mid is horrible" judges a player, not a thing).
_OVERRIDDEN: Final = frozenset({"", SAID_OF_NOTE, NOT_SAID_OF_NOTE})


class GameChat21Rules(HateCheck23Rules):
    """A skill likened down, a hero judged, "u cant aim"; taunts put off or
    said to a game's fans left unaimed."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, decided anew for this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if note == NOT_COMPARED_NOTE and term in COMPARING:
            return _likened(ctx, hit)  # "even a bot would do better than you"
        if term not in _OWN_TERMS:
            if target is Kind.GROUP and _reason_after(ctx, hit):
                return Kind.NONE, REASON_NOTE  # "stupid cuz tall girls always wear ..."
            if (
                target in _UNAIMED
                and note in _OVERRIDDEN
                and hit.entry.category is Cat.INSULT
                and _verdict_of_player(ctx, hit)
                and not ctx.quoted(hit.first, hit.last)
            ):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "sage is useless"
            if target is Kind.OBJECT and term in w.NOOBS and _lone_noob(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "so noob lol"
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if term in w.LIKENED:
            return _likened(ctx, hit)
        if term in w.READER_BLAME:
            if target is Kind.SECOND_PERSON and _owned_lost(ctx.tokens):
                return Kind.OBJECT, NOT_BLAMED_NOTE  # "thanks to you i lost my phone"
            return target, note
        if term in w.CANT_AIM:
            if _said_whole(ctx, hit):
                return target, note  # "u cant even aim lol"
            return Kind.OBJECT, NOT_SAID_WHOLE_NOTE  # "if you cant aim, lower your sens"
        if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in w.LATER:
            return Kind.OBJECT, PUT_OFF_NOTE  # "cry about it later, we got a match"
        if _to_fans(ctx, hit):
            return Kind.NONE, FANS_NOTE  # "stay mad, sea of thieves fans"
        return target, note


def _likened(ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
    """ "my dog has better aim", "a bot would do better than you": someone likened down
    before the words, the reader (or a player) after; the writer's own play is clean."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.LIKENED_REACH)
    likened = False
    for j in range(start, hit.first):
        word = tokens[j]
        if word in w.ARTICLED:
            likened = likened or (j > 0 and tokens[j - 1] in w.ARTICLES)
        elif word in w.LIKENED_TO:
            likened = True
        elif word in w.SIBLINGS and j > 0 and tokens[j - 1] in w.SMALL:
            likened = True  # "my little brother"
    if not likened:
        return Kind.OBJECT, NOT_LIKENED_NOTE  # "you need to do better"
    end = ctx.sentence_end(hit.last - 1, w.LIKENED_REACH)
    after = tokens[hit.last : end]
    if not w.WRITER.isdisjoint(after) or not w.THAN_EXPECTED.isdisjoint(after):
        return Kind.OBJECT, NOT_LIKENED_NOTE  # "... than me", "... than you think"
    return Kind.SECOND_PERSON, ""


def _owned_lost(tokens: list[str]) -> bool:
    """A thing owned lost, no game: "thanks to you i lost my phone" (gamechat9 reads any
    loss in the line); in a long line, no chat line, a loss is not read at all."""
    if len(tokens) > w.BLAME_LINE:
        return True
    return any(
        word in w.LOSS and i + 1 < len(tokens) and tokens[i + 1] in w.OWNED_AFTER
        for i, word in enumerate(tokens)
    )


def _lone_noob(ctx: Context, hit: Hit) -> bool:
    """ "so noob lol", "such a noob xd": the line is the name-call, "so" before it and
    chat's tails after."""
    tokens = ctx.tokens
    if len(tokens) > w.NOOB_LINE or hit.first == 0:
        return False
    if not all(word in w.NOOB_LEADS for word in tokens[: hit.first]):
        return False
    return all(word in w.VERDICT_TAILS for word in tokens[hit.last :])


def _said_whole(ctx: Context, hit: Hit) -> bool:
    """The words close their sentence (chat's tails aside), no condition before them."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.CLAUSE_REACH)
    if not w.CONDITIONS.isdisjoint(tokens[start : hit.first]):
        return False
    end = ctx.sentence_end(hit.last - 1, w.CLAUSE_REACH)
    if end - hit.last >= w.CLAUSE_REACH:
        return False
    return all(word in w.VERDICT_TAILS for word in tokens[hit.last : end])


def _reason_after(ctx: Context, hit: Hit) -> bool:
    """An insult opening its line, "because"/"cuz" right after it: "stupid cuz ..."."""
    tokens = ctx.tokens
    return (
        hit.first == 0
        and hit.last + 1 < len(tokens)
        and tokens[hit.last] in w.REASONS
        and tokens[hit.last + 1] not in w.CARRIED
        and hit.entry.category is Cat.INSULT
    )


def _to_fans(ctx: Context, hit: Hit) -> bool:
    """ "stay mad, sea of thieves fans": after a pause, a few words ending in "fans" close
    the line."""
    tokens = ctx.tokens
    last = hit.last
    if last >= len(tokens) or not ctx.pause_after(last - 1):
        return False
    end = ctx.sentence_end(last, w.FANS_REACH)
    return end > last and tokens[end - 1] in w.FANS and ctx.closes_clause(end)


def _verdict_of_player(ctx: Context, hit: Hit) -> bool:
    """ "sage is useless", "our pudge is so trash lol", "our jugg so bad" (the copula
    dropped after "so"), "trash am" (a two-word line): a hero or a role opening the
    sentence, the verdict closing it (chat's tails aside), not asked."""
    tokens = ctx.tokens
    if (
        hit.first == 0
        and len(tokens) == hit.last + 1 == w.TWO_WORD_LINE
        and hit.entry.term in w.TWO_WORD_VERDICTS
        and _hero(tokens[hit.last])
    ):
        return True  # "trash am", "useless ss"
    at = hit.first - 1
    floor = max(0, hit.first - w.VERDICT_REACH)
    while at >= floor and tokens[at] in w.VERDICT_FILLERS:
        at -= 1
    if at < 0:
        return False
    if tokens[at] in w.VERDICT_IS:
        at -= 1
    elif tokens[at + 1] not in w.DROPPED_IS and tokens[at + 1] not in w.VERDICT_IS:
        return False  # "our jugg so bad", "axe is shit" (the hit's own "so", "is")
    if at < 0 or not _player(tokens[at]):
        return False
    if at > 1 and tokens[at - 1] == w.JOINED and _player(tokens[at - 2]):
        at -= 2  # "our jugg and sb so bad"
    if at > 0 and tokens[at - 1] in w.SUBJECT_DETERMINERS:
        at -= 1
    if not ctx.starts_sentence(at) and tokens[at - 1] not in w.VERDICT_LEADS:
        return False  # "when our mid is bad"; "tbh our mid is horrible" reads
    if ctx.ends_asking(hit.last - 1):
        return False
    end = ctx.sentence_end(hit.last - 1, w.VERDICT_REACH)
    if end - hit.last >= w.VERDICT_REACH:
        return False
    return all(word in w.VERDICT_TAILS for word in tokens[hit.last : end])


def _player(word: str) -> bool:
    """A hero or a role: a player of the writer's game."""
    return _hero(word) or word in BLAMED_ROLES


def _hero(word: str) -> bool:
    """A hero's name or short name in any game the lists know."""
    return word in HEROES or word in HEROES9 or word in w.PLAIN_HEROES
