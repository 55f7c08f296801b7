"""Targeting rules of the thirteenth forum round (issue 8): comment threads name-call the
people they argue about in the third person, with no "you" and no copula for the older
rules to find.

- A name-call pointed at by a demonstrative: "these clowns in congress", "how did this
  imbecile get elected", "those smug clowns deserve it", "that feckless moron". The older
  rules read "these <word>" as a thing; these nouns name only people, so the pointer
  names someone the thread talks of. "the" is no pointer here: "the idiot in charge"
  is as hostile, but with it Kaggle's insults (which count only the reader insulted)
  rose past their control limit and toxic_spans' profane_only rose; demonstratives alone
  keep both. Fixed phrases ("the village idiot", "the
  useful idiots"), roles ("play the fool", "like the clown") and compounds ("clown car",
  "troll bait", "idiot box") are no one named; game talk keeps "troll" and "clown" for
  heroes and bosses.
- A generic name-call of whoever does it: "only an idiot would believe this", "only
  morons vote for him".
- A label said as a sentence of its own: "Another ignorant troll.", "Typical leftist
  hypocrite.", "Bunch of hypocrites.", "Typical incompetent fool from Hawaii." The
  comment applies it to the person it answers or talks about; older rules weighed it as
  said of a third person only faintly (0.41).

"what a clown this governor is" is left to olid4, which reads it only in a reply:
test_scorer_precision pins "what a loser he is" and "what a dork this guy is" as clean in
a comment on its own.

Each reading is said of a person outright (olid4's OUTRIGHT_NOTE, its floor the default
threshold). Only hits the older rules left without a note, and aimed at nobody, a thing or
faintly a third person, are read; negation, reported speech and quotes keep their notes.

A message with a vulgar word anywhere ("fuck both of those morons") keeps the older
reading: gab and toxic_spans count such messages as vulgarity (vulgar_only, profane_only).

Cost: one frozenset test of the hit's term for every hit; only the ~60 name-call nouns
then look at most four tokens back and a sentence (reach 12) ahead, all set look-ups.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum13_words as w
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.olid4_words import PRAISE
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_gamechat16 import GameChat16Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Forum13Rules"]

_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})


class Forum13Rules(GameChat16Rules):
    """Third-person name-calls of comment threads: pointed at, generic, or a bare label."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self._f13_vulgar = lexicon.cues["expletive"] | w.VULGAR

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; a person-only name-call nobody was found for is read
        again for the three comment shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term not in w.NOUNS:
            return target, note  # most hits: one set look-up
        if note or target not in _UNAIMED or entry.category is not Cat.INSULT:
            return target, note
        if entry.term in w.GAME_SENSES and ctx.gaming:
            return target, note  # "kill the troll first", "the clown boss"
        if ctx.quoted(hit.first, hit.last) or self._f13_compound(ctx, hit):
            return target, note  # "clown car", "troll bait", "idiot box"
        if self._f13_vulgar_near(ctx, hit):
            return target, note  # "fuck those morons": vulgarity, the older rules' reading
        if (
            self._f13_pointed(ctx, hit) or self._f13_only(ctx, hit) or self._f13_fragment(ctx, hit)
        ) and not self._f13_praised(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note

    def _f13_vulgar_near(self, ctx: Context, hit: Hit) -> bool:
        """A vulgar word anywhere in the message: the forum sets count a name-call among
        swearing as vulgarity ("Fuck both of those morons", "Idiots. Damn it.")."""
        return not self._f13_vulgar.isdisjoint(ctx.tokens)

    @staticmethod
    def _f13_praised(ctx: Context, hit: Hit) -> bool:
        """Praise or a story after it in its sentence: the noun is literal or a character
        ("the clown at the party was great", "these fools are the heroes of the novel");
        or clowns at work ("these clowns in the circus")."""
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        after = ctx.tokens[hit.last : end]
        if not PRAISE.isdisjoint(after) or not w.FICTION.isdisjoint(after):
            return True
        if hit.entry.term not in w.CLOWNS or not after or after[0] not in w.CLOWN_AT:
            return False
        # "these clowns in the circus", "those clowns at a birthday party" (review16)
        venue = 2 if len(after) > 2 and after[1] in w.CLOWN_DETS else 1
        return venue < len(after) and after[venue] in w.CLOWN_VENUES

    @staticmethod
    def _f13_compound(ctx: Context, hit: Hit) -> bool:
        """The name-call heads a compound ("clown car", "fool's gold") or judges a thing
        ("that idiot of a printer"); or "troll" is a verb with its object ("those who troll
        the forums")."""
        after = hit.last
        tokens = ctx.tokens
        if ctx.closes_clause(after):
            return False
        word = tokens[after]
        if hit.entry.term in w.VERB_SENSE and word in w.OBJECT_OPENERS:
            return True  # "the ladies that troll prisons": a verb
        if word == "of" and after + 1 < len(tokens) and tokens[after + 1] in w.ARTICLES:
            return True  # "that idiot of a printer": the thing after is judged
        if word == "s" and after + 1 < len(tokens) and not ctx.pause_after(after):
            word = tokens[after + 1]  # "fool's gold", "the idiot's presidency" reads on
        return word in w.COMPOUND_AFTER

    @staticmethod
    def _f13_pointed(ctx: Context, hit: Hit) -> bool:
        """ "this idiot in charge", "these clowns", "that feckless moron": a pointer at
        most three words before, nothing fixed between, no role or likeness before it."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.BETWEEN + 1)
        for at in range(hit.first - 1, start - 1, -1):
            word = tokens[at]
            if ctx.pause_after(at):
                return False
            if word in w.POINTERS:
                before = at - 1
                if before < 0 or ctx.pause_after(before):
                    return True
                if tokens[before] in w.SELF_COPULAS:
                    return not Forum13Rules._f13_speaker(ctx, before)  # "I was that crybaby"
                return tokens[before] not in w.ROLE_BEFORE
            if word in w.FIXED_BEFORE or word in w.ARTICLES or word in w.POINTED_BLOCKERS:
                return False  # "that village idiot"; "a" is the older rules' (olid4)
        return False

    @staticmethod
    def _f13_speaker(ctx: Context, copula: int) -> bool:
        """The speaker is the copula's subject: "I was that crybaby", "we were those idiots",
        "i used to be that fool" (review16); fillers only between, at most four."""
        tokens = ctx.tokens
        for at in range(copula - 1, max(copula - 5, -1), -1):
            if ctx.pause_after(at):
                return False
            if tokens[at] in w.SPEAKERS:
                return True
            if tokens[at] not in w.SELF_FILLERS:
                return False
        return False

    @staticmethod
    def _f13_only(ctx: Context, hit: Hit) -> bool:
        """ "only an idiot would", "only a complete moron believes", "only idiots vote":
        "only" opens the noun phrase, an article and at most two words between."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.BETWEEN + 1)
        for at in range(hit.first - 1, start - 1, -1):
            word = tokens[at]
            if ctx.pause_after(at):
                return False
            if word == w.ONLY:
                # "only an idiot", "only idiots", "only complete morons"; not "the only
                # county with a coward"
                if tokens[at + 1] not in w.ARTICLES and hit.first - at > 2:
                    return False
                return Forum13Rules._f13_opinion(ctx, hit)
            if word in w.FRAGMENT_BLOCKERS:
                return False
        return False

    @staticmethod
    def _f13_opinion(ctx: Context, hit: Hit) -> bool:
        """A verb of opinion, speech or support right after the name-call, a modal or two
        between: "only an idiot would believe this", "only morons vote for him"; not "only
        a fool would buy that stock" (advice) or "only a fool like me" (the speaker)."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, 3)
        for at in range(hit.last, end):
            word = tokens[at]
            if word in w.OPINION_VERBS:
                return True
            if word not in w.MODALS or ctx.pause_after(at):
                return False
        return False

    @staticmethod
    def _f13_fragment(ctx: Context, hit: Hit) -> bool:
        """ "Another ignorant troll.", "Bunch of hypocrites.", "Typical leftist hypocrite
        from Ohio": a label as a sentence of its own, opened by a closed set of words."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.FRAGMENT_REACH)
        if not ctx.starts_sentence(start) or start == hit.first:
            return False  # a longer sentence, or the bare word (the older rules')
        opener = start
        if tokens[opener] in w.ARTICLES and opener + 1 < hit.first:
            opener += 1  # "a bunch of hypocrites", "a total clown"
        if tokens[opener] not in w.FRAGMENT_OPENERS:
            return False
        for at in range(start, hit.first):
            if tokens[at] in w.FRAGMENT_BLOCKERS or (at > start and ctx.pause_after(at - 1)):
                return False
        end = ctx.sentence_end(hit.last - 1, 12)
        if end == hit.last:
            return True
        return not ctx.pause_after(hit.last - 1) and tokens[hit.last] in w.FRAGMENT_TAILS
