"""Targeting rules for profanity that names no one (issue 8, insults12): false flags of
the insults, OLID, toxic-spans and Gab files that are swearing, not an insult.

- "fuck you" inside a question's "the fuck": "where the fuck you been all day", "how the
  fuck you get that many kills" swear for emphasis and curse nobody. "why the fuck you
  ..." blames the reader and stays aimed, and so do "who the fuck you think you are" and
  "what the fuck you looking at". A line opening "the fuck you mean" has dropped its
  "what" (precision14).
- "this bitch" as the object of a job done, started or won: "we're gonna finish this
  bitch", "let's win this bitch", "time to wrap this bitch up" (a stream, a match, a
  build). Harm done to it ("beat this bitch", "finish this bitch off") stays a person.
- A team cheered on: "let's go you fuckers", "c'mon you bastards".
- Good news met with a curse of disbelief: "fuck off, no way you won the lottery", "get
  the fuck out, you got the job?", "vaffanculo, hai vinto davvero?". "fuck off, no way
  i'm helping you" and "fuck off, you got us killed" stay aimed; "no way" and "for real"
  alone are targeting_fixes7's to read.
- A name taken up by the people it was said of, beside their own rally words: "Winning
  Deplorables MAGA God Bless you", "proud deplorable here". "you deplorables are a
  disgrace" and "those deplorables" stay aimed.
- A person singled out for sense: "you're the only motherfucker with common sense", "the
  only bastard here who gets it". "the only motherfucker who keeps feeding" stays.

Admiring vocatives ("you smart motherfucker", "one tough son of a bitch") are lexicon
lines (lexicons/en/benign.txt, the insults12 header).

Each rule is gated by a frozenset test on the hit's term, then
reads at most the three tokens before the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import insults12_words as words
from bot.core.scoring.targeting_context import IDENTITY_NOTE, NAMED_NOTE, Context, Hit
from bot.core.scoring.targeting_italian12 import Italian12Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "CHEER_NOTE",
    "DISBELIEF_NOTE",
    "EMPHASIS_NOTE",
    "PRAISED_NOTE",
    "SELF_LABEL_NOTE",
    "TASK_NOTE",
    "Insults12Rules",
]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
EMPHASIS_NOTE: Final = "a question's emphasis, not a curse"
TASK_NOTE: Final = "a job or a game called names, not a person"
CHEER_NOTE: Final = "a team cheered on"
PRAISED_NOTE: Final = "a person singled out for praise"
DISBELIEF_NOTE: Final = "good news met with disbelief"
SELF_LABEL_NOTE: Final = "a name taken up by the people it was said of"
_TERMS: Final = (
    words.FUCK_YOU
    | words.TASK_NOUNS
    | words.CHEERED
    | words.ONLY_NOUNS
    | words.DISBELIEF_ORDERS
    | words.SELF_LABELS
)
# Who a self-label may have been read as: the group, or someone spoken of.
_LABELLED: Final = frozenset({Kind.GROUP, Kind.THIRD_PERSON, Kind.MENTION, Kind.NONE})
# Readings these rules leave alone: an identity group named ("fuck gay people") or
# someone named in chat.
_KEPT_NOTES: Final = frozenset({IDENTITY_NOTE, NAMED_NOTE})


class Insults12Rules(Italian12Rules):
    """Swearing that names no one: a question's "the fuck you", a job called "this
    bitch", a team cheered on, a person singled out for praise, good news met with
    disbelief."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, cancelled for the shapes above."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _TERMS or target is Kind.REPORTED or note in _KEPT_NOTES:
            return target, note
        if term in words.SELF_LABELS:
            taken = target in _LABELLED or _fellow(ctx, hit)  # "morning fellow deplorables"
            if taken and self._insults12_self_label(ctx, hit):
                return Kind.SELF, SELF_LABEL_NOTE  # "Winning Deplorables MAGA"
            return target, note
        if term in words.DISBELIEF_ORDERS and self._insults12_disbelief(ctx, hit):
            return Kind.NONE, DISBELIEF_NOTE  # "fuck off, no way you won"
        if term in words.FUCK_YOU:
            if _question_emphasis(ctx, hit):
                return Kind.OBJECT, EMPHASIS_NOTE  # "where the fuck you been"
        elif term in words.CHEERED:
            if _cheered(ctx, hit):
                return Kind.OBJECT, CHEER_NOTE  # "let's go you fuckers"
        elif term in words.ONLY_NOUNS:
            if _singled_out(ctx, hit):
                return Kind.OBJECT, PRAISED_NOTE  # "the only motherfucker with sense"
        elif _task_named(ctx, hit):
            return Kind.OBJECT, TASK_NOTE  # "let's finish this bitch"
        return target, note

    def _insults12_disbelief(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck off, no way you won", "get the fuck out, you got the job?": the curse
        opens the line (maybe after "omg", "wait what") and the reader's good news follows
        within a few words; no other hostility in the message."""
        tokens = ctx.tokens
        before = tokens[ctx.lead : hit.first]
        if len(before) > 2 or not words.AMAZED.issuperset(before):
            return False
        after = tokens[hit.last : hit.last + words.DISBELIEF_REACH]
        if not _good_news(after):
            return False
        return not self._other_hostility(ctx, hit.first, hit.last)

    def _insults12_self_label(self, ctx: Context, hit: Hit) -> bool:
        """ "#DEPLORABLES #MAGA", "proud deplorable": the label beside its takers' rally
        words, no "you" or "those" right before it ("you deplorables"), and no other
        hostility in the message."""
        tokens = ctx.tokens
        if words.RALLY_WORDS.isdisjoint(tokens):
            return False
        if hit.first > 0 and tokens[hit.first - 1] in words.LABEL_POINTERS:
            return False
        return not self._other_hostility(ctx, hit.first, hit.last)


def _fellow(ctx: Context, hit: Hit) -> bool:
    """The label greeted as the writer's own: "fellow deplorables", "proud deplorables"."""
    return hit.first > 0 and ctx.tokens[hit.first - 1] in words.OWN_LABEL


def _good_news(after: list[str]) -> bool:
    """The reader's good news, or news cheered, in the words after a curse: "congrats",
    "that's hilarious", "you won", "you got the job", "hai vinto"."""
    if not words.DISBELIEF_WORDS.isdisjoint(after):
        return True
    for i in range(len(after) - 1):
        reader, verb = after[i], after[i + 1]
        nxt = after[i + 2] if i + 2 < len(after) else ""
        if reader not in words.NEWS_READERS or nxt == "t":
            continue  # "you won't"
        if verb in words.GOOD_NEWS or (verb == "got" and nxt in words.GOT_NEWS):
            return True
    return False


def _question_emphasis(ctx: Context, hit: Hit) -> bool:
    """ "where the fuck you been": a question word and "the" right before the hit, in one
    clause, and no challenge after it; or "the" opening the sentence, its "what" dropped,
    before a question about the reader's words ("the fuck you mean")."""
    tokens = ctx.tokens
    first = hit.first
    if first < 1 or tokens[first - 1] != "the" or ctx.pause_after(first - 1):
        return False
    if ctx.starts_sentence(first - 1):
        # "the fuck you mean": chat drops the "what" (precision14); only before "mean",
        # a question about the reader's words ("the fuck you want" may be a challenge)
        return hit.last < len(tokens) and tokens[hit.last] in words.DROPPED_WHAT
    if first < 2 or tokens[first - 2] not in words.QUESTION_WORDS or ctx.pause_after(first - 2):
        return False
    return hit.last >= len(tokens) or tokens[hit.last] not in words.CHALLENGES


def _task_named(ctx: Context, hit: Hit) -> bool:
    """ "finish this bitch", "wrap this bitch up": a job verb and "this" right before the
    hit, in one clause, and no "off" after it."""
    tokens = ctx.tokens
    first = hit.first
    if first < 2 or tokens[first - 1] not in words.POINTING:
        return False
    if tokens[first - 2] not in words.TASK_VERBS:
        return False
    if ctx.pause_after(first - 2) or ctx.pause_after(first - 1):
        return False
    return hit.last >= len(tokens) or tokens[hit.last] not in words.HARM_PARTICLES


def _cheered(ctx: Context, hit: Hit) -> bool:
    """ "let's go you fuckers", "c'mon you bastards": a cheer, then "you", then the hit,
    opening the clause. The "you" may be left out when the hit ends the clause: "let's go
    motherfuckers!" (precision14)."""
    tokens = ctx.tokens
    at = hit.first - 1  # "you"
    bare = at >= 0 and tokens[at] not in words.READER
    if bare:
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            return False  # "let's go bitches get them": the line goes on
        at += 1  # no "you": the cheer stands right before the hit
    if at < 1:
        return False
    if tokens[at - 1] in words.CHEER_WORDS:
        opener = at - 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in words.CHEERS:
        opener = at - 2
    else:
        return False
    if not bare and (ctx.pause_after(at - 1) or ctx.pause_after(at)):
        return False
    return ctx.starts_sentence(opener) or ctx.starts_sentence(opener - 1)


def _singled_out(ctx: Context, hit: Hit) -> bool:
    """ "the only motherfucker with common sense": "only" right before the hit, and a
    word of sense or praise a few words after it, in one clause."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if first < 1 or tokens[first - 1] != "only" or last >= len(tokens):
        return False
    if tokens[last] not in words.ONLY_LINKS:
        return False
    end = ctx.sentence_end(last, words.ONLY_REACH)
    return not words.ONLY_PRAISE.isdisjoint(tokens[last:end])
