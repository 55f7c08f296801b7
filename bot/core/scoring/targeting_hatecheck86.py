"""Targeting rules of the hatecheck86 round (issue 8): a claim about a named group that the
writer attributes to someone before it and takes up, which the older reported-speech
reading (a speech verb before the hit) passed on as someone else's words.

- The agreeing lead: the sentence opens (over chat's openers) with "like", "as" or "just
  like", a speaker and a saying verb, then a pause and the claim's clause: "like my dad
  says, immigrants are rats", "as my grandpa always said, jews are parasites", "as the
  saying goes, ...", "as everyone knows, ..."; or the saying called true before it: "its
  true what they say, ...", "what my grandpa said is true, ...", "my uncle said it best,
  ...". The claim's clause (at most CLAIM_REACH tokens before the hit) holds no report of
  its own and no denial ("as my teacher said, the nazis claimed jews were vermin", "its
  not true what they say, muslims are not vermin" stay clean).
- The agreeing tail: the report, then "and" and the writer taking it up within
  AGREE_REACH tokens: "my uncle says immigrants are rats and hes not wrong", "... and he
  has a point", "... and i agree", "... and i cant disagree"; never "... and hes wrong",
  "... and i dont agree", "... and thats not true" or "... and it makes me sick".

Only a reported reading of a group hit (a named identity group in its sentence) is
re-read, as aimed at the group: a report with the attribution before it and no agreement
("someone in the chat said muslims are vermin, mods pls"), quotes, and counter-speech
keep the older readings.

Cost per hit: one test of its reading (most hits end there), the group test, then at
most LEAD_REACH + CLAIM_REACH tokens before the hit and CLAIM_REACH + AGREE_REACH after
it. No regex.
"""

from __future__ import annotations

from typing import Final, Protocol, cast

from bot.core.scoring import hatecheck86_words as w
from bot.core.scoring.lexicon import WordSet
from bot.core.scoring.targeting_context import GROUP_HATRED, IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_italian73 import Italian73Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = [
    "JUDGED_NOTE",
    "HateCheck86Rules",
    "agreed_after",
    "agreeing_lead",
    "claim_after_verb",
    "claim_judged_after",
    "verdict_on_report",
    "verdict_on_saying",
]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
JUDGED_NOTE: Final[str] = "a group claim or saying judged by the writer, counter-speech"
# The readings re-read here: a bare report and a group's.
_READ_NOTES: Final = frozenset({"", IDENTITY_NOTE})
# How far back the sentence's start is looked for: the lead, its pause and the claim.
_START_REACH: Final[int] = w.LEAD_REACH + w.CLAIM_REACH + 2


class _Aiming(Protocol):
    """The chain's whole reading of a hit, `Targeter.aim` (targeting.py): the class at the
    chain's end gives it, so the claim said alone is read as every other line is."""

    def aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]: ...


