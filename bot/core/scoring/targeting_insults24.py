"""Targeting rules of the insults24 round (issue 8): the reader's sanity put down in a
comment thread, a condescending question or remark that the reader's mind is gone, which
the lexicon held no lines for (insults24_words.OWN_TERMS, new en/insult.txt lines):

- the reader's pills missed or raised: "did you forget your meds again?", "are you off
  your meds", "time to up your meds", "someone forgot to take their meds today";
- voices, screws, marbles, a mind gone: "the voices in your head are lying to you",
  "you've got a screw loose", "this guy has a screw loose", "you've lost your marbles",
  "your mind is gone", "you're not right in the head", "you need your head examined",
  "is anyone home up there?", "the lights are on but nobody's home";
- the reader's mother blamed: "did your mom drink while pregnant?", "momma drank when
  she was pregnant";
- "what are you smoking?" (the older "what are you" line, or "you smoking" after "what
  the hell are"), closing its clause.

Stay clean: care ("don't forget your meds", "remember to take your meds", "the doctor
wants to up your meds", "pick up your pills"), the writer's own ("i'm off my meds", "i'm
not right in the head today", "the voices in my head"), things ("the shelf has a screw
loose"), "nobody's home up there", "my mom never drank while pregnant", "what are you
smoking on the grill", and the shapes quoted, reported or denied (a saying or a
negation before the term in its sentence). "what planet are you on" stays out, as the
older rounds left it (the insult set's annotators read it both ways).

Cost per hit: a frozenset test of the term; then a few tokens back (SUBJECT_REACH at most)
and TAIL_REACH ahead. No regex; the new words stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults24_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum35 import Forum35Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_MIND_NOTE", "Insults24Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_MIND_NOTE: Final[str] = "no sanity put down of a person"


class Insults24Rules(Forum35Rules):
    """The reader's sanity put down ("did you forget your meds?", "you've got a screw
    loose", "the voices in your head")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes said of a person, its own
        terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.TERMS:
            return target, note
        own = term in w.OWN_TERMS
        if not own and target is Kind.SECOND_PERSON and not note:
            return target, note  # already aimed
        aimed = _i24_aimed(ctx, hit, term)
        if aimed is not None and not self._i24_unsaid(ctx, hit, term):
            return aimed
        if own:
            return Kind.OBJECT, NOT_MIND_NOTE  # "hope your meds kick in", "a screw loose"
        return target, note

    def _i24_unsaid(self, ctx: Context, hit: Hit, term: str) -> bool:
        """Quoted, or a saying or a denial before the term in its clause ("he said you
        lost your marbles", "nobody says your mind is gone"); for "right in the head" the
        one negation that makes the insult is skipped."""
        if ctx.quoted(hit.first, hit.last):
            return True
        first = hit.first
        if term in w.HEAD_TERMS:
            first = ctx.back_over(first, w.NOT_GAP | w.NOT_WORDS, w.NOT_REACH + 1)
            first = ctx.back_over(first, w.CONTRACTIONS, 1)  # "aren't": "aren", "t"
        start = ctx.sentence_start(first, w.NEGATION_REACH)
        for at in range(first - 1, start - 1, -1):
            if ctx.pause_after(at):  # "i don't need to learn from you, your mind is gone"
                start = at + 1
                break
        return not w.UNSAYING.isdisjoint(ctx.tokens[start:first])


