"""Targeting rules of the hatecheck40 round (issue 8, twenty-seventh session): English hate
against identity groups written with spelling variations.

Most of this round sits in the lexicon's typo tables (hatecheck40_words, read by
lexicon_compile): one vowel written as another in a long group name or hateful word
("immigrunts are rats", "jews are parisites", "women are stupud", "muslims should be
exterminoted") and a hateful plural's "s" written "z" ("muslims are savagez"). The
respelled word is read as the word it respells, under the same rules: "immigrunts are
welcome here", "saying jews are parisites is vile" and "this homework is stupud" stay
clean as their plain spellings do; a variant that is an everyday word ("shutter",
"massage", "lasers") is never read.

The rule here: the writer's hatred with its intensifier misspelled or shortened ("i rly
hate jews", "i fkn hate muslims", "we friggin hate gays"), which the intensifier cue list
does not hold, is read as "i really hate jews" is: the writer, at most two such words, the
verb, and a named group after it (the earlier rules' `_hatred`). Stay clean: "i rly hate
mondays" (no group), "i fkn hate when people are mean to muslims" (no group right after),
"he said i rly hate jews" (reported), "do i rly hate gays?" (asked), "i dont rly hate
anyone" ("dont" is no intensifier).

Cost: one frozenset test of the hit's last word (the verbs of hatred) for hits the earlier
rules left unaimed; then at most two words back, one ahead-scan by `_hatred` (its own
bounded reach). No regex, nothing for messages without a verb of hatred.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck40_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian39 import Italian39Rules
from bot.core.scoring.targeting_kinds import AIMED_KINDS, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck40Rules"]


class HateCheck40Rules(Italian39Rules):
    """The writer's hatred of a group with its intensifier misspelled ("i rly hate jews")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the group in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if target in AIMED_KINDS or target is Kind.REPORTED:
            return target, note
        tokens = hit.entry.tokens
        if tokens[-1] not in self._cue_hate_verb or len(tokens) != 1:
            return target, note
        at = self._hc40_spelled_writer(ctx, hit.first)
        if at < 0 or ctx.quoted_or_asked(at, hit.last):
            return target, note
        aimed, why = self._hatred(ctx, hit._replace(first=at), target)
        if aimed is Kind.GROUP:
            return aimed, why  # "i rly hate jews", "i fkn hate muslims"
        return target, note

    def _hc40_spelled_writer(self, ctx: Context, first: int) -> int:
        """Where the misspelled intensifiers right before token `first` start, when the
        writer ("i", "we") stands right before them; else -1."""
        tokens = ctx.tokens
        at = first
        spelled = False
        while at > 0 and first - at < w.SPELLED_REACH:
            token = tokens[at - 1]
            if token in w.SPELLED_INTENSIFIERS:
                spelled = True
            elif token not in self._cue_intensifier:
                break
            at -= 1
        if not spelled or at < 1 or tokens[at - 1] not in self._cue_speaker_subject:
            return -1
        return at
