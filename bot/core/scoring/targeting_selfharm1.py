"""Targeting rules of the selfharm1 round (issue 8): self-harm urged at the reader in words
no older line held, the most dangerous hostility the bot must catch.

- An act urged: ending it all or one's life, cutting, starving or roping oneself
  (selfharm1_words.ACTS, this round's lines in en/self_harm.txt), told to the reader as
  an order opening its clause after chat's openers ("just end it all", "go end ur life",
  "cut deeper next time", "go starve yourself fatty", "loser, end your life"), as advice
  with the reader before the urge ("you should end your life", "u might as well end it
  all", "you need to cut yourself"), as a wish or a rhetorical "why" ("i hope you end it
  all", "why don't u just end it all", "why not end it all") or as a favour asked ("do us
  all a favour and end it"). Bare "end it" counts only as advice, a wish or a favour,
  never as an order; "end it" and "end it all" never with game talk near.
- The reader said to be better off dead: the reader, a being verb and hedges, then
  "better off dead", "better off six feet under" ("you'd be better off dead", "ur
  better off 6 feet under", "u r so much better off dead").

Either must close its clause, maybe with chat's tags or a name-call after ("... lol",
"... next time", "... fatty").

Stay clean: game chat ending a match ("ff just end it", "end it already, gg", "push mid
and end it all"), a partner or a story ("you should end it with him", "the show should
just end it"), things cut or ended ("cut yourself some slack", "end your turn"), the
writer's own distress ("i want to end it all", "i'm better off dead"), someone else
("he's better off dead": not the reader, left to older rules' words), help, negations and
warnings ("please don't end your life", "never cut yourself again", "you're not better
off dead"), questions ("did you cut yourself?"; a "why" urging stays), reports and
conditions ("she said you should end it all", "if you feel like ...") and quotes. The
round's own lines out of these shapes are cancelled.

Cost per hit: one frozenset test of the term; then at most HEDGE_REACH + URGE_LENGTH +
HEDGE_REACH tokens back to the reader (or OPENER_REACH to the clause's start, or
BEING_REACH over the being verb), TAIL_REACH on, LEAD_REACH back in the clause, and for
"end it" TALK_REACH tokens either side. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import selfharm1_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_italian59 import Italian59Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_URGED_NOTE", "SelfHarm1Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_URGED_NOTE: Final[str] = "no self-harm urged at the reader"
_WHY: Final[str] = "why"
# "end it" and "end it all" may end a match ("ff just end it", "gg, end it all").
_ENDS: Final[frozenset[str]] = frozenset({w.END_IT, w.END_IT_ALL})
# The older readings of threats8's "end it already" that count it against the reader.
_AIMED: Final = frozenset({Kind.IMPERATIVE, Kind.SECOND_PERSON})


class SelfHarm1Rules(Italian59Rules):
    """Self-harm urged at the reader ("just end it all", "you should end your life", "do
    us all a favour and end it", "go starve yourself") or the reader said better off dead
    ("you'd be better off dead")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        its shapes and cancelled out of them (a joke or a report keeps its older reading)."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term == w.END_IT_ALREADY and target in _AIMED and sh1_other_end(ctx, hit, term):
            return Kind.NONE, NOT_URGED_NOTE  # "end it already, gg", "end it already we lost"
        if term in w.GO_CUTS and tuple(ctx.tokens[hit.last : hit.last + 2]) in w.CUT_OBJECTS:
            return Kind.NONE, NOT_URGED_NOTE  # "go cut yourself some slack"
        if term not in w.OWN_TERMS:
            return target, note
        if target is Kind.REPORTED or note == JOKING_NOTE:
            return target, note
        if term in w.DEAD:
            start, aimed = sh1_dead_reader(ctx, hit), Kind.SECOND_PERSON
        else:
            start, aimed = sh1_urged(ctx, hit, term)
        if start < 0 or not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
            return Kind.NONE, NOT_URGED_NOTE  # "cut yourself some slack", "i'm better off dead"
        if sh1_softened(ctx, hit, start) or (term in _ENDS and sh1_other_end(ctx, hit, term)):
            return Kind.NONE, NOT_URGED_NOTE  # "please don't end your life", "ff end it"
        return aimed, ""


def sh1_urged(ctx: Context, hit: Hit, term: str) -> tuple[int, TargetKind]:
    """The first token of the frame that urges the act at the reader and how it aims,
    or (-1, NONE): a favour ("do us all a favour and end it"), advice ("you should end
    your life"), a wish or "why" ("i hope you end it all", "why dont u end it all"), or,
    for an act other than bare "end it", an order opening its clause ("just end it all")."""
    tokens = ctx.tokens
    at = ctx.back_over(hit.first, w.HEDGES, w.HEDGE_REACH)
    if at >= 2 and tokens[at - 1] == w.AND and tokens[at - 2] in w.FAVOURS:
        return at - 2, Kind.IMPERATIVE  # "do us all a favour and end it"
    if tuple(tokens[max(0, at - 2) : at]) == w.WHY_NOT:
        return at - 2, Kind.SECOND_PERSON  # "why not just end it all"
    for length in range(1, w.URGE_LENGTH + 1):
        urge = at - length
        if urge >= 1 and tuple(tokens[urge:at]) in w.URGES:
            reader = ctx.back_over(urge, w.HEDGES, w.HEDGE_REACH) - 1
            if reader >= 0 and tokens[reader] in w.READERS:
                return reader, Kind.SECOND_PERSON  # "you should (just) end your life"
    if at >= 1 and tokens[at - 1] in w.READERS:
        for length in range(1, w.URGE_LENGTH + 1):
            wish = at - 1 - length
            if wish >= 0 and tuple(tokens[wish : at - 1]) in w.WISHES:
                return wish, Kind.SECOND_PERSON  # "i hope you end it all", "why dont you"
    if term == w.END_IT:
        return -1, Kind.NONE  # "just end it": a match as often as a life
    opener = ctx.back_over(hit.first, w.OPENERS, w.OPENER_REACH)
    if ctx.starts_sentence(opener) or (opener > 0 and ctx.pause_after(opener - 1)):
        return opener, Kind.IMPERATIVE  # "just end it all", "loser, end your life"
    return -1, Kind.NONE


def sh1_dead_reader(ctx: Context, hit: Hit) -> int:
    """ "you'd be better off dead", "ur better off six feet under": the reader as the
    subject right before the being verb and hedges. The reader's index, or -1."""
    at = ctx.back_over(hit.first, w.BEING_RUN, w.BEING_REACH)
    if at >= 1 and ctx.tokens[at - 1] in w.DEAD_READERS:
        return at - 1
    return -1


def sh1_softened(ctx: Context, hit: Hit, start: int) -> bool:
    """Quoted, asked (a "why" urging aside), or negated, reported or supposed before the
    frame in its clause: "did you cut yourself?", "she said you should end it all"; a
    clause before it is its own ("nobody would notice, end it all")."""
    if ctx.quoted(start, hit.last):
        return True
    if ctx.tokens[start] != _WHY and ctx.ends_asking(hit.first):
        return True
    lead = max(ctx.sentence_start(start, w.LEAD_REACH), start - w.LEAD_REACH)
    first = start
    while first > lead and not ctx.pause_after(first - 1):
        first -= 1
    before = ctx.tokens[first:start]
    return not w.NEGATORS.isdisjoint(before) or not w.LEADS.isdisjoint(before)


def sh1_other_end(ctx: Context, hit: Hit, term: str) -> bool:
    """Game talk or a match lost near "end it", "end it all" or "end it already", or a
    partner or a story near bare "end it": the match, the relationship or the show is
    what ends."""
    low = max(0, hit.first - w.TALK_REACH)
    near = ctx.tokens[low : hit.last + w.TALK_REACH]
    if not w.GAME_TALK.isdisjoint(near):
        return True
    if any(word in w.LOST and i > 0 and near[i - 1] in w.LOSERS for i, word in enumerate(near)):
        return True  # "we lost", "the game is lost"
    return term == w.END_IT and not w.STORY_TALK.isdisjoint(near)
