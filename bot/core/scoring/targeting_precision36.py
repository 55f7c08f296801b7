"""Guard rule of the precision36 round (issue 8, thirty-sixth session): a slur talked about
as a word, named bare, in frames the older mention rules (targeting_vulgar.py: "the term
X", "X is a slur", "slurs like X and Y", "using X as an insult") did not read.

- Judged as a word past a verb: the bare word opens its sentence (maybe after "can",
  "when did", "honestly"...; maybe paired: "nigga and nigger"), and a judging verb
  ("used to be", "stop being", "has always been", "turned into", "became") leads to a
  word noun within JUDGE_REACH tokens: "retard used to be a medical term", "can faggot
  stop being a derogatory term", "negro was the polite word back then", "nigga and
  nigger are not the same word". Only describing words stand between; a hostile one only
  right before the noun ("a hateful word").
- Set beside another bare word after "between": "the difference between nigga and
  nigger", "explain the difference between dyke and lesbian".
- Listed as words: a run of two or more bare singular hostile words right after a verb
  of hearing, saying, using, banning or counting them, or a word noun's "include" / "such
  as": "these slurs include retard faggot tranny spic chink", "i grew up hearing kike spic
  wop and dago", "the filter catches nigger kike spic and chink".

Still aimed: an article, a pointer, an owner, a quantifier or the reader before the word
("the retard at work", "every faggot dyke and tranny", "you retard faggot"); a joke's
"the difference between a nigger and a park bench"; the word endorsed for someone
("retard is the only word for you", "negro is the word for what you are", "dyke is the
best word for that woman"); plural lists ("i hate niggers kikes and faggots"); a listed
run with the reader or another hostile word after it.

Cost per hit: a category, length and target test, then one cue-set test of the message
(word nouns, "between", the naming verbs); then at most JUDGE_REACH + APPLIED_REACH,
three, or 2 * LIST_REACH + LIST_AFTER_REACH tokens tested against frozensets. No regex,
no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision36_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian56 import Italian56Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_vulgar import MENTIONED_NOTE
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["Precision36Rules"]

_NAMED: Final[frozenset[Category]] = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_CUE: Final[str] = "precision36_words"  # the name `Context.mentions_any` caches it under
_CUE_WORDS: Final[frozenset[str]] = w.WORD_NOUNS | w.BETWEEN | w.NAMING_LEADS


class Precision36Rules(Italian56Rules):
    """A bare slur judged as a word, compared with another or listed as words."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # What makes a word in the judging run or after a listed run name a person.
        self._p36_people: frozenset[str] = frozenset(
            self._cue_second_person | self._cue_person_pronoun | w.APPLIED
        )

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if (
            target is Kind.REPORTED
            or hit.entry.category not in _NAMED
            or len(hit.entry.tokens) != 1
            or not ctx.mentions_any(_CUE, _CUE_WORDS)
        ):
            return target, note
        if hit.first > 0 and ctx.tokens[hit.first - 1] in w.NOT_BARE:
            return target, note  # "the retard at work", "you kike": a person
        if _p36_compared(ctx, hit) or self._p36_judged(ctx, hit) or self._p36_listed(ctx, hit):
            return Kind.REPORTED, MENTIONED_NOTE
        return target, note

    def _p36_judged(self, ctx: Context, hit: Hit) -> bool:
        """The bare word opens its sentence and a judging verb leads to a word noun: "retard
        used to be a medical term", "nigga and nigger are not the same word"."""
        tokens = ctx.tokens
        at, last = hit.first, hit.last
        if tokens[at].endswith("s"):
            return False  # "retards are an insult to humanity": people
        if at >= 2 and tokens[at - 1] in w.PAIRING and tokens[at - 2] not in w.NOT_BARE:
            at -= 2  # "nigga and [nigger] are ..."
        elif last + 1 < len(tokens) and tokens[last] in w.PAIRING:
            if tokens[last + 1] in w.NOT_BARE:
                return False  # "retard and a liar": a person
            last += 2  # "[retard] and retarded are ..."
        if not ctx.opens_after(at, w.OPENERS, w.OPENER_REACH):
            return False
        end = ctx.sentence_end(last, w.JUDGE_REACH)
        judged = False
        for j in range(last, end):
            token = tokens[j]
            if token in w.WORD_NOUNS:
                return (
                    judged
                    and w.ENDORSING.isdisjoint(tokens[last:j])
                    and not self._p36_applied(ctx, j + 1)
                )
            if token in w.JUDGING_VERBS or token in self._cue_copula:
                judged = True
            elif token in self._p36_people:
                return False  # "faggot is what you are"
            elif (
                token not in w.RUN_WORDS
                and self._hostile_word(token)
                and not (j + 1 < end and tokens[j + 1] in w.WORD_NOUNS)
            ):
                return False  # "retard is a stupid person": only "a hateful word" is read
        return False

    def _p36_applied(self, ctx: Context, at: int) -> bool:
        """After the word noun, the word applied to someone: "the word for you", "a term
        for them", "the word for that woman", "fits you", "an insult to humanity"."""
        tokens = ctx.tokens
        end = ctx.sentence_end(at, w.APPLIED_REACH) if at < len(tokens) else at
        after = tokens[at:end]
        if not self._p36_people.isdisjoint(after):
            return True
        if tokens[at - 1] in w.INSULT_NOUNS and after and after[0] in w.INSULTED:
            return True  # "an insult to humanity": people insult it
        return any(
            after[k] in w.FOR and after[k + 1] in w.FOR_POINTERS for k in range(len(after) - 1)
        )

    def _p36_listed(self, ctx: Context, hit: Hit) -> bool:
        """A run of two or more bare singular hostile words right after a naming verb, no
        reader before it in its sentence, and neither the reader nor another hostile word
        after it (bar one judging a word
        noun: "and other offensive words"): "these slurs include retard faggot tranny spic
        chink", "i grew up hearing jew kike spic wop and dago"."""
        if hit.entry.tokens[0].endswith("s"):
            return False  # "niggers kikes and spics": people
        tokens = ctx.tokens
        start, members = self._p36_run(ctx, hit.first, -1)
        if start == 0 or ctx.stop_after(start - 1):
            return False
        lead = tokens[start - 1]
        if lead in w.LINKED_LEADS:
            if start < 2 or tokens[start - 2] not in w.LINK_OPENERS:
                return False  # "they look like retarded jerks"
        elif lead not in w.NAMING_LEADS:
            return False  # "kill every faggot dyke and tranny", "you retard faggot"
        elif lead in w.SAYING_NOW and start >= 2 and tokens[start - 2] in w.WRITERS:
            return False  # "i say nigger kike and spic ...": the writer says them now
        before = tokens[ctx.sentence_start(start - 1, w.LIST_AFTER_REACH) : start]
        if not self._cue_second_person.isdisjoint(before):
            return False  # "you have been everything, including moron, idiot and clown"
        end, more = self._p36_run(ctx, hit.last - 1, 1)
        if members + more < 1:
            return False  # one word alone: the older rules read "heard retard at school"
        end += 1
        if end >= len(tokens):
            return True
        after = tokens[end : ctx.sentence_end(end, w.LIST_AFTER_REACH)]
        if not self._cue_second_person.isdisjoint(after):
            return False  # "i heard retard and spaz, you are both"
        if lead in w.NAMING_VERBS and after and self._p36_people_after(after):
            return False  # "i heard faggot dyke and tranny get beaten up"
        return not w.WORD_NOUNS.isdisjoint(after) or not any(
            self._hostile_word(word) for word in after
        )

    def _p36_people_after(self, after: list[str]) -> bool:
        """The words after a listed run make its words people: a verb or a sending off
        right after it ("get beaten up", "from the club"), or "at" a person ("at
        them")."""
        if after[0] in w.PEOPLE_AFTER:
            return True
        return any(
            after[k] in w.AT and after[k + 1] in self._p36_people for k in range(len(after) - 1)
        )

    def _p36_run(self, ctx: Context, at: int, step: int) -> tuple[int, int]:
        """From token `at`, the run of listed words going `step` (-1 back, 1 on) within
        LIST_REACH tokens and its sentence: where it ends (its last token read) and how
        many hostile words it holds besides `at`'s. Links ("and", "or"), swearing and
        group names ("jew") may stand in it uncounted."""
        tokens = ctx.tokens
        members = 0
        bound = max(0, at - w.LIST_REACH) if step < 0 else min(len(tokens) - 1, at + w.LIST_REACH)
        while at != bound:
            near = at + step
            if ctx.stop_after(min(at, near)):
                break
            word = tokens[near]
            if word.endswith("s"):
                break  # a plural: people, not words
            if self._hostile_word(word):
                members += 1
            elif not (word in w.LIST_LINKS or word in self._words or word in self._cue_identity):
                break
            at = near
        return at, members


def _p36_compared(ctx: Context, hit: Hit) -> bool:
    """The bare word set beside another bare word after "between": "the difference between
    nigga and nigger", never "between a nigger and a park bench" or "between you and a
    retard"."""
    tokens = ctx.tokens
    at = hit.first
    if at >= 1 and tokens[at - 1] in w.BETWEEN:
        return (
            hit.last + 1 < len(tokens)
            and tokens[hit.last] in w.PAIRING
            and tokens[hit.last + 1] not in w.NOT_BARE
        )
    return (
        at >= 3
        and tokens[at - 1] in w.PAIRING
        and tokens[at - 3] in w.BETWEEN
        and tokens[at - 2] not in w.NOT_BARE
    )
