"""Targeting rules of the olid39 round (issue 8): a person rated as bad at a role, the
targeted insult form OLID tweets and chat share that the older rules read as swearing or
as said of a thing.

- A vulgar or poor-quality rating before a person's role (olid39_words.RATINGS and
  "lousy", then olid39_words.ROLES), after "a" and a copula or "sounds like" with a
  person as the subject, or after "what a": "ur a shitty teammate", "you're a crappy
  friend", "he's a shit dad", "ramos sounds like a shitty ump", "she is a lousy
  senator", "what a crappy teammate", "a shitty excuse for a journalist".
- A superlative put-down before a role, after "the" and a copula, or opening its
  sentence: "obama was the most corrupt president", "worst president in history", "the
  dumbest senator alive", "a reputation as the most dishonest senator".

Both are lifted to olid4's outright floor (the swear words with RATED_NOTE, weighing.py),
at the reader when the subject is "you". Stay as the older rules read them: things ("a
shitty phone", "the worst game in history", "a crappy player model"), the writer's own
role ("i'm a shitty friend", "i'm the worst player on my team"), negations ("you're not
a shitty friend"), questions, quotes and reports ("she said i'm a lousy father", "he
thinks he's a crappy player", "nobody thinks you're a shitty teammate"). A line with a
rating before a role skips the scorer's swearing shortcut (olid39_words.rated_role).
Cost per hit: a set test of the term or of the token before it; then a fixed few tokens
around the hit. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum34_words as f34
from bot.core.scoring import olid39_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_precision33 import Precision33Rules
from bot.core.scoring.teasing import fond
from bot.core.scoring.verdict import TargetKind

__all__ = ["RATED_NOTE", "Olid39Rules"]

# A swear word rating a person in a role: lifted to olid4's floor (weighing.py).
RATED_NOTE: Final[str] = "a person rated in a role"
_NONE: Final = -1  # no person rated
_READER: Final = 1  # the subject is the reader
_THIRD: Final = 2  # a third person, or an exclamation at one


class Olid39Rules(Precision33Rules):
    """A person rated as bad at a role, and a superlative put-down of a person in one."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a person rated in a role lifted."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        category = hit.entry.category
        if category is Cat.PROFANITY:
            if term not in w.RATINGS:
                return target, note
            superlative = False
        elif category is Cat.INSULT and note != OUTRIGHT_NOTE:
            if target is Kind.SECOND_PERSON and not note:
                return target, note  # "you're the worst friend ever": already aimed
            first = hit.first
            superlative = term in w.SUPERLATIVES or (first > 0 and ctx.tokens[first - 1] == w.MOST)
            if not superlative and term not in w.LOUSY:
                return target, note
        else:
            return target, note
        if ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        whom = _o39_rated(ctx, hit, superlative)
        if whom == _NONE:
            return target, note  # "a shitty player model", "i'm a crap coach"
        rated = RATED_NOTE if category is Cat.PROFANITY else OUTRIGHT_NOTE
        if whom == _READER:
            if rated == RATED_NOTE and fond(ctx):
                return target, note  # "you're a shitty friend lmao jk love you"
            return Kind.SECOND_PERSON, rated  # "ur a shitty teammate"
        return Kind.THIRD_PERSON, rated  # "obama was the most corrupt president"


