"""Guard rules of the precision31 round (issue 8, thirtieth session): vulgar words
aimed at nobody, in two shapes from the even rows' false flags of Gab's vulgar_only,
Toxic Spans' profane_only and OLID's UNT controls.

- The writer's own name-call with "that" or after a plan: "i'm that asshole who always
  parks badly", "i hate to be that bitch but the rules say no", "sorry for being that
  asshole earlier", "i'm going to go see it and just be a dick about it". A name-call
  after a determiner (precision31_words.DETERMINERS) and a copula whose subject is the
  writer: "i'm" / "i am" / "im" right before, or "be", "being", "was"... read back over
  the writer's plan (PLAN_WORDS: auxiliaries, "hate to", "go and") to "i" / "we", or to
  an apology opening the sentence ("sorry to be that bitch"). Older rounds read "that
  asshole" as pointing at a third person. A name-call that is also a verb, after "and"
  right behind such a name-call, is the writer's act too: "be an asshole and troll
  everyone" (not "and troll you"). Still aimed: "you're that asshole who steals kills",
  "he's that asshole", "don't be that asshole who leaves early" (no writer), "i think
  you'll be that asshole" (the reader before the copula), "i'll be that asshole's worst
  nightmare".
- A generic "you"'s body part in an act on it: "cutting off your dick to stop crime is
  pointless", "wear a cup or you'll hurt your dick", "they grab there pussy" ("their"
  misspelt). A genital word right after "your" / "there", an act on a body
  (BODY_ACTS: cut, hurt, stick, grab...) before it, maybe with a particle ("off");
  targeting_forum reads "his dick" so already. Still aimed: the writer's act, a call or
  a wish ("i'll cut off your dick", "i want to touch your dick", "let me grab your
  pussy", "someone should cut off your dick"), an order opening its sentence ("cut off
  your dick", "go stick your dick in a blender"), a name-call ("you dick"), a mention,
  and acts outside BODY_ACTS ("nobody wants to see your dick").

Cost per hit: a category and target test and one or two set tests; then at most
DETERMINER_REACH + PLAN_REACH tokens back, or a particle, an act and a sentence's words
before it tested against one frozenset. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision31_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid33 import Olid33Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["GENERIC_BODY_NOTE", "OWN_NAME_CALL_NOTE", "Precision31Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
OWN_NAME_CALL_NOTE: Final = "a name-call the writer gives their own act"
GENERIC_BODY_NOTE: Final = "a body part of a generic 'you', not a name-call"
# The older readings this round may cancel: aimed at someone.
_AIMED: Final = frozenset(
    {
        Kind.SECOND_PERSON,
        Kind.IMPERATIVE,
        Kind.THIRD_PERSON,
        Kind.GROUP,
        Kind.MENTION,
        Kind.REPLY,
    }
)


class Precision31Rules(Olid33Rules):
    """The writer's own "that asshole", and a generic "you"'s body part in an act on it."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._p31_genital = lexicon.cues["genital"]
        self._p31_reader = lexicon.cues["second_person"]

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if target not in _AIMED or entry.category is not Cat.INSULT or len(entry.tokens) != 1:
            return target, note
        word = entry.tokens[0]
        if _p31_own_name_call(ctx, hit.first, hit.last):
            return Kind.SELF, OWN_NAME_CALL_NOTE  # "i'm that asshole who parks badly"
        if word in w.VERBAL_CALLS and _p31_own_act(ctx, hit, self._p31_reader):
            return Kind.SELF, OWN_NAME_CALL_NOTE  # "be an asshole and troll everyone"
        if word in self._p31_genital and not ctx.mentioned and _p31_generic_body(ctx, hit):
            return Kind.OBJECT, GENERIC_BODY_NOTE  # "wear a cup or you'll hurt your dick"
        return target, note


def _p31_own_name_call(ctx: Context, first: int, last: int) -> bool:
    """The name-call at tokens first..last follows a determiner and a copula whose subject
    is the writer: "i'm that asshole", "i hate to be that bitch", "sorry for being that
    asshole". Not "that asshole's worst nightmare" (someone else's)."""
    tokens = ctx.tokens
    if last < len(tokens) and tokens[last] in w.POSSESSIVE_TAIL and not ctx.pause_after(last - 1):
        return False
    start = ctx.back_over(first, w.DETERMINERS, w.DETERMINER_REACH)
    if start in (first, 0) or ctx.pause_after(start - 1):
        return False
    be = start - 1
    word = tokens[be]
    if word in w.FUSED_FIRST_PERSON_BE:
        return True  # "im that idiot"
    if word in w.FIRST_PERSON_BE:
        return be > 0 and tokens[be - 1] in w.I_WORDS and not ctx.pause_after(be - 1)
    if word not in w.OPEN_BE:
        return False
    at = ctx.back_over(be, w.PLAN_WORDS, w.PLAN_REACH)
    if at > 0 and not ctx.pause_after(at - 1):
        return tokens[at - 1] in w.WRITER  # "[i] hate to be that bitch"
    # the plan opens its sentence: an apology ("sorry for being that asshole")
    return at < be and tokens[at] in w.APOLOGY and ctx.starts_sentence(at)


def _p31_own_act(ctx: Context, hit: Hit, reader: frozenset[str]) -> bool:
    """A name-call used as a verb right after "and", behind the writer's own name-call:
    "i'll go and be an asshole and troll everyone". Not when the reader follows: "and
    troll you all day"."""
    tokens = ctx.tokens
    before = hit.first - 1
    if before < 2 or tokens[before] not in w.AND or ctx.pause_after(before - 1):
        return False
    if hit.last < len(tokens) and tokens[hit.last] in reader:
        return False
    return _p31_own_name_call(ctx, before - 1, before)


def _p31_generic_body(ctx: Context, hit: Hit) -> bool:
    """A genital word owned by "your" / "there" after an act on a body, in a sentence
    with no writer, call or wish before the act and no order opening it."""
    tokens = ctx.tokens
    owner = hit.first - 1
    if owner < 1 or tokens[owner] not in w.GENERIC_OWNERS or ctx.pause_after(owner):
        return False
    act = ctx.back_over(owner, w.PARTICLES, w.PARTICLE_REACH) - 1
    if act < 0 or tokens[act] not in w.BODY_ACTS or ctx.pause_after(act):
        return False
    opening = ctx.back_over(act, w.ORDER_OPENERS, w.ORDER_REACH)
    if ctx.starts_sentence(opening) and not tokens[act].endswith(w.GERUND_END):
        return False  # "cut off your dick", "go stick your dick in a blender"
    start = ctx.sentence_start(act, SENTENCE_REACH)
    return w.WRITER_OR_WISH.isdisjoint(tokens[start:act])
