"""Targeting rules of the forum28 round (issue 8, thirty-third session): Reddit-style
derogation of the people of a thread or a community, which the older rules read as said
of a thing, of no one or too faintly to count.

- A name-call said of the people of a thread by their part in it, as the subject of
  "is"/"are"/"sounds like"/"must be"/"has to be": "the downvoters are clowns", "op sounds
  like a complete tool", "op must be an idiot" (forum28_words.PEOPLE and ONE; where they
  are may stand between: "the upvoters on this sub"), or of a term that opens with its
  own verb: "op has no brain", "op is a joke".
- A place of them said to be filled with the name-called: "this place is infested with
  idiots", "this place is overrun with morons" (PLACES, FILLING); "this place is a joke"
  judges the place.
- forum17's "anyone who ... is <verdict>" with the writer the object of a verb of forum
  hostility in the clause, which the older rules read as self-directed for its "me":
  "anyone who blocked me is a coward", "everyone who disagrees with me is an idiot",
  "people who downvote me are morons" (AGAINST, ME); never a verb of fondness ("anyone
  who dates me is crazy", "anyone who loves me is an idiot lol": the writer mocked).

Said by the writer only: the subject opens its sentence (a few LEADS before it: "honestly
the downvoters are clowns", "i think op is a tool"), only BETWEEN words from the verb to
the name-call (a denial stops the reading: "the downvoters are not clowns"), not quoted
or asked, and the name-call closes its clause or ends in chat's tails ("op is a tool
lol"); "op is a tool shed owner" goes on. Only insults the older rules left unaimed (no
note, "said of a person" or olid6's "not said of a person") are read; "could be", "will
be" hold no verdict.

Cost per insult hit: one category test, then at most BETWEEN_REACH tokens back to the
verb, WHERE_REACH to the subject, LEADS_REACH to the sentence's start and TAILS_REACH
ahead; for the writer as the object, forum17's walks (FILLER_REACH back to the verb,
ANYONE_REACH to "anyone who") and at most ANYONE_REACH tokens of the clause. No regex,
no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum17_words as f17
from bot.core.scoring import forum28_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum17 import USERS_NOTE
from bot.core.scoring.targeting_gamechat43 import GameChat43Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import NOT_CALLED_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum28Rules", "f28_forum_people", "f28_link", "f28_said_by_writer"]

# The writer too: "i think the downvoters are clowns" read "i" as the one named.
_UNAIMED: Final[frozenset[TargetKind]] = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.GROUP, Kind.THIRD_PERSON, Kind.SELF}
)
# The older readings this round may override: none, "said of a person" (too faint for a
# group of users) and olid6's "not said of a person" ("op is a tool" read as a thing).
_FAINT: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, NOT_CALLED_NOTE})


class Forum28Rules(GameChat43Rules):
    """A name-call said of the people of a thread ("the downvoters are clowns", "op
    sounds like a complete tool", "op must be an idiot") or of a place filled with them
    ("this place is infested with idiots")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.category is not Cat.INSULT or note not in _FAINT or target not in _UNAIMED:
            return target, note
        aimed = f28_forum_people(ctx, hit)
        if aimed is not None:
            return aimed
        if target is Kind.SELF and not note and self._f28_against_me(ctx, hit):
            return Kind.GROUP, USERS_NOTE  # "everyone who downvoted me is an idiot"
        return target, note

    def _f28_against_me(self, ctx: Context, hit: Hit) -> bool:
        """forum17's "anyone who ... is <verdict>" with the writer the object of a verb
        of forum hostility in the clause ("anyone who blocked me is a coward", "people
        who downvote me are morons"): read as self-directed for its "me", it judges
        them. Never a verb of fondness ("anyone who dates me is crazy")."""
        verb = self._forum17_verb(ctx, hit)
        if verb < 2 or not ctx.closes_after(hit.last, w.TAILS, w.TAILS_REACH):
            return False
        start = ctx.sentence_start(verb, f17.ANYONE_REACH)
        if not self._forum17_anyone_before(ctx, verb, start):
            return False
        if ctx.quoted_or_asked(start, hit.last):
            return False  # "is everyone who downvoted me an idiot?"
        clause = ctx.tokens[start:verb]
        for i in range(len(clause) - 1):
            if clause[i] in w.AGAINST:
                after = clause[i + 1 : i + 3]  # "blocked me", "disagrees with me"
                return after[0] in w.ME or (after[0] == "with" and after[-1] in w.ME)
        return False


def f28_forum_people(ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
    """The people of a thread (or a place filled with them) as the subject of the verb
    a few words before the name-call, said whole by the writer; else None."""
    tokens = ctx.tokens
    link, between = f28_link(ctx, hit)
    if link < 1:
        return None
    said = tokens[between : hit.first]  # never a "not": "the mods are not clowns"
    subject = ctx.back_over(link, w.WHERE, w.WHERE_REACH) - 1
    if subject >= 0 and (tokens[subject] in w.PEOPLE or tokens[subject] in w.ONE):
        leads = w.LEADS  # "the mods on this sub are clowns"
    elif tokens[link - 1] in w.PLACES and not w.FILLING.isdisjoint(said):
        subject, leads = link - 1, w.PLACE_LEADS  # "this place is infested with idiots"
    else:
        return None  # "this place is a joke" judges the place, not its people
    return f28_said_by_writer(ctx, hit, subject, leads)


def f28_link(ctx: Context, hit: Hit) -> tuple[int, int]:
    """(where the verb group before the name-call starts, where the words between it
    and the name-call start), or (-1, -1) where no verb holds a verdict said whole."""
    tokens = ctx.tokens
    if not ctx.closes_after(hit.last, w.TAILS, w.TAILS_REACH):
        return -1, -1  # "op is a tool shed"
    if hit.entry.tokens[0] in w.TERM_VERBS:
        between = link = hit.first  # "op has no brain cells", "op is a joke"
    else:
        between = ctx.back_over(hit.first, w.BETWEEN, w.BETWEEN_REACH)
        link = between - 1
        if link < 1 or tokens[link] not in w.LINKS or ctx.pause_after(link):
            return -1, -1
    return _f28_modal_start(tokens, link), between  # "op must be an idiot"


def f28_said_by_writer(
    ctx: Context, hit: Hit, subject: int, leads: frozenset[str]
) -> tuple[TargetKind, str] | None:
    """The reading of the people at `subject` named in the verdict, if the writer says it:
    the subject opens its sentence after a few `leads`, not quoted or asked."""
    if ctx.pause_after(subject):
        return None  # "i agree with op, is a clown ..." has no subject
    first = ctx.sentence_start(subject, w.LEADS_REACH)
    if ctx.back_over(subject, leads, w.LEADS_REACH) != first or not ctx.starts_sentence(first):
        return None  # "my boss said op is a tool", "if the mods are clowns"
    if ctx.quoted_or_asked(subject, hit.last):
        return None  # "are the mods clowns?"
    if ctx.tokens[subject] in w.ONE:
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "op sounds like a complete tool"
    return Kind.GROUP, USERS_NOTE  # "the downvoters are clowns", "this place is infested"


def _f28_modal_start(tokens: list[str], link: int) -> int:
    """Where the verb group ending at `link` starts: "must be", "has to be" hold the
    verdict as firmly as "is"; another "be" ("could be", "to be") none, so -1."""
    if tokens[link] != w.BE:
        return link
    if link > 0 and tokens[link - 1] in w.MUSTS:
        return link - 1  # "op must be an idiot"
    if link > 1 and tokens[link - 1] == "to" and tokens[link - 2] in w.HAS:
        return link - 2  # "op has to be a troll"
    return -1
