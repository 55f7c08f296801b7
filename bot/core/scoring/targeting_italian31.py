"""Targeting rules of the italian31 round (issue 8, twenty-second session): Italian
Telegram, Twitter and chat posts that call a public figure a name with no verb, or say
a religion's or a people's place is not wanted.

- A public figure's surname (italian30_words.FIGURES: "salvini", "la meloni", "di
  maio") and an insult or a swear word side by side, the two alone in their sentence:
  "salvini merda", "conte pagliaccio", "la meloni bugiarda", "pagliaccio meloni",
  "merda renzi!!". Posts and replies about politicians drop the verb; the older rules
  read the surname as a word of the language ("conte", "meloni", "calenda") and the call
  as said of no one, or of someone not aimed at. Clean: "salvini oggi", "renzi
  ministro" (no hit), "meloni genio" (a call that also praises), "salvini ha parlato,
  merda, ho perso la diretta" (a pause: the swear word stands apart), "chi dice salvini
  merda è un maleducato" (the pair does not open its sentence), "conte merda di
  giornata" (the sentence goes on), quoted words.
- A place of worship or a people's camp not wanted, after the older "non voglio" and
  "non vogliamo" (read as no group's exclusion when no group is named): "non voglio una
  moschea nel mio quartiere", "non vogliamo più moschee in italia", "non voglio un campo
  rom vicino casa", "non vogliamo sinagoghe qui". The place stands for its people.
  Clean: "non voglio una multa", "non vogliamo discariche" (no such place), "non voglio
  andare in moschea" (a verb between), "dire che non vogliamo moschee è razzismo" (a
  saying), "vorrei una moschea più grande" (no hit).

Cost per hit: a frozenset test of the term or its category, then at most three tokens
on each side of the hit, each a frozenset test. No regex, no new lexicon term, no work
for messages without these hits.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian30_words as w30
from bot.core.scoring import italian31_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat30 import GameChat30Rules
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian31Rules"]

# The readings left unaimed: said of no one, of a thing, or of a third person not aimed.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_CALLS: Final = frozenset({Cat.INSULT, Cat.PROFANITY})
# No note, or the older reading of a name no list knows ("salvini bugiardo"), whose
# weight stays under the default threshold for the milder calls.
_OPEN_NOTES: Final = frozenset({"", NAMED_NOTE})


class Italian31Rules(GameChat30Rules):
    """A surname and a call with no verb; a mosque or a camp not wanted."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in w.NOT_WANTED:
            if note == NOT_SAID9_NOTE and self._i31_place_unwanted(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "non voglio una moschea nel quartiere"
            return target, note
        if note not in _OPEN_NOTES or target not in _UNAIMED or entry.category not in _CALLS:
            return target, note
        swearing = entry.category is Cat.PROFANITY
        if swearing and entry.term not in w.SWEAR_CALLS:
            return target, note  # "conte cazzo": an interjection
        if self._i31_figure_called(ctx, hit):
            return Kind.THIRD_PERSON, NAMED_NOTE if swearing else OUTRIGHT_NOTE  # "renzi merda"
        return target, note

    def _i31_figure_called(self, ctx: Context, hit: Hit) -> bool:
        """ "[la] <surname> <call>" or "<call> [la] <surname>", the two alone in their
        sentence, not quoted and not a call that also praises."""
        if hit.last - hit.first != 1 or ctx.quoted(hit.first, hit.last):
            return False
        if hit.entry.term in w30.PRAISE_TOO:
            return False
        tokens = ctx.tokens
        before = hit.first - 1
        if before >= 0 and not ctx.pause_after(before) and ctx.closes_clause(hit.last):
            first = self._i31_figure_from(tokens, before)
            if first >= 0 and self._i31_opens(ctx, first):
                return True  # "salvini merda", "la meloni bugiarda"
        if not self._i31_opens(ctx, hit.first) or ctx.pause_after(hit.first):
            return False
        at = hit.last
        if at < len(tokens) and tokens[at] in w30.BEFORE_FIGURE:
            at += 1
        if at + 1 < len(tokens) and (tokens[at], tokens[at + 1]) in w30.PARTICLE_NAMES:
            return ctx.closes_clause(at + 2)  # "buffone di maio"
        return at < len(tokens) and tokens[at] in w.HOME_FIGURES and ctx.closes_clause(at + 1)

    @staticmethod
    def _i31_figure_from(tokens: list[str], at: int) -> int:
        """Where the surname ending at token `at` starts (over "di" of "di maio" and an
        article before it), or -1."""
        name = tokens[at]
        if name in w.HOME_FIGURES:
            first = at
        elif at > 0 and (tokens[at - 1], name) in w30.PARTICLE_NAMES:
            first = at - 1
        else:
            return -1
        return first - 1 if first > 0 and tokens[first - 1] in w30.BEFORE_FIGURE else first

    @staticmethod
    def _i31_opens(ctx: Context, at: int) -> bool:
        """Whether token `at` opens its sentence."""
        return ctx.sentence_start(at, w30.FIGURE_REACH) == at

    def _i31_place_unwanted(self, ctx: Context, hit: Hit) -> bool:
        """ "non voglio [una] moschea", "non vogliamo [più] campi rom", said, not quoted."""
        tokens = ctx.tokens
        at = hit.last
        reach = min(len(tokens), at + w.PLACE_REACH)
        while at < reach and tokens[at] in w.BEFORE_PLACE and not ctx.pause_after(at - 1):
            at += 1
        if at >= len(tokens) or ctx.pause_after(at - 1):
            return False
        word = tokens[at]
        placed = word in w.WORSHIP or (
            word in w.CAMPS and at + 1 < len(tokens) and tokens[at + 1] in w.CAMP_PEOPLE
        )
        return placed and not self._hc9_unsaid(ctx, hit)
