"""Targeting rules of the hatecheck22 round (issue 8, seventeenth session): an English
functional hate suite's shapes with no lexicon word of hate, read only when a group is
named in the shape; elsewhere the round's lexicon terms are no hostility.

- A group's humanity asked of: "are muslims even human?", "is a jew even a person?",
  "can refugees even be called human?" (an inverted question opening its sentence, a group,
  fillers, the humanity term). Clean: "are neanderthals even human?", "are politicians even
  human?" (no group), "asking if muslims are even human is disgusting" (no question).
- A group wished away softly: "I wish immigrants would just vanish", "wouldn't it be great
  if all jews disappeared?", "if only trans people didn't exist", "I wish there were no gay
  people". Clean: "the refugees disappeared from the camp" (no wish), "people who wish jews
  would disappear are evil" (not the writer's), "I hope hate against jews disappears"
  (the group is not the subject), "i wish my ex would disappear" (no group).
- Exclusion asked: "why do we let refugees live here?", "why do we even let immigrants
  vote?". Clean: "why do we let kids play outside?" (no group), "why do we let refugees
  suffer?" (no entry, stay or right; the threat rules' "suffer" is asked against there
  too), the same line quoted.
- A group found unfit or told to keep out: "women are not fit to vote", "gay people should
  stay out of politics". Clean: "women are as fit to vote as anyone" (no negation), "saying
  women are not fit to vote is sexist" (the group does not open the claim).
- Punishment for being: "women should be punished for being women". Clean: "no woman
  should be punished ...", "jews were punished for being jews in 1938" (no modal).
- A claim about all members: "why are women worse at everything?", "no refugee can be
  trusted" (cues.txt's "trusted" after "no" and a singular member the [identity] cues
  leave out). Clean: "why is my laptop worse at everything", "no politician can be trusted".
- hatecheck21's "allowed" denied to every member: "no muslim should ever be allowed to
  vote", "no refugee should be allowed in this country" ("no" and a member opening the
  sentence, a modal, "be allowed", "to"/"in"). Clean: "no, women should be allowed to
  vote" (an answer), "no refugee should be allowed to go hungry" and, past the threat
  rules, "no immigrant should be allowed to suffer" (a harm spared them).
- Negated praise: "no immigrant has ever done an honest day's work", "refugees have never
  done anything good". Clean: "landlords have never done anything good" (no group), "has
  anyone contributed anything?".

Cost: one frozenset test of the hit's term in `probe4_aim` and two in `in_game`; only the
round's own terms look back at most about ten tokens of their sentence (and the exclusion
question a few tokens ahead). Messages without one of the terms do no new work.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck22_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord17 import Discord17Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck22Rules"]

UNSHAPED_NOTE: Final = "the round's words with no group in their shape"
SUFFERING_NOTE: Final = "a group's suffering asked against, not wished"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


class HateCheck22Rules(Discord17Rules):
    """A group's humanity asked of, wished away, excluded, punished for being, or denied
    any worth, with no word of hate."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's own terms, read here before the older rules: a group in the shape
        or no hostility."""
        term = hit.entry.term
        if term not in w.TERMS:
            return super().probe4_aim(ctx, hit)
        if self._hc22_shaped(ctx, hit, term):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, UNSHAPED_NOTE

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, "no refugee can be trusted", and "why do we
        let refugees suffer?" asked against the harm."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.GROUP and hit.entry.term in w.SUFFERING:
            if self._hc22_suffering_asked(ctx, hit) or self._hc22_spared(ctx, hit):
                return Kind.OBJECT, SUFFERING_NOTE
            return target, note
        if target not in _UNAIMED:
            return target, note
        term = hit.entry.term
        if term in w.TRUSTED and self._hc22_none_trusted(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "no refugee can be trusted"
        if term in w.ALLOWED and self._hc22_none_allowed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "no muslim should ever be allowed to vote"
        return target, note

    def _hc22_shaped(self, ctx: Context, hit: Hit, term: str) -> bool:
        """The shape of the term's kind, a group named in it."""
        if term in w.HUMANITY:
            return self._hc22_humanity_asked(ctx, hit)
        if term in w.VANISH:
            return self._hc22_wished_away(ctx, hit)
        if term in w.NONE_LEFT:
            return self._hc22_none_left(ctx, hit)
        if term in w.LET:
            return self._hc22_let_asked(ctx, hit)
        if term in w.FIT:
            return self._hc22_unfit(ctx, hit)
        if term in w.STAY_OUT or term in w.PUNISHED:
            return self._hc22_ordered(ctx, hit)
        if term in w.SENT_AWAY:  # "immigrants should go back", never "... to school"
            return ctx.closes_clause(hit.last) and self._hc22_ordered(ctx, hit)
        if term in w.WORTHLESS:
            start = self._hc22_group_before(ctx, hit.first)
            return start >= 0 and self._hc22_opens(ctx, start)  # "immigrants have no value"
        if term in w.WORSE:
            return self._hc22_worse(ctx, hit)
        return self._hc22_praise_denied(ctx, hit)

    def _hc22_group_before(self, ctx: Context, end: int) -> int:
        """Where a group (or one member) ending right before token `end` starts, or -1:
        "muslims", "gay people", "a jew" (from "jew")."""
        tokens = ctx.tokens
        for start in (end - 1, end - 2):
            if start >= 0 and self._hc21_member(tokens, start, end) == end:
                return -1 if ctx.quoted(start, end) else start
        return -1

    def _hc22_opens(self, ctx: Context, start: int) -> bool:
        """The group starting at `start` opens its claim: only openers ("honestly", "i
        think", "all the") before it in its sentence."""
        at = ctx.back_over(start, w.OPENERS, w.OPENER_REACH)
        if at == 0 or ctx.starts_sentence(at):
            return True
        # hatecheck23: an opener set off by a comma ("honestly, immigrants should go back",
        # "let's be real, ..."); "people who say, ..." has no opener before its comma.
        lead = at - 1
        if not ctx.pause_after(lead) or ctx.tokens[lead] not in w.COMMA_OPENERS:
            return False
        at = ctx.back_over(lead, w.COMMA_OPENERS, w.OPENER_REACH)
        return at == 0 or ctx.starts_sentence(at)

    def _hc22_no_member(self, ctx: Context, start: int) -> bool:
        """ "no" right before the group starting at `start`, opening the claim; never the
        answer "no, women should be allowed to vote"."""
        return (
            start > 0
            and ctx.tokens[start - 1] in w.NO
            and not ctx.pause_after(start - 1)
            and self._hc22_opens(ctx, start - 1)
        )

    def _hc22_humanity_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "are/is a/can <group> (even be called) human?" opening its sentence."""
        tokens = ctx.tokens
        end = ctx.back_over(hit.first, w.HUMAN_FILLERS, 3)
        start = self._hc22_group_before(ctx, end)
        if start < 1:
            return False
        ask = start - 1
        if tokens[ask] in w.THE or (tokens[ask] in ("a", "an") and ask > 0):
            ask -= 1
        return ask >= 0 and tokens[ask] in w.ASKING and self._hc22_opens(ctx, ask)

    def _hc22_wished_away(self, ctx: Context, hit: Hit) -> bool:
        """ "I wish/hope <group> would vanish", "(great) if (all) <group> disappeared",
        "if only <group> didn't exist"."""
        tokens = ctx.tokens
        after = hit.last
        if (
            after + 1 < len(tokens)
            and tokens[after] == "from"
            and not w.SCREENS.isdisjoint(tokens[after + 1 : after + 4])
        ):
            return False  # "I hope immigrants disappear from the news cycle"
        end = ctx.back_over(hit.first, w.VANISH_FILLERS, 3)
        start = self._hc22_group_before(ctx, end)
        if start < 1:
            return False
        return self._hc22_wish_before(ctx, ctx.back_over(start, w.THE, 2))

    def _hc22_wish_before(self, ctx: Context, at: int) -> bool:
        """The writer's wish right before token `at`: "I (really) wish", "if only",
        "great if"."""
        tokens = ctx.tokens
        lead = at - 1
        if lead < 1 or ctx.pause_after(lead):
            return False
        if tokens[lead] in w.WISHES:
            back = tokens[max(0, lead - 2) : lead]
            return not w.WRITER.isdisjoint(back) and "who" not in back and "not" not in back
        if tokens[lead] == "only":
            return tokens[lead - 1] == "if"
        return tokens[lead] == "if" and tokens[lead - 1] in w.NICE

    def _hc22_none_left(self, ctx: Context, hit: Hit) -> bool:
        """ "I wish there were no <group>"."""
        tokens = ctx.tokens
        after = hit.last
        while after < len(tokens) and tokens[after] in w.THE:
            after += 1
        return self._group_end(tokens, after) > 0 and self._hc22_wish_before(ctx, hit.first)

    def _hc22_let_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "why do we (even) let <group> live here / into / vote ...?"."""
        tokens = ctx.tokens
        ask = hit.first - 1
        if ask < 1 or tokens[ask] not in w.LET_ASK or tokens[ask - 1] != "why":
            return False
        at = hit.last
        while at < len(tokens) and tokens[at] in w.THE:
            at += 1
        end = self._group_end(tokens, at)
        if end < 0 or ctx.quoted(at, end):
            return False
        return ctx.closes_clause(end) or tokens[end] in w.LET_DO

    def _hc22_suffering_asked(self, ctx: Context, hit: Hit) -> bool:
        """ "why do we (even) let <group> suffer?": the harm right after the group."""
        start = self._hc22_group_before(ctx, hit.first)
        if start < 1:
            return False
        let = ctx.back_over(start, w.THE, 2) - 1
        if let < 3 or ctx.tokens[let] != "let":
            return False
        we = let - 1 if ctx.tokens[let - 1] in ("even", "still") else let
        tokens = ctx.tokens
        return (
            we >= 3
            and tokens[we - 1] == "we"
            and tokens[we - 2] in w.LET_ASK
            and tokens[we - 3] == "why"
        )

    def _hc22_spared(self, ctx: Context, hit: Hit) -> bool:
        """ "no <member> should be allowed to suffer": the harm denied to every member."""
        at = hit.first - 2
        if at < 3 or ctx.tokens[at : hit.first] != ["allowed", "to"] or ctx.tokens[at - 1] != "be":
            return False
        start = self._hc22_group_before(ctx, ctx.back_over(at, w.ALLOWED_MODALS, 4))
        return start > 0 and self._hc22_no_member(ctx, start)

    def _hc22_unfit(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> are not (even) fit to ..." opening its claim."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.WORSE_FILLERS, 2) - 1
        if at < 1 or tokens[at] not in w.NOT:
            return False
        if tokens[at - 1] in w.COPULAS:
            at -= 1
        start = self._hc22_group_before(ctx, at)
        return start >= 0 and self._hc22_opens(ctx, start)

    def _hc22_ordered(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> should (just) stay out of ...", "<group> should/deserve to be
        punished", opening its claim."""
        at = ctx.back_over(hit.first, w.MODALS, 3)
        if at == hit.first:
            return False
        start = self._hc22_group_before(ctx, at)
        return start >= 0 and self._hc22_opens(ctx, start)

    def _hc22_worse(self, ctx: Context, hit: Hit) -> bool:
        """ "<group> are (so) worse at everything", "why are <group> worse at ...?"."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.WORSE_FILLERS, 3)
        if at > 0 and tokens[at - 1] in w.COPULAS:
            start = self._hc22_group_before(ctx, at - 1)
            return start >= 0 and self._hc22_opens(ctx, start)
        start = self._hc22_group_before(ctx, at)
        return start >= 1 and tokens[start - 1] in w.COPULAS and self._hc22_opens(ctx, start - 1)

    def _hc22_praise_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "no <member> has ever done ..." or "<group> have never done ..." opening its
        sentence."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.PRAISE_BETWEEN, w.PRAISE_REACH)
        start = self._hc22_group_before(ctx, at)
        if start < 0:
            return False
        if start > 0 and tokens[start - 1] in w.NO:
            return self._hc22_no_member(ctx, start)
        return not w.NEGATED.isdisjoint(tokens[at : hit.first]) and self._hc22_opens(ctx, start)

    def _hc22_none_allowed(self, ctx: Context, hit: Hit) -> bool:
        """ "no <member> should (ever) be allowed to/in ..." opening its sentence, never
        "... allowed to suffer"."""
        tokens = ctx.tokens
        after = hit.last
        if after >= len(tokens) or tokens[after] not in w.ALLOWED_WHERE:
            return False
        if tokens[after] == "to" and (after + 1 >= len(tokens) or tokens[after + 1] in w.SPARED):
            return False
        at = ctx.back_over(hit.first, w.ALLOWED_MODALS, 4)
        if at == hit.first or tokens[hit.first - 1] != "be":
            return False
        start = self._hc22_group_before(ctx, at)
        return start > 0 and self._hc22_no_member(ctx, start)

    def _hc22_none_trusted(self, ctx: Context, hit: Hit) -> bool:
        """ "no <member> can (ever) be trusted" opening its sentence."""
        at = ctx.back_over(hit.first, w.TRUST_FILLERS, 4)
        start = self._hc22_group_before(ctx, at)
        return start > 0 and self._hc22_no_member(ctx, start)
