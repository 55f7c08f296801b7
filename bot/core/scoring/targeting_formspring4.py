"""Targeting rules of the formspring4 round (issue 8, fourteenth session): bullying aimed
at a teenager on a Q&A site, in the shapes school and Discord chats share.

- A boast put in the reader's mouth, then denied: "you think you're so pretty but ur
  not", "u act like ur tough but ur not", "ti credi tanto bella ma non lo sei". The
  denial ("but ur not", "ma non lo sei", insult.txt's formspring4 lines) counts only
  after a boast verb ("think", "act", "wish", "credi", "senti") whose subject is the
  reader, in the same sentence; "i wanted to go but ur not coming" and "volevo venire ma
  non lo sei" stay clean.
- The boast alone ("u think ur all that", "you think you're better than everyone", "ti
  credi superiore") is a lexicon phrase; said as the writer's own view ("i think ur all
  that") it is praise.
- Nobody could want the reader, asked: "who would ever date you", "why would anyone
  like u", "chi ti vorrebbe mai" (exclusion.txt), only when the question opens its
  sentence after at most a few words of tone ("lol", "seriously", "dai"); "i wonder who
  would even like you more than me" muses, and "who would ever date you? me, obviously"
  is answered by the writer (discord12's `answered_by_writer`).
- Orders to shrink ("lose some weight", "go on a diet", "vai a dieta", "dimagrisci",
  body_shaming.txt) said to the reader; asked about the reader's own doing they are no
  order ("how did you lose some weight", "did u go on a diet", "come dimagrisci?"), but
  a suggestion stays one ("why don't you go on a diet", "perché non vai a dieta", which
  the older negation rules had denied); with the writer joining in it is an invitation
  ("go on a diet with me this january?", "vai a dieta con me").
- "fatty" as a name-call ("stop eating fatty", "shut up fatty"); with a word after it in
  its clause it describes food ("fatty foods", "omega 3 fatty acids").
- A sexual rumour ("everyone says you sleep around", "she sleeps around"), aimed by the
  person rules; a time, number or place after it makes "around" a preposition ("he
  slept around 8 hours", "sleeps around the house").
- Lexicon phrases carry the rest (no rule here): the reader's life questioned ("why do
  you even exist"), "your so fake" in the "your" spelling, a sexual act said onto the
  reader's body or pictures ("i want to cum on your face", "i jizzed to your pics"),
  everyone laughing at the reader, loneliness foretold ("ur gonna die alone", "nobody
  will ever date you", "morirai sola"), the reader's birth wished away ("you should have
  been aborted"), the family's rejection ("your parents regret having you") and the
  name-calls of trying too hard ("wannabe", "poser", "a pick me").

Fixed at their own depth: "no wonder nobody likes you" was denied as a quantifier
(targeting_groups: "no wonder" affirms); "Your ugly x)!" read "x" as the thing
judged (targeting_formspring: kisses end a line as laughter does); "shut up ur hilarious"
(targeting_formspring3: "hilarious" is praise beside "shut up").

Cost: one frozenset test of the hit's term per hit (formspring4_words.OWN); only this
round's terms read further: the denials walk back at most ten tokens within their
sentence, the orders and questions at most six, the others look at one or two tokens.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import formspring4_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord12 import answered_by_writer
from bot.core.scoring.targeting_discord13 import Discord13Rules
from bot.core.scoring.targeting_formspring import LAUGHTER
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Formspring4Rules"]

NEGATED: Final = "negated"
# Orders a writer can share; a threat or self-harm order never becomes an invitation.
JOINABLE: Final = frozenset({Cat.INSULT, Cat.EXCLUSION, Cat.BODY_SHAMING})


class Formspring4Rules(Discord13Rules):
    """A boast put on the reader and denied; the writer's own praise cleared."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), with this round's terms read."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN:
            if (target is Kind.IMPERATIVE or term in w.GO_ORDERS) and self._invited(ctx, hit):
                return Kind.NONE, w.INVITED_NOTE  # "touch grass with me this weekend?"
            return target, note  # most hits: one frozenset test
        if note:
            if note == NEGATED and term in w.SHRINK_ORDERS and self._why_not(ctx, hit):
                return target, ""  # "perché non vai a dieta": a suggestion, not a denial
            return target, note
        if term in w.BOAST_DENIED:
            if self._reader_boasts(ctx, hit.first):
                return target, note  # "you think you're so pretty but ur not"
            return Kind.NONE, w.NOT_BOAST_NOTE  # "i wanted to go but ur not coming"
        if term in w.FATTY:
            if self._followed_by_word(ctx, hit):
                return Kind.OBJECT, w.FOOD_NOTE  # "fatty foods", "avoid fatty acids"
        elif term in w.SLEEP_AROUND:
            if self._around_what(ctx, hit):
                return Kind.OBJECT, w.AROUND_NOTE  # "he slept around 8 hours"
        elif term in w.REJECTIONS:
            if not self._opens_sentence(ctx, hit.first):
                return Kind.REPORTED, w.MUSED_NOTE  # "i wonder who would even like you"
            if answered_by_writer(ctx, ctx.sentence_end(hit.last - 1, w.ASKED_REACH)):
                return Kind.REPORTED, w.ASKED_NOTE  # "who would ever date you? me, obviously"
        elif term in w.SHRINK_ORDERS:
            if self._asked(ctx, hit):
                return Kind.REPORTED, w.ASKED_NOTE  # "how did you lose some weight?"
            if self._invited(ctx, hit):
                return Kind.NONE, w.INVITED_NOTE  # "go on a diet with me this january?"
        elif hit.first > 0 and ctx.tokens[hit.first - 1] in w.WRITER:
            return Kind.NONE, w.PRAISE_NOTE  # "i think ur all that"
        return target, note

    @staticmethod
    def _invited(ctx: Context, hit: Hit) -> bool:
        """An order to do an unkind-sounding thing together is an invitation: the
        writer joins in ("go touch grass with me", "vai a dieta con me"); an insult or
        a threat keeps its own reading ("get lost with me, loser" reads "loser")."""
        return (
            hit.entry.category in JOINABLE
            and tuple(ctx.tokens[hit.last : hit.last + 2]) in w.INVITING
        )

    def _reader_boasts(self, ctx: Context, at: int) -> bool:
        """A boast verb with the reader as its subject before `at`, in its sentence."""
        tokens = ctx.tokens
        start = ctx.sentence_start(at, w.BOAST_REACH)
        for k in range(at - 1, start - 1, -1):
            if tokens[k] in w.BOAST_VERBS:
                before = tokens[max(start, k - w.READER_REACH) : k]
                return not w.READER.isdisjoint(before)
        return False

    @staticmethod
    def _followed_by_word(ctx: Context, hit: Hit) -> bool:
        """A word (not laughter) follows the hit in its clause: "fatty foods"."""
        last = hit.last
        tokens = ctx.tokens
        return last < len(tokens) and not ctx.pause_after(last - 1) and tokens[last] not in LAUGHTER

    @staticmethod
    def _opens_sentence(ctx: Context, at: int) -> bool:
        """Only words of tone lie between the sentence's start and `at`: "lol who would
        ever date you"; "i wonder who would even like you" muses."""
        start = ctx.sentence_start(at, w.ASKED_REACH)
        return ctx.starts_sentence(start) and all(t in w.TONE for t in ctx.tokens[start:at])

    @staticmethod
    def _why_not(ctx: Context, hit: Hit) -> bool:
        """ "perché non" right before the order: "perché non vai a dieta?" suggests it."""
        return hit.first >= 2 and tuple(ctx.tokens[hit.first - 2 : hit.first]) == w.WHY_NOT

    @staticmethod
    def _around_what(ctx: Context, hit: Hit) -> bool:
        """A time, a number or a place right after "slept around": "around 8 hours"."""
        last = hit.last
        if ctx.closes_clause(last):
            return False
        word = ctx.tokens[last]
        return word.isdigit() or word in w.AROUND_WHAT

    @staticmethod
    def _asked(ctx: Context, hit: Hit) -> bool:
        """A question opener a few words before the order, in its sentence: "how did you
        lose some weight", "did u go on a diet"; "you should lose some weight" is said."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.ASKED_REACH)
        if not w.SUGGESTING.isdisjoint(tokens[start : hit.first]):
            return False  # "why don't you go on a diet": a suggestion, still the order
        if start < hit.first and tokens[start] in w.ASKING and ctx.starts_sentence(start):
            return True  # the sentence opens as a question
        return w.HOW in tokens[start : hit.first]  # "so how did you ..."
