"""Targeting rules of the discord40 round (issue 8, thirty-second session): slang threats
of violence aimed at the reader in Discord and teen chat that the older lines missed.

- The writer's slang blow: a verb (discord40_words.BARE_BLOWS) and the reader right after
  it ("i'll curb stomp you", "imma pull up and smoke you", "ima clap you irl", "i'll
  fade you", "me and the boys gonna jump you"), or "ur"/"yo" and an "ass" ("smoke ur
  bitch ass"), closing the clause or with chat's tails after; some verbs need their
  word after ("lay you out", "knock you out cold", "beat you senseless", "put you in the
  ground", "stomp you into the ground"). The doer, read back over "pull up and" and
  auxiliaries, is the writer or the writer's people. Never in game talk ("i'll smoke
  you in the 1v1"), unless said to happen in real life.
- Idioms of a beating with their verb before them: "i'll beat the brakes off you",
  "i'll smack the taste out your mouth", "i'll rock your shit".
- A slang beating promised or wished on the reader in the passive: "you're gonna get
  clapped irl", "ur getting folded", "you gonna get your shit rocked"; or promised
  after a dare ("keep running your mouth and you'll get dropped", "keep yapping and get
  smacked"). An agent or a condition after ("get clapped by that boss") is a warning.
- The reader needs their body beaten: "you need your ass beat", "u need ur teeth knocked
  out".
- A fight offered, said or asked: "catch these hands", "you want these hands?", "square
  up kid", "u want smoke?".
- A dare, then "and see what happens": "keep running your mouth and see what happens",
  "talk shit and see what happens", "touch her and see what happens"; "add salt and see
  what happens" dares no one.

Stay clean: game talk, errands and sport ("i'll smoke mid for you", "i'll drop you off
at home", "we got clapped last round", "you need your car washed", "square up the
corners"), another doer, negated, quoted, reported and (except a fight offered) asked
lines. Terms: the round's own lexicon lines (discord40_words.OWN_TERMS), and
discord39's lines it cancelled ("knock your lights out", "stomp ur bitch ass", "keep
yapping and get smacked"), read in these shapes.

Cost per hit: one or two frozenset tests of the term; then at most APPROACH_REACH +
DOER_REACH tokens back, GRAVE_REACH or TAIL_REACH ahead, or DARE_REACH tokens of the
sentence. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39
from bot.core.scoring import discord40_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord39 import (
    NOT_THREATENED_NOTE,
    d39_negated,
    d39_reader_before,
    d39_writer_does,
)
from bot.core.scoring.targeting_italian45 import Italian45Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord40Rules", "d40_game_talk", "d40_grave", "d40_writer_does"]

# The shapes that stay a threat when asked: a fight offered ("you want these hands?").
_OFFERS: Final[frozenset[str]] = w.HANDS_TERMS | w.SQUARE_TERMS | w.SMOKE_TERMS


class Discord40Rules(Italian45Rules):
    """Slang threats of violence at the reader: the writer's slang blow, a slang beating
    promised or needed, a fight offered, a dare with a warning after it."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's shapes aimed at the reader, its
        own terms cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and note != NOT_THREATENED_NOTE:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted(hit.first, hit.last)
            and (term in _OFFERS or not ctx.ends_asking(hit.first))
            and _d40_shaped(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""
        if own:
            return Kind.OBJECT, NOT_THREATENED_NOTE  # "i'll smoke mid for you"
        return target, note


def _d40_shaped(ctx: Context, hit: Hit) -> bool:
    """One of the round's shapes around the hit."""
    term = hit.entry.term
    if term in w.BLOW_TERMS or term in d39.BODY_TERMS:
        return _d40_blow(ctx, hit)
    if term in w.PASSIVE_TERMS:
        return _d40_passive(ctx, hit)
    if term in d39.PASSIVE_TERMS:
        return _d40_dared(ctx, ctx.back_over(hit.first, d39.READER_AUX | d39.READER, 4) - 1)
    if term in w.NEED_TERMS:
        return _d40_needed(ctx, hit)
    if term in w.IDIOM_TERMS:
        return _d40_idiom(ctx, hit)
    if term in w.DARE_TERMS:
        return _d40_dared(ctx, hit.first - 1) and _d40_closes(ctx, hit.last)
    return _d40_offered(ctx, hit)


def _d40_closes(ctx: Context, end: int) -> bool:
    """From token `end` on, only chat's tails to the clause's end ("... irl", "... kid")."""
    return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)