class HateCheck86Rules(Italian73Rules):
    """A reported group claim the writer takes up, before ("like my dad says, ...") or
    after it ("... and hes not wrong"), is the writer's own: read as if unreported."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a reported group claim taken up re-read."""
        target, note = super().in_game(ctx, hit, target, note)
        if note not in _READ_NOTES or hit.entry.category not in GROUP_HATRED:
            return target, note  # most hits: cancelled, or not a group's kind of word
        if target is Kind.GROUP:
            if self._hc86_saying_judged(ctx, hit):
                return Kind.OBJECT, JUDGED_NOTE  # "women are stupid is such a dumb take"
            return target, note
        if target is not Kind.REPORTED or note:
            return target, note  # not a bare report
        if not self._names_identity(ctx, hit):
            return target, note  # "he said ur trash": no group
        claim = agreeing_lead(ctx, hit)
        if claim < 0 and agreed_after(ctx, hit):
            claim = claim_after_verb(ctx, hit)
        if claim <= 0:
            return target, note
        return self._hc86_own_reading(ctx, hit, claim)

    def _hc86_saying_judged(self, ctx: Context, hit: Hit) -> bool:
        """A group reading that is the writer's verdict on a saying, or a claim the writer
        judges right after it: "... and its disgusting", "women are stupid is such a dumb
        take", "muslims are vermin? thats a disgusting thing to say"."""
        if not self._names_identity(ctx, hit):
            return False
        hit_words = self._lexicon.hit_words
        return (
            verdict_on_report(ctx, hit)
            or verdict_on_saying(ctx, hit, hit_words)
            or claim_judged_after(ctx, hit)
        )

    def _hc86_own_reading(self, ctx: Context, hit: Hit, claim: int) -> tuple[TargetKind, str]:
        """The older rules' reading of the claim said alone, from token `claim` on (a copy
        of the message's tokens): "immigrants are rats" is the group's, "muslims are
        welcome here" nobody's. Asked only when an agreeing attribution is there (rare)."""
        bare = Context(
            self._lexicon,
            ctx.folded,
            ctx.tokens[claim:],
            ctx.spans[claim:],
            mentioned=ctx.mentioned,
            is_reply=ctx.is_reply,
        )
        moved = hit._replace(first=hit.first - claim, last=hit.last - claim)
        target, note = cast("_Aiming", self).aim(bare, moved)
        return super().in_game(bare, moved, target, note)


def agreeing_lead(ctx: Context, hit: Hit) -> int:
    """Where the hit's claim starts when the sentence opens with a lead that takes a
    saying up, then a pause: "like my dad says, immigrants are rats", "its true what
    they say, ..."; else -1."""
    tokens = ctx.tokens
    first = hit.first
    start = ctx.sentence_start(first, _START_REACH)
    pause = next(
        (i for i in range(first - 1, max(start, first - 1 - w.CLAIM_REACH) - 1, -1)
         if ctx.pause_after(i)),
        -1,
    )  # fmt: skip
    if pause < start:
        return -1  # no pause before the claim: "my dad says immigrants are rats"
    claim = tokens[pause + 1 : first]
    if not w.REPORTING.isdisjoint(claim) or not w.NEGATORS.isdisjoint(claim):
        return -1  # "..., the nazis claimed jews were vermin", "..., they are not vermin"
    while start <= pause and tokens[start] in w.CHAT_OPENERS:
        start += 1  # "lol like my uncle says, ..."
    lead = tokens[start : pause + 1]
    if not lead or len(lead) > w.LEAD_REACH or not w.NEGATORS.isdisjoint(lead):
        return -1  # "its not true what they say, ..."
    if w.SAYING_VERBS.isdisjoint(lead):
        return -1  # "like my dad, ..." names no saying
    if (
        lead[0] in w.LEAD_OPENERS  # "like my dad says", "as the saying goes"
        or lead[:2] == [w.JUST, "like"]  # "just like he said"
        or (lead[0] == w.WHAT and lead[-1] == w.TRUE)  # "what my grandpa said is true"
        or tuple(lead[-2:]) == w.IT_BEST  # "my uncle said it best"
        or _true_what(lead)  # "its true what they say"
    ):
        return pause + 1
    return -1


def _true_what(lead: list[str]) -> bool:
    """ "its true what they say", "it is true what my dad says": "true" and "what" right
    after it within the lead's first four tokens."""
    for i, word in enumerate(lead[:4]):
        if word == w.TRUE:
            return i + 1 < len(lead) and lead[i + 1] == w.WHAT
    return False


def agreed_after(ctx: Context, hit: Hit) -> bool:
    """The hit's clause goes on with "and" or a pause and the writer taking the saying up:
    "my uncle says immigrants are rats and hes not wrong", "... and i agree", "...,
    honestly true"."""
    tokens = ctx.tokens
    end = min(len(tokens), hit.last + w.CLAIM_REACH)
    for i in range(hit.last, end):
        if tokens[i] == w.AND:
            return _agreeing(ctx, i + 1)
        if ctx.stop_after(i - 1):
            return False  # a new sentence
        if ctx.pause_after(i - 1):
            return _agreeing(ctx, i)  # "..., honestly true"
    return False