def _i24_aimed(ctx: Context, hit: Hit, term: str) -> tuple[TargetKind, str] | None:
    """The reading of a shaped hit (the reader's or a person's), or None off the shapes."""
    tokens = ctx.tokens
    before = tokens[hit.first - 1] if hit.first > 0 else ""
    if term in w.VOICE_TERMS or term in w.LIGHTS_TERMS or term in w.MARBLE_TERMS:
        return Kind.SECOND_PERSON, ""
    if term in w.MIND_TERMS:
        return (Kind.SECOND_PERSON, "") if before in w.POSSESSIVES else None
    if term in w.MEDS_TERMS:
        if not _i24_meds(ctx, hit):
            return None
        return _i24_person(ctx, hit.first) if term.startswith("their") else (Kind.SECOND_PERSON, "")
    if term in w.SCREW_TERMS:
        return _i24_person(ctx, hit.first)
    if term in w.HEAD_TERMS:
        at = ctx.back_over(hit.first, w.NOT_GAP, w.NOT_REACH)
        if at == 0 or tokens[at - 1] not in w.NOT_WORDS:
            return None  # "he hit me right in the head"
        return _i24_person(ctx, at - 1)
    if term in w.EXAMINED_TERMS:
        return _i24_person(ctx, hit.first) if "their" in term else (Kind.SECOND_PERSON, "")
    if term in w.HOME_TERMS:
        start = max(0, hit.first - w.CALLER_REACH)
        return None if w.CALLERS.isdisjoint(tokens[start : hit.first]) else (Kind.SECOND_PERSON, "")
    if term in w.PREGNANT_TERMS:
        return (Kind.SECOND_PERSON, "") if _i24_mother(ctx, hit.first) else None
    return (Kind.SECOND_PERSON, "") if _i24_smoking(ctx, hit, term) else None


def _i24_person(ctx: Context, at: int) -> tuple[TargetKind, str] | None:
    """The subject a few tokens before token `at` in its sentence: the reader ("you've got
    a screw loose"), or someone unnamed or a pointed-at person ("this guy has a screw
    loose"), read as the commenter spoken of; None for the writer or a thing."""
    tokens = ctx.tokens
    start = ctx.sentence_start(at, w.SUBJECT_REACH)
    window = tokens[start:at]
    if not w.READER.isdisjoint(window):
        return Kind.SECOND_PERSON, ""
    if not w.SOMEONE.isdisjoint(window):
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE
    for i in range(start, at - 1):
        if tokens[i] in w.POINTERS and tokens[i + 1] in w.PERSON_WORDS:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
    return None


def _i24_meds(ctx: Context, hit: Hit) -> bool:
    """A verb of missing or raising the pills before them, no care said before: "forgot
    to take your meds", "off your meds", "time to up your meds"."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.MEDS_GAP, w.MEDS_REACH)
    verb = at - 1
    if verb < 0 or tokens[verb] not in w.MEDS_VERBS or ctx.pause_after(verb):
        return False
    if tokens[verb] == "up" and not (ctx.starts_sentence(verb) or tokens[verb - 1] in w.UP_LEADS):
        return False  # "pick up your pills"
    start = ctx.sentence_start(verb, w.CARE_REACH)
    return w.CARE.isdisjoint(tokens[start:verb])


def _i24_mother(ctx: Context, first: int) -> bool:
    """The reader's mother (or a bare "momma" opening the sentence), maybe a "was", and a
    drinking word right before the term: "did your mom drink while pregnant"."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.DRINK_GAP, w.MOTHER_REACH)
    if at == 0 or tokens[at - 1] not in w.DRINKS:
        return False
    mother = ctx.back_over(at - 1, w.DRINK_GAP, w.MOTHER_REACH) - 1
    if mother < 0 or tokens[mother] not in w.MOTHERS:
        return False
    return ctx.starts_sentence(mother) or tokens[mother - 1] in w.POSSESSIVES


def _i24_smoking(ctx: Context, hit: Hit, term: str) -> bool:
    """ "what are you smoking" or "what the hell are you smoking", closing its clause."""
    tokens = ctx.tokens
    end = hit.last
    if term in w.OLDER_ASKS:
        if end >= len(tokens) or tokens[end] != w.SMOKE:
            return False
        end += 1
    else:
        start = ctx.back_over(hit.first, w.ASK_GAP, w.ASK_REACH)
        if start == 0 or tokens[start - 1] not in w.ASK_WORDS:
            return False
    return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
