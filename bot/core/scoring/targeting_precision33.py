"""Guard rules of the precision33 round (issue 8, thirty-fourth session): a vulgar
name-call used of a thing, not of a person, in a sentence that names an identity group,
which older rounds lift to an attack on the group.

- "an X of a" thing: "the refugees waited a bastard of a long time", "my jewish
  neighbour has a bitch of a commute", "the chinese built a monster of a dam". The
  name-call is followed by "of a"/"of an" and, within NOUN_REACH words, by a thing
  (precision33_words.THINGS: time, tasks and ordeals, events, deals, things built; or
  the cue list of things) with no person, people, identity or role word and nothing in
  SMEARED before it ("a bitch of a people", "a joke of a religion"); a person ("a pig of
  a mayor") or a trait ("a bitch of a temper") is no thing.
- Name-calls only (insults): a slur stays a slur whatever follows it.
- A name-call heading a compound or idiom of a thing: "arguing with muslims online is a
  fools errand", "trying to convert the jews is a fool's errand", "the mexicans drive a
  clown car" (precision33_words.COMPOUND_THINGS right after it, maybe after the "s" of
  a possessive).
- A vulgar body part after a possessive: "no woman will let you put your dick near
  them", "the jewish nurse told him to put his dick away"; never after a sexual demand
  ("suck your dick", "kiss my ...") nor judged ("if your dick is tiny").

Still aimed: either phrase said of the group or a pronoun for it through a copula ("the
muslims are a bitch of a people", "immigrants are a bastard of a problem", "the gays are
a clown car", "islam is a clown car", "muslims? they are a clown car"), "that bitch of a
jew", "this joke of a muslim", and every plain name-call of a group ("muslims are
bastards").
A plural group word before a singular copula is no subject ("convert the jews is a ...").

Only the older rounds' identity-group reading (IDENTITY_NOTE) is read again: the room's
("ez bait", "ez gold" in game chat) and a person's stay as they were.

Cost per hit: a note test, a category test and a term-length test; then at most
NOUN_REACH tokens ahead and BEFORE_REACH tokens back, each one or a few frozenset tests.
No regex, no lexicon lines; messages without a hit read as aimed at an identity group do
no new work.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision33_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat52 import GameChat52Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["BODY_NOTE", "THING_CALL_NOTE", "Precision33Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
THING_CALL_NOTE: Final[str] = "a name-call of a thing near a group, not of the group"
BODY_NOTE: Final[str] = "a body part after its owner's possessive, not a name-call"


class Precision33Rules(GameChat52Rules):
    """A name-call of a thing, or a body part, in a sentence naming an identity group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        category = hit.entry.category
        if note != IDENTITY_NOTE or category is Cat.SEXUAL_HARASSMENT:
            return target, note  # only the identity group's reading: "ez bait" is the room's
        words = hit.entry.tokens
        if len(words) == 1 and words[0] in self._cue_genital:
            if self._p33_owned_body(ctx, hit):
                return Kind.OBJECT, BODY_NOTE  # "let you put your dick near them"
            return target, note
        if category is not Cat.INSULT:
            return target, note  # a slur stays a slur: "that [slur] of a neighbour"
        thing = self._p33_of_a_thing(ctx, hit) or _p33_compound_thing(ctx, hit)
        if thing and not self._p33_said_of_group(ctx, hit):
            return Kind.OBJECT, THING_CALL_NOTE  # "a bastard of a long time", "fools errand"
        return target, note

    def _p33_of_a_thing(self, ctx: Context, hit: Hit) -> bool:
        """ "a bastard of a deal", "a joke of a parade": the name-call, then "of a" and,
        within NOUN_REACH words and before a pause, a thing (THINGS or the cue list of
        things) with no person, people, identity or role word, nothing SMEARED, before
        it; "a pig of a mayor", "a bitch of a temper" name no thing."""
        tokens = ctx.tokens
        words = hit.entry.tokens
        at = hit.last
        if words[-2:] not in (("of", "a"), ("of", "an")):
            if len(words) != 1 or tokens[at : at + 1] != ["of"]:
                return False
            if at + 1 >= len(tokens) or tokens[at + 1] not in w.OF_A or ctx.pause_after(at):
                return False
            at += 2
        if at >= len(tokens) or ctx.pause_after(at - 1):
            return False
        for i in range(at, min(len(tokens), at + w.NOUN_REACH)):
            word = tokens[i]
            if word in w.SMEARED or self._p33_people_word(word):
                return False  # "a bitch of a people", "that bastard of an immigrant"
            if word in w.THINGS or word in self._cue_thing:
                return True  # "a bastard of a long time", "a bitch of a commute"
            if ctx.pause_after(i):
                return False
        return False

    def _p33_people_word(self, word: str) -> bool:
        """A word for people: a person, a role, kin, a group or an identity."""
        return (
            word in self._cue_person_noun
            or word in self._cue_people
            or word in self._cue_identity
            or word in self._cue_identity_adjective
            or word in self._cue_group_noun
            or word in self._cue_role
            or word in self._cue_family
        )

    def _p33_said_of_group(self, ctx: Context, hit: Hit) -> bool:
        """The phrase is the predicate of a copula whose subject is the group or a pronoun
        for it ("the muslims are a bitch of a ...", "islam is a clown car", "they are
        ..."); a plural word before a singular copula is no subject."""
        tokens = ctx.tokens
        cop = ctx.back_over(hit.first, w.BEFORE_CALL, w.BEFORE_REACH) - 1
        if cop < 1 or tokens[cop] not in w.COPULAS or ctx.pause_after(cop - 1):
            return False
        subject = tokens[cop - 1]
        if subject in w.GROUP_PRONOUNS:
            return True
        if not self._p33_people_word(subject):
            return False  # "arguing with muslims online is a fools errand"
        plural = subject.endswith("s") or subject in w.PLURAL_WITHOUT_S
        return not (plural and tokens[cop] in w.SINGULAR_COPULAS)

    def _p33_owned_body(self, ctx: Context, hit: Hit) -> bool:
        """ "put your dick near them", "zip his dick back in": a possessive right before
        the body part, no sexual demand before it and no judgement of it after."""
        tokens = ctx.tokens
        first = hit.first
        if first < 1 or tokens[first - 1] not in w.BODY_OWNERS or ctx.pause_after(first - 1):
            return False
        if first >= 2 and (
            tokens[first - 2] in w.DEMANDS or tokens[first - 2] in ctx.cues["sexual_order"]
        ):
            return False  # "suck your dick", "grab her pussy"
        return hit.last >= len(tokens) or tokens[hit.last] not in w.JUDGED_AFTER


def _p33_compound_thing(ctx: Context, hit: Hit) -> bool:
    """ "a fools errand", "fool's gold", "a clown car": a thing noun right after the
    name-call, maybe after the "s" of a possessive."""
    tokens = ctx.tokens
    at = hit.last
    if len(hit.entry.tokens) != 1 or at >= len(tokens) or ctx.pause_after(at - 1):
        return False
    if tokens[at] == w.POSSESSIVE_S and at + 1 < len(tokens):
        at += 1
    return tokens[at] in w.COMPOUND_THINGS
