"""Targeting rules of the olid8 round (issue 8, eleventh session): three shapes of attack
in OLID's replies that the older rules read as said of nobody.

- Harm wished on a person or a group: "i hope he dies", "may she rot in hell", "i wish
  he would just die", "hope they all choke", "praying for him to keel over", "i hope
  trump gets hit by a bus". The older rules read a wish said to the reader ("hope you
  die") and of an identity group ("i hope all muslims die"), never of one person
  spoken of. The wish ("hope", "wish", "pray", "may" opening the clause) stands a few
  words before the harm, a person between them: "he", "she", "they", a pointed person
  ("that guy"), a political or identity group, a name in a reply. A denial ("i hope he
  doesn't die"), oneself ("i hope i die", "my phone dies"), a thing ("i hope the
  battery dies", "this trend"), a report or a peaceful end ("dies of old age", "chokes
  up", "a stroke of luck") are no wish of harm.
- The reader dismissed: "have a seat" alone in its sentence (never "have a seat at the
  bar", "please have a seat, the doctor ..."); "take your nonsense somewhere else", "go
  cry somewhere else" (never "take your coat somewhere dry"); "who asked you?" (never
  "who asked you to bring cake?"); "get off my timeline" (lexicon lines).
- A person or a political group called an animal: "he is a snake", "she is such a cow",
  "that man is a rat", "you snake", "liberals are sheep", "maga sheep", "what a snake
  he is". A thing or a trade ("a snake charmer", "a gym rat", "holy cow", "the snake is
  in its cage"), a question, a denial or a report keep no insult; "what a snake" alone
  is awe at the animal as often.

Each rule is gated by a frozenset test on the hit's own term and reads a few tokens
around it (the clause), so a hit costs O(1) and other messages pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid5_words as w5
from bot.core.scoring import olid6_words as w6
from bot.core.scoring import olid7_words as w7
from bot.core.scoring import olid8_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_gamechat12 import GameChat12Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid8Rules"]

NO_WISH_NOTE: Final = "no harm wished on a person"
NOT_DISMISSED_NOTE: Final = "no one sent away"
NOT_ANIMAL_NOTE: Final = "no person called an animal"

_DISMISSALS: Final = w.ELSEWHERE | w.ASKED | {w.SEAT}
_OWN_TERMS: Final = w.WISH_TAILS | _DISMISSALS | w.ANIMAL_TERMS | w.POL_TERMS
_NEW_WORDS: Final = w.WISH_TAILS_NEW | _DISMISSALS | w.ANIMAL_TERMS_NEW | w.POL_NEW
_ADDRESSED: Final = frozenset({Kind.MENTION, Kind.REPLY, Kind.SECOND_PERSON})
_POINTED: Final = w7.SUBJECT_PEOPLE | w6.THIRD_SUBJECTS | w.WISH_PEOPLE_EXTRA
_SELF: Final = frozenset({"i", "we", "me", "us", "my", "our", "it", "its", "im", "ive"})


class Olid8Rules(GameChat12Rules):
    """Harm wished on a person or a group, the reader dismissed, a person or a political
    group called an animal."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms read again in its shapes.
        Its new terms count only there; its old ones ("suffer", "rat") keep the older
        reading elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            return target, note
        if term in w.WISH_TAILS:
            aimed = self._olid8_wished(ctx, hit, target)
            miss = NO_WISH_NOTE
        elif term in w.ANIMAL_TERMS:
            aimed = self._olid8_animal(ctx, hit, target)
            miss = NOT_ANIMAL_NOTE
        elif term in w.POL_TERMS:
            aimed = self._olid8_group_judged(ctx, hit)
            miss = NOT_ANIMAL_NOTE
        else:
            aimed = self._olid8_dismissed(ctx, hit)
            miss = NOT_DISMISSED_NOTE
        if aimed is not None and not ctx.quoted(hit.first, hit.last):
            return aimed
        return (Kind.OBJECT, miss) if term in _NEW_WORDS else (target, note)

    # --- harm wished ---

    def _olid8_wished(
        self, ctx: Context, hit: Hit, target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """ "i hope he dies", "may they rot": who the harm is wished on, or None."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        after = tokens[last : last + 2]
        if (
            after
            and not ctx.pause_after(last - 1)
            and (after[0] in w.WISH_AFTER_NOT or tuple(after) in w.WISH_AFTER_NOT_TWO)
        ):
            return None  # "chokes up", "dies of old age", "a stroke of luck"
        if hit.entry.tokens[-1] in _HARMS:  # "they die": the person is in the phrase
            first = last - 1
        start = ctx.sentence_start(first, SENTENCE_REACH)
        at = first - 1
        while at >= start and first - at <= w.WISH_REACH:
            word = tokens[at]
            if word in w.WISHES or (word in w.WISH_MAY and at == start):
                break
            if word in w.WISH_DENIED or ctx.pause_after(at):
                return None  # "i hope he doesn't die", "i hope, he dies ..." (rare)
            at -= 1
        else:
            return None
        if not w6.REPORTED.isdisjoint(tokens[start:at]):
            return None  # "i don't hope he dies", "she said she hopes he dies"
        if self._joking(ctx, hit):
            return None  # "i hope he dies lol jk"
        person = [t for t in tokens[at + 1 : first] if t not in w.WISH_FILLERS]
        if len(person) > 1 and person[0] == "that" and person[1] not in _POINTED:
            del person[0]  # "i hope that he dies", never "that guy"
        return self._olid8_wished_on(ctx, person, target)

    def _olid8_wished_on(
        self, ctx: Context, person: list[str], target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """The person a wish names, between the wish and the harm."""
        if not person or len(person) > 3 or not _SELF.isdisjoint(person):
            return None  # "i hope i die", "i hope my phone dies"
        said = person[-1]
        if len(person) == 1:
            if said in w.WISH_ONE:
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "i hope he dies"
            if said in w.WISH_READER:
                return Kind.SECOND_PERSON, ""  # "hope you choke"
            if said in w.WISH_PLURAL:
                return Kind.GROUP, OUTRIGHT_NOTE  # "i hope they all rot"
        if said in o4.PLURAL_GROUPS:
            return Kind.GROUP, POLITICAL_NOTE  # "i hope the democrats choke"
        if said in self._cue_identity:
            return Kind.GROUP, IDENTITY_NOTE  # "i hope immigrants rot in hell"
        if len(person) == 2 and person[0] in w7.SUBJECT_POINTERS and said in _POINTED:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "i hope that bastard dies"
        if len(person) == 1 and (target in _ADDRESSED or ctx.lead) and self._olid6_name(said):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "@bob i hope trump chokes"
        return None

    # --- dismissals ---

    def _olid8_dismissed(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "have a seat", "take your nonsense somewhere else", "who asked you?"."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        term = hit.entry.term
        start = ctx.sentence_start(first, SENTENCE_REACH)
        end = ctx.sentence_end(last - 1, SENTENCE_REACH)
        if term in w.ASKED:
            if last < end and tokens[last] in w.ASKED_AFTER_NOT:
                return None  # "who asked you to bring cake?"
            return Kind.SECOND_PERSON, ""
        if term == w.SEAT:
            if not w.SEAT_LEAD.issuperset(tokens[start:first]) or "pls" in tokens[start:first]:
                return None  # "please have a seat", "we have a seat for you"
            if not w.SEAT_AFTER.issuperset(tokens[last:end]):
                return None  # "have a seat at the bar", "have a seat and relax"
            return Kind.IMPERATIVE, ""
        # "somewhere else", "elsewhere": "take your X ... somewhere else", "go cry elsewhere"
        at = first - 1
        if at >= start and tokens[at] in w.GO_VERBS and at - 1 >= start and tokens[at - 1] == "go":
            return Kind.IMPERATIVE, ""  # "go cry somewhere else"
        while at >= start and first - at <= w.JUNK_REACH + 2:
            if tokens[at] in w.YOUR:
                junk = tokens[at + 1 : first]
                if (
                    junk
                    and not w.JUNK.isdisjoint(junk)
                    and at - 1 >= start
                    and tokens[at - 1] in w.TAKE
                ):
                    return Kind.IMPERATIVE, ""  # "take your nonsense somewhere else"
                return None
            if ctx.pause_after(at):
                return None
            at -= 1
        return None

    # --- a political group judged ---

    def _olid8_group_judged(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "democrats are devils", "liberals are godless", "the left is a cult"; never
        the word before a group ("godless liberals ..."): a tweet's long claims use it to
        describe as often as to judge, and OLID's readers split on it."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        start = ctx.sentence_start(first, SENTENCE_REACH)
        end = ctx.sentence_end(last - 1, SENTENCE_REACH)
        if last < end and not ctx.pause_after(last - 1) and tokens[last] not in w.ANIMAL_AFTER:
            return None  # "a cult classic", "bad people skills"
        at = first - 1
        while at >= start and first - at <= w.POL_BRIDGE_REACH and tokens[at] in w.POL_BRIDGE:
            at -= 1
        if at <= start or tokens[at] not in w5.COPULAS or ctx.pause_after(at - 1):
            return None
        subject = at - 1
        said = tokens[subject]
        if said in o4.PLURAL_GROUPS:
            pass  # "democrats are devils"
        elif said in w6.SINGULAR_GROUP_HEADS and (
            said in ("antifa", "maga", "gop")
            or (subject > start and tokens[subject - 1] in o4.SINGULAR_LEADS)
        ):
            pass  # "the left is a cult", "maga is a cult"
        else:
            return None
        if subject > start and tokens[subject - 1] in w7.PART:
            return None  # "some democrats are devils"
        if not w6.REPORTED.isdisjoint(tokens[start:subject]):
            return None  # "not all liberals are bad people", "he said ..."
        return Kind.GROUP, POLITICAL_NOTE

    # --- animals ---

    def _olid8_animal(
        self, ctx: Context, hit: Hit, target: TargetKind
    ) -> tuple[TargetKind, str] | None:
        """ "he is a snake", "you snake", "liberals are sheep", "maga sheep"."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        animal = last - 1
        rest = tokens[last : last + 2]
        exclaimed = (
            len(rest) == 2 and rest[0] in _EXCLAIMED and rest[1] in w5.COPULAS | _JOINED_COPULAS
        )  # "what a snake he is"
        if not exclaimed and (
            last < len(tokens)
            and not ctx.pause_after(animal)
            and tokens[last] not in w.ANIMAL_AFTER
        ):
            return None  # "a snake charmer", "rat me out"
        start = ctx.sentence_start(first, SENTENCE_REACH)
        before = tokens[animal - 1] if animal > start else ""
        if before in w.ANIMAL_NOT_BEFORE:
            return None  # "a gym rat", "holy cow", "the snake"
        if before in o4.POLITICAL_GROUPS and not ctx.pause_after(animal - 1):
            return Kind.GROUP, POLITICAL_NOTE  # "maga sheep", "liberal snakes"
        at = animal - 1
        while (
            at >= start and animal - at <= w.ANIMAL_BRIDGE_REACH and tokens[at] in w.ANIMAL_BRIDGE
        ):
            if ctx.pause_after(at):
                return None
            at -= 1
        if at < start or ctx.pause_after(at):
            return None  # "rats!", "a snake, in my garden"
        word = tokens[at]
        if word == "what":
            if not exclaimed:
                return None  # "what a snake" (awe at the animal as often)
            return (
                (Kind.SECOND_PERSON, "")
                if rest[0] in w5.READERS
                else (Kind.THIRD_PERSON, OUTRIGHT_NOTE)
            )  # "what a snake he is"
        if word in w5.COPULAS and at - 1 >= start and tokens[at - 1] in o4.PLURAL_GROUPS:
            if at - 2 >= start and tokens[at - 2] in w7.PART:
                return None  # "some liberals are sheep"
            if not w6.REPORTED.isdisjoint(tokens[start:at]):
                return None
            return Kind.GROUP, POLITICAL_NOTE  # "liberals are sheep"
        return self._olid7_subject(ctx, at + 1, target)


# "what a snake he is", "what a worm you are": the person after the exclaimed animal.
_EXCLAIMED: Final = w5.READERS | w7.THEY | w.WISH_ONE
_JOINED_COPULAS: Final = frozenset({"am", "be"})
# The harm verb of a joined phrase: read back from it ("they all die"); else the phrase
# opens with it ("rot in hell") and the person stands before.
_HARMS: Final = frozenset({"die", "rot", "choke"})