def claim_after_verb(ctx: Context, hit: Hit) -> int:
    """Where the reported claim starts: after the last saying verb before the hit in its
    sentence (and a "that" after it), "my uncle says [immigrants are rats]"; else -1."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, _START_REACH)
    for i in range(hit.first - 1, start - 1, -1):
        if tokens[i] in w.REPORTING and tokens[i] != w.THAT:
            claim = i + 1
            return claim + 1 if tokens[claim] == w.THAT else claim
    return -1


def _agreeing(ctx: Context, at: int) -> bool:
    """Within AGREE_REACH tokens from `at`, in one sentence, words that agree: "hes
    right", "i agree", "hes not wrong", "he has a point"."""
    tokens = ctx.tokens
    end = min(len(tokens), at + w.AGREE_REACH)
    for j in range(at, end):
        word = tokens[j]
        denied = not w.NEGATORS.isdisjoint(tokens[max(at, j - 3) : j])
        if word in w.DENIED_DISSENT and denied:
            return True  # "and hes not wrong", "and i cant disagree"
        if (
            word == w.POINT
            and not denied
            and j >= at + 2
            and tokens[j - 1] == "a"
            and tokens[j - 2] in w.HAVING
        ):
            return True  # "and he has a point"
        if word in w.AGREEING and not denied and _said_whole(ctx, j):
            return True  # "and hes right", "and i agree", "and honestly fair"
        if ctx.stop_after(j) or word == w.AND:
            return False
    return False


def _said_whole(ctx: Context, j: int) -> bool:
    """An agreeing word not turned away by the word after it ("right to report it",
    "right wing", "exactly why i dont visit") nor asked ("right?"); "spot" only in "spot
    on"."""
    tokens = ctx.tokens
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    if tokens[j] == "spot":
        return after == "on"
    if after in w.NOT_AGREEING_AFTER:
        return False
    spans = ctx.spans
    gap_end = spans[j + 1][0] if j + 1 < len(spans) else len(ctx.folded)
    return "?" not in ctx.folded[spans[j][1] : gap_end]


def _closes(ctx: Context, last: int) -> bool:
    """The clause closes after token `last - 1`: the message ends, a pause, or chat's
    tails to the end ("and its disgusting tbh")."""
    tokens = ctx.tokens
    end = len(tokens)
    if last >= end or ctx.pause_after(last - 1):
        return True
    return all(tokens[i] in w.TAILS for i in range(last, end))


def _past_hedges(tokens: list[str], i: int, stop: int) -> int:
    """The token at or before `i` past the hedges ("so", "such a"), not before `stop`."""
    while i > stop and tokens[i] in w.HEDGES:
        i -= 1
    return i


def verdict_on_report(ctx: Context, hit: Hit) -> bool:
    """A word of condemnation closing its clause with the saying as its subject or alone
    after a pause, a report before it: "my uncle keeps saying ... and its disgusting",
    "the streamer said ... and chat laughed, disgusting"."""
    tokens = ctx.tokens
    if w.CONDEMNING.isdisjoint(hit.entry.tokens) or not _closes(ctx, hit.last):
        return False  # "its disgusting how muslims smell": the verdict goes on
    low = max(0, hit.first - _START_REACH)
    i = _past_hedges(tokens, hit.first - 1, low)
    if i < low:
        return False
    if not (tokens[i] in w.JUDGING_SUBJECTS or ctx.pause_after(i)):
        return False  # "muslims are disgusting": the group is its subject
    return any(tokens[j] in w.REPORTS for j in range(low, i))


