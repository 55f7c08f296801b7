"""Targeting rules of the forum19 round (issue 8, eighteenth session): Reddit-like
comments that threaten a political camp, which the older rules read only of an identity
group, and clean judgements the older rules read as a verdict of a group: a denied one,
one narrowed to a task, one of a part of an activity, and wrongdoers the law pursues.
The round's other parts sit where they are made: olid4 reads "the woke left" and "left
wingers" as a wing, and the scorer's said-of-group gate lets "left"/"right" through
("the left are lunatics"); lexicon lines name brats, triggered snowflakes, a certain
shill and licked boots.

- A threat in the passive said of a camp as the claim's subject, modals and adverbs
  between: "liberals need to be rounded up", "commies should be rounded up and shot",
  "the left needs to be wiped out", "the far right should be wiped out"
  (forum19_words.CAMPS, or "left" / "right" after "the", "far", "alt" ...). hatecheck9
  leaves these "no group said to be it" or said of a thing. Clean: "the cattle need to
  be rounded up", "prices should be rounded up" (no camp), "stop saying liberals should
  be rounded up", "nobody thinks the left needs to be wiped out" (a negation or a word
  of saying in the clause), "the left side needs to be wiped out" (a side of a thing),
  "the democrats do this to push their agenda" (the camp acts, no passive).
- "not all" before a group judged: "not all conservatives are idiots", "not all cops
  are complete idiots" deny the verdict. Stay aimed: "all conservatives are idiots".
- A group's skill at a task judged, a gerund right after "at": "cops are pathetic at
  catching thieves", "cops are useless at stopping crime". Stay aimed: "cops are
  pathetic at their jobs" (no task named), "you are pathetic at this game" (the reader).
- Wrongdoers as the object of a verb of pursuing them: "cops are bad at catching
  thieves", "they never arrest the scammers". Stay aimed: "you thieves", "landlords are
  thieves".
- "the worst" naming a part of an activity, said of a group: "landlords are the worst
  part of renting", "cops are the worst thing about driving at night". Stay aimed: "you
  are the worst part of my day" (the reader), "immigrants are the worst part of living
  here" (an identity group, left to the identity rules), "landlords are the worst part
  of this city" (no activity: a part of a place may be its people).

Only readings the older rules gave in these shapes are read: a threat left "no group
said to be it" or said of a thing without a note, an insult at a group without a note.
Cost per hit: one test of the category (a threat, an insult) and of the target; then at
most six tokens back over modals to the subject and ten back to the clause's start
(threat), three back to the verb and two more ("not all"), two back (pursuing), two
ahead (a task) or three ahead (the worst). No regex, no new work for messages without a
hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum19_words as w
from bot.core.scoring import hatecheck9_words as w9
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_italian23 import Italian23Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["ACTIVITY_NOTE", "DENIED_NOTE", "PURSUED_NOTE", "TASK_NOTE", "Forum19Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
ACTIVITY_NOTE: Final = "a part of an activity, not its people"
PURSUED_NOTE: Final = "wrongdoers the law pursues"
TASK_NOTE: Final = "a group's skill at a task judged"
DENIED_NOTE: Final = "negated"  # the older rules' note for a denied verdict
_CLAUSE_REACH: Final = 10  # tokens back from the camp to the start of its clause


class Forum19Rules(Italian23Rules):
    """A threat said of a political camp; a group's verdict denied, narrowed to a task
    or to a part of an activity; wrongdoers pursued."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is Cat.THREAT:
            if (
                (note == NOT_SAID9_NOTE or (target is Kind.OBJECT and not note))
                and entry.tokens[0] in w.PASSIVE
                and self._forum19_camp_threatened(ctx, hit)
            ):
                return Kind.GROUP, POLITICAL_NOTE  # "liberals need to be rounded up"
            return target, note
        if target is Kind.GROUP and not note and entry.category is Cat.INSULT:
            if self._forum19_not_all(ctx, hit):
                return target, DENIED_NOTE  # "not all conservatives are idiots"
            if entry.term in w.WRONGDOERS and self._forum19_pursued(ctx, hit):
                return Kind.OBJECT, PURSUED_NOTE  # "cops are bad at catching thieves"
            if self._forum19_at_task(ctx, hit.last):
                return Kind.OBJECT, TASK_NOTE  # "cops are pathetic at catching thieves"
        if (
            entry.term in w.WORST_TERMS
            and target is Kind.GROUP
            and note != IDENTITY_NOTE
            and self._forum19_activity_part(ctx, hit)
        ):
            return Kind.OBJECT, ACTIVITY_NOTE  # "landlords are the worst part of renting"
        return target, note

    @staticmethod
    def _forum19_camp_threatened(ctx: Context, hit: Hit) -> bool:
        """A camp as the threat's subject, modals between, the claim the writer's own:
        "liberals need to be rounded up", "the far left should be wiped out"."""
        if ctx.quoted(hit.first, hit.last):
            return False
        tokens = ctx.tokens
        at = ctx.back_over(hit.first, w9.MODALS, w.THREAT_REACH)
        if at in (0, hit.first) or ctx.pause_after(at - 1):
            return False
        subject = at - 1
        word = tokens[subject]
        if word in w.WINGS:
            if subject == 0 or tokens[subject - 1] not in w.WING_LEADS:
                return False
        elif word not in w.CAMPS:
            return False
        start = ctx.sentence_start(subject, _CLAUSE_REACH)
        return w.UNSAID.isdisjoint(tokens[start:subject])

    @staticmethod
    def _forum19_not_all(ctx: Context, hit: Hit) -> bool:
        """ "not all conservatives are idiots": "not all", one group word, the verb,
        fillers, then the judging word; no pause between."""
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(-1, hit.first - 1 - w.DENIED_REACH), -1):
            if ctx.pause_after(i):
                return False
            if tokens[i] in w.DENIED_VERBS:
                group = i - 1
                return group >= 2 and (tokens[group - 2], tokens[group - 1]) in w.NOT_ALL
            if tokens[i] not in w.DENIED_FILLERS:
                return False
        return False

    @staticmethod
    def _forum19_pursued(ctx: Context, hit: Hit) -> bool:
        """A verb of pursuing right before the wrongdoers, "the" or "any" between:
        "catching thieves", "arrest the scammers"."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at >= 1 and tokens[at] in w.PURSUED_LEADS and not ctx.pause_after(at - 1):
            at -= 1
        return at >= 0 and tokens[at] in w.PURSUING and not ctx.pause_after(at)

    @staticmethod
    def _forum19_at_task(ctx: Context, end: int) -> bool:
        """The verdict narrowed to a task right after it: "pathetic at catching ..."."""
        tokens = ctx.tokens
        if end + 1 >= len(tokens) or tokens[end] != "at" or ctx.pause_after(end - 1):
            return False
        return _gerund(tokens[end + 1])

    @staticmethod
    def _forum19_activity_part(ctx: Context, hit: Hit) -> bool:
        """ "the worst part of renting": a part, "of" or "about", then a gerund."""
        tokens = ctx.tokens
        at = hit.last
        if at + 2 >= len(tokens) or ctx.pause_after(at - 1) or ctx.pause_after(at):
            return False
        if tokens[at] not in w.PARTS or tokens[at + 1] not in w.PART_OF:
            return False
        return _gerund(tokens[at + 2])


def _gerund(word: str) -> bool:
    """An "-ing" word naming an activity ("renting", "catching"), not "thing" or "king"."""
    return len(word) > 4 and word.endswith("ing") and word not in w.NOT_GERUNDS
