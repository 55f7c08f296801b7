"""Targeting rules of the olid21 round (issue 8, nineteenth session): tweets that judge a
person a mess, in need of psychiatric help, unwelcome or gone for good, or name the
reader in a retort, which the older rules read as no one's or never read. The round's
other part sits in the lexicon and targeting_olid.py's _PREDICATES: a person found
mentally unsound or unfit for an office ("he is mentally deranged", "she is unfit for
office"), read like "mentally unstable".

- A swear-strengthened verdict noun: "he's a fucking joke", "SHE IS A FUCKING MESS",
  "you're a fucking embarrassment", "this guy is such a fucking disaster", "Bernie is a
  damn joke". The lexicon's olid21 lines count only as the complement of a copula whose
  subject is the reader, "he" / "she", a person noun after "this" / "that" / "the", or a
  name no list knows opening its sentence, or after the reader opening it ("you fucking
  joke"). Clean: "this country is a fucking mess", "my life is a fucking joke", "i'm a
  fucking mess", "what a fucking mess" (no subject), "do you fucking joke around" (a
  question), "she said he's a fucking joke" (reported); "he's a fucking legend" has no
  hit.
- The reader told they need psychiatric help: "you need professional help", "you
  seriously need serious psychiatric help", "he needs mental help", "you're the one who
  needs professional help". The lexicon's olid21 "... help" lines after "need(s)" (over
  "some", "serious") with the reader or a person as the subject, closing the clause.
  Clean: "you need professional help for your taxes", "she needs psychiatric help and i
  hope she gets it", "do you need professional help?", "if you need professional help
  please call", "i need serious help with my essay", "my mom needs professional help".
  Said to the reader with laughter it is teasing ("u need serious help lol").
- Told they can go away now: "you can go away now", "Bono can go away now", "he can go
  away forever". "go away" right after "can" with the reader or a person as the subject,
  closing the clause or with "now" / "forever" after. Clean: "i can go away now that the
  kids are older" (the writer), "the pain can go away with rest" (a thing). A trip
  planned after a modal or "to" is no send-off, whoever reads it: "can you go away with
  us in june?", "we want to go away for the weekend" are cancelled; "go away for good",
  "go away with your lies" and a bare order, "go away for a while", are not.
- The reader told they are not welcome, said whole: "you are not welcome", "@USER
  you're not welcome!", "you're not welcome anymore" (discord10's lines need "in",
  "here" or "anymore"). Clean: "you're not welcome to post links here" (a rule reminder
  goes on), "thanks - you're not welcome lol" (a joke reply), "if you are not welcome,
  leave", "are you not welcome there?".
- A retort through "coming from": "rich coming from a liar", "this coming from the
  biggest hypocrite here". An insult at most two words after "coming from" and an
  article, only a sneer's words before it in its sentence, names the reader. Clean: "the
  noise was coming from the idiot next door", "the smell is coming from a dead rat",
  "coming from a family of liars, i know" (where one comes from); with laughter after,
  teasing. Left out: "says the clown who can't spell", built and removed: it moved
  controls of gab_hate and toxic_spans (not read) with no recall measured.
- The reader or a person said to need therapy: "you need therapy", "he needs therapy",
  the subject right before "need(s)" over adverbs, closing the clause. Clean: "i need
  therapy after that finale", "my cousin needs therapy", "we all need therapy lol", "you
  need therapy for that shoulder".

Cost per hit: up to five frozenset tests of the term; for an insult, a category test and
at most four tokens back for a retort's "coming from", with six more to its sentence
start only when one is there; for the round's terms, at most three tokens
back over fillers, two for a copula or a modal and the subject, eight for a condition in
its sentence, and two tokens ahead (the laugh test reads the tokens after). No regex, no
new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid20_words as o20
from bot.core.scoring import olid21_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_precision19 import Precision19Rules
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["UNJUDGED_NOTE", "Olid21Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
UNJUDGED_NOTE: Final = "no person judged in the round's shape"
# Words after "go away" that keep a send-off ("go away for good", "go away with your
# lies", "go away to hell").
_SENT_OFF: Final[frozenset[str]] = frozenset({"good", "your", "ur", "hell", "ever"})


class Olid21Rules(Precision19Rules):
    """A person as a fucking joke, told they need psychiatric help, are not welcome or
    can go away now."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.GO_AWAY:
            return self._sent_away(ctx, hit, target, note)
        if target is not Kind.SECOND_PERSON and _coming_from(ctx, hit):
            if not self._cue_laugh.isdisjoint(ctx.tokens[hit.last :]):
                return Kind.SECOND_PERSON, JOKING_NOTE  # "coming from a noob lol": teasing
            return Kind.SECOND_PERSON, ""  # "rich coming from a liar"
        if term in w.UNWELCOME:
            return self._unwelcome(ctx, hit, target, note)
        if term not in w.SWORN_VERDICTS and term not in w.HELPS and term not in w.NEEDED:
            return target, note
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if ctx.ends_asking(hit.first) or not self._closed(ctx, hit.last):
            return Kind.OBJECT, UNJUDGED_NOTE  # "help with your taxes", "a mess and ..."
        if term in w.SWORN_VERDICTS and _vocative(ctx, hit.first):
            return Kind.SECOND_PERSON, ""  # "you fucking joke"
        if term in w.SWORN_VERDICTS:
            at = _back_over_copula(ctx, hit.first)
        elif term in w.NEEDED:
            at = _back_over_adverbs(ctx, hit.first)
        else:
            at = _back_over_need(ctx, hit.first)
        judged = self._judged(ctx, at)
        if judged is None:
            return Kind.OBJECT, UNJUDGED_NOTE  # "my life is a fucking joke", "i need ..."
        if judged is Kind.SECOND_PERSON:
            if not self._cue_laugh.isdisjoint(ctx.tokens[hit.last :]):
                return Kind.SECOND_PERSON, JOKING_NOTE  # "u need serious help lol"
            return Kind.SECOND_PERSON, ""  # "you're a fucking joke", "you need ... help"
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he's a fucking joke"

    def _unwelcome(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "you are not welcome" said whole; a rule reminder, a question or a joke reply
        cancelled."""
        if target is Kind.REPORTED or ctx.quoted(hit.first, hit.last):
            return target, note
        if ctx.ends_asking(hit.first) or not self._closed(ctx, hit.last):
            return Kind.OBJECT, UNJUDGED_NOTE  # "you're not welcome to post links"
        if not self._cue_laugh.isdisjoint(ctx.tokens[hit.last :]):
            return Kind.SECOND_PERSON, JOKING_NOTE  # "thanks" - "you're not welcome lol"
        if self._judged(ctx, hit.first) is not Kind.SECOND_PERSON:
            return Kind.OBJECT, UNJUDGED_NOTE  # "if you are not welcome, leave"
        return Kind.SECOND_PERSON, ""  # "you are not welcome"

    def _sent_away(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "you can go away now", "Bono can go away now"; a trip cancelled."""
        tokens = ctx.tokens
        last = hit.last
        first = hit.first
        if (
            last + 1 < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] in w.TRIPS
            and tokens[last + 1] not in _SENT_OFF
            and _planned(ctx, first)
        ):
            return Kind.OBJECT, UNJUDGED_NOTE  # "can you go away with us in june?"
        if not note and (target is Kind.SECOND_PERSON or target is Kind.IMPERATIVE):
            return target, note  # "go away", "you should go away": the older reading
        if first < 2 or tokens[first - 1] not in w.CAN or ctx.pause_after(first - 2):
            return target, note
        if ctx.ends_asking(first) or not self._closed(ctx, last):
            return target, note
        judged = self._judged(ctx, first - 2)
        if judged is None or ctx.quoted(first, last):
            return target, note
        if judged is Kind.SECOND_PERSON:
            return Kind.SECOND_PERSON, ""  # "you can go away now"
        return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "he can go away now", "Bono can ..."

    def _closed(self, ctx: Context, last: int) -> bool:
        """The words before token `last` close their clause, or only trailers ("now",
        "asap"), laughter or the reader's name-tag follow before a pause."""
        tokens = ctx.tokens
        for at in range(last, min(len(tokens), last + 2)):
            if ctx.closes_clause(at):
                return True
            word = tokens[at]
            if word not in w.TRAILERS and word not in self._cue_laugh:
                return False
        return ctx.closes_clause(min(len(tokens), last + 2))

    def _judged(self, ctx: Context, at: int) -> TargetKind | None:
        """Who token `at` names as a subject: the reader, a person ("he", "this guy", a
        name opening its sentence), or None (the writer, a thing, a family member, a
        condition, a question or a report before it in its sentence)."""
        if at < 0:
            return None
        tokens = ctx.tokens
        word = tokens[at]
        subject = at
        if word in w.READERS or word in w.JOINED_READERS:
            kind: TargetKind = Kind.SECOND_PERSON
        elif word in w.PERSONS or word in w.JOINED_PERSONS:
            kind = Kind.THIRD_PERSON
        elif at > 0 and tokens[at - 1] in w.POINTERS and self._person_word(word):
            kind, subject = Kind.THIRD_PERSON, at - 1  # "this guy", "that woman"
        elif self._unlisted(word) and ctx.starts_sentence(at):
            kind = Kind.THIRD_PERSON  # "Bono can go away now"
        else:
            return None
        if subject > 0 and tokens[subject - 1] in w.OWN:
            return None  # "my brother is a fucking mess"
        start = ctx.sentence_start(subject, w.UNSAID_REACH)
        if not w.UNSAID.isdisjoint(tokens[start:subject]):
            return None  # "if you need professional help", "she said he's a fucking joke"
        return kind

    def _person_word(self, word: str) -> bool:
        """A person noun or a title ("this guy", "this president")."""
        return word in self._cue_person_noun or word in o20.PERSONS


