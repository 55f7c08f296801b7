"""Targeting rules of the discord39 round (issue 8, thirtieth session): threats and
calls for harm aimed at the reader that the older phrase lines missed.

- The reader's body harmed by the writer: a harm verb, "your"/"ur", maybe one modifier,
  a body part (discord39_words.BODY_PARTS), and a particle after it for the verbs that
  need one ("i'll rip your head off", "imma knock your teeth out", "i'll punch your
  teeth in", "i will slit your throat"); the doer, read back over auxiliaries, the
  writer ("i", "we", "ill", "imma") or someone called on ("someone should ...").
- Harm wished on the reader in the passive: the reader, a wish ("should", "need to",
  "deserve to", "ought to") and "get"/"be" with a harm ("you should get shot", "u need
  to get punched", "you should get your head kicked in"); or promised ("gonna",
  "getting", "will") with street violence only ("ur getting jumped after school",
  "you're gonna get your ass kicked"), never in game talk, where "you'll get shot" is a
  warning.
- A blow the reader needs or deserves: "you need a slap", "u need a good slap", "you
  deserve a kick in the teeth", closing the clause or with a body part after.
- A deadly place ordered: "go stick your head in a blender", "go jump in front of a
  train".

Stay clean: game talk ("i'll rip your base apart", "you should get the shotgun", "you'll
get shot if you peek"), kind or practical lines ("you need a hug", "you deserve a
break", "you need a punch card"), another doer ("he'll rip your head off lol", "my mom
will rip my head off"), an agent or condition after ("get jumped by their whole team"),
negated, asked, quoted or reported lines.

Terms: discord39_words.OWN_TERMS (new lexicon lines, cancelled outside the shapes) and
hatecheck45's harm calls (OLDER_CALLS), read here with the reader as the subject. Cost
per hit: one frozenset test of the term; then at most DOER_REACH or READER_REACH tokens
back and a few ahead. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian44 import Italian44Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "NOT_THREATENED_NOTE",
    "Discord39Rules",
    "d39_negated",
    "d39_reader_before",
    "d39_writer_does",
]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_THREATENED_NOTE: Final[str] = "no harm to the reader threatened or called for"


class Discord39Rules(Italian44Rules):
    """The reader's body harmed by the writer, harm wished or promised on the reader in
    the passive, a blow the reader needs, and a deadly place ordered."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and term not in w.OLDER_CALLS and not _d39_older_passive(ctx, hit):
            return target, note
        if not own and (target is Kind.GROUP or (target is Kind.SECOND_PERSON and not note)):
            return target, note  # "immigrants should get shot": hatecheck45's reading
        shaped = (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d39_shaped(ctx, hit)
        )
        if shaped:
            return Kind.SECOND_PERSON, ""
        if own:
            return Kind.OBJECT, NOT_THREATENED_NOTE  # "i'll rip your base apart"
        return target, note


def _d39_older_passive(ctx: Context, hit: Hit) -> bool:
    """An older threat line over the passive's harm ("be shot", "beat up"), its lead in
    the hit or right before it: read in the passive shape too ("you ought to be shot",
    "you're getting beat up")."""
    if hit.entry.category is not Cat.THREAT:
        return False
    return _d39_lead(ctx, hit) >= 0


def _d39_lead(ctx: Context, hit: Hit) -> int:
    """The passive's "get"/"be"/"getting" in the hit or right before it, or -1."""
    lead = _d39_find(ctx, hit, w.PASSIVE_LEADS)
    if lead < 0 and hit.first > 0 and ctx.tokens[hit.first - 1] in w.PASSIVE_LEADS:
        lead = hit.first - 1
    return lead


def _d39_shaped(ctx: Context, hit: Hit) -> bool:
    """One of the round's four shapes around the hit."""
    term = hit.entry.term
    if term in w.BODY_TERMS:
        return _d39_body(ctx, hit)
    if term in w.HEAD_TERMS:
        return _d39_ordered(ctx, hit.first - 1) and ctx.find_ahead(hit.last, w.DEADLY, 3) >= 0
    if term in w.FRONT_TERMS:
        vehicle = ctx.find_ahead(hit.last, w.VEHICLES, 4)
        return vehicle >= 0 and _d39_ordered(ctx, hit.first) and _d39_closes(ctx, vehicle + 1)
    lead = _d39_lead(ctx, hit)
    if lead >= 0:
        return _d39_passive(ctx, lead)
    return _d39_blow(ctx, hit)


def _d39_find(ctx: Context, hit: Hit, words: frozenset[str]) -> int:
    """The first token of `words` in the hit's span, or -1."""
    for i in range(hit.first, hit.last):
        if ctx.tokens[i] in words:
            return i
    return -1


def d39_negated(ctx: Context, at: int) -> bool:
    """A negator or a verb of saying a few tokens before token `at` in its sentence:
    "nobody thinks you ...", "he said you ..."."""
    start = max(ctx.sentence_start(at, w.NEGATION_REACH), at - w.NEGATION_REACH)
    before = ctx.tokens[start:at]
    return not w.NEGATORS.isdisjoint(before) or not w.SAYING.isdisjoint(before)


def _d39_closes(ctx: Context, end: int) -> bool:
    """From token `end` on, only chat's tails to the clause's end ("... lol", "... bro")."""
    return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)


