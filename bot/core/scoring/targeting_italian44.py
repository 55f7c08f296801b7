"""Targeting rules of the italian44 round (issue 8): the rhetorical fragment of Italian
hate-speech suites, a named group as a topic of its own and then, after a question mark,
a comma or a colon, a bare call for its harm or a promised retribution.

- "gli ebrei? da eliminare", "i disabili? tutti da sopprimere", "i rom, da bruciare":
  a threat hit that is "da" and a harm verb ("da sopprimere") or a harm verb right after
  "da" ("da eliminare"). The older rules look for the group in the threat's own clause,
  so the question mark cut it off ("gli ebrei da eliminare" was already caught).
- "i rom? la pagheranno", "i musulmani? prima o poi la pagheranno": italian42's
  retribution phrases (italian44_words.RETRIBUTIONS) after the topic.
- What follows leaves the group the one harmed: no article naming another object or
  doer, only a retribution's own tail words ("cara", "tutti"), no laughter idiom, no
  verb of saying.
- The topic is the sentence's opening: a linking word, articles or pointing words, the
  group, and the pause right after it; a few quantifiers or time words may stand
  between the pause and the fragment ("tutti da eliminare").

Stay clean: no named group ("i bug? da eliminare", "gli evasori? la pagheranno"), the
group governed by another noun ("i commenti contro gli ebrei? da eliminare"), the
fragment asked back ("i musulmani? da eliminare? ma come ti permetti"), quoted or
reported ("chi scrive 'i rom? la pagheranno' è un razzista"), denied before, and kind
fragments, which hold no threat hit at all ("gli ebrei? da rispettare"), another object
or doer ("i disabili? da eliminare le barriere", "i rom? la pagheranno i politici"), the
laughter idiom ("i gay? da ammazzare dalle risate") and words reported after ("...,
dicevano i nazisti").

Cost per hit: one category test, then at most FILLER_REACH tokens back to the pause,
GROUP_SPAN tokens for the group and TOPIC_LEAD_REACH before it, SAYING_REACH and
LAUGH_REACH ahead. No regex.
"""

from __future__ import annotations

from bot.core.scoring import italian44_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck45 import HateCheck45Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian44Rules"]


class Italian44Rules(HateCheck45Rules):
    """A named group as a topic, then a bare call for its harm or retribution: "gli
    ebrei? da eliminare", "i rom? la pagheranno"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a threat fragment after a group's topic is
        aimed at the group."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is not Cat.THREAT or target is Kind.GROUP or target is Kind.REPORTED:
            return target, note
        if not self._it44_fragment(ctx, hit):
            return target, note
        return Kind.GROUP, IDENTITY_NOTE  # "gli ebrei? da eliminare"

    def _it44_fragment(self, ctx: Context, hit: Hit) -> bool:
        """The hit opens a fragment ("da" and a harm, or a retribution) after a pause
        that closes a named group's topic, said as the writer's own words."""
        tokens = ctx.tokens
        term = hit.entry.term
        first = hit.first
        if term not in w.RETRIBUTIONS and not term.startswith(w.DA + " "):
            if first < 1 or tokens[first - 1] != w.DA or ctx.pause_after(first - 1):
                return False  # "da eliminare": the hit is the verb alone
            first -= 1
        start = ctx.back_over(first, w.FILLERS, w.FILLER_REACH)
        if start < 1 or not ctx.pause_after(start - 1):
            return False
        if ctx.ends_asking(hit.first) or ctx.quoted(hit.first, hit.last):
            return False  # "i musulmani? da eliminare? ma come ti permetti"
        if not _it44_tail_fits(ctx, hit, term in w.RETRIBUTIONS):
            return False
        return self._it44_topic(ctx, start) and not self._hc9_unsaid(ctx, hit)

    def _it44_topic(self, ctx: Context, end: int) -> bool:
        """A named group ends right at `end` (the pause after it), and only linking words,
        articles or pointing words stand before it in its sentence: "e i musulmani?"."""
        tokens = ctx.tokens
        for i in range(end - 1, max(0, end - w.GROUP_SPAN) - 1, -1):
            if self._group_end(tokens, i) != end:
                continue
            opening = ctx.sentence_start(i, w.TOPIC_LEAD_REACH + 1)
            if not ctx.starts_sentence(opening):
                return False  # more than a few words before the group
            return all(word in w.TOPIC_LEAD for word in tokens[opening:i])
        return False


def _it44_tail_fits(ctx: Context, hit: Hit, retribution: bool) -> bool:
    """What follows leaves the group the one harmed: no article naming another object or
    doer ("da eliminare le barriere", "la pagheranno i politici"), only a retribution's
    own tail words ("la pagheranno cara"), no laughter idiom ("da ammazzare dalle
    risate") and no verb of saying reporting the words ("..., dicevano i nazisti")."""
    if ctx.any_ahead(hit.last, w.SAYINGS, w.SAYING_REACH):
        return False
    if ctx.closes_clause(hit.last):
        return True
    after = ctx.tokens[hit.last]
    if after in w.ARTICLES:
        return False
    if retribution:
        return after in w.RETRIBUTION_TAIL
    return not ctx.any_ahead(hit.last, w.LAUGHS, w.LAUGH_REACH)
