"""Targeting rules of the discord44 round (issue 8): Discord-style lines aimed at the
reader that the older rules missed, and meme dialogue that is aimed at no one present.

- A slang blow to a part of the reader's body: a blow verb, "ur"/"your"/"yo", maybe one
  modifier and the part (discord44_words.BLOW_PARTS), maybe a particle, the clause
  closing after it or a grave following: "we gonna stomp ur head in", "i'll kick ur
  jaw", "i'll crack ur skull", "imma bust ur lip". discord39 asked most verbs for a
  particle and discord42 for a named doer; here the writer (discord40's reading) or a
  dropped subject before a future ("gonna slap ur teeth out") is the doer. Never in game
  talk, negated, asked, quoted or reported.
- A name-call after only a dismissal, the line's whole: "whatever you say nerd", "k
  clown", "ok buddy whatever you say dork", "sure jan, whatever u say clown". discord43
  read "ok nerd"; "whatever you say" read as reported speech.
- A roast label: a roast word and a head (energy, vibes, aura, behavior), the line's
  verdict or given off by the reader: "virgin energy", "major virgin energy", "you give
  off creep vibes", "ur giving weirdo vibes"; "main character syndrome" with the reader
  before it or a roast's tail after it ("you got main character syndrome", "main
  character syndrome ass").
- Guard: meme dialogue, speakers' labels opening turns with a colon, the writer's own
  ("me:") and a third party's ("her:", "mom:", "my sister:"): "me: hey. her: fuck off
  loser", "mom: clean your room. me: shut up idiot (i did not say that)". The insults,
  threats and shut-outs inside are the scene's, not said to the reader. A "you:" label
  leaves the line as the older rules read it ("me: hey. you: stfu loser"); identity
  attacks and slurs keep their reading.

Stay clean: game and everyday verbs ("we stomped them", "kick the ball", "break the
meta", "i'll break my own record"), self-talk ("i'm such a nerd lol", "i give off creep
vibes in photos"), things ("that house gives off creepy vibes"), friendly dismissals
("whatever you say, boss", "sure thing, see you at 8"). The round's own lexicon lines
("virgin energy", "main character syndrome") are cancelled outside these shapes.

Cost per hit: a few frozenset tests; then at most DISMISS_REACH or LABEL_REACH tokens
back, TAIL_REACH ahead, discord40's doer reading; the guard looks for labels at most
TURN_REACH back from a hit and SCENE_REACH around it. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord44_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord39 import NOT_THREATENED_NOTE, d39_negated
from bot.core.scoring.targeting_discord40 import d40_game_talk, d40_grave, d40_writer_does
from bot.core.scoring.targeting_hatecheck55 import HateCheck55Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["NOT_LABELLED_NOTE", "SCENE_NOTE", "Discord44Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_LABELLED_NOTE: Final[str] = "no roast label aimed at the reader"
SCENE_NOTE: Final[str] = "said in a retold dialogue scene, not to the reader"
# The kinds and categories the dialogue guard lowers: a person aimed at, never a group.
_SCENE_KINDS: Final[frozenset[TargetKind]] = frozenset({
    Kind.SECOND_PERSON, Kind.IMPERATIVE, Kind.THIRD_PERSON, Kind.MENTION, Kind.REPLY,
})  # fmt: skip
_SCENE_CATS: Final[frozenset[Category]] = frozenset({Cat.INSULT, Cat.THREAT, Cat.EXCLUSION})
_LABELS: Final[frozenset[str]] = w.ROASTS | w.OWN_TERMS


class Discord44Rules(HateCheck55Rules):
    """Slang blows to the reader's body, a name-call after a dismissal, roast labels; meme
    dialogue left clean."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere, then the dialogue guard."""
        target, note = super().in_game(ctx, hit, target, note)
        target, note = _d44_aimed(ctx, hit, target, note)
        if (
            target in _SCENE_KINDS
            and hit.entry.category in _SCENE_CATS
            and _d44_scene(ctx, hit.first)
        ):
            return Kind.REPORTED, SCENE_NOTE  # "me: hey. her: fuck off loser"
        return target, note


