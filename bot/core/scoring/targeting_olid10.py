"""Targeting rules of the olid10 round (issue 8, thirteenth session): three shapes of
name-calling in OLID's replies that the older rules read as no insult at all.

- A villain's or criminal's noun said of a person: "she is a murderer", "he's a
  dictator", "Cuomo is a tyrant", "you are a demon", "he is a child predator", "what a
  sleazeball". News and stories name these ("the murderer was caught", "he played a
  dictator in the film", "my cat is a little dictator lol"), so the new terms count only
  after a copula whose subject is the reader, a pronoun, a pointed person or a name (or
  after "what a" / a vocative "you"), with the noun closing its clause. "terrorist"
  (counted only of a group by hatecheck12) and "sellout" (below the threshold of "he")
  are read again in the same shape.
- A person noun judged by an adjective that is no insult alone: "he is a sad little
  man", "you are a crazy person", "trump is a sick man", "what a twisted woman".
  The lexicon holds the adjective only with the noun ("crazy good", "a sad day" have no
  hit); the same subject and closing tests as olid7's "a petty little man" (its
  `_olid7_subject`), and "sick" never before care ("a sick man, pray for him").

- A political group called crazy by the word before it: "crazy liberals", "these
  crazy leftists", "Hollywood is full of demonic democrats" (plurals only). A question
  right after ("crazy libs? no"), a quote, and the older readings that cancel (the
  writer's own, a report, a denial, a post's words) are kept.

A question ("is he a murderer?"), a denial or a report ("saying he is a tyrant is
unfair"), a description that goes on ("a predator in the wild") keep no insult.

Cost: one frozenset test of the hit's term; only this round's terms (rare words and
two-word phrases) reach a walk of at most two modifiers back, then olid7's subject walk
(at most four bridge words) and a look at the two tokens after the noun.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid7_words as w7
from bot.core.scoring import olid10_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_gamechat14 import GameChat14Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid10Rules"]

NOT_CALLED_NOTE: Final = "no person called a villain or judged"
_NEW_TERMS: Final = w.VILLAINS | w.JUDGED
_OWN_TERMS: Final = _NEW_TERMS | w.OLDER | w.CRAZED_GROUPS
# Older readings of "terrorist"/"sellout" left alone: a group's or the reader's.
# Older readings of a crazed group taken over (the reply's reader, its mention, a group,
# with no note); any other is kept: the writer's own ("i'm a crazy liberal lol"), a
# report ("stop calling us crazy liberals"), a denial, a thing's ("crazy liberal policies").
_TAKEN: Final = frozenset({Kind.SECOND_PERSON, Kind.MENTION, Kind.GROUP, Kind.THIRD_PERSON})
_KEPT: Final = frozenset({Kind.GROUP, Kind.SECOND_PERSON})


class Olid10Rules(GameChat14Rules):
    """A villain's noun said of a person; a person noun judged by its adjective."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms count only said of a
        person: elsewhere they name a film's villain or a friend's crazy day."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            return target, note
        if term in w.CRAZED_GROUPS:
            return self._olid10_crazed(ctx, hit, target, note)
        fresh = term in _NEW_TERMS
        if not fresh and (target in _KEPT or note == OUTRIGHT_NOTE):
            return target, note  # "every muslim is a terrorist", "you're a sellout"
        asked = fresh and self._olid7_asked_back(ctx, hit)  # review14: "a murderer? no, ..."
        aimed = (
            None
            if asked or ctx.quoted(hit.first, hit.last)
            else self._olid10_called(ctx, hit, target)
        )
        if aimed is not None:
            return aimed
        return (Kind.OBJECT, NOT_CALLED_NOTE) if fresh else (target, note)

    def _olid10_crazed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "crazy liberals", "demonic democrats": said of the political group, unless
        quoted, asked ("crazy libs? no"), or cancelled by an older reading (the writer's
        own, a report, a denial, a post's words)."""
        if ctx.quoted(hit.first, hit.last) or ctx.asked_right_after(hit.last):
            return Kind.OBJECT, NOT_CALLED_NOTE
        if _olid10_one_of_us(ctx, hit):
            return Kind.SELF, ""  # review14: "i'm one of those crazy liberals lol"
        if note or target not in _TAKEN:
            return target, note
        return Kind.GROUP, POLITICAL_NOTE

    def _olid10_called(
        self, ctx: Context, hit: Hit, target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """Who the noun is said of (olid7's subject: the reader, a person, an
        exclamation), or None when the noun goes on or no person is its subject."""
        tokens = ctx.tokens
        last = hit.last
        end = ctx.sentence_end(hit.first, SENTENCE_REACH)
        if last < end and not ctx.pause_after(last - 1):
            after = tokens[last]
            exclaimed = (
                after in w.EXCLAIMED
                and last + 1 < end
                and tokens[last + 1] in w.EXCLAIMED_VERBS
                and (last + 2 >= end or ctx.pause_after(last + 1))
            )  # "what a sad person you are"
            if after not in w7.KIND_AFTER and not exclaimed:
                return None  # "a predator in the wild", "a crazy person about exams"
        if hit.entry.tokens[0] == w.SICK and not w.CARE.isdisjoint(tokens[last:end]):
            return None  # "he is a sick man, pray for him"
        first = hit.first
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if hit.entry.term in w.JUDGED and not _olid10_article(ctx, first, start):
            return None  # "you're crazy man!"
        if term_plural(hit) and w.PLURAL_SUBJECTS.isdisjoint(tokens[start:first]):
            return None  # "sharks are predators"
        while (
            first > start
            and hit.first - first < w.MODIFIER_REACH
            and tokens[first - 1] in w.MODIFIERS
            and not ctx.pause_after(first - 1)
        ):
            first -= 1  # "a child predator", "a wannabe dictator"
        return self._olid7_subject(ctx, first, target)


def term_plural(hit: Hit) -> bool:
    """A plural villain ("murderers", "predators")."""
    return hit.entry.term in w.PLURALS


def _olid10_article(ctx: Context, first: int, start: int) -> bool:
    """ "a", "an" or "one" at most three words before `first`, in its clause."""
    at = first - 1
    while at >= start and first - at <= w.ARTICLE_REACH and not ctx.pause_after(at):
        if ctx.tokens[at] in w.ARTICLES:
            return True
        at -= 1
    return False


def _olid10_one_of_us(ctx: Context, hit: Hit) -> bool:
    """review14: "i'm one of those crazy liberals": the writer counts among the group."""
    tokens, first = ctx.tokens, hit.first
    at = first - 1 if first > 0 and tokens[first - 1] in w.ONE_OF_POINTERS else first
    if at < 2 or tokens[at - 2 : at] != ["one", "of"]:
        return False
    start = ctx.sentence_start(first, SENTENCE_REACH)
    return not w.WRITER.isdisjoint(tokens[start : at - 2])