def _saying_at(tokens: list[str], i: int) -> bool:
    """A saying named at token `i`: "take", "lie", "thing to say"."""
    if i >= len(tokens):
        return False
    word = tokens[i]
    if word == w.THING:
        return i + 2 < len(tokens) and tokens[i + 1] == "to" and tokens[i + 2] in w.TO_SAY
    return word in w.SAYINGS or word in w.CONDEMNED_SAYINGS


def verdict_on_saying(ctx: Context, hit: Hit, hit_words: WordSet[str]) -> bool:
    """A verdict said of a saying noun right after it, the saying a claim before a copula
    or "thats": "women are stupid is such a [dumb] take", "thats a [disgusting] thing to
    say". The claim before the copula needs a copula of its own ("<group> are <word>"):
    in "islam is a dangerous myth" the group is the subject and the verdict the writer's."""
    tokens = ctx.tokens
    if not _saying_at(tokens, hit.last):
        return False
    low = max(0, hit.first - w.JUDGE_REACH)
    i = _past_hedges(tokens, hit.first - 1, low)
    if i <= low:
        return False
    if tokens[i] in w.JUDGING_SUBJECTS:
        return ctx.starts_sentence(i) or ctx.pause_after(i - 1)  # "? thats a vile thing"
    if tokens[i] not in w.JUDGING_COPULAS or tokens[i - 1] not in hit_words:
        return False  # "stupid is": the claim's word before the judging copula
    start = ctx.sentence_start(i - 1, _START_REACH)
    return not w.COPULAS.isdisjoint(tokens[start : i - 1])  # "women [are] stupid is"


def claim_judged_after(ctx: Context, hit: Hit) -> bool:
    """A group claim opening its sentence and judged right after it: "women are stupid is
    such a dumb take", "the idea that muslims are vermin is nazi propaganda", "trans people
    are freaks is what my cousin posted", "muslims are vermin? thats a disgusting thing to
    say"."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, _START_REACH)
    claim = tokens[start : hit.first]
    if (
        len(claim) > w.CLAIM_REACH + 3
        or w.COPULAS.isdisjoint(claim)
        or not w.NEGATORS.isdisjoint(claim)
    ):
        return False  # not "<group> are <word>"
    after = hit.last
    if after >= len(tokens):
        return False
    if ctx.stop_after(after - 1):  # "... ? thats a disgusting thing to say"
        return tokens[after] in w.ASKED_BACK and _judged(tokens, after + 1)
    return tokens[after] in w.JUDGING_COPULAS and (
        _judged(tokens, after + 1) or _said_by_others(ctx, after + 1)
    )


def _judged(tokens: list[str], at: int) -> bool:
    """Within JUDGE_REACH tokens from `at`, undenied, a condemnation or a saying named
    with one: "such a dumb take", "nazi propaganda", "a disgusting thing to say"."""
    end = min(len(tokens), at + w.JUDGE_REACH)
    for j in range(at, end):
        word = tokens[j]
        if word in w.NEGATORS:
            return False  # "... is not a lie"
        if word in w.CONDEMNING or word in w.CONDEMNED_SAYINGS:
            return True
        if _saying_at(tokens, j) and j > at and tokens[j - 1] in w.CONDEMNING:
            return True
    return False


def _said_by_others(ctx: Context, at: int) -> bool:
    """ "is what my cousin posted": "what", a speaker other than the writer and a saying
    verb within the lead's reach, not taken up after ("... and hes right")."""
    tokens = ctx.tokens
    if at >= len(tokens) or tokens[at] != w.WHAT:
        return False
    end = min(len(tokens), at + w.LEAD_REACH)
    for j in range(at + 1, end):
        if tokens[j] in w.OWN_SPEAKERS:
            return False  # "is what i always say"
        if tokens[j] in w.SAYING_VERBS:
            return not any(tokens[k] == w.AND and _agreeing(ctx, k + 1) for k in range(j + 1, end))
    return False
