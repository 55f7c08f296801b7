"""Targeting rules of the forum29 round (issue 8, thirty-fourth session): Reddit-style
name-calls of the people of a thread that forum17 and forum28 still miss.

- A light name-call ("trolls", 0.45) or one new to the lexicon ("tools") that forum28
  reads as said of the people of a thread weighs at the outright floor: "the mods are
  trolls", "the mods here are tools", "people who report my comments are trolls"
  (THREAD_NOTE, weighing.py). "tools" is read nowhere else: "these tools are great",
  "the admins are tools of the company", "the mods aren't tools".
- A slur as the verdict of forum28's subject, after "must be"/"has to be", which forum28
  reads for name-calls only: "op must be retarded", "the mods must be retarded".
- forum17's "anyone who ... is <verdict>" where the older rules cancelled the verdict for
  a word inside the who-clause: its denial ("anyone who does not agree with him is
  stupid"; "anyone who is not stupid" stays denied), a second verdict joined with "and"
  ("anyone who voted for him is evil and immoral"), two intensifiers joined with "and"
  ("whoever made this is a complete and utter moron"), or the writer as the object of
  hatred ("anyone who hates me is a loser"; "anyone who hates muslims is a loser" stays
  counter-speech), or of forum28's verbs of hostility with the writer's post after them
  ("those who reported my post are losers lol").

Said by the writer only: forum17's and forum28's checks (the subject opens its clause,
not quoted or asked, the verdict closes its clause, no denial between the verb and the
verdict). The older readings overridden are those of a word inside the who-clause; an
identity word in the clause keeps counter-speech ("anyone who thinks jews are evil is a
complete and utter moron").

Cost per insult hit in these shapes: forum17's and forum28's walks (FILLER_REACH back to
the verb, ANYONE_REACH to "anyone who"), three tokens before the verdict and three after
it. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum17_words as f17
from bot.core.scoring import forum28_words as f28
from bot.core.scoring import forum29_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_control12 import FRAMED_NOTE
from bot.core.scoring.targeting_forum17 import USERS_NOTE
from bot.core.scoring.targeting_forum19 import DENIED_NOTE
from bot.core.scoring.targeting_forum28 import f28_forum_people
from bot.core.scoring.targeting_insults4 import COUNTER_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.targeting_olid36 import Olid36Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["THREAD_NOTE", "UNREAD_NOTE", "Forum29Rules"]

THREAD_NOTE: Final[str] = "said of the people of a thread"  # lifted to the floor (weighing.py)
UNREAD_NOTE: Final[str] = "not a name-call of people"  # cancels the round's own terms
# The writer as the object of the clause's verb: read as self-directed or about a post.
_OBJECTS: Final[frozenset[TargetKind]] = frozenset({Kind.SELF, Kind.OBJECT})
# The older readings of a word inside the who-clause this round may override.
_CLAUSE_NOTES: Final[frozenset[str]] = frozenset(
    {DENIED_NOTE, FRAMED_NOTE, COUNTER_NOTE, NOT_CALLED_NOTE, ""}
)
# The older readings of a name-call of the people of a thread: none, faint, or outright.
_THREAD_NOTES: Final[frozenset[str]] = frozenset(
    {"", SAID_OF_NOTE, NOT_CALLED_NOTE, OUTRIGHT_NOTE, POLITICAL_NOTE, USERS_NOTE}
)
_COUNTERED: Final[frozenset[str]] = frozenset({FRAMED_NOTE, COUNTER_NOTE})


class Forum29Rules(Olid36Rules):
    """A light name-call of the people of a thread lifted ("the mods are trolls"), a slur
    after "must be" ("op must be retarded"), and forum17's "anyone who ... is <verdict>"
    that a word inside the who-clause cancelled."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed in this round's shapes, its own terms
        cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in w.LIFTED:
            if self._f29_thread_people(ctx, hit, target, note):
                return Kind.GROUP, THREAD_NOTE  # "the mods are trolls"
            if entry.term in w.OWN_TERMS:
                return Kind.NONE, UNREAD_NOTE  # "these tools are great"
            return target, note
        if entry.category is Cat.IDENTITY_ATTACK:
            if entry.term in w.SLUR_VERDICTS and target is Kind.NONE and not note:
                aimed = f28_forum_people(ctx, hit)  # "op must be retarded"
                if aimed is not None:
                    return aimed
            return target, note
        if (
            entry.category is not Cat.INSULT
            or note not in _CLAUSE_NOTES
            or target in (Kind.GROUP, Kind.SECOND_PERSON, Kind.IMPERATIVE)
            or entry.weight < OUTRIGHT_FLOOR
            or entry.tokens[-1] in f17.BIGOTRY_NAMES
        ):
            return target, note
        if self._f29_anyone(ctx, hit, target, note):
            return Kind.GROUP, USERS_NOTE  # "anyone who does not agree with him is stupid"
        return target, note

    def _f29_thread_people(self, ctx: Context, hit: Hit, target: TargetKind, note: str) -> bool:
        """forum28's reading of the people of a thread (which olid4 may have read as a
        political group: "the mods are tools"; a place full of "tools" holds things), or
        of the writer as the object of a verb of forum hostility ("people who report my
        comments are trolls")."""
        if target is Kind.REPORTED or note not in _THREAD_NOTES:
            return False
        if hit.entry.term in w.OWN_TERMS and not f28.FILLING.isdisjoint(
            ctx.tokens[max(0, hit.first - f28.BETWEEN_REACH) : hit.first]
        ):
            return False  # "this place is full of tools": things, not its people
        if f28_forum_people(ctx, hit) is not None:
            return True
        return (note == USERS_NOTE or (not note and target in _OBJECTS)) and self._f28_against_me(
            ctx, hit
        )

    def _f29_anyone(self, ctx: Context, hit: Hit, target: TargetKind, note: str) -> bool:
        """forum17's "anyone who ... is <verdict>", its verdict said whole, where the
        older reading `note` came from a word inside the who-clause."""
        tokens = ctx.tokens
        first = hit.first
        doubled = (
            first >= 3
            and tokens[first - 2] == w.AND
            and tokens[first - 1] in w.DOUBLED
            and tokens[first - 3] in w.DOUBLED
        )
        if doubled:
            first -= 3  # "a complete and utter moron"
        joined = _f29_joined(ctx, hit.last)
        if not (joined or ctx.closes_after(hit.last, w.TAILS, w.TAILS_REACH)):
            return False
        verb = self._forum17_verb(ctx, hit._replace(first=first))
        if verb < 2:
            return False
        start = ctx.sentence_start(verb, f17.ANYONE_REACH)
        if not self._forum17_anyone_before(ctx, verb, start):
            return False
        if ctx.quoted_or_asked(start, hit.last):
            return False  # "is anyone who disagrees stupid?"
        if not f17.NEGATORS.isdisjoint(tokens[verb + 1 : first]):
            return False  # "anyone who agrees is not stupid"
        clause = tokens[start:verb]
        if note == DENIED_NOTE:
            return not f17.NEGATORS.isdisjoint(clause)  # the denial is the clause's
        if _f29_names_group(ctx, clause):
            return False  # "anyone who hates jews is evil" judges a bigot
        if note in _COUNTERED:
            return doubled or _f29_hates_writer(clause)  # "anyone who hates me is a loser"
        if note == NOT_CALLED_NOTE:
            return True  # "anyone who voted for him is evil": people, not a thing
        if target in (Kind.REPORTED, Kind.SELF):
            return False  # "anyone who thinks women are inferior is a complete and utter idiot"
        if target is not Kind.OBJECT:
            return joined or doubled  # "... is stupid and immoral", forum17 needs a close
        # read as about a thing: "whoever made this is a complete and utter moron"
        return doubled or self._f28_against_me(ctx, hit)


def _f29_joined(ctx: Context, last: int) -> bool:
    """A second verdict joined with "and" closes the clause: "is evil and immoral"."""
    tokens = ctx.tokens
    if last + 1 >= len(tokens) or tokens[last] != w.AND or ctx.pause_after(last - 1):
        return False
    return tokens[last + 1] not in w.GOES_ON and ctx.closes_after(last + 2, w.TAILS, w.TAILS_REACH)


def _f29_hates_writer(clause: list[str]) -> bool:
    """ "anyone who hates me": the writer the object of hatred, no group's defender."""
    return any(clause[i] in w.HATING and clause[i + 1] in w.ME for i in range(len(clause) - 1))


def _f29_names_group(ctx: Context, clause: list[str]) -> bool:
    """An identity word in the who-clause: its verdict may judge a bigot."""
    cues = ctx.cues
    plain = cues["identity"].isdisjoint(clause)
    return not (plain and cues["identity_adjective"].isdisjoint(clause))