def d40_game_talk(ctx: Context) -> bool:
    """Game words in the message (beyond a bare "lol"), and no "irl": a play, not a
    fight ("i'll smoke you next round")."""
    if not ctx.gaming or ctx.in_real_life:
        return False
    gaming = ctx.cues["gaming"]
    return any(word in gaming and word != "lol" for word in ctx.tokens)


def d40_writer_does(ctx: Context, verb: int) -> bool:
    """The writer the doer of token `verb`, read back over "pull up and", "curb" and
    auxiliaries ("imma pull up and smoke you"), or the writer's people ("me and the
    boys gonna jump you")."""
    tokens = ctx.tokens
    at = ctx.back_over(verb, w.APPROACH, w.APPROACH_REACH)
    if d39_writer_does(ctx, at):
        return True
    doer = ctx.back_over(at, d39.DOER_AUX, d39.DOER_REACH) - 1
    if doer < 0 or tokens[doer] not in w.CREW or ctx.pause_after(doer):
        return False
    own = ctx.back_over(doer, w.OWN_PEOPLE | d39.ARTICLES | w.AND, w.CREW_REACH)
    return not w.OWN_PEOPLE.isdisjoint(tokens[own:doer]) and not d39_negated(ctx, own)


def d40_grave(ctx: Context, at: int) -> bool:
    """A grave for the reader from token `at` on: "in the ground", "six feet under", "in
    a body bag"."""
    place = ctx.find_ahead(at, w.GRAVES, w.GRAVE_REACH)
    if place < 0:
        return False
    return ctx.tokens[place] != "bag" or ctx.tokens[place - 1] == "body"


def _d40_blow(ctx: Context, hit: Hit) -> bool:
    """ "i'll curb stomp you", "imma smoke ur bitch ass", "i'll lay you out", "i'll put
    you in the ground": the writer's slang blow to the reader."""
    tokens = ctx.tokens
    verb = hit.first
    after = hit.last
    if tokens[after - 1] in w.OWNERS:  # "smoke ur [bitch] ass", "knock your lights out"
        part = ctx.skip_ahead(after, w.ASS_MODIFIERS, 2)
        if part >= len(tokens) or tokens[part] not in w.ASS_PARTS or ctx.pause_after(part - 1):
            return False
        after = part + 1
    if d40_game_talk(ctx) or not d40_writer_does(ctx, verb):
        return False
    if d40_grave(ctx, after):
        return True  # "i'll put you in the ground", "stomp you into the ground"
    needs = w.NEEDS_AFTER.get(tokens[verb])
    if needs is not None:
        if after >= len(tokens) or tokens[after] not in needs or ctx.pause_after(after - 1):
            return False
        goes_on = w.OPENS_ON.get(tokens[after])
        if goes_on is not None:  # "beat you till you can't walk", "black and blue"
            return after + 1 < len(tokens) and tokens[after + 1] in goes_on
        after += 1
    return _d40_closes(ctx, ctx.skip_ahead(after, w.BLOW_PARTICLES, 2))


def _d40_idiom(ctx: Context, hit: Hit) -> bool:
    """ "i'll beat the brakes off you", "smack the taste out your mouth", "i'll rock your
    shit": a beating idiom with the writer's verb before it."""
    verb = hit.first - 1
    if verb < 0 or ctx.pause_after(verb) or ctx.tokens[verb] not in w.IDIOM_VERBS:
        return False
    if hit.entry.tokens[-1] == "shit" and (
        ctx.tokens[verb] not in w.SHIT_VERBS or not _d40_closes(ctx, hit.last)
    ):
        return False  # "i'll beat your shit score"
    return d40_writer_does(ctx, verb)


