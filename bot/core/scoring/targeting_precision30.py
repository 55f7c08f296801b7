"""Guard rules of the precision30 round (issue 8, thirtieth session): counter-speech
about harm done to an identity group, which older rounds read as a put-down of it.

- The put-down says how others treat the group: "people are so cruel to muslims
  online", "the police were racist towards black people", "his violent rhetoric against
  immigrants", "their stupid hatred of women", "the violent attacks on asians". After
  the hit, maybe past a harm noun (precision30_words.HARM_NOUNS: "rhetoric", "abuse",
  "hatred"), stands a preposition (TOWARDS: to, towards, against; OF: of, on, at only
  after a harm noun) and then the group's phrase ("the young muslim girls"), named by
  an identity cue word (never "team" or "everyone": "an idiot on my team").
- The put-down judges an act done to the group: "the way they treat refugees is
  disgusting", "being cruel to disabled people is pathetic", "what they do to muslims
  there is disgusting". Before the hit, past a copula and adverbs (COPULAS), stands the
  group's phrase, and before it a treating verb (TREATING) or a harm word and a
  preposition ("cruel to", "did to").

Still aimed: a group word earlier in the sentence, the group as the doer ("muslims are
cruel to women", "the way muslims treat women is disgusting", "gays are disgusting to
me"); a call or a wish before the hit ("we should be violent to immigrants", "let's be
vile to the gays", WISHES); a slur (its own identity-attack hit, never read here); the
group put down outright ("muslims are violent").

Cost per hit: a category, target and note test; then at most a dozen tokens around the
hit, set look-ups, and one sentence's words tested against two cue sets and WISHES. No
regex, no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision30_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_gamechat41 import GameChat41Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HARMED_NOTE", "Precision30Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
HARMED_NOTE: Final[str] = "harm done to a group, judged: counter-speech"
# The group readings this round reads past: an identity group's, or a group's plain
# reading ("the police were racist towards black people").
_READ_NOTES: Final[frozenset[str]] = frozenset({IDENTITY_NOTE, ""})


class Precision30Rules(GameChat41Rules):
    """A put-down of harm done to an identity group: counter-speech, not an attack."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.GROUP or note not in _READ_NOTES:
            return target, note
        if hit.entry.category is not Cat.INSULT:
            return target, note
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if not w.WISHES.isdisjoint(ctx.tokens[start : hit.first]):
            return target, note  # "we should be violent to immigrants"
        phrase = _p30_harmed_after(ctx, hit)
        if phrase < 0:
            phrase = _p30_act_before(ctx, hit)
        if phrase < 0 or _p30_group_in(ctx, start, phrase):
            return target, note  # "muslims are cruel to women"
        return Kind.NONE, HARMED_NOTE  # "people are so cruel to muslims online"


def _p30_is_group(ctx: Context, word: str) -> bool:
    """`word` names an identity group ("muslims", "gay", "refugees")."""
    cues = ctx.cues
    return any(word in cues[name] for name in w.GROUP_CUES)


def _p30_group_in(ctx: Context, start: int, end: int) -> bool:
    """An identity group named in tokens start..end-1: the group as the doer."""
    return any(_p30_is_group(ctx, word) for word in ctx.tokens[start:end])


def _p30_group_at(ctx: Context, at: int) -> int:
    """The end of a group's phrase starting at token `at` ("the young muslim girls"),
    or -1: leading words, then a group word, maybe an identity adjective's noun."""
    tokens = ctx.tokens
    at = ctx.skip_ahead(at, w.GROUP_LEAD, w.LEAD_REACH)
    if at >= len(tokens) or not _p30_is_group(ctx, tokens[at]):
        return -1
    end = at + 1
    while end < len(tokens) and end - at < 3 and not ctx.pause_after(end - 1):
        word = tokens[end]
        if not (_p30_is_group(ctx, word) or word in w.GROUP_TAIL):
            break
        end += 1
    return end


def _p30_harmed_after(ctx: Context, hit: Hit) -> int:
    """Where the phrase before the harmed group starts (the hit), when a preposition and
    the group follow the hit, maybe past a few words ending in a harm noun: "cruel to
    muslims", "violent rhetoric against immigrants", "violent and lasting harm to queer
    people", "stupid hatred of women"; else -1. The first preposition decides."""
    tokens = ctx.tokens
    stop = min(len(tokens), hit.last + w.BETWEEN_REACH + 1)
    for at in range(hit.last, stop):
        if at > hit.last and ctx.pause_after(at - 1):
            return -1
        word = tokens[at]
        if word not in w.PREPOSITIONS:
            continue
        after_noun = at > hit.last and tokens[at - 1] in w.HARM_NOUNS
        if after_noun or (at == hit.last and word in w.TOWARDS):
            return hit.first if _p30_group_at(ctx, at + 1) > 0 else -1
        return -1
    return -1


def _p30_act_before(ctx: Context, hit: Hit) -> int:
    """Where the act judged by the hit starts, when the group before the hit's copula is
    the object of a treating verb or of a harm word and a preposition: "the way they
    treat refugees is disgusting", "being cruel to disabled people is pathetic"; else -1."""
    tokens = ctx.tokens
    end = ctx.back_over(hit.first, w.COPULAS, w.COPULA_REACH)
    if end == hit.first or end < 2:
        return -1  # no copula: "disgusting muslims"
    for tail in range(end - 1, max(0, end - w.TAIL_REACH) - 1, -1):
        if tokens[tail] in w.TAIL_PREPOSITIONS:
            end = tail  # "the treatment of refugees [at the border] is disgusting"
            break
    at = end - 1
    floor = max(0, at - 3)
    while at > floor and (_p30_is_group(ctx, tokens[at]) or tokens[at] in w.GROUP_TAIL):
        at -= 1
    if at == end - 1 or ctx.pause_after(at):
        return -1
    at = ctx.back_over(at + 1, w.GROUP_LEAD, w.LEAD_REACH) - 1
    if at < 0 or not _p30_is_group(ctx, _p30_first_group(ctx, at + 1, end)):
        return -1
    word = tokens[at]
    if word in w.TREATING:
        return at  # "the way they treat refugees is disgusting"
    if word in w.PREPOSITIONS and at > 0 and tokens[at - 1] in w.HARM_WORDS:
        return at - 1  # "being cruel to disabled people is pathetic"
    return -1


def _p30_first_group(ctx: Context, start: int, end: int) -> str:
    """The first group word in tokens start..end-1, or ""."""
    for word in ctx.tokens[start:end]:
        if _p30_is_group(ctx, word):
            return word
    return ""
