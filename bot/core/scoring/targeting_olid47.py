"""Targeting rules of the olid47 round (issue 8): contempt for one person through a vice
noun without olid46's verdict frame, in tweet and chat style, which the older rules missed.

- "Of" a person said whole: olid45's "<vice> of" lines where no older rule found an owner,
  the round's own "nerve of" and "audacity of", and the older bare "stupidity", "idiocy"
  and "ignorance" before "of"; "the" (maybe "sheer") opening the clause, a person after
  "of" ("him", a determiner and a person or a role, or olid46's pointed person or name),
  and the clause closing there or over chat's tails: "the hypocrisy of this woman, wow",
  "the nerve of this guy", "the arrogance of pelosi lmao".
- "From" a person: the round's own "<vice> from" lines and the older bare vices before
  "from", a lead ("such", "peak", "more") opening the clause and a person after "from"
  said whole: "such arrogance from that man", "peak stupidity from our governor".
- On show: olid46's "his <vice>", "her <vice>" lines, the round's "his lies", "her lies"
  and the older bare vices after "his" or "her", right after a verb of showing and said
  whole: "showing his ignorance again", "displaying her greed for all to see".
- Never ending: the same possessive opening its clause and the vice said not to end:
  "her lies never stop", "his greed has no limit".

Clean: the round's own lines outside the shapes (olid44's NO_VICE_OWNER_NOTE) and the
older hits left as they were: a thing's, a company's or a saying's vice ("the hypocrisy of
the system", "such greed from ea", "the arrogance of youth"), the nerve of a body ("the
nerve damage was bad"), the vice admired after the shape ("the nerve of this dude, love
it"), the writer's own ("my ignorance showed, sorry": the older bare vice after "my" is
cancelled too), quotes, reports, stories and denials (olid46's `_o46_said`). "Insanity"
is game chat's praise: never read here, and olid46's reading of "insanity of" a bare name
holds only with a word of scorn after it ("the insanity of faker is unreal" clean).

Cost per hit: a frozenset test of the term; then at most OPENER_REACH tokens back, the
person (at most olid46's NAME_REACH words), TAIL_REACH tails, ENDLESS_LENGTH tokens and
SCORN_REACH tokens after the vice; olid46's tests of the sentence. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid46_words as w46
from bot.core.scoring import olid47_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_italian74 import Italian74Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid44 import NO_VICE_OWNER_NOTE
from bot.core.scoring.targeting_olid46 import opens_own_clause
from bot.core.scoring.verdict import TargetKind

__all__ = ["OWN_VICE_NOTE", "PRAISED_NOTE", "Olid47Rules"]

# The notes that cancel a reading (weighing zeroes any note it does not name).
OWN_VICE_NOTE: Final[str] = "the writer's own vice"
PRAISED_NOTE: Final[str] = "a vice said in praise"


class Olid47Rules(Italian74Rules):
    """A person's vice put down without a verdict: "the nerve of this guy", "such
    arrogance from that man", "showing his ignorance again", "her lies never stop"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the round's shapes read for its own lines, the
        older vice lines olid45 and olid46 left unowned and the older bare vices; the
        round's lines cancelled elsewhere; a praised vice needs scorn."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.PRAISED_OF_TERMS:
            if note == OUTRIGHT_NOTE and self._o47_praised(ctx, hit):
                return target, PRAISED_NOTE  # "the insanity of faker is unreal"
            return target, note
        tokens = ctx.tokens
        if term in w.OLDER_VICES:
            owner = hit.first - 1
            if owner >= 0 and tokens[owner] == w.MY and not ctx.pause_after(owner):
                return target, OWN_VICE_NOTE  # "my ignorance showed, sorry"
            if note == OUTRIGHT_NOTE:
                return target, note  # olid46's "his ignorance is astounding"
            shaped = self._o47_older(ctx, hit)
        elif term not in w.OWN_TERMS and note != NO_VICE_OWNER_NOTE:
            return target, note  # most hits; an older owner found ("the greed of liberals")
        elif term in w.OF_TERMS:
            shaped = self._o47_of(ctx, hit, hit.last - 1)
        elif term in w.FROM_TERMS:
            shaped = self._o47_from(ctx, hit.first, hit.last - 1)
        elif term in w.POSSESSIVE_TERMS:
            shaped = _o47_owned(ctx, hit, hit.first)
        else:
            return target, note
        if shaped and self._o46_said(ctx, hit) and not _o47_admired(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        if term in w.OWN_TERMS:
            return Kind.NONE, NO_VICE_OWNER_NOTE  # "the nerve damage was bad"
        return target, note

    def _o47_praised(self, ctx: Context, hit: Hit) -> bool:
        """A praised vice "of" a bare name, as game chat praises a player ("the insanity
        of faker is unreal"), no word of scorn after it; a pointed person or a role keeps
        olid46's reading ("the insanity of this governor is next level")."""
        at = hit.last
        if at >= len(ctx.tokens) or ctx.tokens[at] in w.PERSON_DETS:
            return False
        return self._o47_person_end(ctx, at) > 0 and not _o47_scorned(ctx, hit)

    def _o47_older(self, ctx: Context, hit: Hit) -> bool:
        """An older bare vice in one of the shapes: "of" or "from" right after it, or
        "his"/"her" right before it."""
        tokens = ctx.tokens
        after = hit.last
        if after < len(tokens) and not ctx.pause_after(after - 1):
            if tokens[after] == w.OF:
                return self._o47_of(ctx, hit, after)
            if tokens[after] == w.FROM:
                return self._o47_from(ctx, hit.first, after)
        owner = hit.first - 1
        return (
            owner >= 0
            and tokens[owner] in w.POSSESSIVES
            and not ctx.pause_after(owner)
            and _o47_owned(ctx, hit, owner)
        )

    def _o47_of(self, ctx: Context, hit: Hit, of: int) -> bool:
        """ "The" (maybe "sheer") opens the clause before the vice, a person after "of" at
        token `of`, the clause closing after the person over chat's tails."""
        tokens = ctx.tokens
        lead = hit.first
        if lead > 0 and tokens[lead - 1] in w46.SHEER and not ctx.pause_after(lead - 1):
            lead -= 1
        if lead == 0 or tokens[lead - 1] != w.THE or ctx.pause_after(lead - 1):
            return False
        if not opens_own_clause(ctx, lead - 1) or ctx.pause_after(of):
            return False
        return self._o47_person_said(ctx, lead - 1, of + 1)

    def _o47_from(self, ctx: Context, first: int, source: int) -> bool:
        """A lead ("such", "peak") opens the clause right before the vice at token
        `first`, and a person after "from" at token `source` is said whole."""
        lead = first - 1
        if lead < 0 or ctx.tokens[lead] not in w.LEADS or ctx.pause_after(lead):
            return False
        if not opens_own_clause(ctx, lead) or ctx.pause_after(source):
            return False
        return self._o47_person_said(ctx, lead, source + 1)

    def _o47_person_said(self, ctx: Context, lead: int, at: int) -> bool:
        """A person from token `at` on, the clause closing after it over chat's tails,
        tokens lead..end neither quoted nor asked."""
        end = self._o47_person_end(ctx, at)
        return (
            end > 0
            and ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
            and not ctx.quoted_or_asked(lead, end)
        )

    def _o47_person_end(self, ctx: Context, at: int) -> int:
        """The end of a person starting at token `at`: "him", "her", a determiner and a
        person noun or a role ("our governor", "the mayor"), or olid46's pointed person or
        name (never a place, a company or a saying's owner); -1 for none."""
        tokens = ctx.tokens
        if at >= len(tokens):
            return -1
        if tokens[at] in w.OBJECT_PRONOUNS:
            return at + 1
        if tokens[at] in w.PERSON_DETS and at + 1 < len(tokens) and not ctx.pause_after(at):
            noun = tokens[at + 1]
            if noun in w.ROLES or noun in self._cue_person_noun:
                return at + 2
        return self._o46_person_end(ctx, at)


def _o47_owned(ctx: Context, hit: Hit, owner: int) -> bool:
    """The possessive at token `owner` right after a verb of showing, the vice said whole
    ("showing his ignorance again"); or opening its clause with the vice said not to end
    ("her lies never stop")."""
    tokens = ctx.tokens
    shown = owner > 0 and tokens[owner - 1] in w.DISPLAYS and not ctx.pause_after(owner - 1)
    if shown:
        return ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH) and not ctx.quoted_or_asked(
            owner - 1, hit.last
        )
    if not opens_own_clause(ctx, owner) or ctx.pause_after(hit.last - 1):
        return False
    at = ctx.skip_ahead(hit.last, w.ENDLESS_ADVERBS, w.ADVERB_REACH)
    for size in range(w.ENDLESS_LENGTH, 1, -1):
        if tuple(tokens[at : at + size]) in w.ENDLESS:
            return ctx.closes_after(at + size, w.TAILS, w.TAIL_REACH) and not (
                ctx.quoted_or_asked(owner, at + size)
            )
    return False


def _o47_scorned(ctx: Context, hit: Hit) -> bool:
    """A word of scorn after a praised vice in its sentence ("... is disgusting")."""
    end = min(ctx.sentence_end(hit.last - 1, SENTENCE_REACH), hit.last + w.SCORN_REACH)
    return not w.SCORN.isdisjoint(ctx.tokens[hit.last : end])


def _o47_admired(ctx: Context, hit: Hit) -> bool:
    """Praise after the put-down in its message: the vice admired ("..., love it")."""
    return not w.PRAISE.isdisjoint(ctx.tokens[hit.last : hit.last + w.PRAISE_REACH])