def _coming_from(ctx: Context, hit: Hit) -> bool:
    """An insult after "coming from" and an article, only a sneer's words before
    ("rich coming from a liar", "this coming from the biggest hypocrite here")."""
    if hit.entry.category is not Category.INSULT:
        return False
    tokens = ctx.tokens
    for art in range(hit.first, max(1, hit.first - 2 - w.RETORT_GAP), -1):
        if tokens[art] in w.ARTICLES and tuple(tokens[art - 2 : art]) == w.COMING_FROM:
            if "of" in tokens[art : hit.first]:
                return False  # "coming from a family of liars": where one comes from
            start = ctx.sentence_start(art - 2, w.COMING_REACH)
            return all(word in w.COMING_LEADS for word in tokens[start : art - 2])
    return False


def _planned(ctx: Context, first: int) -> bool:
    """A modal or "to" right before "go away" at `first` (over the reader, asked): a
    trip planned or offered ("can you go away with us", "we want to go away for the
    weekend"), never a bare order ("go away for a while")."""
    tokens = ctx.tokens
    at = first - 1
    if at > 0 and tokens[at] in w.READERS:
        at -= 1  # "can you go away with us"
    return at >= 0 and tokens[at] in w.PLANS and not ctx.pause_after(at)


def _vocative(ctx: Context, first: int) -> bool:
    """The reader right before the verdict, opening its sentence ("you fucking joke")."""
    at = first - 1
    return at >= 0 and ctx.tokens[at] in w.READERS and ctx.starts_sentence(at)


