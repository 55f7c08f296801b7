"""Targeting rules of the discord22 round (issue 8, nineteenth session): a crowd's call
to pile on a member of a Discord server, and the crowd said to mock the reader.

- A pile-on called for: a crowd's call ("everyone", "everybody", "lets all", "yall go",
  "we should all") opening the sentence, then a pile-on verb with its victim ("spam
  him", "flame her", "ratio him", "roast him", "block her"), then only chat tags or the
  pile-on's place ("in vc", "in general", "rn") to the clause's end: "everyone spam him",
  "lets all flame him in vc", "everyone go ratio him", "everybody block her lmao". Stay
  clean, and cancelled: "everyone spam the boss" (no victim: no term), "spam him with
  heals" and "just roast him back lol" (no crowd's call), "everyone spam him with love
  for his bday" (the clause goes on), "he said to spam him" (the call does not open the
  sentence); a quoted or reported call keeps the older rules' reading (reported). The
  lexicon's older lines ("everyone report him", "spam her dms", "dogpile him") are read
  as before, and leftovers8's "spam her" keeps its reading where no crowd calls.
- The crowd said to mock the reader: a crowd subject ("everyone", "we all", "the whole
  server", Italian "tutti") opening the sentence, a few words at most before a mocking
  term said of the reader ("behind ur back", "laughs at u", "make fun of u", "tolerate
  u", "ridono di te", "alle tue spalle"): "we all talk behind ur back", "everyone here
  laughs at u", "we only tolerate u", "tutti ridono di te". Stay clean, and cancelled:
  "nobody laughs at u here", "no one makes fun of u" (no crowd subject), "dont worry we
  all make fun of u" and "he said we all laugh at u" (the subject does not open the
  sentence), "we all laugh at u jk ily" (a kind word after), "i laugh at you", "people
  will laugh at you if u wear that". "everyone talks behind my back" and "i got ur back"
  have no term.
- Its fix of an older reading: the reader's school known, the clause going on with the
  school's own verb, is talk about the school: "i know ur school has a half day tmrw",
  "i know your school starts at 8". Stay hostile: "i know ur school", "i know ur
  school is lincoln high" (named), "i know ur school lol".

Cost: every hit pays three frozenset tests of its term; a pile-on's hit then walks at most
four tokens back and five ahead, a mocking term's six back and eight ahead, a known
school one token ahead. No regex, nothing for a message without a hit. The round's new
words are unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord18_words as d18
from bot.core.scoring import discord21_words as d21
from bot.core.scoring import discord22_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_italian25 import Italian25Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["SCHOOL_NOTE", "UNCALLED_NOTE", "UNMOCKED_NOTE", "Discord22Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
UNCALLED_NOTE: Final = "no crowd called on to pile on"
UNMOCKED_NOTE: Final = "no crowd said to mock the reader"
SCHOOL_NOTE: Final = "the reader's school talked about, not a threat"


class Discord22Rules(Italian25Rules):
    """A crowd's call to pile on a member ("everyone spam him"), the crowd said to mock
    the reader ("we all talk behind ur back")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.SCHOOL_KNOWN:
            if hit.last < len(ctx.tokens) and ctx.tokens[hit.last] in w.SCHOOL_VERBS:
                return Kind.OBJECT, SCHOOL_NOTE  # "i know ur school has a half day"
            return target, note
        if term in w.MOCKED:
            if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
                return Kind.OBJECT, UNMOCKED_NOTE  # "he said we all laugh at u"
            if _crowd_mocks(ctx, hit) and not ctx.any_ahead(
                hit.last, d21.KIND_AFTER, d21.KIND_REACH
            ):
                return Kind.SECOND_PERSON, ""  # "we all talk behind ur back"
            return Kind.OBJECT, UNMOCKED_NOTE  # "nobody laughs at u here"
        if term not in w.PILE_ON:
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note  # "he said everyone spam him": the older reading
        if _crowd_calls(ctx, hit.first) and closed_by(
            ctx, hit.last, d18.TAIL, w.PLACES, reach=w.TAIL_REACH
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "everyone spam him"
        if term in w.OLDER_PILE_ON:
            return target, note  # "spam her": leftovers8's reading
        return Kind.OBJECT, UNCALLED_NOTE  # "spam him with heals"


def _crowd_calls(ctx: Context, first: int) -> bool:
    """A crowd's call ("everyone", "lets all", "yall go") right before token `first`,
    at most LEAD_REACH words, opening its sentence."""
    tokens = ctx.tokens
    at = first
    floor = max(0, first - w.LEAD_REACH)
    crowd = False
    while at > floor and tokens[at - 1] in w.LEADS and not ctx.stop_after(at - 1):
        at -= 1
        crowd = crowd or tokens[at] in w.CROWD
    return crowd and ctx.starts_sentence(at)


def _crowd_mocks(ctx: Context, hit: Hit) -> bool:
    """A crowd subject ("everyone", "we all", "the whole server") among at most
    MOCK_REACH words before the hit, opening its sentence: "we all talk behind ur back"."""
    tokens = ctx.tokens
    at = hit.first
    floor = max(0, at - w.MOCK_REACH)
    crowd = False
    while at > floor and tokens[at - 1] in w.MOCK_LEADS and not ctx.stop_after(at - 1):
        at -= 1
        crowd = crowd or tokens[at] in w.CROWD_SUBJECT
    return crowd and ctx.starts_sentence(at)
