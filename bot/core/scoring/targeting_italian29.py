"""Targeting rules of the italian29 round (issue 8, twenty-first session): Italian chat,
Telegram and Twitter posts that call people fit for the gallows with "da", or curse a
person with a singular curse word, and pity for people in need left clean.

- "da" and a verb of execution (italian29_words.FIT_FOR: "da impiccare", "da fucilare",
  "da sterminare", "da mettere al muro"; not "da ammazzare", said of games' monsters)
  with, before it in its clause, only people: nobody named, a pronoun, a being verb,
  "tutti", or a people noun of italian28 ("sono tutti da impiccare", "i politici sono
  da fucilare", "gente da sterminare", "tutti da fucilare sul posto"): a group; "sei
  da fucilare", "siete tutti da impiccare": the reader; "l'arbitro è da fucilare": a
  third person. The older rules read these as said of a thing. Clean: "file da
  eliminare", "questo film è da fucilare", "le zanzare sono da sterminare" (a thing or
  an animal before), "non sono da fucilare", "nessuno è da impiccare", "chi dice che
  sono tutti da impiccare esagera" (denied or reported), "io sono da fucilare", "sono
  da fucilare, ho dimenticato le chiavi" (the writer before or after it: self-talk),
  quoted words.
- A singular curse word (italian29_words.CURSES: "maledetto", "fottuto") between a
  pointing word or an article and a person noun: "quel maledetto ministro", "sto
  fottuto arbitro", "quella maledetta ministra" (italian28 reads the plural and
  "lurido"). "maledetto" / "maledetta" are new lexicon terms read only so, or as the
  older rules read them before a group ("quel maledetto zingaro", "maledetto ebreo"):
  any other reading is cancelled ("maledetta sfortuna", "maledetto me", "maledetto!").
  Clean: "quel maledetto lunedì", "quel fottuto server" (a thing after it). "fottuto"
  is swearing, read by the rules only in a short line ("quel fottuto politico ci ha
  rovinati" is left as it was).
- Pity ("fanno pena") said of people in need (italian29_words.IN_NEED) within a few
  words of it: "i profughi fanno pena", "mi fanno pena i profughi in mare" is sympathy,
  not scorn; the older rules read it as an identity attack on the group. "gli
  immigrati fanno pena", "i politici fanno pena" stay as they were.

Cost per hit: a frozenset test of the term, then at most six tokens back and four
ahead, each a frozenset test. No regex, no work for messages without these hits.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian27_words as i27
from bot.core.scoring import italian29_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat7 import NOT_A_PLAYER_NOTE
from bot.core.scoring.targeting_gamechat28 import GameChat28Rules
from bot.core.scoring.targeting_italian28 import SCORNED, before_person
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian29Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_OPEN_NOTES: Final = frozenset({"", NOT_A_PLAYER_NOTE})
# The singular curse words are new lexicon terms read only before a person noun.
ONLY_BEFORE_PERSON_NOTE: Final = "a curse word read only before a person noun"


class Italian29Rules(GameChat28Rules):
    """People "da impiccare"; "quel maledetto ministro"; pity for people in need."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in i27.PITY:
            if target is Kind.GROUP and _in_need_near(ctx, hit):
                return Kind.NONE, ""  # "i profughi fanno pena": sympathy
            return target, note
        if term in w.OWN_CURSES:
            if note in _OPEN_NOTES and _own_curse(ctx, hit, target):
                return Kind.THIRD_PERSON, NAMED_NOTE  # "quel maledetto ministro"
            if target is not Kind.GROUP:
                return Kind.OBJECT, ONLY_BEFORE_PERSON_NOTE  # "maledetta sfortuna"
            return target, note
        if note not in _OPEN_NOTES or ctx.quoted(hit.first, hit.last):
            return target, note
        if term in w.FIT_FOR:
            if target in _UNAIMED:
                whom = _fit_for_whom(ctx, hit)
                if whom is Kind.THIRD_PERSON:
                    return whom, OUTRIGHT_NOTE  # "l'arbitro è da fucilare"
                if whom is not None:
                    return whom, ""  # "sono tutti da impiccare"
        elif term in w.CURSES and _own_curse(ctx, hit, target):
            return Kind.THIRD_PERSON, NAMED_NOTE  # "quel fottuto arbitro"
        return target, note


def _fit_for_whom(ctx: Context, hit: Hit) -> TargetKind | None:
    """Who the call is said of, from the words before it in its clause; None when a
    thing is named, the call is denied or reported, or the writer follows it."""
    tokens = ctx.tokens
    kind = Kind.GROUP
    at = hit.first - 1
    floor = hit.first - w.REACH
    while at >= 0 and not ctx.pause_after(at):
        word = tokens[at]
        if at < floor or word in w.UNSAID or word == w.SELF or word not in w.ALLOWED_BEFORE:
            return None  # "tempo da ammazzare", "non sono da fucilare"
        if word in w.SECOND:
            kind = Kind.SECOND_PERSON
        elif word in w.SINGULAR and kind is Kind.GROUP:
            kind = Kind.THIRD_PERSON
        at -= 1
    end = min(len(tokens), hit.last + w.WRITER_REACH)
    if not w.WRITER.isdisjoint(tokens[hit.last : end]):
        return None  # "sono da fucilare, ho dimenticato le chiavi"
    return kind


def _own_curse(ctx: Context, hit: Hit, target: TargetKind) -> bool:
    """A curse word between a pointing word and a person noun, unquoted."""
    return target in SCORNED and before_person(ctx, hit) and not ctx.quoted(hit.first, hit.last)


def _in_need_near(ctx: Context, hit: Hit) -> bool:
    """People in need named within a few words before or after the pity."""
    tokens = ctx.tokens
    start = max(0, hit.first - w.NEED_REACH)
    end = min(len(tokens), hit.last + w.NEED_REACH)
    return not w.IN_NEED.isdisjoint(tokens[start : hit.first]) or not w.IN_NEED.isdisjoint(
        tokens[hit.last : end]
    )