def _d40_passive(ctx: Context, hit: Hit) -> bool:
    """ "you're gonna get clapped irl", "you gonna get your shit rocked", "keep running
    your mouth and you'll get dropped": a slang beating promised or wished on the
    reader, or promised after a dare."""
    tokens = ctx.tokens
    lead = hit.first
    harm = hit.last - 1
    if tokens[harm] == "shit":
        harm = hit.last
        if harm >= len(tokens) or tokens[harm] not in w.SHIT_PARTS or ctx.pause_after(harm - 1):
            return False
    end = ctx.skip_ahead(harm + 1, d39.PASSIVE_PARTICLES, 1)
    if tokens[harm] in w.OUT_PARTS and end == harm + 1:
        return False  # "get laid", "get knocked": "get laid out", "get knocked out"
    if not _d40_closes(ctx, end):
        return False  # "get clapped by that boss", "get dropped from the team"
    if _d40_dared(ctx, ctx.back_over(lead, d39.READER_AUX | d39.READER, 4) - 1):
        return True
    aux = d39_reader_before(ctx, lead)
    if aux is None or d40_game_talk(ctx):
        return False
    return (
        tokens[lead] in d39.PROMISERS
        or not d39.PROMISERS.isdisjoint(aux)
        or not d39.WISHERS.isdisjoint(aux)
    )


def _d40_needed(ctx: Context, hit: Hit) -> bool:
    """ "you need your ass beat", "u need ur teeth knocked out": the reader needs their
    body beaten."""
    tokens = ctx.tokens
    if d39_reader_before(ctx, hit.first) is None:
        return False
    beaten = hit.last
    if beaten >= len(tokens) or tokens[beaten] not in w.BEATEN or ctx.pause_after(beaten - 1):
        return False
    end = ctx.skip_ahead(beaten + 1, d39.PASSIVE_PARTICLES, 1)
    return _d40_closes(ctx, end) or (end < len(tokens) and tokens[end] in w.REASONS)


def _d40_dared(ctx: Context, and_at: int) -> bool:
    """Token `and_at` an "and" after a dare opening its clause: "[keep talking] and see
    what happens", "[touch her] and you'll get dropped"."""
    tokens = ctx.tokens
    if and_at < 1 or tokens[and_at] not in w.AND:
        return False
    start = ctx.sentence_start(and_at, w.DARE_REACH)
    verb = ctx.skip_ahead(start, w.DARE_OPENERS, w.DARE_OPENER_REACH)
    if verb + 1 >= and_at:
        return False
    follows = w.DARES.get(tokens[verb])
    if follows is None or (follows and tokens[verb + 1] not in follows):
        return False
    if tokens[verb] in w.TALK_DARES and verb + 2 < and_at:
        return tokens[verb + 2] not in w.TALKED_TO  # "keep talking to the npc and see"
    return True


def _d40_offered(ctx: Context, hit: Hit) -> bool:
    """ "catch these hands", "you want these hands?", "square up kid", "u want smoke?": a
    fight offered to the reader."""
    tokens = ctx.tokens
    term = hit.entry.term
    first = hit.first
    if term in w.HANDS_TERMS:
        taker = ctx.back_over(first, w.HANDS_FILLERS, 1) - 1
        if taker < 0 or tokens[taker] not in w.TAKERS or ctx.pause_after(taker):
            return False
        subject = ctx.back_over(taker, w.HANDS_AUX, w.HANDS_REACH) - 1
        said_by = tokens[subject] if subject >= 0 and not ctx.pause_after(subject) else "and"
        if said_by not in w.HANDS_SUBJECTS:
            return False  # "whoever posts spoilers is catching these hands"
        return _d40_closes(ctx, hit.last)  # not "want these hands warmers"
    if not _d40_closes(ctx, hit.last) and ctx.find_ahead(hit.last, w.WITH_ME, 1) < 0:
        return False  # "square up the corners", "want smoke detectors"
    if term in w.SMOKE_TERMS:
        return first > 0 and tokens[first - 1] in w.ASKED and not ctx.pause_after(first - 1)
    if d39_negated(ctx, first) or ctx.lets_before(first):
        return False  # "let's square up, i owe you 20"
    return ctx.opens_after(first, w.OFFER_OPENERS, w.DARE_OPENER_REACH)
