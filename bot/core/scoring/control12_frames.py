"""Sentence frames for the control12 round (issue 8, targeting_control12.py) that put a
group's name inside someone else's claim, judged or denied by the writer.

- A belief denied or disbelieved: "nobody here thinks immigrants are animals", "i can't
  believe anyone still thinks black people are less intelligent". "everybody knows ...",
  "i think ..." and "no one thinks you're smart, idiot" (the reader's) hold it.
- A bigot judged: "people who hate gay people are pathetic", "racists who attack
  immigrants are scum", "hating immigrants is stupid". The relative clause or gerund is
  an act of bigotry ("hate", "attack", "think"); its head names no group ("gay people
  who hate us are pathetic" does), and "people who love gays are pathetic" keeps its
  reading.
- A group's suffering judged: "it's disgusting how refugees are treated"; "it's
  disgusting how gay people kiss in public" keeps its reading.

Each frame reads at most FRAME_REACH tokens each side of the hit, within its sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.scoring import control12_words as words
from bot.core.scoring.targeting_context import Context, Hit

GroupEnding = Callable[[Context, int], int]  # where a group ending at a token starts, or -1


def belief_denied(ctx: Context, hit: Hit) -> bool:
    """ "nobody here thinks immigrants are animals": the hit inside a belief whose holder
    is "nobody"/"no one", or "anyone" after "can't believe"."""
    tokens = ctx.tokens
    for verb in range(hit.first - 1, max(-1, hit.first - 1 - words.BELIEF_REACH), -1):
        if ctx.pause_after(verb) or tokens[verb] in words.READER:
            return False  # "no one thinks you're smart, idiot": said to the reader
        if tokens[verb] in words.BELIEF_VERBS:
            break
    else:
        return False
    at = verb - 1
    while at >= 0 and tokens[at] in words.BELIEF_FILLERS:
        at -= 1
    if at < 0:
        return False
    if tokens[at] in words.NO_BELIEVERS or (
        tokens[at] == "one" and at > 0 and tokens[at - 1] == "no"
    ):
        return True
    return (
        tokens[at] in words.ANY_BELIEVERS
        and at >= 2
        and tokens[at - 1] in words.DISBELIEF
        and tokens[at - 2] in words.DISBELIEF_NEGATORS
    )


def bigot_judged(ctx: Context, hit: Hit, group_ending: GroupEnding) -> bool:
    """ "people who hate gay people are pathetic", "hating immigrants is stupid": the
    hit in a clause of bigotry, or the verdict on it, after "are"/"is"."""
    tokens = ctx.tokens
    copula = _verdict_copula(ctx, hit)
    if copula < 0:
        return False
    floor = max(0, min(hit.first, copula) - words.FRAME_REACH)
    for at in range(min(hit.first, copula) - 1, floor - 1, -1):
        if ctx.stop_after(at):
            return False
        word = tokens[at]
        if word in words.BIGOTRY_GERUNDS:
            return at == ctx.sentence_start(at, words.FRAME_REACH)  # "hating X is stupid"
        if word in words.RELATIVES and at >= 1:
            head = at - 1
            return (
                tokens[head] in words.BIGOT_HEADS
                and tokens[at + 1] in words.BIGOTRY_VERBS
                and group_ending(ctx, head) < 0
            )
    return False


def _verdict_copula(ctx: Context, hit: Hit) -> int:
    """Where the "are"/"is" before the verdict stands: right before the hit (fillers
    between) when the hit is the verdict, else after it; -1 when there is none."""
    tokens = ctx.tokens
    entry = hit.entry
    if entry.tokens[0] in words.VERDICT_COPULAS and entry.tokens[-1] in words.BIGOT_VERDICTS:
        return hit.first  # hatecheck22: the lexicon's own "are evil"
    if entry.term in words.BIGOT_VERDICTS:
        at = hit.first - 1
        while at >= 0 and tokens[at] in words.VERDICT_FILLERS:
            at -= 1
        if at >= 0 and tokens[at] in words.VERDICT_COPULAS:
            return at
    end = min(len(tokens) - 1, hit.last + words.FRAME_REACH)
    found = -1
    for at in range(hit.last, end):
        if ctx.stop_after(at - 1):
            break
        if tokens[at] in words.VERDICT_COPULAS:
            after = at + 1
            while after < len(tokens) and tokens[after] in words.VERDICT_FILLERS:
                after += 1
            if after < len(tokens) and tokens[after] in words.BIGOT_VERDICTS:
                found = at  # the last such copula: "... think women are dumb are idiots"
    return found


def suffering_judged(ctx: Context, hit: Hit) -> bool:
    """ "it's disgusting how refugees are treated": the judgement of what is done to a
    group, a passive of harm after "how"/"that"."""
    if hit.entry.term not in words.SUFFERING_JUDGEMENTS:
        return False  # "any other dumb X that got shot" judges no treatment
    tokens = ctx.tokens
    after = hit.last
    if after >= len(tokens) or tokens[after] not in words.HOW or ctx.pause_after(hit.last - 1):
        return False
    end = min(len(tokens), after + words.FRAME_REACH)
    for at in range(after + 1, end):
        if ctx.stop_after(at - 1):
            return False
        if tokens[at] in words.VICTIM_PARTICIPLES:
            return tokens[at - 1] in words.PASSIVE_LINKS
    return False
