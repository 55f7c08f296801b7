"""Targeting rules of the discord38 round (issue 8, thirtieth session): a name-call
or hate aimed at a third person in the chat, with the writer as the sentence's subject,
which older rounds read as the writer speaking of themself or of a thing.

- A name-call after "that" or "this" (discord38_words.NAME_CALLS and the name_noun cues,
  a few judging words between: "that stupid bitch"), the object of the writer's verb of
  hate or shutting out (OBJECT_VERBS: "i hate that bitch", "i'm blocking that asshole"),
  of harm outside game talk (HARM_VERBS: "i'm gonna beat that dumbass"; never "i will
  kill that noob") or of a preposition after a word of rejection (PREPOSITIONS: "i'm
  done with that idiot", "im so sick of that loser", "i'm so over that clown"), the
  name-call closing its clause or going on with a few words (AFTER_NAME: "that idiot
  again", "that whore talking"): said of someone, not of the writer ("i'm that idiot who
  forgot the keys" has a copula, "call me that bitch" a naming verb) and not of a thing
  ("that bitch of a boss fight").
- Hate with an object pronoun, the writer its subject over a few adverbs: "i hate him
  so much", "i really fucking hate her", "i despise him", "i hate her guts"; not asked,
  conditioned or denied ("why do i hate him", "if i hate her", "i don't hate him"), not
  an event ("i hate him leaving") and not mixed with love ("i hate her so much and i
  love her so much").
- A name-call said of a character in a work of fiction ("that idiot in the movie was
  hilarious", "the clown in that show is creepy") is no one in the chat: cancelled.

Cost per hit: one or two frozenset tests of the hit's term; then at most
BEFORE_NAME_REACH + 3 tokens back and one ahead, or ADVERB_REACH + 2 back and FOND_REACH
ahead, or FICTION_REACH + 3 tokens of the hit's sentence. No regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord38_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid34 import Olid34Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["FICTION_NOTE", "Discord38Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
FICTION_NOTE: Final[str] = "a name-call said of a character in a film or a book"
_WRITERS: Final[frozenset[TargetKind]] = frozenset({Kind.SELF, Kind.OBJECT})
_NAMING: Final[frozenset[object]] = frozenset({Cat.INSULT, Cat.SEXUAL_HARASSMENT})
# The readings of a person that fiction cancels: plain, "said of", "said outright".
_SAID: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, OUTRIGHT_NOTE})


class Discord38Rules(Olid34Rules):
    """A name-call or hate at a third person with the writer as the subject ("i hate
    that bitch", "i'm done with that idiot", "i hate him so much"); a name-call of a
    fictional character cancelled ("that idiot in the movie was hilarious")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        category = hit.entry.category
        if category not in _NAMING:
            return target, note
        if target is Kind.THIRD_PERSON and note in _SAID:
            if category is Cat.INSULT and _d38_fiction(ctx, hit):
                return Kind.OBJECT, FICTION_NOTE  # "that idiot in the movie was hilarious"
            if not note and hit.entry.term in w.HATE_TERMS and _d38_hates_person(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "i hate him so much"
        elif not note and target in _WRITERS and self._d38_pointed_object(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "i hate that bitch"
        return target, note

    def _d38_pointed_object(self, ctx: Context, hit: Hit) -> bool:
        """A name-call after "that"/"this", the object of the writer's verb of hate,
        shutting out or harm, or of a preposition after a word of rejection."""
        tokens = ctx.tokens
        word = hit.entry.tokens[-1]
        if len(hit.entry.tokens) != 1 or (
            word not in w.NAME_CALLS and word not in self._cue_name_noun
        ):
            return False
        last = hit.last
        if (
            last < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] not in w.AFTER_NAME
        ):
            return False  # "that bitch of a boss fight", "this clown fish"
        at = ctx.back_over(hit.first, w.BEFORE_NAME, w.BEFORE_NAME_REACH)
        dem = at - 1
        if dem < 1 or tokens[dem] not in w.DEMONSTRATIVES or ctx.pause_after(dem - 1):
            return False
        verb = tokens[dem - 1]
        if verb in w.OBJECT_VERBS:
            return True  # "i hate that bitch", "i'm blocking that asshole"
        if verb in w.HARM_VERBS:
            return word not in w.GAME_NAMES and not ctx.gaming  # "i'll slap that hoe"
        heads = w.PREPOSITIONS.get(verb)
        if heads is None or dem < 2 or ctx.pause_after(dem - 2):
            return False
        return tokens[dem - 2] in heads  # "done with that idiot", "so over that clown"


def _d38_hates_person(ctx: Context, hit: Hit) -> bool:
    """ "i hate him so much", "i despise her", "i hate her guts": the writer hates a
    person, said outright (not asked, conditioned, denied, or an event)."""
    tokens = ctx.tokens
    at = hit.last
    if at >= len(tokens) or ctx.pause_after(at - 1):
        return False
    word = tokens[at]
    if word in w.GUTS_OWNERS and at + 1 < len(tokens) and tokens[at + 1] == w.GUTS:
        at += 1  # "i hate her guts"
    elif word not in w.OBJECT_PRONOUNS:
        return False
    if not ctx.closes_clause(at + 1) and tokens[at + 1] not in w.AFTER_PRONOUN:
        return False  # "i hate him leaving"
    start = ctx.back_over(hit.first, w.ADVERBS, w.ADVERB_REACH)
    subject = start - 1
    if subject < 0 or tokens[subject] not in w.SUBJECTS or ctx.pause_after(subject):
        return False
    if subject > 0 and not ctx.pause_after(subject - 1) and tokens[subject - 1] in w.NOT_STATED:
        return False  # "why do i hate him", "if i hate her"
    if ctx.any_ahead(at + 1, w.FOND, w.FOND_REACH):
        return False  # "i hate him so much and i love him so much"
    return not ctx.quoted_or_asked(hit.first, at + 1)


def _d38_fiction(ctx: Context, hit: Hit) -> bool:
    """A name-call right before "in"/"from" a film or a book, or said of a subject that
    is ("the clown in that show is creepy"): a character, no one in the chat."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.FICTION_REACH + 3)
    places = [hit.last, *range(start + 1, min(start + w.FICTION_REACH + 1, hit.first))]
    for at in places:
        if (
            at + 2 < len(tokens)
            and tokens[at] in w.FICTION_PREPOSITIONS
            and tokens[at + 1] in w.DETERMINERS
            and tokens[at + 2] in w.FICTION
        ):
            return True
    return False