def _back_over_copula(ctx: Context, first: int) -> int:
    """The subject's token before a copula before `first` ("he is a fucking joke",
    "youre such a fucking mess"), past the verdict's bridge words; -1 if none."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.VERDICT_BRIDGE, w.FILLER_REACH) - 1
    if at < 0 or ctx.pause_after(at):
        return -1
    word = tokens[at]
    if word in w.JOINED_READERS or word in w.JOINED_PERSONS:
        return at  # "youre a fucking joke", "hes a fucking mess"
    if word not in w.COPULAS or at == 0 or ctx.pause_after(at - 1):
        return -1
    return at - 1


def _back_over_need(ctx: Context, first: int) -> int:
    """The subject's token before "need(s)" before `first` ("you need some serious
    help", "you seriously need professional help", "you're the one who needs mental
    help"), past fillers and adverbs; -1 if none."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.HELP_FILLERS, w.FILLER_REACH) - 1
    if at < 1 or tokens[at] not in w.NEEDS or ctx.pause_after(at - 1):
        return -1
    return _back_over_adverbs(ctx, at)


def _back_over_adverbs(ctx: Context, need: int) -> int:
    """The subject's token before "need(s)" at token `need`, past adverbs ("you
    seriously need", "you really need"; "you're the one who needs"); -1 if none."""
    tokens = ctx.tokens
    at = ctx.back_over(need, w.NEED_ADVERBS, w.FILLER_REACH) - 1
    if at < 0 or ctx.pause_after(at):
        return -1
    if tokens[at] == "who" and at >= 3 and tuple(tokens[at - 2 : at + 1]) == w.ONE_WHO:
        at -= 3  # "you're the one who needs ...": the copula's subject
        if tokens[at] in w.COPULAS and at > 0:
            return at - 1
        return at if tokens[at] in w.JOINED_READERS or tokens[at] in w.JOINED_PERSONS else -1
    return at
