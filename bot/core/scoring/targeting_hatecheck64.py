"""Targeting rules of the hatecheck64 round (issue 8): a protected group, most often one
member named with a determiner or quantifier and so generalised, said to have a vice as a
habit, or revealed by a saying, which the older rules read as said of no group.

- The habit: "<member> [will | would | is] always <vice>", the member opening its
  sentence after "a", "an", "any", "every", "each" or "your average/typical" (or a plural
  group): "a jew will always cheat you", "an immigrant is always up to no good", "a
  woman will always betray you", "your average muslim is always plotting", "jews will
  always cheat you". The vice, a word or run of VICES or VICE_RUNS a few tokens after
  "always", is read from hatecheck30's bare "always" or an older "always <vice>" line
  ("always scheming"); hatecheck26's other habits ("always begging") stay its own.
- The reveal: "show me a <member> and i'll show you a <name-call>", "scratch a <member>
  and you'll find a <name-call>", opening its sentence: the name-call ("terrorist",
  "criminal", "thief") is said of the whole group.

Clean: neutral singular mentions ("a muslim friend of mine", "a jew will always be
welcome at my table"), people who are no group ("my brother will always cheat you at
monopoly", "show me a good loser ..."), negations ("a jew would never cheat you"),
counter-speech, reports and quotes (hatecheck28's `_hc28_others`; the shape not opening
its sentence). A question opened by its verb ("does a muslim always lie?") is no shape
of this round, since the member does not open it; older readings of its vice word may
still flag it (a known false flag of the round's probe).

Cost per hit: an identity test of the older reading (only a hit read at an object goes
on), a look at the term's first word or the token before it; then at most HABIT_RUN_REACH
tokens back to the subject, hatecheck22's two-token group walk, VICE_GAP_REACH tokens on
to the vice and LEAD_REACH tokens back to the sentence's opening. No regex.
"""

from __future__ import annotations

from bot.core.scoring import gamechat37_words as g37
from bot.core.scoring import hatecheck64_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat54 import GameChat54Rules
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck64Rules"]


class HateCheck64Rules(GameChat54Rules):
    """A generalised member of a named group said to have a vice as a habit ("a jew will
    always cheat you") or revealed by a saying ("show me a muslim and i'll show you a
    terrorist")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a hit they read at an object raised to the
        group's in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.OBJECT:
            return target, note
        entry = hit.entry
        if entry.tokens[0] == w.ALWAYS:
            shaped = self._hc64_habit(ctx, hit)
        elif (
            entry.category is Cat.INSULT
            and hit.first > 0
            and ctx.tokens[hit.first - 1] in w.ARTICLES
        ):
            shaped = self._hc64_revealed(ctx, hit)
        else:
            return target, note
        if shaped and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc64_habit(self, ctx: Context, hit: Hit) -> bool:
        """ "<member> [will | is] always <vice>", the vice one of VICES or VICE_RUNS a few
        tokens after "always" (the bare line's or an older "always <vice>" line's): never
        "a jew will always be welcome", nor hatecheck26's own "always begging" lines
        ("muslims are always begging allah for mercy")."""
        if not self._hc64_vice_at(ctx, ctx.skip_ahead(hit.first + 1, w.VICE_GAP, w.VICE_GAP_REACH)):
            return False
        return self._hc64_member_opens(
            ctx, ctx.back_over(hit.first, w.HABIT_RUN, w.HABIT_RUN_REACH)
        )

    def _hc64_vice_at(self, ctx: Context, at: int) -> bool:
        """A vice word ("cheat", "plotting") or run ("up to no", "rip you off") at `at`."""
        tokens = ctx.tokens
        if at >= len(tokens):
            return False
        if tokens[at] in w.VICES:
            return True
        return tuple(tokens[at : at + w.VICE_RUN_LENGTH]) in w.VICE_RUNS

    def _hc64_member_opens(self, ctx: Context, end: int) -> bool:
        """A named group (or one member after a quantifier or "your average") ends right
        before token `end` and opens its sentence; never game chat's rival nationalities."""
        start = self._hc62_group_before(ctx, end)
        tokens = ctx.tokens
        if start < 0 or not g37.GROUPS.isdisjoint(tokens[start:end]):
            return False
        if start > 0 and self._hc21_member(tokens, start - 1, end) == end:
            start -= 1  # "trans woman", read whole ("woman" alone came first)
        if start > 0 and tokens[start - 1] in w.ONE_MARKS:
            start -= 1  # "a jew", "every immigrant"
        elif start > 1 and tokens[start - 1] in w.YOUR_KIND and tokens[start - 2] in w.YOUR:
            start -= 2  # "your average muslim"
        return hc43_opens(ctx, start, w.SUBJECT_LEADS)

    def _hc64_revealed(self, ctx: Context, hit: Hit) -> bool:
        """ "show me a <member> and i'll show you a <name-call>", "scratch a <member> and
        you'll find a <name-call>", opening its sentence."""
        tokens = ctx.tokens
        verb = hit.first - 2  # "you" of "show you", or "find"
        if verb < 1:
            return False
        if tokens[verb] == w.YOU and tokens[verb - 1] == w.SHOW:
            run = ctx.back_over(verb - 1, w.SHOWER_RUN, w.REVEAL_RUN_REACH)
        elif tokens[verb] == w.FIND:
            run = ctx.back_over(verb, w.FINDER_RUN, w.REVEAL_RUN_REACH)
        else:
            return False
        if run < 4 or tokens[run - 1] != w.AND:
            return False
        start = self._hc62_group_before(ctx, run - 1)
        if start < 2 or tokens[start - 1] not in w.REVEAL_MARKS:
            return False
        lead = start - 2
        if tokens[lead] == w.ME and lead > 0 and tokens[lead - 1] == w.SHOW:
            lead -= 1  # "show me a muslim"
        elif tokens[lead] != w.SCRATCH:
            return False
        return hc43_opens(ctx, lead, w.REVEAL_LEADS)
