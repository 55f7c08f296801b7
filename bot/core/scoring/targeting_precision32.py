"""Guard rules of the precision32 round (issue 8, thirty-fifth session): clean rows of the
HateXplain and insult files that the chain read as aimed at the reader, in two shapes.

- A curse or "i hate you" said to a thing named just before it: "this stupid printer i
  hate you", "mondays i hate you", "ugh math homework i hate you", "stupid wifi fuck
  you", "my alarm clock i swear i hate you". controls.py reads only the thing named
  after the curse ("fuck you traffic"); here the noun phrase opening the sentence, at
  most NAME_REACH words, ends in a thing (the lexicon's thing cues, controls9's THINGS,
  an abstract noun, precision32_words.MORE_THINGS), holds no person, pronoun or verb,
  and the curse closes its clause. Stay aimed: a person or a name before it ("tom i
  hate you", "this guy i hate you", "my stupid brother i hate you", "dumb gamers fuck
  you"), the reader ("you idiot i hate you"), threats and identity attacks.
- A name-call inside a condition on anyone's conduct, whose consequence falls on people
  at large: "if you are just an asshole to everyone nobody will help you", "if you're
  rude to waiters people will notice", "if ur a bitch to everyone nobody will stick
  around": advice to a generic "you". The name-call follows "if/when you (are) (a)",
  is said of conduct (a preposition right after it: "to", "with", "at", "online"...),
  and a generic subject ("nobody", "people", "karma", "life"...) follows within
  CONSEQUENCE_REACH words. Stay aimed: the name-call outside the condition ("you are
  just an asshole to everyone", "if you think that you are an idiot"), one with no
  conduct ("if you are an idiot nobody can help you"), "so", "this" or "that" pointing
  at the reader ("if you're this stupid people will laugh"), the writer in the sentence
  ("if you are rude to me again i will hurt you"), an identity word in the condition.

Cost per hit: a category and target test; then at most a few tokens back over fillers,
NAME_REACH tokens tested against frozensets, or FILL_REACH back and CONSEQUENCE_REACH
ahead. No regex, no new work for messages without a hit; no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import control12_words as c12
from bot.core.scoring import controls9_words as c9
from bot.core.scoring import precision32_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck51 import HateCheck51Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GENERIC_CONDITION_NOTE", "THING_BEFORE_NOTE", "Precision32Rules"]

# The notes that cancel the hit (weighing.py zeroes any note it does not name).
THING_BEFORE_NOTE: Final[str] = "a curse said to a thing named before it"
GENERIC_CONDITION_NOTE: Final[str] = "a condition on anyone's conduct, advice to no one"


class Precision32Rules(HateCheck51Rules):
    """A curse said to a thing named before it; a name-call in a condition on anyone's
    conduct whose consequence falls on people at large."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's two shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.SECOND_PERSON or hit.entry.category in w.NEVER_EXCUSED:
            return target, note
        if self._p32_thing_before(ctx, hit):
            return Kind.OBJECT, THING_BEFORE_NOTE  # "this stupid printer i hate you"
        if self._p32_generic_condition(ctx, hit):
            return Kind.NONE, GENERIC_CONDITION_NOTE  # "if you're rude to waiters people ..."
        return target, note

    def _p32_thing_before(self, ctx: Context, hit: Hit) -> bool:
        """The curse ("i hate you", "fuck you", "screw you") closes its clause,
        and the sentence opens on a short noun phrase naming a thing, maybe past a filler
        ("i swear", "ugh")."""
        if hit.entry.term not in w.CURSES:
            return False  # "you fucking monkey", "is sick of you": no curse
        if not ctx.closes_after(hit.last, w.CURSE_TAILS, w.TAIL_REACH):
            return False
        head = ctx.back_over(hit.first, w.CURSE_FILLERS, w.FILLER_REACH) - 1
        if head < 0:
            return False
        start = ctx.sentence_start(head, w.NAME_REACH)
        if not (ctx.starts_sentence(start) or ctx.pause_after(start - 1)):
            return False  # a longer sentence: "the printer broke and i hate you"
        noun = ctx.tokens[head]
        if not (noun in c9.THINGS or noun in w.MORE_THINGS or self._is_thing(noun)):
            return False
        cues = ctx.cues
        for word in ctx.tokens[start:head]:
            if word in w.NOT_THING_WORDS or any(word in cues[name] for name in w.NOT_NAMING_CUES):
                return False  # "you stupid printer", "white girl fridge", "take my phone"
            if word in self._words and word not in self._cue_descriptive:
                return False  # "stupid bitch printer": a name-call in the phrase
        return True

    def _p32_generic_condition(self, ctx: Context, hit: Hit) -> bool:
        """The name-call follows "if/when you (are) (a)", is said of conduct ("to
        everyone", "with money", "online"), and a generic subject follows it ("nobody",
        "people", "karma"); neither the writer nor an identity word is in the sentence."""
        if hit.entry.category is not Cat.INSULT:
            return False
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.CONDITION_FILL, w.FILL_REACH)
        if at == 0 or tokens[at - 1] not in w.CONDITIONS or ctx.pause_after(at - 1):
            return False
        if w.YOU.isdisjoint(tokens[at : hit.first]) and w.YOU.isdisjoint(hit.entry.tokens):
            return False
        if hit.last >= len(tokens) or tokens[hit.last] not in w.CONDUCT:
            return False  # "if you are an idiot nobody can help you"
        end = ctx.sentence_end(hit.last, w.CONSEQUENCE_REACH)
        rest = tokens[hit.last : end]
        if w.GENERIC_SUBJECTS.isdisjoint(rest) or not w.WRITER.isdisjoint(rest):
            return False
        start = ctx.sentence_start(at, w.FILL_REACH)
        if not w.WRITER.isdisjoint(tokens[start:at]):
            return False  # "i swear if you are rude to them again ..."
        cues = ctx.cues
        return not any(
            word in cues["identity"] or word in cues["identity_adjective"]
            for word in tokens[at:end]
        )

    def _c12_suffered(self, ctx: Context, hit: Hit) -> bool:
        """control12's harm a group suffers, and also a group named the victims or targets
        of the harm ("black people are victims of violent crime", "muslims are targets of
        violent hate crimes"), unless the sentence wishes it on them ("should be victims
        of", "... and they deserve it")."""
        if super()._c12_suffered(ctx, hit):
            return True
        tokens = ctx.tokens
        after = hit.last
        if after >= len(tokens) or ctx.pause_after(hit.last - 1):
            return False
        if tokens[after] not in c12.HARM_NOUNS and tokens[after] not in w.MORE_HARM_NOUNS:
            return False
        at = ctx.back_over(hit.first, c12.DESCRIBING_GAP, w.VICTIM_GAP_REACH)
        if at < 2 or tokens[at - 1] != "of" or tokens[at - 2] not in w.VICTIM_NOUNS:
            return False
        start = ctx.sentence_start(at, w.WISH_REACH)
        end = ctx.sentence_end(after, w.WISH_REACH)
        return w.WISHES.isdisjoint(tokens[start:end])  # "... and they deserve it"
