"""Targeting rules from the insult set's comment threads (issue 8, insults4): words
that only seem aimed, in shapes general to forum comments.

- An illness named as one fought: "women battling cancer", "a cancer battle",
  "lotta contro il cancro" (targeting_forum reads "breast cancer", "died of cancer").
- A belief the writer gives to others: "the same people who think gays should be
  executed", "those who believe immigrants are animals", "chi pensa che gli immigrati
  siano animali". The claim sits inside the relative clause: reported, as counter-speech.
- A degree said with the generic "you": "that's about as dishonest as you can get".
  "you are as dumb as you can get" keeps its "you" subject.

All run only on hits (the hit path), asked once per message where they can be, and
look at a few tokens around the hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.forum_words import ILLNESSES
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_forum import ILLNESS_NOTE
from bot.core.scoring.targeting_forum2 import Forum2Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_UNTARGETED: Final = frozenset({Kind.NONE, Kind.OBJECT})
COUNTER_NOTE: Final = "counter-speech"  # cancels the hit, as targeting_person's counter-speech
# An illness fought: before it ("battling cancer", "fight against cancer") or after it.
# fmt: off
_FOUGHT_BEFORE: Final = frozenset({
    "battling", "battle", "battles", "fight", "fights", "against", "contro",
})
# fmt: on
_FOUGHT_AFTER: Final = frozenset({"battle", "battles", "fight", "journey", "scare"})
# Who holds a belief given to others ("people who think ..."), and the believing verbs.
# fmt: off
_HOLDERS: Final = frozenset({
    "people", "those", "anyone", "someone", "everyone", "ones", "folks", "men", "guys",
    "quelli", "quelle", "coloro",
})
_BELIEVING: Final = frozenset({
    "think", "thinks", "believe", "believes", "say", "says", "claim", "claims", "insist",
    "insists", "pensa", "pensano", "crede", "credono", "dice", "dicono", "sostiene",
    "sostengono",
})
# fmt: on
_WHO: Final = frozenset({"who", "that", "che"})
_BELIEF_CUE: Final = "insults4_believing"  # Context.mentions_any asks once per message
_CLAIM_REACH: Final = 6  # words from the believing verb to the hit: "who think all gays should be"
# "as <hit> as you can get": the tails that make the "you" generic.
_GENERIC_TAILS: Final = (("get",), ("come",), ("can", "get"), ("could", "get"), ("can", "be"))


class InsultRules(Forum2Rules):
    """Words that only seem aimed: an illness fought, others' beliefs, a generic "you"."""

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """A claim given to others is reported, before hateprobe3 reads it as made."""
        if ctx.mentions_any(_BELIEF_CUE, _BELIEVING) and self._belief_of_others(ctx, hit):
            return Kind.REPORTED, COUNTER_NOTE  # "people who think women are inferior"
        return super().probe3_aim(ctx, hit)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected where a shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        category = hit.entry.category
        if category is Cat.PROFANITY or target is Kind.REPORTED:
            return target, note
        words = hit.entry.tokens
        if words[0] in ILLNESSES and self._illness_fought(ctx, hit):
            return Kind.OBJECT, ILLNESS_NOTE  # "women battling cancer"
        if note:
            return target, note
        if ctx.mentions_any(_BELIEF_CUE, _BELIEVING) and self._belief_of_others(ctx, hit):
            return Kind.REPORTED, COUNTER_NOTE  # "people who think gays should be ..."
        if (
            target is Kind.SECOND_PERSON
            and category is Cat.INSULT
            and hit.first > 0
            and ctx.tokens[hit.first - 1] == "as"
            and self._as_can_be(ctx, hit)
        ):
            return Kind.NONE, ""  # "about as dishonest as you can get"
        return target, note

    @staticmethod
    def _illness_fought(ctx: Context, hit: Hit) -> bool:
        """An illness named as one fought: "battling cancer", "a cancer battle"."""
        words = hit.entry.tokens
        if len(words) != 1 or words[0] not in ILLNESSES:
            return False
        tokens = ctx.tokens
        before = tokens[max(0, hit.first - 2) : hit.first]  # "fight against cancer"
        return not _FOUGHT_BEFORE.isdisjoint(before) or (
            hit.last < len(tokens) and tokens[hit.last] in _FOUGHT_AFTER
        )

    @staticmethod
    def _belief_of_others(ctx: Context, hit: Hit) -> bool:
        """The hit inside a belief given to others: "(the same) people who think gays
        should be executed", "those who believe ...", "chi pensa che ...". No pause
        between the verb and the hit: the claim is one clause. Callers first ask
        whether the message holds a believing verb at all (most do not)."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, _CLAIM_REACH + 2)
        for verb in range(hit.first - 1, max(start, 1) - 1, -1):
            if ctx.pause_after(verb):
                return False  # "people who think so, idiots": a new clause
            if tokens[verb] not in _BELIEVING:
                continue
            opener = tokens[verb - 1]
            if opener == "chi":
                return True  # "chi pensa che ..."
            return opener in _WHO and verb >= 2 and tokens[verb - 2] in _HOLDERS
        return False

    def _as_can_be(self, ctx: Context, hit: Hit) -> bool:
        """A degree said with the generic "you": "as dishonest as you can get", "as
        dumb as you get"; not when "you" is the subject ("you are as dumb as ...")."""
        tokens = ctx.tokens
        if hit.first < 1 or tokens[hit.first - 1] != "as":
            return False
        tail = tokens[hit.last : hit.last + 4]
        if tail[:1] != ["as"] or tail[1:2] not in (["you"], ["u"]):
            return False
        if tuple(tail[2:3]) not in _GENERIC_TAILS and tuple(tail[2:4]) not in _GENERIC_TAILS:
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        return self._cue_second_person.isdisjoint(tokens[start : hit.first])
