"""Targeting rules of the precision16 round (issue 8, sixteenth session): clean rows of
the insult, Gab and HateXplain files the chain over-read, in three general shapes.

- "his stupid actions", "her idiotic remarks made the news", "their pathetic response to
  the flood", "the senator's ridiculous statement": a judging word said of what a third
  person did or said (controls9 already reads "his stupid idea", a thing, so; it kept
  words said as their writer's). Look-alikes that stay aimed: the person's body, mind or
  kin ("his stupid face", "her idiotic brother"), the reader's words ("your pathetic
  response"), a group's own ("immigrants and their dumb opinions"), and "his pathetic
  excuse for a brain".
- "if you put pineapple on pizza i hate you", "whoever invented alarm clocks i hate you",
  "se metti l'ananas sulla pizza ti odio": "i hate you" closing a joking condition on a
  habit, nothing after it but a laugh. A condition on who the reader is ("if you're gay i
  hate you", "se sei nero ti odio", "if u r a girl"), an identity word anywhere in the
  condition, "whoever you are i hate you", and "i hate you" with more said after it stay
  aimed.
- "mahomes is ridiculous, another td", "shroud is ridiculous with the awp": a player
  praised as "ridiculous" (or "absurd", "unreal") for a play, a match or a season named
  within a few words. "he is ridiculous", "you're ridiculous", "the ref is ridiculous"
  stay the older reading.

Cost: every hit pays one frozenset test of its term (`_OWN_TERMS`); only the round's
terms go further: the deed shape reads the token before the hit and at most three after,
the condition at most fourteen tokens back to its sentence's start and four after, the
praise two back and six ahead. No regex, no new per-message work without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import precision16_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian20 import Italian20Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Precision16Rules"]

DEED_NOTE: Final = "said of what someone did or said"
CONDITION_NOTE: Final = "a joking condition on a habit"
PRAISE_NOTE: Final = "a player praised for a play"
_OWN_TERMS: Final[frozenset[str]] = w.DEED_JUDGING | w.HATE_YOU | w.PRAISED
# NONE too: "trout is being ridiculous" reaches the person rules unaimed, and the chain's
# last step (targeting.py) says it of the person.
_AIMED: Final = (Kind.THIRD_PERSON, Kind.GROUP, Kind.NONE)
# OBJECT too: "jokic is ridiculous this season" reads the season as the thing judged.
_PRAISABLE: Final = (Kind.THIRD_PERSON, Kind.NONE, Kind.OBJECT)
# Before a genitive "s": the pronoun's contraction, not an owner ("he s", "it s").
_NOT_OWNERS: Final[frozenset[str]] = frozenset({
    "he", "she", "it", "that", "this", "what", "there", "who", "let", "here", "where",
})  # fmt: skip
_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ur", "ya", "youre"})


class Precision16Rules(Italian20Rules):
    """Deeds judged, not their doers; "i hate you" after a joking condition; a player
    praised as "ridiculous"."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for this round's shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term not in _OWN_TERMS:
            return target, note
        if term in w.HATE_YOU:
            if target is Kind.SECOND_PERSON and self._p16_condition(ctx, hit):
                return Kind.NONE, CONDITION_NOTE  # "if you put pineapple on pizza i hate you"
            return target, note
        if hit.entry.category is not Cat.INSULT:
            return target, note
        if term in w.PRAISED and target in _PRAISABLE and _p16_praised(ctx, hit):
            return Kind.NONE, PRAISE_NOTE  # "mahomes is ridiculous, another td"
        if target not in _AIMED or (target is Kind.NONE and note):
            return target, note  # a thing's, or cleared already
        if term in w.DEED_JUDGING and self._p16_deed(ctx, hit):
            return Kind.OBJECT, DEED_NOTE  # "his stupid actions"
        return target, note

    def _p16_deed(self, ctx: Context, hit: Hit) -> bool:
        """ "his stupid actions": an owner right before, a deed noun at most three words
        after (past intensifiers and judging words), and no "of a"/"for a" after it."""
        tokens = ctx.tokens
        first = hit.first
        if first == 0 or ctx.pause_after(first - 1) or tokens[first - 1] not in w.OWNERS:
            return False
        if tokens[first - 1] == "s" and (first < 2 or tokens[first - 2] in _NOT_OWNERS):
            return False  # "he's stupid", "it's dumb"
        if self._c9_groups_own(ctx, first):
            return False  # "immigrants and their dumb opinions"
        at = hit.last
        end = min(len(tokens), at + 3)
        while (
            at < end
            and (tokens[at] in w.DEED_GAP or tokens[at] in w.DEED_JUDGING)
            and not ctx.stop_after(at - 1)
        ):
            at += 1
        if at >= end or ctx.stop_after(at - 1) or tokens[at] not in w.DEEDS:
            return False
        nxt = at + 2
        # "his pathetic excuse for a brain" names the person; "his excuses for losing" not
        return not (
            nxt < len(tokens) and tokens[nxt - 1] in ("of", "for") and tokens[nxt] in ("a", "an")
        )

    def _p16_condition(self, ctx: Context, hit: Hit) -> bool:
        """ "if you <do something> i hate you", "whoever invented X i hate you": the
        condition opens the sentence, is about a deed, names no identity group, and only
        a laugh follows the hate."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        at = ctx.sentence_start(first, w.IF_REACH)
        while at < first and first - at <= w.IF_REACH and tokens[at] in w.IF_LEADS:
            at += 1
        if first - at > w.IF_REACH or first - at < 3:
            return False
        opener = tokens[at]
        nxt = at + 1
        if opener == "who" and tokens[nxt] == "ever":
            opener, nxt = "whoever", nxt + 1  # "who ever invented mondays" (precision18)
        if opener in w.IF_WORDS:
            nxt += tokens[nxt] in w.IF_READERS
        elif opener in w.WHOEVER:
            if opener in ("anyone", "anybody"):
                if tokens[nxt] != "who":
                    return False
                nxt += 1
            if tokens[nxt] in w.IF_READERS:
                return False  # "whoever you are i hate you"
        else:
            return False
        if nxt >= first or tokens[nxt] in w.BEING:
            return False  # "if you're gay i hate you", "se sei nero ti odio"
        for word in tokens[nxt:first]:
            if (
                word in self._cue_identity
                or word in self._cue_identity_adjective
                or word in self._controls9_people
            ):
                return False  # "if you date a trans person i hate you"
            if word in w.CHAT_DEEDS:
                return False  # "if you keep talking i hate you": the reader's presence
        end = last
        while end < len(tokens) and end - last < 4 and tokens[end] in w.HATE_TAIL:
            end += 1
        return end == len(tokens) or ctx.stop_after(end - 1)


def _p16_praised(ctx: Context, hit: Hit) -> bool:
    """ "mahomes is ridiculous, another td": a copula and at most two intensifiers before,
    no reader as the subject, and a play named within a few words after."""
    tokens = ctx.tokens
    at = hit.first - 1
    while at > 0 and hit.first - at <= 2 and tokens[at] in w.PRAISE_GAP:
        at -= 1
    if at < 1 or tokens[at] not in w.PRAISE_COPULAS or ctx.pause_after(at - 1):
        return False
    if tokens[at - 1] in _READERS:
        return False  # "you're ridiculous"
    end = min(len(tokens), hit.last + w.PRAISE_REACH)
    for j in range(hit.last, end):
        if tokens[j] in w.PLAYS:
            return True
        if ctx.stop_after(j):
            return False
    return False
