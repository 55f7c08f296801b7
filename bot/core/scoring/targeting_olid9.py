"""Targeting rules of the olid9 round (issue 8, twelfth session): three shapes of attack
in OLID's replies that the older rules read as untargeted swearing, as no insult, or as
said too faintly.

- The reader's views dismissed with a profanity: "who gives a shit what you think",
  "nobody gives a fuck about your opinion", "i don't give a damn what you say", "no one
  gives a rat's ass about your feelings", "idgaf what you think". exclusion.txt's olid9
  give-lines count only with a dismisser right before "give(s)" ("who", "nobody", "no
  one", "don't", "couldn't", "never"), so "i'd give a damn about your cat any day" and
  "who gives a shit, the game was great" (no reader) stay clean; a quote or a report
  ("he said nobody gives a shit what you think") is left to the older readings.
- "desperate" said of the reader or of a political group as a character: "you are so
  desperate", "you sound desperate", "how desperate are you", "desperate much?",
  "democrats are getting desperate", "the left is desperate", "desperate dems". A want
  ("desperate for rain", "he is desperate to win the cup"; "desperate for attention" is
  a jab), "desperate times", the writer ("i'm desperate"), "they" and other people
  ("the farmers are desperate") keep no insult; the reader's "to" ("you are desperate to
  see it") is a want too.
- A named person called a judging adjective: "Pelosi is senile", "Trump is unhinged",
  "Comey is spineless". The older rules read "she is unhinged" as said outright but a
  name in its place as the reply's mention, below the threshold; a name opening its
  clause (chat9's named subject) now counts as the pronoun does. Faint words ("Messi
  is insane" is praise), accusations, a question ("Bernie is senile?"), a doubt ("if
  ..."), a report, a denial, and a name the older rules read as a thing keep the older
  reading.

Cost: one frozenset test of the hit's term in `in_game`; only this round's terms (rare)
reach a walk of at most four tokens before the hit and three after. The named-person
reading asks first for an insult with no note read as the mention or nobody, then the
word's weight and two set tests, and only then chat9's few-token subject walk.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid6_words as w6
from bot.core.scoring import olid9_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_italian14 import Italian14Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid9Rules"]

NOT_DISMISSED_NOTE: Final = "no reader's views dismissed"
NOT_DESPERATE_NOTE: Final = "no one called desperate"

_OWN_TERMS: Final = w.GIVEN | w.CARELESS | {w.DESPERATE}
_REPORTED: Final = w6.REPORTED - w.NOT_REPORTS
# Readings of a judging word whose subject is a name the older rules did not take for a
# person: the reply's mention ("@USER Trump is unhinged") or nobody. A name they read as
# a thing stays one ("coverage is shameless"; so "Feinstein is shameless" is missed).
_UNNAMED: Final = frozenset({Kind.MENTION, Kind.NONE})
# A judging phrase that opens with its degree ("so bad") says as much of a plan or a game
# as of a person; a degree before the word and "that" after it ("so clueless that he
# forgot") tell a result, not a name-call.
_DEGREES: Final = frozenset({"so", "too", "very", "such"})


class Olid9Rules(Italian14Rules):
    """The reader's views dismissed with a profanity; "desperate" said of the reader or
    of a political group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms (all new) count only in
        their shapes: elsewhere the phrase names the reader's cat or health, not them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            if not note and target in _UNNAMED and hit.entry.category is Cat.INSULT:
                return self._olid9_named(ctx, hit, target, note)
            return target, note
        if ctx.quoted(hit.first, hit.last):
            aimed = None
        elif term == w.DESPERATE:
            aimed = self._olid9_desperate(ctx, hit)
        elif term in w.CARELESS or self._olid9_dismisser(ctx, hit):
            aimed = (Kind.SECOND_PERSON, "")
        else:
            aimed = None
        if aimed is not None and not self._olid9_reported(ctx, hit):
            return aimed
        return Kind.OBJECT, NOT_DESPERATE_NOTE if term == w.DESPERATE else NOT_DISMISSED_NOTE

    def _olid9_reported(self, ctx: Context, hit: Hit) -> bool:
        """A report, a comparison or a doubt before the hit ("he said ...", "if")."""
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        return not _REPORTED.isdisjoint(ctx.tokens[start : hit.first])

    @staticmethod
    def _olid9_dismisser(ctx: Context, hit: Hit) -> bool:
        """ "who gives", "nobody (even) gives", "no one gives", "i don't give"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        at = hit.first - 1
        while at >= start and hit.first - at <= w.GIVE_REACH:
            word = tokens[at]
            if word in w.DISMISSERS:
                return True
            if word == "one":
                return at - 1 >= start and tokens[at - 1] == "no"
            if word not in w.GIVE_FILLERS or ctx.pause_after(at):
                return False
            at -= 1
        return False

    def _olid9_desperate(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """Who "desperate" is said of: the reader, a political group, or None."""
        tokens = ctx.tokens
        at = hit.first
        start = ctx.sentence_start(at, SENTENCE_REACH)
        end = ctx.sentence_end(at, SENTENCE_REACH)
        after = tokens[at + 1] if at + 1 < end and not ctx.pause_after(at) else ""
        wanting = after == "to"  # a group's "to" is a jab, the reader's a want
        if after in w.DESPERATE_NEEDS and not wanting:
            if after != "for" or at + 2 >= end or tokens[at + 2] not in w.NOTICE:
                return None  # "desperate for rain", "desperate times"
            after = ""  # "desperate for attention": read the subject as ever
        if after == "much":
            return Kind.SECOND_PERSON, ""  # "desperate much?"
        if after in o4.PLURAL_GROUPS:
            return Kind.GROUP, POLITICAL_NOTE  # "desperate dems"
        before = at - 1
        while before >= start and at - before <= w.GIVE_REACH:
            if tokens[before] not in w.DESPERATE_BRIDGE or ctx.pause_after(before):
                break
            before -= 1
        if before < start or ctx.pause_after(before):
            return None
        word = tokens[before]
        if word == "how" and at + 2 < end and tokens[at + 1] in w.HOW_VERBS:
            return self._olid9_subject(ctx, at + 2, end)  # "how desperate are you"
        if word in w.READER_FUSED:
            return Kind.SECOND_PERSON, ""  # "youre desperate af"
        if word not in w.DESPERATE_VERBS or before - 1 < start or ctx.pause_after(before - 1):
            return None
        subject = before - 1
        if tokens[subject] in ("are", "is", "re") and subject - 1 >= start:
            subject -= 1  # "are getting desperate": "getting" read as the verb
        aimed = self._olid9_subject(ctx, subject, subject + 1, start)
        if wanting and aimed is not None and aimed[0] is not Kind.GROUP:
            return None  # "you are desperate to see it", never "liberals are desperate to"
        return aimed

    @staticmethod
    def _olid9_subject(
        ctx: Context, at: int, end: int, start: int = -1
    ) -> tuple[TargetKind, str] | None:
        """The reader or a political group at `at` ("you", "democrats", "the left")."""
        if at >= end:
            return None
        tokens = ctx.tokens
        word = tokens[at]
        if word in w.READER_SUBJECTS:
            return Kind.SECOND_PERSON, ""
        if word in o4.PLURAL_GROUPS:
            return Kind.GROUP, POLITICAL_NOTE
        lead = at - 1 if start < 0 or at - 1 >= start else -1
        if word in o4.SINGULAR_GROUPS and lead >= 0 and tokens[lead] in o4.SINGULAR_LEADS:
            return Kind.GROUP, POLITICAL_NOTE  # "the left is desperate"
        if word == "the" and at + 1 < len(tokens) and tokens[at + 1] in o4.POLITICAL_GROUPS:
            return Kind.GROUP, POLITICAL_NOTE  # "how desperate are the democrats"
        return None

    # --- a named person judged ---

    def _olid9_named(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "Pelosi is senile", "Brennan is so dishonest": a judging word said outright of
        a name that opens its clause counts as "she is senile" does (olid4's outright
        floor). Faint words ("insane": "Messi is insane" is praise), accusations ("he is
        racist"), a question ("Bernie is senile?"), a likeness, a description that goes on
        ("Obama was so bad that ..."), a report, a denial or a joke keep the older
        reading, as they do for the pronoun."""
        entry = hit.entry
        if (
            entry.weight < OUTRIGHT_FLOOR
            or entry.term in o4.UNJUDGING
            or not self._olid4_accusing.isdisjoint(entry.tokens)
            or entry.tokens[0] in _DEGREES
            or self._olid9_result(ctx, hit)
            or not self._chat9_named_subject(ctx, hit)
            or self._olid4_hedged(ctx, hit)
            or not (self._forum3_closes(ctx, hit) or self._olid4_person_follows(ctx, hit))
            or self._olid9_reported(ctx, hit)
            or ctx.quoted(hit.first, hit.last)
            or ctx.asked_right_after(hit.last)
            or self._joking(ctx, hit)
        ):
            return target, note
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE

    @staticmethod
    def _olid9_result(ctx: Context, hit: Hit) -> bool:
        """ "so bad that ...", "so clueless that ...": a result clause follows."""
        tokens = ctx.tokens
        return (
            hit.last < len(tokens)
            and tokens[hit.last] == "that"
            and not _DEGREES.isdisjoint(tokens[max(0, hit.first - 2) : hit.first])
        )
