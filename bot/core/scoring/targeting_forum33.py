"""Targeting rules of the forum33 round (issue 8): forum and social posts (HateXplain,
Gab) that derogate an identity group with no slur and no insult word, in two shapes the
older rules missed.

- A group cast as sexual predators, read on the swear-list hits "rape", "raped",
  "raping" (profanity alone): the group named right before the noun with a doer's head
  after it ("muslim rape gangs", "migrant rape is out of control"; never "muslim rape
  victims"), or the subject of the verb, with a victim or a second deed after a past
  "raped" ("refugees rape our women", "the arabs are raping european girls", "the
  refugees raped another girl", "immigrants come here to rape"). Gender groups are never
  read as the doers ("men rape, women fear" is talked about as a crime); a group as the
  victim ("refugees were raped in libya") stays clean, and so do denials, frames,
  quotes, questions and reported posts ("the lie that muslims rape women", "people who
  say refugees rape women are bigots", "tourist allegedly raped ..."). The passive with
  its doer after it ("girls raped by migrants") is left to the older rules: on the
  HateXplain controls it flagged as many news and retold posts as it caught.
- A group cast as the hidden rulers of a country or the world: the round's lexicon
  lines (forum33_words.OWN_TERMS, a verb of ruling and what is ruled, or "behind
  everything") counted only with a named group as the subject, hatecheck50's adverbs
  allowed between ("jews secretly run the world", "the jews took over our country",
  "the jews are behind everything"). A gender group is no ruler here ("girls run the
  world"); "my jewish neighbours run the bakery", "the mexicans took over the kitchen"
  hold no line; a framed, denied, quoted or reported claim is cancelled.

- Guard: "rapist(s)" read by the older rules as aimed at a gender group that is the
  victims in its sentence ("defending said rapist, destroying women he raped") is
  cancelled; "men are rapists" keeps its group.

Cost per hit: one frozenset test of the term or the hit's token; then at most
SUBJECT_REACH, TO_REACH or REPORT_REACH tokens back, VICTIM_REACH around a rapist hit,
or hatecheck9's reach for a ruling line. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum33_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat50 import GameChat50Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_RULERS_NOTE", "VICTIMS_NOTE", "Forum33Rules"]

# The notes that cancel a hit (weighing.py zeroes any note it does not name).
NO_RULERS_NOTE: Final[str] = "no named group said to rule in secret"
VICTIMS_NOTE: Final[str] = "the group named is the victims, not the ones blamed"


class Forum33Rules(GameChat50Rules):
    """A group cast as sexual predators or as hidden rulers, with no slur or insult word."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; then this round's two shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in w.OWN_TERMS:
            return self._f33_rulers(ctx, hit, target)
        if (
            target is Kind.GROUP
            and entry.term in w.RAPIST_TERMS
            and self._f33_victims_only(ctx, hit)
        ):
            return Kind.OBJECT, VICTIMS_NOTE  # "defending a rapist, destroying women he raped"
        if (
            entry.category is Cat.PROFANITY
            and ctx.tokens[hit.first] in w.RAPE_FORMS
            and target is not Kind.REPORTED
            and self._f33_predators(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "refugees rape our women", "muslim rape gangs"
        return target, note

    def _f33_rulers(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """ "jews run the world", "the jews took over our country": a named group, not a
        gender group, as the line's subject; framed, denied or reported is cancelled."""
        if target is Kind.REPORTED or ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.OBJECT, NO_RULERS_NOTE
        if self._hc9_unsaid(ctx, hit):
            return Kind.OBJECT, NO_RULERS_NOTE  # "the myth that jews run the world"
        at = ctx.back_over(hit.first, w.RULER_GAP, w.RULER_REACH) - 1
        if at < 0 or ctx.pause_after(at) or ctx.tokens[at] in w.GENDER_GROUPS:
            return Kind.OBJECT, NO_RULERS_NOTE  # "girls run the world"
        if self._f33_group_at(ctx, at) or self._hc9_claimed(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "it is the jews who run this country"
        return Kind.OBJECT, NO_RULERS_NOTE

    def _f33_predators(self, ctx: Context, hit: Hit) -> bool:
        """A named group as the doer of the rape word at the hit, by one of three
        shapes, the claim the writer's own."""
        if ctx.quoted_or_asked(hit.first, hit.last) or self._hc9_unsaid(ctx, hit):
            return False  # "it's a lie that muslims rape children"
        start = ctx.sentence_start(hit.first, w.REPORT_REACH)
        if not w.REPORTING.isdisjoint(ctx.tokens[start : hit.first]):
            return False  # "tourist allegedly raped ...", "she tweeted that ..."
        word = ctx.tokens[hit.first]
        if word == "rape" and self._f33_modified(ctx, hit):
            return True
        return self._f33_doer_before(ctx, hit, word)

    def _f33_modified(self, ctx: Context, hit: Hit) -> bool:
        """ "muslim rape gangs", "migrant rape is out of control": the doer's group right
        before the noun, a doer's head after it."""
        tokens = ctx.tokens
        first = hit.first
        if first == 0 or tokens[first - 1] not in w.DOER_MODIFIERS or ctx.pause_after(first - 1):
            return False
        return hit.last < len(tokens) and tokens[hit.last] in w.DOER_HEADS

    def _f33_doer_before(self, ctx: Context, hit: Hit, word: str) -> bool:
        """ "refugees rape our women", "the arabs are raping european girls", "the
        refugees raped another girl", "immigrants come here to rape": a named group,
        not a gender group, as the subject; a past form needs a victim after it and no
        passive before it."""
        tokens = ctx.tokens
        first = hit.first
        after = tokens[hit.last] if hit.last < len(tokens) else ""
        if after in w.NOT_DEED:
            return False  # "refugee rape survivors"
        if word == "raped" and (
            after not in w.VICTIMS
            or (first > 0 and tokens[first - 1] in w.PASSIVE_HELPERS)
            or ctx.pause_after(first)
        ):
            return False  # "refugees are raped in camps", "women raped in the war"
        if word == "rape" and first > 0 and tokens[first - 1] == "to":
            at = ctx.back_over(first - 1, w.TO_GAP, w.TO_REACH) - 1  # "come here to rape"
            return at >= 0 and not ctx.pause_after(at) and self._f33_group_at(ctx, at)
        at = ctx.back_over(first, w.SUBJECT_GAP, w.SUBJECT_REACH) - 1
        if at < 0 or ctx.pause_after(at):
            return False
        return self._f33_group_at(ctx, at)

    def _f33_victims_only(self, ctx: Context, hit: Hit) -> bool:
        """ "defending said rapist, destroying women he raped", "women get raped, most
        rapists are never caught": the sentence's only group a gender group, and that
        group the victims of a rape word beside it; "men are rapists" keeps its group."""
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w.RAPIST_GAP, w.SUBJECT_REACH) - 1
        if at >= 0 and tokens[at] in w.GENDER_GROUPS:
            return False  # "all men are rapists"
        start = ctx.sentence_start(hit.first, w.VICTIM_REACH)
        end = ctx.sentence_end(hit.last - 1, w.VICTIM_REACH)
        victims = False
        for i in range(start, end):
            if hit.first <= i < hit.last:
                continue
            word = tokens[i]
            if word in w.GENDER_GROUPS:
                near = tokens[max(0, i - 2) : i + w.RAPED_NEAR + 1]
                victims = victims or not w.VICTIM_MARKS.isdisjoint(near)
            elif self._group_ending_at(tokens, i, i + 1) >= 0:
                return False  # "mexican immigrants are rapists"
        return victims

    def _f33_group_at(self, ctx: Context, at: int) -> bool:
        """A named group, not a gender group, ending at token `at` ("muslims", "muslim
        men" read as its people noun's group, "african migrants")."""
        tokens = ctx.tokens
        if tokens[at] in w.GENDER_GROUPS:
            return at > 0 and tokens[at - 1] in self._cue_identity_adjective  # "muslim men"
        return self._group_ending_at(tokens, at, at + 1) >= 0