def _d44_aimed(ctx: Context, hit: Hit, target: TargetKind, note: str) -> tuple[TargetKind, str]:
    """The round's three shapes read over the older reading."""
    entry = hit.entry
    term = entry.term
    if target is Kind.SECOND_PERSON and not note:
        return target, note
    if entry.category is Cat.THREAT:
        if note == NOT_THREATENED_NOTE and target is not Kind.REPORTED and _d44_blow(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "i'll kick ur jaw"
        return target, note
    if entry.category is not Cat.INSULT or ctx.quoted_or_asked(hit.first, hit.last):
        if term in w.OWN_TERMS:
            return Kind.OBJECT, NOT_LABELLED_NOTE
        return target, note
    if term in w.NAME_CALLS and _d44_dismissed(ctx, hit):
        return Kind.SECOND_PERSON, ""  # "whatever you say nerd"
    if term in _LABELS and target is not Kind.REPORTED and _d44_label(ctx, hit):
        return Kind.SECOND_PERSON, ""  # "you give off creep vibes"
    if term in w.OWN_TERMS:
        return Kind.OBJECT, NOT_LABELLED_NOTE  # "virgin energy drink"
    return target, note


def _d44_blow(ctx: Context, hit: Hit) -> bool:
    """ "we gonna stomp ur head in", "i'll kick ur jaw", "gonna slap ur teeth out": the
    writer's blow verb, the reader's part, the clause closing after it."""
    if ctx.quoted_or_asked(hit.first, hit.last):
        return False
    tokens = ctx.tokens
    owner = -1
    for i in range(max(1, hit.first - 1), min(hit.last, len(tokens))):
        if tokens[i] in w.OWNERS:
            owner = i
            break
    verb = owner - 1
    if owner < 1 or tokens[verb] not in w.BLOW_VERBS or ctx.pause_after(verb):
        return False
    part = ctx.skip_ahead(owner + 1, w.PART_MODIFIERS, 1)
    if part >= len(tokens) or tokens[part] not in w.BLOW_PARTS or ctx.pause_after(part - 1):
        return False
    after = ctx.skip_ahead(part + 1, w.PARTICLES, w.PARTICLE_REACH)
    if not d40_grave(ctx, after) and not ctx.closes_after(after, w.BLOW_TAILS, w.TAIL_REACH):
        return False
    if d40_game_talk(ctx):
        return False
    return d40_writer_does(ctx, verb) or _d44_dropped_doer(ctx, verb)


def _d44_dropped_doer(ctx: Context, verb: int) -> bool:
    """ "gonna slap ur teeth out", "finna beat ur face in": a future with its subject
    dropped, only openers before it."""
    at = ctx.back_over(verb, w.FUTURES, w.FUTURE_REACH)
    if at == verb or ctx.tokens[at] in ("to", "about"):
        return False  # "to" alone is no future: "going to" opens with "going"
    return ctx.opens_after(at, w.FUTURE_OPENERS, w.OPENER_REACH) and not d39_negated(ctx, at)


def _d44_dismissed(ctx: Context, hit: Hit) -> bool:
    """ "whatever you say nerd", "k clown", "if u say so clown": only a dismissal before
    the name-call, which closes the line."""
    if not ctx.closes_after(hit.last, w.NAME_TAILS, w.TAIL_REACH):
        return False
    tokens = ctx.tokens
    at = hit.first
    floor = max(0, at - w.DISMISS_REACH)
    core = False
    while at > floor:
        word = tokens[at - 1]
        said = at - 1 if word == "so" else at  # "if you say so": read as "if you say"
        if (
            said - 3 >= floor
            and tokens[said - 1] in w.SAYS
            and tokens[said - 2] in w.SAY_READERS
            and tokens[said - 3] in w.SAY_LEADS
            and (said == at or tokens[said - 3] == "if")
        ):
            at = said - 3  # "whatever you say", "if you say so"
            core = True
            continue
        if word not in w.DISMISSALS:
            break
        core = core or word in w.DISMISS_CORES
        at -= 1
    return core and ctx.starts_sentence(at)


def _d44_label(ctx: Context, hit: Hit) -> bool:
    """ "virgin energy", "you give off creep vibes", "main character syndrome ass": a roast
    label as the line's verdict, only openers before it and tails after it."""
    tokens = ctx.tokens
    term = hit.entry.term
    end = hit.last
    if term in w.ROASTS:
        head = ctx.skip_ahead(end, w.LABEL_FILLERS, 1)
        if head >= len(tokens) or tokens[head] not in w.LABEL_HEADS or ctx.pause_after(head - 1):
            return False
        end = head + 1
    start = ctx.back_over(hit.first, w.LABEL_OPENERS, w.LABEL_REACH)
    if not ctx.starts_sentence(start):
        return False
    if term in w.SYNDROME_TERMS:
        reader = (
            not w.READERS.isdisjoint(tokens[start : hit.first]) or "ur" in tokens[start : hit.first]
        )
        tail = end < len(tokens) and tokens[end] in w.SYNDROME_TAILS
        if not reader and not tail:
            return False  # "main character syndrome is real"
    return ctx.closes_after(end, w.LABEL_TAILS, w.TAIL_REACH)


def _d44_label_at(ctx: Context, at: int) -> int:
    """The speaker label that ends at token `at` ("her:", "my sister:"), as the index of
    its word, or -1: a colon right after it, a turn opening before it."""
    tokens = ctx.tokens
    spans = ctx.spans
    if at + 1 >= len(spans):
        return -1
    if not ctx.folded[spans[at][1] : spans[at + 1][0]].lstrip().startswith(":"):
        return -1
    start = at
    if at > 0 and tokens[at - 1] in w.LABEL_OWNERS and not ctx.pause_after(at - 1):
        start = at - 1  # "my sister:"
    if start in (0, ctx.lead) or ctx.stop_after(start - 1):
        return at
    gap = ctx.folded[spans[start - 1][1] : spans[start][0]]
    return at if any(mark in gap for mark in w.TURN_MARKS) else -1


def _d44_scene(ctx: Context, first: int) -> bool:
    """Token `first` inside a retold dialogue: its turn's label a speaker other than the
    reader, the writer's own label and a third party's among the labels near it, and no
    "you:" among them."""
    tokens = ctx.tokens
    turn = -1
    for i in range(first - 1, max(-1, first - 1 - w.TURN_REACH), -1):
        if _d44_label_at(ctx, i) >= 0:
            turn = i
            break
    if turn < 0:
        return False
    writer = third = False
    for i in range(max(0, turn - w.SCENE_REACH), min(len(tokens), first + w.SCENE_REACH)):
        word = tokens[i]
        if word not in w.WRITER_LABELS and word not in w.THIRD_LABELS:
            if word in w.READER_LABELS and _d44_label_at(ctx, i) >= 0:
                return False  # "me: hey. you: stfu loser"
            continue
        if _d44_label_at(ctx, i) < 0:
            continue
        writer = writer or word in w.WRITER_LABELS
        third = third or word in w.THIRD_LABELS
    speaker = tokens[turn]
    return writer and third and (speaker in w.WRITER_LABELS or speaker in w.THIRD_LABELS)