def _d39_ordered(ctx: Context, verb: int) -> bool:
    """Token `verb` an order: "go" (or "just go", "pls") before it, or opening its
    sentence; "put your head in ..." said after a subject is no order."""
    if verb < 0 or ctx.tokens[verb] not in w.ORDER_VERBS:
        return False
    return ctx.opens_after(verb, w.GO, w.GO_REACH)


def _d39_body(ctx: Context, hit: Hit) -> bool:
    """ "i'll rip your head off", "imma knock ur teeth out", "i will slit your throat":
    the writer's harm verb, the reader's body part and, for most verbs, a particle."""
    tokens = ctx.tokens
    verb = hit.first
    part = hit.last
    if part < len(tokens) and tokens[part] in w.PART_MODIFIERS and not ctx.pause_after(part - 1):
        part += 1
    if part >= len(tokens) or tokens[part] not in w.BODY_PARTS or ctx.pause_after(part - 1):
        return False
    if tokens[verb] in w.PARTICLE_VERBS and tokens[part] not in w.THROATS:
        after = part + 1
        if after >= len(tokens) or tokens[after] not in w.PARTICLES or ctx.pause_after(part):
            return False
    return d39_writer_does(ctx, verb)


def d39_writer_does(ctx: Context, verb: int) -> bool:
    """The writer the doer of token `verb`, over auxiliaries ("i'm gonna", "we will"), or
    someone called on to do it ("someone should"); never denied before."""
    tokens = ctx.tokens
    start = ctx.back_over(verb, w.DOER_AUX, w.DOER_REACH)
    doer = start - 1
    if doer >= 0 and not ctx.pause_after(doer) and tokens[doer] in w.WRITERS:
        return not d39_negated(ctx, doer)
    start = ctx.back_over(verb, w.CALL_AUX, w.DOER_REACH)
    doer = start - 1
    if doer < 0 or start == verb or ctx.pause_after(doer) or tokens[doer] not in w.CALLED:
        return False
    return not d39_negated(ctx, doer)


def d39_reader_before(ctx: Context, at: int) -> list[str] | None:
    """The auxiliaries between the reader and token `at` ("you [should]", "ur [gonna]"),
    or None when the reader is not the subject right before them."""
    tokens = ctx.tokens
    start = ctx.back_over(at, w.READER_AUX, w.READER_REACH)
    reader = start - 1
    if reader < 0 or tokens[reader] not in w.READER or ctx.pause_after(reader):
        return None
    if reader > 0 and tokens[reader - 1] in w.ASKING_LEADS and not ctx.pause_after(reader - 1):
        return None  # "do you need a slap", "will you get shot"
    if d39_negated(ctx, reader):
        return None
    return tokens[start:at]


def _d39_passive(ctx: Context, lead: int) -> bool:
    """ "you should get shot", "ur getting jumped after school", "you're gonna get your
    ass kicked": the reader wished or promised a harm in the passive."""
    tokens = ctx.tokens
    aux = d39_reader_before(ctx, lead)
    if aux is None:
        return False
    harm = lead + 1
    if harm < len(tokens) and tokens[harm] in w.POSSESSIVES:
        if harm + 1 >= len(tokens) or tokens[harm + 1] not in w.ASS_PARTS:
            return False
        harm += 2
    if harm >= len(tokens) or tokens[harm] not in w.WISH_PARTS:
        return False
    wished = not w.WISHERS.isdisjoint(aux)
    if not wished:
        promised = tokens[lead] != "be" and (
            tokens[lead] in w.PROMISERS or not w.PROMISERS.isdisjoint(aux)
        )
        if not promised or tokens[harm] not in w.PROMISE_PARTS:
            return False
        if tokens[harm] in w.BEATS and ctx.find_ahead(harm + 1, w.UP, 1) != harm + 1:
            return False  # "you're gonna get beat": lose a game; "beat up" a beating
        if ctx.gaming and not ctx.in_real_life:
            return False  # "you're gonna get jumped, their jungler is top": a warning
    if _d39_blow_placed(ctx, harm + 1):
        return True  # "you're getting punched in the face tomorrow"
    after = ctx.skip_ahead(harm + 1, w.PASSIVE_PARTICLES, 1)
    if ctx.closes_clause(after):
        return True
    word = tokens[after]
    if wished and word in w.WISH_AFTER_OK:
        return True
    return word not in w.WARNING_AFTER


def _d39_blow(ctx: Context, hit: Hit) -> bool:
    """ "you need a slap", "u need a good slap", "you deserve a kick in the teeth": a blow
    the reader needs, closing the clause or with a body part after."""
    tokens = ctx.tokens
    verb = _d39_find(ctx, hit, w.NEEDS)
    if verb < 0:
        verb = hit.first - 1
    if verb < 0 or ctx.pause_after(verb):
        return False
    if tokens[verb] in w.PUTS:  # "i'll put a bullet in your head"
        return _d39_blow_placed(ctx, hit.last) and d39_writer_does(ctx, verb)
    if tokens[verb] not in w.NEEDS or d39_reader_before(ctx, verb) is None:
        return False
    return _d39_closes(ctx, hit.last) or _d39_blow_placed(ctx, hit.last)


def _d39_blow_placed(ctx: Context, end: int) -> bool:
    """A body part after the blow at token `end`: "in the face", "to your teeth"."""
    tokens = ctx.tokens
    if end >= len(tokens) or tokens[end] not in w.BLOW_PLACES or ctx.pause_after(end - 1):
        return False
    at = ctx.skip_ahead(end + 1, w.PLACE_OWNERS, 1)
    return at < len(tokens) and tokens[at] in w.BODY_PARTS
