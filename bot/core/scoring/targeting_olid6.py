"""Targeting rules from the olid6 round (issue 8, ninth session): three shapes of attack
on a person or a group that OLID's tweets and forum comments share and the older rules
read too faintly. The new words are phrase lines under "olid6" headers in insult.txt and
olid6_words.py; these rules say when they are aimed, and leave them unaimed (a note)
everywhere else.

- A faint name-call noun with its article, said of the reader or of one person: "he is
  a fraud", "you're a tool", "Schiff is a total fraud", "that man is a disgrace to the
  badge", "she is an embarrassment to the party". The copula's subject is the reader, a
  pronoun, a person noun or a name (a word no list knows) opening its clause; the phrase
  closes the clause or goes on with "and", "to", "for"... A question ("is he a
  fraud?"), a denial ("he is not a fraud"), a report ("she said he was a fraud"), a thing
  ("a fraud investigator", "it's a tool for the job") are not this rule's.
- What the reader is told they are, with no classic insult word: "you are the problem",
  "you're part of the problem", "you are incapable of ...". The phrase holds its
  subject; a report or a condition before it ("if you are the problem", "he said
  you're part of the problem"), laughter (teasing) or a clause that goes on ("the
  problem solver") leave it unaimed. "you're crazy", "you're sick", "you're insane"
  are left out: game chat says them as praise ("dude you're insane").
- A political group said to be sick, insane, out of control, a terrorist organization,
  the enemy: "democrats are sick", "liberals are all insane", "antifa is a terrorist
  organization", "the left is out of control". Political groups are no protected
  identity, but contempt for them is an attack on people (OLID counts it); the weight
  is olid4's for a group said to be what it is called (POLITICAL_NOTE). "not all
  liberals are insane", "I think conservatives are crazy" (hedged), "prices are insane",
  "my kids are sick" are not this rule's.

The round's second part, under a second held-back batch:
- The same called shape for someone's mouthpiece and for everything wrong with
  something: "he's a puppet for the NRA", "she is a shill for the banks", "you are
  everything wrong with this country"; "this is everything wrong with the update" (a
  thing), "is he a shill for them?" (a question), "she said he was a puppet of Putin"
  (a report) are not.
- An exclamation at a person, the whole sentence: "@bob what a clown", "what an absolute
  hypocrite!"; "what a clown car", "what a coward move that was" (it goes on), "what a
  joke" (a thing as often) are not.
- The reader's lost credibility, integrity, decency: "you have no integrity", "you've
  lost all credibility"; "if you have no morals" (a condition), "he said you have no
  decency" (a report), "I have no credibility with my kids" (the writer's own) are not.

Each rule reads only its own hits (a frozenset test on the term first) and a few tokens
before and after them, so cost stays O(1) per hit and other messages pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid5_words as w5
from bot.core.scoring import olid6_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import SAID_OF_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_controls9 import Controls9Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

NOT_CALLED_NOTE: Final = "not said of a person"
NOT_TOLD_NOTE: Final = "not said to the reader"
NOT_GROUP_NOTE: Final = "not said of a political group"
_OWN_TERMS: Final = w.CALLED | w.READER_TOLD | w.GROUP_CALLED
_JOINED: Final[frozenset[str]] = w5.JOINED_SUBJECTS  # subject and copula in one
_ADDRESSED: Final = frozenset({Kind.MENTION, Kind.REPLY, Kind.SECOND_PERSON})
_AIMING: Final = frozenset({SAID_OF_NOTE, POLITICAL_NOTE, OUTRIGHT_NOTE})


class Olid6Rules(Controls9Rules):
    """A faint name-call said of a person, what the reader is told they are, a political
    group said to be sick or a terrorist organization, an exclamation at a person."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._olid6_known = lexicon.rule_words

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); this round's own phrases only in their shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            if (
                term in w.EXCLAIMED
                and (not note or note == SAID_OF_NOTE)
                and hit.entry.category is Cat.INSULT
                and self._olid6_exclaimed(ctx, hit)
            ):
                return self._olid6_unless_joking(ctx, hit, self._olid6_exclaimed_at(target))
            return target, note
        if ctx.quoted(hit.first, hit.last):
            return target, note  # review9b: '"you have no integrity" is a wild thing to say'
        if self._olid6_asked_back(ctx, hit):  # review9b
            if term in w.READER_TOLD:
                return Kind.OBJECT, NOT_TOLD_NOTE
            return Kind.OBJECT, NOT_GROUP_NOTE if term in w.GROUP_CALLED else NOT_CALLED_NOTE
        if term in w.CALLED:
            if term in w.EXCLAIMED and self._olid6_exclaimed(ctx, hit):
                aimed = self._olid6_exclaimed_at(target)  # "what a fraud"
            else:
                aimed = self._olid6_called(ctx, hit)
        elif term in w.READER_TOLD:
            aimed = self._olid6_told(ctx, hit)
        else:
            aimed = self._olid6_group_called(ctx, hit)
        return self._olid6_unless_joking(ctx, hit, aimed)

    def _olid6_exclaimed_at(self, target: TargetKind) -> tuple[TargetKind, str]:
        """An exclamation's target: the mention or reader it is said to ("@bob what a
        clown"), else the person spoken of; weighed as a name-call said outright."""
        if target in _ADDRESSED:
            return target, OUTRIGHT_NOTE
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE

    def _olid6_unless_joking(
        self, ctx: Context, hit: Hit, aimed: tuple[TargetKind, str]
    ) -> tuple[TargetKind, str]:
        """An aimed reading with its note, unless the line is marked as a joke ("what a
        loser, im joking"): the older rules' joke check runs only on readings without a
        note, so an aiming note must pass it here."""
        target, note = aimed
        if note in _AIMING and self._joking(ctx, hit):
            return target, JOKING_NOTE
        return aimed

    def _olid6_called(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "he is a fraud", "you're a tool", "Schiff is a total fraud": the reader or one
        person as the copula's subject, the phrase closing its clause."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if (
            not hit.entry.term.endswith(w.LEADING_ON)
            and last < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] not in w.CALLED_AFTER
        ):
            return Kind.OBJECT, NOT_CALLED_NOTE  # "a fraud investigator", "a tool shed"
        if self._olid6_not_harm(tokens, hit):
            return Kind.OBJECT, NOT_CALLED_NOTE  # "a tool and die maker", "a danger to herself"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        while at >= start and first - at <= 3 and tokens[at] in w.CALLED_BRIDGE:
            at -= 1
        if at < start or ctx.pause_after(at):
            return Kind.OBJECT, NOT_CALLED_NOTE
        word = tokens[at]
        if word in _JOINED:
            subject = at  # "youre a tool", "hes a fraud"
        elif word in w5.COPULAS and at > start and not ctx.pause_after(at - 1):
            subject = at - 1
        else:
            return Kind.OBJECT, NOT_CALLED_NOTE  # "what a fraud", "voted for a fraud"
        said = tokens[subject]
        if subject > start and tokens[subject - 1] in w5.COPULAS:
            return Kind.OBJECT, NOT_CALLED_NOTE  # "is he a fraud?"
        if not w.REPORTED.isdisjoint(tokens[start:subject]):
            return Kind.OBJECT, NOT_CALLED_NOTE  # "she said he was a fraud", "if you are"
        if said in w5.READERS or said == "youre":
            return Kind.SECOND_PERSON, ""
        if said in w.THIRD_SUBJECTS or said in self._cue_person_noun:
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        if self._olid6_name(said) and (subject == start or tokens[subject - 1] in _NAME_LEADS):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "Beto is a fraud", "@USER Schiff is ..."
        return Kind.OBJECT, NOT_CALLED_NOTE  # "the plan is a fraud", "this app is a tool"

    def _olid6_told(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "you are the problem", "you're part of the problem": said to the reader."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        term = hit.entry.term
        lacking = " have " in term or " lost " in term  # "you have no integrity (left)"
        if (
            last < len(tokens)
            and not ctx.pause_after(last - 1)
            and not term.endswith(" of")
            and not lacking
        ):
            after = w.PROBLEM_AFTER if term.endswith("problem") else w.READER_AFTER
            if tokens[last] not in after:
                return Kind.OBJECT, NOT_TOLD_NOTE  # "you are the problem solver"
        if self._olid6_told_else(tokens, hit):
            return Kind.OBJECT, NOT_TOLD_NOTE  # "no credibility issues", "incapable of losing"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        if (
            first > start
            and not ctx.pause_after(first - 1)
            and (tokens[first - 1] in w5.COPULAS or tokens[first - 1] in _ASKING)
        ):
            return Kind.OBJECT, NOT_TOLD_NOTE  # "do you think you are the problem?"
        if not w.REPORTED.isdisjoint(tokens[start:first]):
            return Kind.OBJECT, NOT_TOLD_NOTE  # "if you are the problem", "he said you're"
        if self._olid5_laughing(ctx):
            return Kind.SECOND_PERSON, JOKING_NOTE  # "you're the problem lol": teasing
        return Kind.SECOND_PERSON, ""

    @staticmethod
    def _olid6_told_else(tokens: list[str], hit: Hit) -> bool:
        """(review9b) What the reader is told that says something else: a lacking phrase
        qualifying a noun ("you have no credibility issues"), a bad thing they are
        incapable of (praise: "incapable of taking a bad photo"), the problem and the
        solution together."""
        term, last = hit.entry.term, hit.last
        if " have " in term or " lost " in term:
            return last < len(tokens) and tokens[last] in w.LACKING_COMPOUND
        if term.endswith(" of"):
            return not w.DENIED_BAD.isdisjoint(tokens[last : last + 3])
        after = tokens[last : last + 3]
        return after[:1] == ["and"] and ("solution" in after or "solutions" in after)

    def _olid6_group_called(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "democrats are sick", "antifa is a terrorist organization": a political group
        as the subject of the phrase's copula."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if (
            last < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] not in w.GROUP_AFTER
        ):
            return Kind.OBJECT, NOT_GROUP_NOTE  # "are sick of", "are insane amounts"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        while at > start and tokens[at] in w.GROUP_FILLERS:
            at -= 1
        if at < start or ctx.pause_after(at):
            return Kind.OBJECT, NOT_GROUP_NOTE
        word = tokens[at]
        plural = tokens[first] == "are"
        if plural and word in o4.PLURAL_GROUPS:
            subject = at  # "liberals are insane"
        elif word in w.SINGULAR_GROUP_HEADS and (
            word == "antifa" or (at > start and tokens[at - 1] in o4.SINGULAR_LEADS)
        ):
            if at - 1 > start and tokens[at - 2] in w.PLACE_BEFORE:
                return Kind.OBJECT, NOT_GROUP_NOTE  # "the car on the left is" (review9b)
            subject = at  # "antifa is", "the left is", "the far right are"
        else:
            return Kind.OBJECT, NOT_GROUP_NOTE  # "prices are insane", "my kids are sick"
        if subject > start and tokens[subject - 1] in _PART:
            return Kind.OBJECT, NOT_GROUP_NOTE  # "not all liberals", "some democrats"
        if not w.REPORTED.isdisjoint(tokens[start:subject]):
            return Kind.OBJECT, NOT_GROUP_NOTE  # "he said liberals are insane"
        return Kind.GROUP, POLITICAL_NOTE

    def _olid6_exclaimed(self, ctx: Context, hit: Hit) -> bool:
        """ "what a (pathetic little) clown" as a whole sentence: an exclamation at a person."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if last < len(tokens) and not ctx.pause_after(last - 1):
            return False  # "what a clown show", "what a clown costume"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        article = first if hit.entry.tokens[0] in w.EXCLAIM_ARTICLES else -1
        for at in range(first - 1, max(start, first - w.EXCLAIM_REACH) - 1, -1):
            if ctx.pause_after(at):
                return False
            if article < 0 and tokens[at] in w.EXCLAIM_ARTICLES:
                article = at
            elif tokens[at] == "what":
                return at == start and article == at + 1
        return False

    @staticmethod
    def _olid6_asked_back(ctx: Context, hit: Hit) -> bool:
        """(review9b) The phrase asked back and answered "no": "you're a fraud? no way,
        you're the best", "democrats are insane? no, they're tired" ("no wonder" is not)."""
        tokens, last = ctx.tokens, hit.last
        if not ctx.answered(last, w.ANSWER_NO):
            return False
        return last + 1 == len(tokens) or ctx.pause_after(last) or tokens[last + 1] == "way"

    def _olid6_name(self, word: str) -> bool:
        """A word no list knows, as a name is: "beto", "schiff"."""
        return (
            len(word) > 2
            and word.isalpha()
            and word not in self._olid6_known
            and not word.endswith(w.THING_ENDINGS)  # "astrology is a fraud" (review9b)
        )

    @staticmethod
    def _olid6_not_harm(tokens: list[str], hit: Hit) -> bool:
        """(review9b) A called phrase that names a trade ("a tool and die maker") or a
        danger with no harm meant ("a danger to herself", "to any defense", "to my sleep")."""
        term, last = hit.entry.term, hit.last
        after = tokens[last : last + 2]
        if term == "a tool":
            return after == ["and", "die"]
        return term == "a danger to" and not w.DANGER_NOT_HARM.isdisjoint(after)


# Before a name that opens the copula's clause: a title or a pointer ("senator warren").
_NAME_LEADS: Final = frozenset(
    {"senator", "sen", "rep", "president", "governor", "mr", "mrs", "ms"}
)
# Before the reader told what they are: a question or a wish ("do you think you are").
_ASKING: Final = frozenset({"think", "thought", "if", "when", "because", "cause", "cuz"})
# Before a group: only some of it ("not all liberals", "some democrats", "many").
_PART: Final = frozenset({"some", "many", "few", "certain", "several"})