def _o39_rated(ctx: Context, hit: Hit, superlative: bool) -> int:
    """Who the rating before a role judges: _READER, _THIRD or _NONE. The role is the
    word after the hit; the clause closes after it or goes on with a follower ("ever",
    "in history", "i've ever had")."""
    tokens = ctx.tokens
    n = len(tokens)
    role = hit.last
    if role >= n or tokens[role] not in w.ROLES:
        return _NONE
    after = role + 1
    if tokens[role] == w.EXCUSE:
        if after >= n or tokens[after] != "for":
            return _NONE  # "a shitty excuse": a thing
    elif after < n and not ctx.pause_after(role) and tokens[after] not in w.FOLLOWERS:
        return _NONE  # "a crappy player model"
    start = hit.first
    if tokens[start] == "the" and start + 1 < role:
        start += 1  # the older "the worst": its article is the hit's first word
    if start > 0 and tokens[start - 1] == w.MOST:
        start -= 1
    start = ctx.back_over(start, w.INTENSIFIERS, w.INTENSIFIER_REACH)
    if superlative and ctx.starts_sentence(start):
        return _o39_said_whole(ctx, after)  # "worst president in history"
    article = start - 1
    if article < 0 or ctx.pause_after(article):
        return _NONE
    word = tokens[article]
    if superlative:
        if word in w.RANKING:
            return _o39_ranked(ctx, article, after)  # "competing for worst president"
        if word != "the":
            return _NONE
        if ctx.starts_sentence(article):
            return _o39_said_whole(ctx, after)  # "the dumbest senator alive"
        if article > 0 and tokens[article - 1] in w.RANKING and not ctx.pause_after(article - 1):
            return _o39_ranked(ctx, article - 1, after)  # "a reputation as the most ..."
    elif word not in ("a", "an"):
        return _NONE
    # "such a shitty boyfriend", "just a crap ref"
    verb = ctx.back_over(article, w.HEDGES, w.INTENSIFIER_REACH) - 1
    if verb >= 0 and tokens[verb] == w.WHAT and ctx.starts_sentence(verb):
        return _o39_said_whole(ctx, after)  # "what a shitty person"
    return _o39_subject(ctx, verb)


def _o39_ranked(ctx: Context, rank: int, after: int) -> int:
    """A superlative after "as" or "for" at `rank`: the writer's verdict unless the
    sentence before it names the writer ("i was voted as the worst player") or takes it
    back ("nobody sees him as the worst president")."""
    before = ctx.tokens[ctx.sentence_start(rank, f34.UNSAID_REACH) : rank]
    if not w.NOT_SUBJECTS.isdisjoint(before) or not f34.UNSAID.isdisjoint(before):
        return _NONE
    return _o39_said_whole(ctx, after)


def _o39_said_whole(ctx: Context, after: int) -> int:
    """A verdict with no subject ("what a crappy teammate", "worst president in
    history") is the writer's on a third person unless the rest of its sentence names
    the writer ("what a shit player i am", "... my bad") or makes the phrase a subject
    ("the most corrupt president in history is a myth")."""
    tokens = ctx.tokens
    end = ctx.sentence_end(after, w.TAIL_REACH)
    tail = tokens[after:end]
    if not w.SELF_TAILS.isdisjoint(tail) or not w.COPULAS.isdisjoint(tail):
        return _NONE
    return _THIRD


def _o39_subject(ctx: Context, verb: int) -> int:
    """The person before the verdict's verb at `verb` ("is", "'re", "like" after
    "sounds"), with nothing before it in its sentence that takes the verdict back or
    reports it."""
    tokens = ctx.tokens
    if verb < 0 or ctx.pause_after(verb):
        return _NONE
    word = tokens[verb]
    if word in w.READER_FUSED or word in w.THIRD_FUSED:
        subject = verb
    elif word in w.COPULAS:
        subject = verb - 1
    elif word == "like" and verb > 0 and tokens[verb - 1] in w.SEEMING:
        subject = verb - 2
    else:
        return _NONE
    if subject < 0 or ctx.pause_after(subject):
        return _NONE
    head = tokens[subject]
    if head in w.NOT_SUBJECTS or head in f34.UNSAID:
        return _NONE
    begin = ctx.sentence_start(subject, f34.UNSAID_REACH)
    before = tokens[begin:subject]
    if not f34.UNSAID.isdisjoint(before) or not w.BELIEFS.isdisjoint(before):
        return _NONE  # "nobody thinks you're a shitty teammate"
    if head in w.READER or head in w.READER_FUSED:
        return _READER
    return _THIRD
