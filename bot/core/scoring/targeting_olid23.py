"""Targeting rules of the olid23 round (issue 8, twentieth session): tweets that judge a
person, the reader or a camp with a phrase the older rules read at no one.

- Someone said to have lost their mind or to be out of it: "Trump has lost his mind",
  "this guy has completely lost his mind", "Democrats have officially lost their
  minds", "the media has lost its mind", "she's out of her mind", "è fuori di testa".
  A lexicon term of olid23_words.MIND_TERMS, a having verb ("lost ...") or a being verb
  ("out of ...") before it over a few adverbs, and before that a subject: "he" / "she",
  a name or a pointed person (olid22's subject), a camp (with or without "the",
  "these"). Clean: "I lost my mind lol" (the writer: no term), "you're out of your mind",
  "sei fuori di testa" (said to the reader, disagreement as often as scorn: the English
  has no term, the Italian is cancelled), "the crowd lost their
  minds when he scored", "fans lost their minds over the trailer", "I'm out of my mind
  with worry", "she lost her mind laughing", "lost her mind to dementia" (an event or a
  feeling after it: cancelled), "the goalie played out of his mind" (a feat before it:
  cancelled), "everyone has lost their minds", "the world has lost its mind" (no one
  in particular, a place: cancelled), "she said he had lost his mind" (reported: left
  as it was), "are you out of your mind?", "has he lost his mind?" (disbelief asked:
  cancelled). The terms are new to the lexicon and read only in this shape: any other
  reading of them is cancelled.
- "shame on" a person, a camp or the reader: "shame on you", "shame on her", "shame on
  them", "shame on the Democrats", "shame on Feinstein", "shame on CNN for this". The
  word after "on" names someone: the reader, a person's pronoun, a camp or a name.
  Clean: "shame on me for forgetting", "shame on us", "shame on all of us" (the
  writer's side: cancelled), "shame on anyone who ...", "shame on america" (no one in
  particular, a place: cancelled), "fool me once, shame on you" (the proverb:
  cancelled), "you call immigrants rats? shame on you" (the reader rebuked in a message
  naming an identity group: counter-speech, cancelled), "what a shame", "no shame in
  losing" (no term).
- Someone who "should be ashamed": "you should be ashamed of yourself", "he ought to be
  ashamed of himself", "the Dems should be ashamed of themselves", "you should be
  ashamed". "ashamed" (identity_attack) closing its clause or with "of" and the
  subject's reflexive after it, "be" and a modal of duty before it (over "so" /
  "really"), and a subject read as above; a third person only with the reflexive ("he
  should be ashamed" alone is left as it was: an untargeted complaint as often).
  Clean: "I am ashamed of myself", "you should never be ashamed of yourself", "you
  shouldn't be ashamed", "don't be ashamed of who you are", "nobody should be ashamed
  of themselves for asking" (no subject read).

Cost per hit: one frozenset test of the term; then at most two tokens after it, six
back to the subject (the verb and adverbs) and the sentence start (cached) for a
reporting word (and, for "shame on you", the message's identity words, cached). No
regex, no new work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid23_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_gamechat27 import GameChat27Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid22 import back_over_two
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_JUDGED_NOTE", "Olid23Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_JUDGED_NOTE: Final = "no one judged: an event, a feat, the writer, anyone or a proverb"
_REPORT_REACH: Final = 8
_Reading = tuple[TargetKind, str]
_GROUP: Final[_Reading] = (Kind.GROUP, "")
_CAMP_LEADS: Final = frozenset({"the", "these", "those", "all", "most", "many"})


class Olid23Rules(GameChat27Rules):
    """A person, the reader or a camp who lost their mind; "shame on" someone; someone
    who "should be ashamed"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.MIND_TERMS:
            return self._mind_lost(ctx, hit, target, note)
        if term == w.SHAME_ON:
            return self._shame_on(ctx, hit, target, note)
        if term == w.ASHAMED:
            return self._ashamed(ctx, hit, target, note)
        if term == w.PROVERB and ctx.tokens[hit.last : hit.last + 1] == ["me"]:
            return Kind.OBJECT, NOT_JUDGED_NOTE  # "fool me once": a verb, no name-call
        return target, note

    def _mind_lost(self, ctx: Context, hit: Hit, target: TargetKind, note: str) -> _Reading:
        """ "Trump has lost his mind", "she's out of her mind"; "the crowd lost their
        minds when he scored", "played out of his mind" and "sei fuori di testa" (to the
        reader: disagreement as often as scorn) judge no one."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if not ctx.closes_clause(last) and tokens[last] in w.EVENT_TAILS:
            return Kind.OBJECT, NOT_JUDGED_NOTE
        if first > 0 and tokens[first - 1] in w.FEATS:
            return Kind.OBJECT, NOT_JUDGED_NOTE
        if ctx.ends_asking(first):
            return Kind.OBJECT, NOT_JUDGED_NOTE  # "are you out of your mind?": disbelief
        if ctx.quoted(first, last) or not _own_words(ctx, first):
            return target, note
        verbs = w.MIND_OUT if hit.entry.term in w.MIND_OUT else w.MIND_LOST
        verb = back_over_two(tokens, first - 1, w.ADVERBS)
        if verb < 0 or tokens[verb] not in (w.BEING if verbs is w.MIND_OUT else w.HAVING):
            return Kind.OBJECT, NOT_JUDGED_NOTE  # only the round's shape reads the terms
        if tokens[verb] in w.TO_READER:
            return Kind.OBJECT, NOT_JUDGED_NOTE  # "@USER sei fuori di testa": the reader
        subject = back_over_two(tokens, verb - 1, w.ADVERBS)
        if tokens[verb] in w.DROPPED and (
            subject < 0 or any(ctx.pause_after(at) for at in range(subject, verb))
        ):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "ormai è fuori di testa": no subject
        if subject >= 0 and tokens[subject] in w.NO_ONE:
            return Kind.OBJECT, NOT_JUDGED_NOTE  # "everyone has lost their minds"
        aimed = self._olid23_subject(ctx, subject)
        if not aimed or aimed[0] == Kind.SECOND_PERSON:
            return Kind.OBJECT, NOT_JUDGED_NOTE
        return aimed

    def _shame_on(self, ctx: Context, hit: Hit, target: TargetKind, note: str) -> _Reading:
        """ "shame on you", "shame on the Democrats"; "shame on me" and the proverb judge
        no one."""
        tokens = ctx.tokens
        last = hit.last
        if last >= len(tokens):
            return target, note
        start = ctx.sentence_start(hit.first, _REPORT_REACH)
        shamed = tokens[last]
        if shamed in w.SELVES or w.PROVERB in tokens[start : hit.first]:
            return Kind.OBJECT, NOT_JUDGED_NOTE
        if ctx.quoted(hit.first, last) or not _own_words(ctx, hit.first):
            return target, note
        if tuple(tokens[last : last + 2]) == w.ALL_OF and last + 2 < len(tokens):
            shamed = tokens[last + 2]  # "shame on all of you", never "all of us"
            if shamed in w.SELVES:
                return Kind.OBJECT, NOT_JUDGED_NOTE
        if shamed in w.NO_ONE:
            return Kind.OBJECT, NOT_JUDGED_NOTE  # "shame on anyone who ...": untargeted
        if shamed in w.READERS:
            if ctx.mentions_any("identity", self._cue_identity):
                return Kind.OBJECT, NOT_JUDGED_NOTE  # "you call immigrants rats? shame on you"
            return self._olid23_reader(ctx, hit.last)
        if shamed in w.SHAMED_PEOPLE or (shamed in w.CAMPS and shamed not in w.PLAIN_PEOPLE):
            return (Kind.THIRD_PERSON, OUTRIGHT_NOTE) if shamed in ("him", "her") else _GROUP
        if shamed == "the" and last + 1 < len(tokens):
            named = tokens[last + 1]
            if named in w.CAMPS:
                return _GROUP  # "shame on the democrats"
            if named in self._olid22_people:
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "shame on the senator"
            return target, note
        if self._olid22_name(shamed):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "shame on feinstein"
        return target, note

    def _ashamed(self, ctx: Context, hit: Hit, target: TargetKind, note: str) -> _Reading:
        """ "you should be ashamed of yourself", "he ought to be ashamed"."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        closed = ctx.closes_clause(last)
        if not closed:
            said = tokens[last : last + 2]
            if len(said) < 2 or said[0] != "of" or said[1] not in w.REFLEXIVES:
                return target, note
        at = back_over_two(tokens, first - 1, w.ADVERBS | {"so", "very"})
        if at < 2 or tokens[at] != "be":
            return target, note
        duty = at - 2 if tokens[at - 1] == "to" else at - 1
        if tokens[duty] not in w.DUTY or ctx.quoted(first, last):
            return target, note
        if not _own_words(ctx, first):
            return target, note
        aimed = self._olid23_subject(ctx, back_over_two(tokens, duty - 1, w.ADVERBS))
        if not aimed or (closed and aimed[0] == Kind.THIRD_PERSON):
            return target, note  # "he should be ashamed" alone is left as it was
        return aimed

    def _olid23_subject(self, ctx: Context, at: int) -> _Reading | None:
        """The reading for a subject ending at token `at`: the reader, "he" / "she", a
        camp (with "the" / "these" or alone), a name or a pointed person (olid22)."""
        if at < 0:
            return None
        tokens = ctx.tokens
        word = tokens[at]
        if word in w.READERS and ctx.starts_sentence(at):
            return self._olid23_reader(ctx, at)
        if word in w.THIRD and ctx.starts_sentence(at):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        if word in w.CAMPS:
            led = at > 0 and tokens[at - 1] in _CAMP_LEADS
            if word in w.PLAIN_PEOPLE and not led:
                return None  # "people should be ashamed": no one pointed at
            return _GROUP if ctx.starts_sentence(at - 1 if led else at) else None
        if word in w.PLURAL and ctx.starts_sentence(at):
            return _GROUP
        if self._olid22_subject(ctx, at):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return None

    def _olid23_reader(self, ctx: Context, last: int) -> _Reading:
        """The reader judged; with laughter after it, teasing."""
        if not self._cue_laugh.isdisjoint(ctx.tokens[last:]):
            return Kind.SECOND_PERSON, JOKING_NOTE
        return Kind.SECOND_PERSON, ""


def _own_words(ctx: Context, first: int) -> bool:
    """No reporting word earlier in the sentence: "she said he lost his mind"."""
    start = ctx.sentence_start(first, _REPORT_REACH)
    return w.REPORTED.isdisjoint(ctx.tokens[start:first])
