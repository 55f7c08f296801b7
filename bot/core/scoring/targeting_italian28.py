"""Targeting rules of the italian28 round (issue 8, twentieth session): Italian chat,
Telegram and Twitter posts that call for the gallows or the firing squad for people,
and that put a word of scorn before a person noun.

- A plural call whose form names people ("vanno impiccati", "andrebbero fucilati",
  "fucilarli", "impicchiamoli", "meritano la forca": italian28_words.PLURAL_CALLS) with
  nobody named before it in its clause, or only a pronoun, an opener or "per me":
  "andrebbero impiccati tutti", "vanno fucilati tutti quanti", "bisognerebbe fucilarli",
  "per me andrebbero impiccati", "altro che galera, vanno fucilati". The older rules
  read these as said of a thing unless a person or a group is named before them. Clean:
  "questi film andrebbero fucilati" (a thing named before), "non dico che vanno
  impiccati" (negated: the older reading stands), "nel film lo impiccano" (not a call),
  quoted words.
- Gallows wanted for people named after "per" (or after "alla forca"): "ci vuole la
  forca per questi ladri", "ci vuole la forca per tutti loro", "ci vorrebbe la forca per
  questa gente", "ci vuole la forca per chi ci governa", "alla forca i corrotti", read
  as the group they form ("per lui", "per lei", "per te": the one person). Clean:
  "ci vuole la forca" with no one named (left as the older rules read it), "la forca
  era usata nel medioevo" (no call). "ci vuole la galera per chi evade le tasse" stays
  clean: prison asked for a crime is a civic opinion, not a wish for a death; "galera"
  is no lexicon term and none is added.
- A word of scorn (italian28_words.SCORN) between a pointing word or an article and a
  person noun: "quel lurido politico", "sti maledetti politici", "sto schifoso arbitro",
  "quei luridi tifosi della juve", "questa schifosa gente". The older rules read it as
  said of a thing, or of a third person without weight. Clean: "quel maledetto lunedì",
  "sto schifoso raffreddore", "quel lurido bagno" (a thing after it), "la lurida
  politica" ("politica" is politics), quoted words.

- Too many of a named group, the group after "di" with "ne" before "troppi", or after an
  article or a pointing word with "sono" before it: "ce ne sono troppi di immigrati",
  "ne abbiamo troppi di stranieri", "sono troppi gli immigrati in italia", "sono troppi
  questi stranieri" (italian12 reads "troppi" right before the group, or after it).
  Clean: "ce ne sono troppi di compiti", "sono troppi i bambini che muoiono" (no group),
  "sono troppi gli immigrati morti in mare" (a participle or verb after: the group
  harmed), "non è vero che ce ne sono troppi di immigrati" (unsaid: italian12).

Cost per hit: a frozenset test of the term, then at most four tokens back or three
ahead (for "troppi", italian12's group test at one place), each a frozenset test. No
regex, no work for messages without these hits.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian12_words as i12
from bot.core.scoring import italian28_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat7 import NOT_A_PLAYER_NOTE
from bot.core.scoring.targeting_hatecheck28 import HateCheck28Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["SCORNED", "Italian28Rules", "before_person"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
SCORNED: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
_OPEN_NOTES: Final = frozenset({"", NOT_A_PLAYER_NOTE})


class Italian28Rules(HateCheck28Rules):
    """Calls for the gallows or the firing squad for people; "quel lurido politico";
    "ce ne sono troppi di immigrati"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if note not in _OPEN_NOTES:
            return target, note
        term = hit.entry.term
        if term in w.PLURAL_CALLS:
            if target is Kind.OBJECT and _unnamed_before(ctx, hit) and _own(ctx, hit):
                return Kind.GROUP, ""  # "andrebbero impiccati tutti": plural people
        elif term in w.GALLOWS:
            whom = _named_after(ctx, hit)
            if target in _UNAIMED and whom and _own(ctx, hit):
                if whom in w.ONE_OF:
                    return Kind.THIRD_PERSON, ""  # "ci vuole la forca per lui"
                return Kind.GROUP, ""  # "ci vuole la forca per questi ladri"
        elif term in w.SCORN and target in SCORNED and before_person(ctx, hit) and _own(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quel lurido politico"
        return target, note

    def _it12_too_many(self, ctx: Context, hit: Hit) -> bool:
        """italian12's orders, and the group after "di" or an article: "ce ne sono
        troppi di immigrati", "sono troppi gli stranieri in italia"."""
        if super()._it12_too_many(ctx, hit):
            return True
        tokens = ctx.tokens
        at = hit.last
        if at >= len(tokens) or ctx.pause_after(at - 1):
            return False
        partitive = tokens[at] == w.OF
        if partitive:
            at += 1  # "troppi di immigrati"
        elif tokens[at] not in w.GROUP_DETERMINERS:
            return False
        elif at + 1 < len(tokens):
            at += 1  # "troppi gli immigrati"
        end = self._it12_group_after(tokens, at)
        if end < 0 or ctx.pause_after(at - 1):
            return False
        if end < len(tokens) and not (
            ctx.pause_after(end - 1) or tokens[end] in i12.TOO_MANY_AFTER
        ):
            return False  # "sono troppi gli immigrati morti in mare"
        i = self._it12_skip_fillers(ctx, hit.first - 1)
        if partitive:
            return not w.PARTITIVE_CLITICS.isdisjoint(tokens[max(0, i - 1) : i + 1])
        return i >= 0 and tokens[i] in i12.TOO_MANY_BEFORE and not ctx.pause_after(i)


def _own(ctx: Context, hit: Hit) -> bool:
    """Not inside quotes."""
    return not ctx.quoted(hit.first, hit.last)


def _unnamed_before(ctx: Context, hit: Hit) -> bool:
    """Only openers, "per me", pronouns for people, people nouns and determiners stand
    before the call in its clause (at most LEAD_REACH words)."""
    tokens = ctx.tokens
    at = hit.first - 1
    floor = hit.first - w.LEAD_REACH
    while at >= 0 and not ctx.pause_after(at):
        if at < floor:
            return False
        word = tokens[at]
        if word not in w.LEADS and word not in w.DETERMINERS and word not in w.PERSONS:
            return False  # "questi film andrebbero fucilati"
        at -= 1
    return True


def _named_after(ctx: Context, hit: Hit) -> str:
    """ "per" (needed after "ci vuole"), then a pronoun for people, or a determiner or
    none and a person noun: that word, else ""."""
    tokens = ctx.tokens
    at = hit.last
    end = len(tokens)
    if at < end and tokens[at] == w.FOR and not ctx.pause_after(at - 1):
        at += 1
    elif hit.entry.term != w.TO_GALLOWS:
        return ""
    if at >= end or ctx.pause_after(at - 1):
        return ""
    if tokens[at] in w.FOR_WHOM:
        return tokens[at]  # "per tutti loro", "per chi ci governa"
    if tokens[at] in w.DETERMINERS and at + 1 < end and not ctx.pause_after(at):
        at += 1
    return tokens[at] if tokens[at] in w.PERSONS else ""


def before_person(ctx: Context, hit: Hit) -> bool:
    """A determiner right before the word of scorn and a person noun right after."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if first < 1 or last >= len(tokens) or tokens[first - 1] not in w.DETERMINERS:
        return False
    if ctx.pause_after(first - 1) or ctx.pause_after(last - 1):
        return False
    return tokens[last] in w.PERSONS
