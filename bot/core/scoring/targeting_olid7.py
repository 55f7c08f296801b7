"""Targeting rules of the olid7 round (issue 8, tenth session): three shapes of OLID's
targeted offence that the older rules read as said of nobody or too faintly.

- A bad kind of person: a judging word before a person noun, said of the reader or of
  one person, or exclaimed: "he is an evil little man", "you are a miserable person",
  "@USER they are disgusting people", "what a pathetic human". The person noun closes
  its clause ("a vile man in the movie", "a sad old man since grandma died" describe
  on); the copula's subject is the reader, a pronoun, a pointed person ("the mayor") or
  a name. A question ("is he an evil man?"), a denial or a report ("saying he is an evil
  man is unfair") keep the older reading. The round's new judging words ("miserable",
  "wicked", "petty"...) count only in this shape.
- A trait said of "they" or of a pointed person ("they are shameless", "they are so
  clueless", "her husband is unhinged"): the older rules find the person but weigh a
  plural or a pointed subject below a pronoun's "she is unhinged"; only words said of
  people (never "they are useless": the chargers), closing the clause.
- A political group said to ruin the country: "liberals are destroying this country",
  "the left is ruining everything", "democrats are a disgrace" (olid4's political-group
  weight); never "the lakers are destroying the competition" or "some democrats are".

Every rule reads only its own words (a frozenset test on the hit's term first) and a
few tokens around them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid5_words as w5
from bot.core.scoring import olid6_words as w6
from bot.core.scoring import olid7_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord10 import Discord10Rules
from bot.core.scoring.targeting_hateprobe5 import NOT_OF_GROUP_NOTE as NO_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

NOT_KIND_NOTE: Final = "no person called a bad kind"
_OWN_TERMS: Final = w.KIND | w.TRAITS | w.GROUP_HARM | w.DIM
_ADDRESSED: Final = frozenset({Kind.MENTION, Kind.REPLY, Kind.SECOND_PERSON})
_JOINED_READER: Final = frozenset({"youre", "ur", "ure"})
_JOINED_THIRD: Final = frozenset({"hes", "shes", "theyre"})
_PRONOUNS: Final = frozenset({"he", "she", "they"})
_JOINED: Final = _JOINED_READER | _JOINED_THIRD
_TRAIT_NOTES: Final = frozenset({"", SAID_OF_NOTE})
_TRAIT_BRIDGE: Final = w5.PREDICATE_BRIDGE | w.TRAIT_BRIDGE
# Readings that already flag, at or above the outright weight: left as they are.
_AIMED_NOTES: Final = frozenset({OUTRIGHT_NOTE, POLITICAL_NOTE})


class Olid7Rules(Discord10Rules):
    """A bad kind of person, a trait said of "they" or a pointed person, a political
    group said to ruin the country."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's words read again in its shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            return target, note
        if ctx.quoted(hit.first, hit.last):
            return (Kind.OBJECT, NOT_KIND_NOTE) if term in w.KIND_NEW else (target, note)
        if term in w.GROUP_HARM:
            return self._olid7_group_harm(ctx, hit, target, note)
        fresh = term in w.KIND_NEW or term in w.DIM
        if self._olid6_asked_back(ctx, hit) or (fresh and self._olid7_asked_back(ctx, hit)):
            # "they are so dishonest? no way, ...", "she's not very smart? lol no she's ..."
            return (Kind.OBJECT, NOT_KIND_NOTE) if fresh else (target, note)
        if term in w.KIND_NEW:
            return self._olid7_new_word(ctx, hit, target)
        if term in w.DIM:
            aimed = self._olid7_subject(ctx, hit.first, Kind.NONE)
            if aimed is None:
                return Kind.OBJECT, NOT_KIND_NOTE  # "it is not very smart to", "is he not"
            return aimed  # "you are not very bright", "he's not the sharpest"
        if target in _ADDRESSED and not note:
            return target, note  # "you are a vile man": the reader, at full weight
        if note in _AIMED_NOTES:
            return target, note
        if term in w.KIND:
            aimed = self._olid7_kind(ctx, hit, target)
            if aimed is not None:
                return aimed
        if term in w.TRAITS and (
            (target is Kind.THIRD_PERSON and note in _TRAIT_NOTES) or target is Kind.GROUP
        ):
            pointer = self._olid7_trait(ctx, hit, new=note == SAID_OF_NOTE)
            if pointer and (target is Kind.THIRD_PERSON or pointer in w.ONE_POINTERS):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "they are shameless", "this woman"
        return target, note

    def _olid7_new_word(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """The round's new judging words count only in its shapes: "a petty little man",
        "she is so petty"; never "a miserable day", "Bitter Barack", "a boring game"."""
        aimed = self._olid7_kind(ctx, hit, target)
        if aimed is not None:
            return aimed
        if hit.entry.term in w.NEW_TRAITS:
            pointer = self._olid7_trait(ctx, hit, new=True)
            if pointer in w5.READERS:
                return Kind.SECOND_PERSON, ""  # "you are so petty"
            if pointer:
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "she is very bitter"
        return Kind.OBJECT, NOT_KIND_NOTE

    def _olid7_kind(
        self, ctx: Context, hit: Hit, target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """ "he is an evil little man", "what a pathetic human": the reading, or None."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        at = last
        while at < len(tokens) and at - last < w.KIND_FILLER_REACH:
            if tokens[at] in w.KIND_PEOPLE or tokens[at] not in w.KIND_FILLERS:
                break
            if ctx.pause_after(at - 1):
                return None
            at += 1
        if at >= len(tokens) or tokens[at] not in w.KIND_PEOPLE or ctx.pause_after(at - 1):
            return None  # "an evil plan", "a boring game"
        if tokens[at] == "being" and tokens[at - 1] != "human":
            return None  # "a miserable being ignored"
        if tokens[at] == "human" and at + 1 < len(tokens) and tokens[at + 1] in ("being", "beings"):
            at += 1  # (olid10) "a miserable human being": the noun is two words
        if at + 1 < len(tokens) and not ctx.pause_after(at) and tokens[at + 1] not in w.KIND_AFTER:
            return None  # "a vile man in the movie", "an evil man since"
        return self._olid7_subject(ctx, first, target)

    def _olid7_subject(
        self, ctx: Context, first: int, target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """Who the judged phrase before `first` is said of: the reader, a person, or an
        exclamation's mention; None for a question, a report, a denial or no subject."""
        tokens = ctx.tokens
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        while at >= start and first - at <= w.KIND_BRIDGE_REACH and tokens[at] in w.KIND_BRIDGE:
            at -= 1
        if at < start or ctx.pause_after(at):
            return None
        if not w6.REPORTED.isdisjoint(tokens[start:first]):
            return None  # "he is not an evil man", "saying he is an evil man"
        word = tokens[at]
        if word == "what":
            if at != start:
                return None  # "no matter what a boring person says"
            if target in _ADDRESSED:
                return target, OUTRIGHT_NOTE  # "@USER what a horrible woman"
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        if word in w5.READERS and at == start:
            return Kind.SECOND_PERSON, ""  # "you miserable old man"
        if word in _JOINED_READER:
            return Kind.SECOND_PERSON, ""
        if word in _JOINED_THIRD:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        if word not in w5.COPULAS or at <= start or ctx.pause_after(at - 1):
            return None  # "voted for an evil man"
        subject = at - 1
        if subject > start and tokens[subject - 1] in w5.COPULAS:
            return None  # "is he an evil man?"
        said = tokens[subject]
        if said in w5.READERS:
            return Kind.SECOND_PERSON, ""
        if self._olid7_person(ctx, subject, start):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return None

    def _olid7_person(self, ctx: Context, subject: int, start: int) -> bool:
        """A person as the copula's subject: a pronoun, a pointed person ("the mayor",
        "her husband") or a name opening its clause ("Warren is")."""
        tokens = ctx.tokens
        said = tokens[subject]
        if said in _PRONOUNS:
            return True
        if said in w.SUBJECT_PEOPLE or said in w6.THIRD_SUBJECTS:
            return subject > start and tokens[subject - 1] in w.SUBJECT_POINTERS
        return subject == start and self._olid6_name(said)

    def _olid7_trait(self, ctx: Context, hit: Hit, new: bool = False) -> str:
        """ "they are (so) clueless", "this woman is unhinged": the trait closes its
        clause after a copula whose subject is "they" or a pointed person (for the new
        words also "he", "she", the reader). The subject's pointer ("this", "her"; the
        pronoun itself), or "" when the shape fails."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        if self._olid7_as_idiom(ctx, hit):
            at -= 1  # "he is as crooked as they come"
            new = True
        elif (
            last < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] not in w.TRAIT_AFTER
            and not self._olid7_to_whom(ctx, hit)
            and not self._olid7_worst_of(ctx, hit)
        ):
            return ""  # "so clueless about cars", "lazy sunday"
        while at >= start and first - at <= w.KIND_BRIDGE_REACH and tokens[at] in _TRAIT_BRIDGE:
            at -= 1
        if at < start or ctx.pause_after(at) or not w6.REPORTED.isdisjoint(tokens[start : at + 1]):
            return ""
        if tokens[at] in _JOINED_THIRD or (new and tokens[at] in _JOINED):
            return tokens[at]
        if tokens[at] not in w5.COPULAS or at <= start or ctx.pause_after(at - 1):
            return ""
        subject = at - 1
        if subject > start and tokens[subject - 1] in w5.COPULAS:
            return ""  # "are they clueless?"
        said = tokens[subject]
        if said in _PRONOUNS or (new and said in w5.READERS):
            return said
        if (said in w.SUBJECT_PEOPLE or said in w6.THIRD_SUBJECTS) and (
            subject > start and tokens[subject - 1] in w.SUBJECT_POINTERS
        ):
            return tokens[subject - 1]
        return ""

    @staticmethod
    def _olid7_worst_of(ctx: Context, hit: Hit) -> bool:
        """ "he is the worst speaker ever", "they are the worst people alive"; never "the
        worst at cooking", "the worst day of my life"."""
        if hit.entry.term != w.WORST:
            return False
        tokens, last = ctx.tokens, hit.last
        end = ctx.sentence_end(last - 1, SENTENCE_REACH)
        rest = tokens[last:end]
        if "in" in rest and rest[-1:] == ["history"]:
            rest = rest[: rest.index("in")]  # "the worst president in history"
        while rest and rest[-1] in w.WORST_ENDS:
            rest.pop()
        return len(rest) <= w.WORST_REACH and w.NOT_WORST.isdisjoint(rest)

    @staticmethod
    def _olid7_to_whom(ctx: Context, hit: Hit) -> bool:
        """ "a cancer to democracy", "traitors to this country", "too clueless to change"."""
        tokens, first, last = ctx.tokens, hit.first, hit.last
        if tokens[last] not in w.TO_AFTER:
            return False
        return hit.entry.term in w.TRAIT_TO or (first > 0 and tokens[first - 1] == "too")

    @staticmethod
    def _olid7_asked_back(ctx: Context, hit: Hit) -> bool:
        """(review11) The round's words asked back and answered "no" in shapes olid6's check
        does not read: the idiom's tail before the "?" ("not the sharpest tool? no way"),
        laughter before the "no" ("? lol no"), the answer running on into its own claim
        ("? no you're a genius")."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + _ASK_TAIL)
        at = hit.last
        while at < end and not ctx.gap_asks(at - 1):
            if ctx.pause_after(at - 1):
                return False  # the clause ended with no question
            at += 1
        if at >= end:
            return False
        while at < len(tokens) and tokens[at] in w5.LAUGHS:
            at += 1  # "? lol no"
        if at >= len(tokens) or tokens[at] not in w6.ANSWER_NO:
            return False
        return at + 1 == len(tokens) or ctx.pause_after(at) or tokens[at + 1] in _ANSWER_ON

    @staticmethod
    def _olid7_as_idiom(ctx: Context, hit: Hit) -> bool:
        """ "as crooked as they come", "as dumb as a rock": a trait at its utmost."""
        tokens, first, last = ctx.tokens, hit.first, hit.last
        if first == 0 or tokens[first - 1] != "as" or tokens[last : last + 1] != ["as"]:
            return False
        return tuple(tokens[last + 1 : last + 4]) in w.AS_IDIOMS or (
            tuple(tokens[last + 1 : last + 3]) in w.AS_IDIOMS
        )

    def _olid7_group_harm(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "liberals are destroying this country", "the left is ruining everything":
        hateprobe5's harm word, left unaimed there, with a political group as subject."""
        if note != NO_GROUP_NOTE:
            return target, note
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if last < len(tokens) and not ctx.pause_after(last - 1) and tokens[last] in w.HARM_NOT:
            return target, note  # "are destroying the competition"
        victim = tokens[last : last + 2]
        if victim and (victim[0] in o4.PLURAL_GROUPS or victim[-1] in o4.PLURAL_GROUPS):
            return target, note  # "are destroying the liberals in the polls"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        while at > start and (tokens[at] in w6.GROUP_FILLERS or tokens[at] in w.HARM_VERBS):
            at -= 1
        if at == first - 1 or at < start or ctx.pause_after(at):
            return target, note  # "liberals destroy" (no verb: too often a headline)
        if not w6.REPORTED.isdisjoint(tokens[start:first]):
            return target, note  # "not ruining", "he said liberals are ruining"
        word = tokens[at]
        if word in o4.PLURAL_GROUPS:
            subject = at  # "liberals are ruining"
        elif word in w6.SINGULAR_GROUP_HEADS and (
            word == "antifa" or (at > start and tokens[at - 1] in o4.SINGULAR_LEADS)
        ):
            subject = at  # "the left is ruining"
        else:
            return target, note  # "the lakers are destroying", "he is ruining"
        if subject > start and tokens[subject - 1] in w.PART:
            return target, note  # "some democrats are"
        return Kind.GROUP, POLITICAL_NOTE


# (review11) After a "no" that answers the round's words asked back: the reply's own
# subject or "way" ("? no you're a genius", "? nah she's brilliant").
_ANSWER_ON: Final = frozenset(
    {"way", "you", "youre", "ur", "he", "hes", "she", "shes", "they", "theyre", "i", "im"}
)
_ASK_TAIL: Final = 5  # the idiom's tail before the "?": "not the sharpest tool in the shed"
