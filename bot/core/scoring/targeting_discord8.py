"""Targeting rules from the discord8 probe (issue 8): Discord chat as people type it.
The words are lexicon lines under "discord8" comments; these rules say when they are aimed.

- Harm called down on the reader ("i hope someone stabs you", "hope somebody punches
  u"): forum3 finds the reader after the harm verb, but the people-only path then looked
  for a person right after "hope someone", found the verb and called it a thing. The
  reader stays the target; "i hope someone fixes you a coffee" names no harm verb and
  forum3 already drops it.
- A member sent out of a server's place ("get out of the vc", "leave this server", "esci
  dal server") is a send-off, as "leave the server" already was; with a fix in the same
  sentence ("leave the vc and rejoin, ur mic is bugged", "esci dalla vc e rientra") it
  is help; the writer's own "gotta leave the vc", "i have to leave the call" is news.
- Hounding someone until they leave ("lets all spam him until he leaves", "ping her
  every minute till she quits", "insultiamolo finché non se ne va"): a call to harass
  (spam, ping, report, roast, raid...) with its victim right after the verb, then "until"
  and a leaving verb, is exclusion aimed at that person. "wait until he leaves", "dont
  ping him until he answers" and "stay in vc till she leaves" call for no hounding, nor
  do "ping him until he gets online" (a ping or dm hounds only when repeated: "every",
  "spam") and "dm her until she logs in" ("gets"/"logs" leave only with "off", "out",
  "banned"). "report him until he gets banned" stays hounding: reports until a ban
  are a campaign against the person, not one report of a broken rule.
- "nobody asked but ...": the writer's own preface ("nobody asked but here's my cat",
  "no one asked, but i finished it") is self-deprecation; said to someone ("nobody
  asked, loser", "nobody asked but here you are yapping again") it stays exclusion.
- A member named with where they are ("the girl in vc is so dumb", "the mods here are
  pathetic", "quel tipo nel server è un idiota"): a person word, a place ("in vc",
  "here", "in general"), a copula and only intensifiers before the name-call judge that
  member (or, in the plural, the room's people). A thing named so ("the music in vc is
  trash") has no person word and stays untargeted.
- The reader's own traits stand for the reader ("ur personality is trash", "your whole
  vibe is pathetic", "la tua personalità è patetica"); their work does not ("ur code is
  trash" is a thing).
- Body shaming said of one person who opens the sentence, a pronoun, "this guy" or a
  name ("emma is so ugly lol", "she is so fat"), as name-calls said of a person already
  were; "my hamster is so fat" and "this font is ugly" name no person.
- A mild name-call of someone present, with love for them right after it ("he's such an idiot,
  love him", "è un cretino, gli voglio bene"), is teasing, as teasing.py reads it for
  the reader; "bitch" and stronger never are, nor "i don't love him".
- Things a study, coding, art or language server curses ("fuck css", "fuck calculus",
  "fuck kanji") are no member's names for the chat name-call rules.

All read only their own hits and a few tokens around them (the hit path), so cost
stays O(1) and messages without these words pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord8_words as d8
from bot.core.scoring.forum3_words import HARM_CALLS
from bot.core.scoring.gamechat7_words import VERDICT_BRIDGE
from bot.core.scoring.targeting_context import (
    BEFORE,
    SAID_OF_NOTE,
    SENTENCE_REACH,
    Context,
    Hit,
)
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian4 import Italian4Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

FIX_NOTE: Final = "a fix for a bug, not a send-off"
NOT_HOUNDING_NOTE: Final = "no call to hound anyone"
OWN_PREFACE_NOTE: Final = "the writer's own preface"
OWN_LEAVING_NOTE: Final = "the writer's own leaving"
_OWN_TERMS: Final = d8.SEND_OFFS | d8.UNTIL | d8.NOBODY_ASKED
_PLACED: Final = frozenset({Kind.NONE, Kind.OBJECT})  # what the place-named member corrects
_JUDGED: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
_TRAITED: Final = frozenset({Kind.NONE, Kind.THIRD_PERSON})  # "ur personality" read as someone else
_BODY_SAID: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_READ: Final = _PLACED | _TRAITED | _BODY_SAID  # the targets this round corrects
_PLACE_REACH: Final = 8  # "the new girl in the vc is so dumb"


class Discord8Rules(Italian4Rules):
    """Harm called down on the reader, send-offs from a server's places, hounding until
    someone leaves, "nobody asked but" prefaces, members named with where they are, the
    reader's traits, body shaming said of one person, fond teasing, server things."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the discord8 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in _OWN_TERMS:
            return self._discord8_own_term(ctx, hit, target, note)
        category = hit.entry.category
        if note or category not in _JUDGED or target not in _READ or not _closes(ctx, hit):
            return target, note  # every shape below corrects one of the `_READ` targets
        if (
            category is Cat.INSULT
            and target in _BODY_SAID
            and hit.entry.weight <= d8.FOND_MILDEST
            and _fond_after(ctx, hit)
        ):
            return target, JOKING_NOTE  # "he's such an idiot, love him"
        if target in _TRAITED and self._trait_of_reader(ctx, hit):
            return Kind.SECOND_PERSON, note  # "ur personality is trash"
        if category is Cat.BODY_SHAMING and target in _BODY_SAID and self._body_said_of(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "emma is so ugly lol"
        if target not in _PLACED:
            return target, note
        placed = self._member_placed(ctx, hit)
        if placed is not None:
            return placed, SAID_OF_NOTE  # "the girl in vc is so dumb"
        return target, note

    def _is_thing(self, word: str) -> bool:
        """Also a thing a server curses ("fuck css", "fuck calculus"): no member's name."""
        return word in d8.SERVER_THINGS or super()._is_thing(word)

    def _discord8_name(self, word: str) -> bool:
        """A word that may be a member's name: no list knows it."""
        return self._unlisted(word)

    def _trait_of_reader(self, ctx: Context, hit: Hit) -> bool:
        """ "your" and a trait of the reader's, then a copula and intensifiers only."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, d8.TRAIT_REACH)
        for i in range(start, hit.first - 2):
            if tokens[i] not in d8.READER_POSSESSIVES:
                continue
            j = i + 1
            if tokens[j] == "whole" and j + 1 < hit.first:
                j += 1  # "ur whole personality", "your whole existence"
            if tokens[j] not in d8.TRAITS or tokens[j + 1] not in d8.COPULAS:
                continue  # "ur mid and ur personality is trash": the second "ur"
            return all(word in VERDICT_BRIDGE for word in tokens[j + 2 : hit.first])
        return False

    def _body_said_of(self, ctx: Context, hit: Hit) -> bool:
        """A body-shaming word said of one person who opens the sentence: a pronoun,
        a person word after "this"/"that", or a name ("emma is so ugly lol")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, BEFORE)
        if not ctx.starts_sentence(start):
            return False
        i = start
        subject = tokens[i]
        if subject in d8.OPENERS and i + 1 < hit.first:
            i += 1
            if tokens[i] not in self._cue_person_noun and tokens[i] not in self._cue_people:
                return False  # "this song is ugly"
        elif subject not in self._cue_singular_pronoun and not self._discord8_name(subject):
            return False
        if i + 1 >= hit.first or tokens[i + 1] not in d8.COPULAS:
            return False
        return all(word in VERDICT_BRIDGE for word in tokens[i + 2 : hit.first])

    def _person_object(self, ctx: Context, hit: Hit, target: TargetKind) -> TargetKind:
        """A people-only word's target; harm called down on the reader keeps the reader."""
        if target is Kind.SECOND_PERSON and hit.entry.term in HARM_CALLS:
            return target  # "i hope someone stabs you": forum3 found the reader
        return super()._person_object(ctx, hit, target)

    def _discord8_own_term(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """Who this round's own lexicon terms are aimed at, in their shapes only."""
        term = hit.entry.term
        tokens = ctx.tokens
        if term in d8.SEND_OFFS:
            start = ctx.sentence_start(hit.first, SENTENCE_REACH)
            end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
            if not d8.FIXES.isdisjoint(tokens[start:end]):
                return Kind.OBJECT, FIX_NOTE  # "leave the vc and rejoin"
            if _own_leaving(ctx, hit, start):
                return Kind.SELF, OWN_LEAVING_NOTE  # "gotta leave the vc, dinner"
            return target, note
        if term in d8.UNTIL:
            hounded = self._hounded(ctx, hit)
            if hounded is None:
                return Kind.OBJECT, NOT_HOUNDING_NOTE  # "wait until he leaves"
            return hounded, SAID_OF_NOTE  # "lets all spam him until he leaves"
        if _own_preface(ctx, hit):
            return Kind.SELF, OWN_PREFACE_NOTE  # "nobody asked but here's my cat"
        return target, note

    def _hounded(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """Who a call to hound someone until they leave is aimed at, or None: a leaving
        verb after "until", a hounding verb with its victim before it, no rule against it."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, d8.LEAVING_REACH)
        if not _leaving(tokens, hit.last, end):
            return None  # "until he answers", "until they fix it", "until she logs in"
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        for i in range(start, hit.first):
            if tokens[i] not in d8.HOUNDING:
                continue
            if i > start and tokens[i - 1] in d8.NOT_CALLED:
                return None  # "dont ping him until he answers"
            victim = tokens[i + 1 : min(hit.first, i + 1 + d8.HOUNDED_REACH)]
            if not d8.HOUNDED.isdisjoint(victim) or _self_objected(tokens[i]):
                return Kind.THIRD_PERSON  # "spam him", "insultiamolo"
            if victim and _mention_at(ctx, i + 1):
                return Kind.MENTION  # "spam <@1> until he leaves"
        return None

    def _member_placed(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """A person word opening the sentence, a place, a copula, intensifiers, the hit:
        that person (THIRD_PERSON), or in the plural the room's people (GROUP)."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, _PLACE_REACH)
        if not ctx.starts_sentence(start) or hit.first - start < 3:
            return None
        i = start
        while i < hit.first and tokens[i] in d8.OPENERS:
            i += 1
        if i >= hit.first or (i == start and tokens[i] not in self._cue_role):
            return None  # "girl in vc is dumb" could be a title; "the", "our" first
        subject = tokens[i]
        plural = self._discord8_plural(subject)
        if not plural and not self._discord8_person(subject):
            return None
        j = self._discord8_after_place(tokens, i + 1, hit.first)
        if j < 0 or j >= hit.first or tokens[j] not in d8.COPULAS:
            return None
        if any(word not in VERDICT_BRIDGE for word in tokens[j + 1 : hit.first]):
            return None
        return Kind.GROUP if plural else Kind.THIRD_PERSON

    def _discord8_person(self, word: str) -> bool:
        return word in self._cue_person_noun or word in self._cue_people or word in self._cue_role

    def _discord8_plural(self, word: str) -> bool:
        """People in the plural: "mods", "guys", "people" (an -s on a person word; the
        Italian -o/-i plural, "ragazzi", is not read)."""
        if word in ("people", "ppl", "folks", "gente"):
            return True
        return len(word) > 3 and word[-1] in "si" and self._discord8_person(word[:-1])

    @staticmethod
    def _discord8_after_place(tokens: list[str], at: int, end: int) -> int:
        """The index after a place ("here", "in vc", "in the general chat"), or -1."""
        if at < end and tokens[at] in d8.HERE:
            return at + 1
        if at >= end or tokens[at] not in d8.PLACE_PREPOSITIONS:
            return -1
        at += 1
        if at < end and tokens[at] in d8.PLACE_ARTICLES:
            at += 1
        if at < end and tokens[at] in d8.PLACES:
            at += 1
            if at < end and tokens[at] in d8.PLACES:
                at += 1  # "in general chat"
            return at
        return -1


def _fond_after(ctx: Context, hit: Hit) -> bool:
    """ "love him", "i adore her", "gli voglio bene" right after the name-call, in its
    sentence, with only fillers between ("he's an idiot but i love him"): "nobody could
    love him" and "his mom must love him" are no fondness, and a later sentence's "love
    him" is not about this one. Reads at most FOND_REACH tokens."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, d8.FOND_REACH + 1)
    for i in range(hit.last, end - 1):
        word, after = tokens[i], tokens[i + 1]
        if word in d8.LOVING and after in d8.LOVED:
            return True
        if (word, after) in d8.ITALIAN_FOND:
            return True
        if word not in d8.FOND_FILLERS:
            return False  # "nobody could love him", "i'd love him to leave"
    return False


def _own_leaving(ctx: Context, hit: Hit, start: int) -> bool:
    """The writer leaving, not sending off: "gotta leave the vc", "i have to leave the
    call", "ill leave the chat"; "you gotta leave the vc" stays a send-off."""
    before = ctx.tokens[max(start, hit.first - d8.OWN_LEAVING_REACH) : hit.first]
    if not d8.AT_READER.isdisjoint(before) or not d8.NOT_OWN.isdisjoint(before):
        return False
    return not d8.OWN_MODALS.isdisjoint(before)


def _leaving(tokens: list[str], start: int, end: int) -> bool:
    """A leaving verb in tokens[start:end]: "leaves", "quits", or "logs off", "gets
    banned"; not "gets online", "logs in"."""
    for i in range(start, end):
        word = tokens[i]
        if word in d8.LEAVING:
            return True
        if word in d8.LEAVING_WITH and i + 1 < len(tokens) and tokens[i + 1] in d8.GONE:
            return True
    return False


def _closes(ctx: Context, hit: Hit) -> bool:
    """The hit closes its clause, laughter aside: "is so dumb", "is so ugly lol", not
    "is a dumb song"."""
    tokens = ctx.tokens
    at = hit.last
    while at < len(tokens) and tokens[at] in d8.TAILS and at - hit.last < d8.TAIL_REACH:
        if ctx.pause_after(at - 1):
            return True
        at += 1
    return ctx.closes_clause(at)


def _mention_at(ctx: Context, at: int) -> bool:
    """A user mention at token `at`: folded, "<@1...>" reads "<ai...>", "<" dropped."""
    if at >= len(ctx.spans) or not ctx.tokens[at].startswith("a"):
        return False
    start = ctx.spans[at][0]
    return start > 0 and ctx.folded[start - 1] == "<"


def _self_objected(verb: str) -> bool:
    """An Italian order with its victim joined on: "insultiamolo", "spammatela"."""
    return len(verb) > 6 and verb.endswith(("lo", "la", "li"))


def _own_preface(ctx: Context, hit: Hit) -> bool:
    """ "nobody asked" then "but" and the writer's own news within a few words."""
    tokens = ctx.tokens
    at = hit.last
    if at >= len(tokens) or tokens[at] not in d8.BUT:
        return False
    news = tokens[at + 1 : ctx.sentence_end(at, d8.OWN_NEWS_REACH)]
    if not d8.AT_READER.isdisjoint(news):
        return False  # "nobody asked but here you are yapping again"
    return not d8.OWN_NEWS.isdisjoint(news)
