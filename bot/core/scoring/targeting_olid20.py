"""Targeting rules of the olid20 round (issue 8, nineteenth session): tweets that call
for a person or a group of people to be punished, which the older rules never read (no
lexicon word named the wish). The round's other part sits in the lexicon: "a nobody",
read by the usual rules ("she is a nobody", never "i'm a nobody"), cleared here in the
past or undone ("she was a nobody until she won", "he is a nobody no more").

- A punishment wished through a modal: "he should be in jail", "she needs to be locked
  up", "Comey should be in prison", "that coach needs to be locked up", "they should all
  be in prison", "Hillary belongs in prison". The lexicon's olid20 "be ..." and "belongs
  in ..." lines count only with a modal between them and a subject that is the reader, a
  person (a pronoun, a person or role noun, a word no list knows, any word or two-word
  name opening its sentence but "nobody", "i", "it" and their like), or a group of
  people. "be locked
  up" is said of things too: its opener must be a person word or a name no list knows.
  Clean: "should he be in jail?" (the modal before the subject), "i should be in jail
  for this lol" (the writer), "nobody should be in jail for weed", "the files should be
  locked up", "if he lied he should be in jail" (a condition), "police say he should be
  in jail" (reported), any line that ends asking, "innocent people should never be in
  jail" (a denial).
- A jail foretold: "you're going to jail", "you will go to prison", "hope she goes to
  jail", "Holder should go to prison". Counted of the reader with "are", "will" between,
  of anyone after "hope", of a person with a modal. Clean: "i'm going to jail lol", "is
  he going to jail?", "nobody is going to jail".

Left out: "be fired", "be impeached", "be prosecuted", "be arrested" (a demand for
accountability, as often criticism or counter-speech: "that ceo should be fired for the
layoffs", "he wants to kill all the immigrants and he should be arrested") and the chant
"lock her up", "arrest him" (marked no offence as often as offence; insults19 found the
same).

The reader's jail laughed at stays clean: "you're going to jail lmao". Anyone's jail
"for this" post or "for that" feat is a tease or hyperbole: "u should be in jail for
this", "ur going to jail for this joke", "he should be in jail for that dunk"; never "for
this crime". Law and order stays clean: "rapists should be in jail". A flirt's
jail stays clean in every shape: "you should be in jail for how gorgeous you look",
"you're going to jail for being this cute" (a charm a few words after).

Cost per hit: one frozenset test of the term; then at most six tokens ahead (a charm),
six back (the subject), twelve before it in its sentence (a condition) and, of the
reader, the tokens after (a laugh); "a nobody" reads one token back and two ahead. No
regex, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid20_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck25 import HateCheck25Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOBODY_ONCE_NOTE", "UNWISHED_NOTE", "Olid20Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
UNWISHED_NOTE: Final = "no punishment wished on a person in the round's shape"
NOBODY_ONCE_NOTE: Final = "a nobody once, no more"
_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "this", "that", "my", "your", "our", "his", "her", "their", "its"}
)


class Olid20Rules(HateCheck25Rules):
    """A punishment wished on a person or a group: through a modal or foretold."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms read here alone."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS:
            if term == w.NOBODY and note != UNWISHED_NOTE and _nobody_once(ctx, hit):
                return Kind.OBJECT, NOBODY_ONCE_NOTE  # "she was a nobody until she won"
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if (
            ctx.ends_asking(hit.first)
            or ctx.any_ahead(hit.last, w.CHARMS, w.CHARM_REACH)
            or _for_a_feat(ctx, hit.last)
        ):
            return Kind.OBJECT, UNWISHED_NOTE  # "should he be in jail?", "for that dunk"
        if term in w.FORETOLD:
            wished = self._jail_foretold(ctx, hit)
        else:
            wished = self._punish_wished(ctx, hit, term)
        if wished is None:
            return Kind.OBJECT, UNWISHED_NOTE  # "i should be in bed", "the cannon ..."
        if wished is Kind.THIRD_PERSON:
            return wished, OUTRIGHT_NOTE  # "he should be in jail"
        if wished is Kind.SECOND_PERSON and self._teased(ctx, hit.last):
            return Kind.OBJECT, UNWISHED_NOTE  # "ur going to jail for this lmao"
        return wished, ""  # "you should be in jail", "they should be locked up"

    def _punish_wished(self, ctx: Context, hit: Hit, term: str) -> TargetKind | None:
        """The subject before a modal ("he should be in jail") or, for "belongs in",
        right before the term; None when there is none or a condition comes first."""
        at, modal = _back_over_modal(ctx, hit.first)
        if at < 0 or not (modal or term in w.BELONGS):
            return None
        return self._punished_subject(ctx, at, term not in w.THINGLY)

    def _jail_foretold(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """ "you're going to jail", "hope she goes to jail", "he should go to prison"."""
        tokens = ctx.tokens
        at, modal = _back_over_modal(ctx, hit.first)
        if at < 0:
            return None
        hoped = at > 0 and tokens[at - 1] in w.HOPES
        subject = self._punished_subject(ctx, at, True)
        if subject is None or hoped or modal:
            return subject
        if subject is Kind.SECOND_PERSON and at < hit.first - 1:
            return subject  # "you're going to jail", "you will go to prison"
        return None

    def _teased(self, ctx: Context, last: int) -> bool:
        """A laugh after the reader's jail: chat's tease of a dark joke ("you're going to
        jail lmao")."""
        return not self._cue_laugh.isdisjoint(ctx.tokens[last:])

    def _punished_subject(self, ctx: Context, at: int, opener: bool) -> TargetKind | None:
        """Who token `at` names as the subject of a wish, with no condition or report
        before it in its sentence; None for anyone else. With `opener`, any word opening
        its sentence is a name ("Comey should be in prison"): things are not jailed."""
        tokens = ctx.tokens
        word = tokens[at]
        if word in w.READERS:
            kind: TargetKind = Kind.SECOND_PERSON
        elif word in w.GROUPS:
            kind = Kind.GROUP
        elif (
            word in w.PERSONS
            or (opener and word not in w.NOT_PERSONS and _opens_name(ctx, at))
            or (self._unlisted(word) and (at == 0 or tokens[at - 1] not in _DETERMINERS))
        ):
            kind = Kind.THIRD_PERSON
        else:
            return None
        start = ctx.sentence_start(at, w.CONDITION_REACH)
        if not w.CONDITIONS.isdisjoint(tokens[start:at]):
            return None  # "if he lied he should be in jail", "police say he ..."
        return kind


def _back_over_modal(ctx: Context, first: int) -> tuple[int, bool]:
    """The subject's token before `first` past fillers, modals and "are", "will" (at
    most REACH tokens, no pause), and whether a modal was among them; -1 if none."""
    tokens = ctx.tokens
    modal = False
    for at in range(first - 1, max(-1, first - 1 - w.REACH), -1):
        if ctx.pause_after(at):
            return -1, modal
        word = tokens[at]
        if word in w.MODALS:
            modal = True
        elif word not in w.MODAL_FILLERS and word not in w.FORETELLERS:
            return at, modal
    return -1, modal


def _for_a_feat(ctx: Context, last: int) -> bool:
    """The jail "for this" ending the line or "for that" post or feat: a tease of a dark
    joke or hyperbole for a play ("u should be in jail for this", "he should be in jail
    for that dunk"), never "for that crime"."""
    after = ctx.tokens[last : last + 3]
    return after[:2] in w.FOR_THIS and (len(after) == 2 or after[2] in w.POSTS)


def _opens_name(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, or follows "and", "so", "i think" ("i think Comey
    should be in jail"), or ends a two-word name that does ("Eric Holder should be in
    prison"): a name there is the subject."""
    if ctx.starts_sentence(at) or ctx.tokens[at - 1] in w.NAME_LEADS:
        return True
    first = ctx.tokens[at - 1]
    return (
        ctx.starts_sentence(at - 1)
        and first.isalpha()
        and first not in w.NOT_PERSONS
        and first not in _DETERMINERS
    )


def _nobody_once(ctx: Context, hit: Hit) -> bool:
    """ "a nobody" in the past ("she was a nobody until she won") or undone after ("he
    is a nobody no more"): a story of rising, no verdict."""
    tokens = ctx.tokens
    first = hit.first
    if first > 0 and tokens[first - 1] in w.PAST:
        return True
    return tokens[hit.last : hit.last + 2] in (["no", "more"], ["anymore"])
