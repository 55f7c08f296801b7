"""Targeting rules of the olid40 round (issue 8): a name-call said of a person through a
copula that ends where the writer goes on with a clause of their own or an emphatic tail,
in tweet style.

- The writer's own clause straight after the call: "she is such a troll im so glad she
  got banned", "this senator is such a joke i wish someone would vote him out", "he is a
  hypocrite we all know it", "the mayor is a clown we deserve better". The next token is
  a subject (olid40_words.CLAUSE_SUBJECTS) and the one after it an auxiliary, a modal, a
  negation or a verb of knowing, wishing or swearing (CLAUSE_VERBS), so the clause is the
  writer's comment, not one that describes the noun ("the clown we hired", "a liar you
  meet in chapter two").
- An emphatic tail closing the clause: "trump is a disgrace period", "he is a clown
  through and through", "that guy is a crook plain and simple", "she is a troll for
  sure", "he is a joke tbh" (olid40_words.TAILS).

The older rounds need the call said whole (forum3's `_forum3_closes`, which olid4's
outright reading, forum3's own readings and olid9 share) and read these as a description
that goes on, weighing the call just under the threshold. This round extends that close:
every check of those readings (the subject, negation, questions, reports, likenesses,
the writer) stays theirs. Fondness in the rest of the sentence takes the close back
("he is such a clown i love him", "she is a troll we adore her"), with olid4's praise
words. No lexicon lines.

Cost: only where those readings ask whether a call closes, and only when it does not
close plainly: one or two set tests on the next tokens, at most TAIL_REACH tokens
compared with the tails, and the sentence after the call tested for fondness.
"""

from __future__ import annotations

from bot.core.scoring import olid40_words as w
from bot.core.scoring.olid4_words import PRAISE
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_precision36 import Precision36Rules

__all__ = ["Olid40Rules"]


class Olid40Rules(Precision36Rules):
    """A name-call said of a person closed by the writer's own clause or an emphatic
    tail."""

    def _forum3_closes(self, ctx: Context, hit: Hit) -> bool:
        """forum3's close of a name-call (olid4's outright reading), or this round's."""
        return super()._forum3_closes(ctx, hit) or _o40_closed(ctx, hit.last)

    def _ends_clause(self, ctx: Context, hit: Hit) -> bool:
        """olid's close of a people-only word ("she is the worst", "he is a disgrace"), or
        this round's."""
        return super()._ends_clause(ctx, hit) or _o40_closed(ctx, hit.last)

    def _attributive_at(self, ctx: Context, hit: Hit) -> bool:
        """The person rules' "a stupid question": not when the writer's clause or an
        emphatic tail follows ("such a joke [i wish] ...", "a disgrace [period]"), which
        no judging word describes."""
        if not super()._attributive_at(ctx, hit):
            return False
        return not (_o40_clause_follows(ctx, hit.last) or _o40_tail_end(ctx, hit.last) > 0)


def _o40_closed(ctx: Context, last: int) -> bool:
    """The writer's clause or an emphatic tail right after the call ending at token
    `last`, nothing fond after it in the sentence."""
    if _o40_clause_follows(ctx, last):
        return not _o40_fond(ctx, last)
    end = _o40_tail_end(ctx, last)
    return end > 0 and not _o40_fond(ctx, end)


def _o40_clause_follows(ctx: Context, last: int) -> bool:
    """A subject and a clause verb right after the call ("a troll [im so] glad", "a
    hypocrite [we all] know it") or a two-word opener ("[no wonder] she lost"); not "the
    clown [we hired]", nor an exclamation's "how whiny [he is]"."""
    tokens = ctx.tokens
    if last + 1 >= len(tokens) or ctx.pause_after(last):
        return False
    subject, verb = tokens[last], tokens[last + 1]
    if (subject, verb) in w.OPENERS:
        return True
    if subject not in w.CLAUSE_SUBJECTS or verb not in w.CLAUSE_VERBS:
        return False
    return not (verb in w.COPULAS and ctx.closes_clause(last + 2))


def _o40_tail_end(ctx: Context, last: int) -> int:
    """The end of an emphatic tail ("period", "through and through", "for sure") right
    after the call and closing its clause, or -1."""
    tokens = ctx.tokens
    for size in range(1, min(w.TAIL_REACH, len(tokens) - last) + 1):
        if tuple(tokens[last : last + size]) in w.TAILS and ctx.closes_clause(last + size):
            return last + size
    return -1


def _o40_fond(ctx: Context, at: int) -> bool:
    """Fondness or praise in the call's sentence from token `at` on ("i love him", "we
    adore her", "a clown tbh, love him")."""
    after = ctx.tokens[at : ctx.sentence_end(at - 1, SENTENCE_REACH)]
    return not (w.FOND.isdisjoint(after) and PRAISE.isdisjoint(after))
