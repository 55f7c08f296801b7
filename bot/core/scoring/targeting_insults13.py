"""Targeting rules of the insults13 round (issue 8, fourteenth session): comment-thread
name-calls the older rules read as said of a thing or of no one.

- A name-call noun ending its clause after an order's object "it": "then don't watch it
  loser", "look it up fool", "google it moron". The person rules take the nearest thing
  word before a hit as its target ("this game is garbage"), but "it" is never a
  determiner, so a one-word name-call after it (only particles such as "up", "again"
  between, no pause) speaks to the reader when "it" is an order's object: a verb before
  it in its clause ("when it comes to stupidity", "how it punishes idiots", "It sucks."
  have "it" as a subject). "call it garbage", "it is a joke", "make it
  a mess", "it makes my blood boil" and describing words ("keep it simple stupid")
  keep the thing's reading.
- A negated order to be a name-call, opening its clause: "don't be such a loser",
  "damnit, don't be a pussy and deny it", "do not be an idiot". "i told him don't be an
  idiot" (reported), "don't be an idiot like me" (oneself) keep their readings.
- "spoken like a true idiot", "said like a real moron": a retort judging the reader's
  words, the participle opening the clause; "he said like a moron would" and "spoken
  like a true fan" stay clean.

Only name-call nouns (insults with no describing word) count: "don't be stupid, wear a
helmet" is advice, not a name-call.

Cost: every hit pays two comparisons of its reading (OBJECT or NONE, REPORTED or NONE
with no note); those then pay one frozenset test of the hit's tokens against the
describing words, and at most three or four token look-ups back for "it", "be" or
"like". No regex, no walk past the clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults13_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian17 import Italian17Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Insults13Rules"]

NEGATED_NOTE: Final = "negated"
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_SPOKEN_FROM: Final = frozenset({Kind.REPORTED, Kind.NONE})  # "said" reads as a report


class Insults13Rules(Italian17Rules):
    """Name-calls after an order's "it", in "don't be a ..." and after "spoken like a
    true ..." speak to the reader."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; a name-call read as a thing's, a report's or no
        one's in this round's three shapes becomes the reader's."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            target in _SPOKEN_FROM
            and not note
            and self._i13_named(hit)
            and self._i13_spoken_like(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "spoken like a true idiot"
        if target not in _UNAIMED or (note and note != NEGATED_NOTE):
            return target, note  # most hits: two comparisons
        if not self._i13_named(hit):
            return target, note  # only name-call nouns: "keep it simple stupid"
        one_word = len(hit.entry.tokens) == 1  # not a phrase: "it makes my blood boil"
        if not note and one_word and target is Kind.OBJECT and self._i13_after_it(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "look it up fool"
        if self._i13_dont_be(ctx, hit):
            return Kind.IMPERATIVE, ""  # "don't be such a loser"
        return target, note

    def _i13_named(self, hit: Hit) -> bool:
        """A name-call noun (no describing word): "loser", "fool", not "stupid"."""
        entry = hit.entry
        return entry.category is Cat.INSULT and self._cue_descriptive.isdisjoint(entry.tokens)

    def _i13_spoken_like(self, ctx: Context, hit: Hit) -> bool:
        """ "spoken like a true idiot", "said like a real moron": a participle opening its
        clause, "like", then at most three fillers before the name-call."""
        tokens = ctx.tokens
        i = hit.first - 1
        floor = max(0, hit.first - 4)
        while i >= floor and tokens[i] in w.LIKE_FILLERS:
            i -= 1
        if i < 1 or tokens[i] != "like" or tokens[i - 1] not in w.SPOKEN:
            return False
        return i == 1 or ctx.pause_after(i - 2)

    def _i13_after_it(self, ctx: Context, hit: Hit) -> bool:
        """A name-call noun ending its clause, an order's object "it" at most IT_REACH
        words before it, only particles between ("look it up fool")."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            return False  # "watch it loser games": the word is not the clause's last
        floor = max(ctx.sentence_start(hit.first, w.IT_REACH), hit.first - w.IT_REACH)
        for i in range(hit.first - 1, floor - 1, -1):
            if i != hit.first - 1 and ctx.pause_after(i):
                return False  # "fix it, then ask, fool": another clause
            word = tokens[i]
            if word in w.IT:
                return self._i13_it_object(ctx, i)
            if word not in w.IT_PARTICLES:
                return False  # "it punishes idiots", "it comes to stupidity": a subject
        return False

    def _i13_it_object(self, ctx: Context, i: int) -> bool:
        """ "it" at `i` is an order's object: a verb before it in its clause, not a
        subordinator ("when it sucks") nor a naming or praising verb ("call it trash",
        "nailed it bastard")."""
        if i == 0 or ctx.pause_after(i - 1):
            return False  # "It sucks.", "it appears bigots ...": a subject
        before = ctx.tokens[i - 1]
        return before not in w.SUBORDINATORS and before not in w.NAMING and before not in w.PRAISED

    def _i13_dont_be(self, ctx: Context, hit: Hit) -> bool:
        """A negated order to be a name-call opening its clause: "don't be such a loser",
        "damnit, don't be a pussy and deny it", "do not be an idiot"."""
        tokens = ctx.tokens
        be = hit.first - 1
        floor = max(0, hit.first - 1 - w.BE_REACH)
        while be >= floor and tokens[be] in w.BE_FILLERS:
            be -= 1
        if be < 1 or tokens[be] != "be":
            return False
        if be == hit.first - 1 and hit.entry.tokens[0] not in w.BE_FILLERS:
            return False  # "be" then an article ("an ass" holds its own): not "be idiot-proof"
        if tokens[be - 1] in w.DONT:
            opener = be - 1
        elif be >= 2 and (tokens[be - 2], tokens[be - 1]) in w.DO_NOT:
            opener = be - 2
        else:
            return False
        if opener == 0 or ctx.pause_after(opener - 1):
            return True
        before = tokens[opener - 1]
        return before in w.BE_LINKS or before in self._cues["order_opener"]
