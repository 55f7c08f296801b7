"""Targeting rules of the discord17 round (issue 8, seventeenth session): Discord chat
lines the older rules over-read, and the teen register's calls to a fight.

- Counter-speech against a hostile phrase: "kys is never a joke, please don't say it",
  "kys isnt funny stop saying it", "kys jokes arent funny", "ammazzati non è uno
  scherzo", "go back to ur country is a racist thing to say". The phrase (a hit of three
  words or more, or a shorter one told to the reader) opens its sentence and is the
  subject of a judgement: a copula right after it (or after one noun naming its use,
  "jokes"), at most two fillers, a judging word ("joke", "funny", "ok", "racist"). Still
  hostile: "kys", "kys loser", "kys is what u should do", "ur trash is not a joke" (the
  jab inside its sentence), "go back to ur country, this is not a joke" (a stop between),
  a slur or a group judged ("f*gs are not normal" says it of the group).
- A threat's shape turned sweet: "i know where u live... in my heart", "i know where you
  live and im sending cookies", "im coming for you... with hugs". A word of gifts or
  affection a few words after the threat and no harm word among them. Still hostile: "i
  know where u live", "i know where you live and im bringing a bat".
- A jab the writer shares: "ur bad at this lol same", "ur so bad at this, me too tho",
  "ur trash at this game, same tbh", "sei scarso lol anche io". A name-call or body jab
  at the reader, and the line ends with "same" or "me too" (chat tags after). Still
  hostile: "ur trash", "ur trash, always the same" ("the same" shares nothing), a slur
  (an identity attack is never shared away).
- A call to a fight: "catch me outside", "catch me outside lil bro", "meet me outside
  after school" (threat.txt lines), bare or with an address, a time or a dare after;
  "catch me outside the mall at 5 we'll walk together" tells a meeting, and "meet me
  outside" counts only opening its line ("im at ur door, meet me outside" is a visit).

Lexicon lines only: the reader asked why they are still in the room ("why are you still
in this server", "why r u still here"), the room rallied at one person ("everyone laugh
at her pfp", "everyone ignore him"), the reader's opinion dismissed ("ur opinion doesnt
matter"), dares ("try me and see what happens", "say that to my face", "come say that
irl"), "ur done kid", "ur so autistic", "i'll find u" (its "u" spelling; the older
friend-met and gaming readings clear "i'll find u in the lobby").

Cost: every hit pays one frozenset test of its term (`_OWN_TERMS`) and one of its target
kind; a flagged hit at a sentence's start pays up to five tokens' tests for a judgement;
a flagged threat six tokens for a sweet word; a flagged jab at the reader walks back over
at most a few chat tags from the line's end; a call to a fight six tokens after it. No
regex, nothing for a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord17_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian21 import Italian21Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord17Rules"]

JUDGED_NOTE: Final = "a hostile phrase judged, counter-speech"
SWEET_NOTE: Final = "a threat's shape turned sweet"
SHARED_NOTE: Final = "a jab the writer shares"
MEETING_NOTE: Final = "a meeting outside told"
_FLAGGED: Final = (Kind.SECOND_PERSON, Kind.IMPERATIVE, Kind.THIRD_PERSON, Kind.GROUP)
_AT_READER: Final = (Kind.SECOND_PERSON, Kind.IMPERATIVE)
_SHARABLE: Final = (Cat.INSULT, Cat.BODY_SHAMING)
_OWN_TERMS: Final[frozenset[str]] = w.OUTSIDE


class Discord17Rules(Italian21Rules):
    """Counter-speech of a phrase, sweet turns, shared jabs and calls to a fight."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; a call to a fight read as a fight or a meeting."""
        target, note = super().reread(ctx, hit, target, note)
        if hit.entry.term in _OWN_TERMS and not _to_fight(ctx, hit):
            return Kind.OBJECT, MEETING_NOTE  # "catch me outside the mall at 5"
        return target, note

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The final reading, cleared where the phrase is judged, turned sweet or shared;
        a bare dismissal answers the reader."""
        target, note = super().in_game(ctx, hit, target, note)
        if (
            hit.entry.term in w.DISMISSALS
            and target is Kind.THIRD_PERSON
            and not note
            and _bare_dismissal(ctx.tokens, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "no one cares lol"
        if target not in _FLAGGED:
            return target, note
        category = hit.entry.category
        phrase = hit.last - hit.first >= w.PHRASE_LENGTH
        if (
            (phrase or (target in _AT_READER and category is not Cat.IDENTITY_ATTACK))
            and ctx.starts_sentence(hit.first)
            and _judged(ctx.tokens, hit.last)
        ):
            return Kind.REPORTED, JUDGED_NOTE  # "kys is never a joke"
        if target not in _AT_READER:
            return target, note
        if category is Cat.THREAT and _sweet(ctx.tokens, hit.last):
            return Kind.OBJECT, SWEET_NOTE  # "i know where u live... in my heart"
        if category in _SHARABLE and _shared(ctx.tokens, hit.last):
            return Kind.SELF, SHARED_NOTE  # "ur bad at this lol same"
        return target, note


def _judged(tokens: list[str], last: int) -> bool:
    """A copula right after the phrase (or after a noun of its use), at most two fillers,
    then a judging word: "kys is never a joke", "kys jokes arent funny"."""
    at = last
    if at < len(tokens) and tokens[at] in w.USE_NOUNS:
        at += 1
    if at < len(tokens) and tokens[at] == w.NEGATOR:
        at += 1  # "ammazzati non è uno scherzo"
    if at >= len(tokens) or tokens[at] not in w.COPULAS:
        return False
    end = min(len(tokens), at + w.JUDGE_REACH)
    for i in range(at + 1, end):
        word = tokens[i]
        if word in w.JUDGED:
            return True
        if word not in w.JUDGE_FILLERS:
            return False
    return False


def _sweet(tokens: list[str], last: int) -> bool:
    """A word of gifts or affection a few words after the threat, no harm word before it."""
    end = min(len(tokens), last + w.SWEET_REACH)
    for at in range(last, end):
        word = tokens[at]
        if word in w.HARM:
            return False
        if word in w.SWEET:
            return True
    return False


def _shared(tokens: list[str], last: int) -> bool:
    """The line ends with "same" or "me too" (chat tags after), close after the jab."""
    end = len(tokens)
    while end > last and tokens[end - 1] in w.TAIL_TAGS:
        end -= 1
    if end <= last or end - last > w.SHARED_REACH:
        return False
    word = tokens[end - 1]
    if word in w.SHARED_LAST:
        return end - 2 < last or tokens[end - 2] not in w.NOT_SHARED
    return end - 2 >= last and (tokens[end - 2], word) in w.SHARED_PAIRS


def _bare_dismissal(tokens: list[str], hit: Hit) -> bool:
    """Only a few openers before the dismissal and chat tags after it, to the line's end."""
    if hit.first > w.DISMISS_REACH or len(tokens) - hit.last > w.DISMISS_REACH:
        return False
    before = tokens[: hit.first]
    return all(word in w.DISMISS_OPENERS for word in before) and all(
        word in w.DISMISS_TAIL for word in tokens[hit.last :]
    )


def _to_fight(ctx: Context, hit: Hit) -> bool:
    """Nothing but an address, a time or a dare after the call, to its sentence's end;
    "meet me outside" opening its line too."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, w.OUTSIDE_REACH)
    if any(word not in w.FIGHT_TAIL for word in tokens[hit.last : end]):
        return False
    if end < len(tokens) and end - hit.last >= w.OUTSIDE_REACH:
        return False  # the line goes on past the reach: read as told
    if hit.entry.term != w.MEET:
        return True
    return all(word in w.MEET_BEFORE for word in tokens[: hit.first])
