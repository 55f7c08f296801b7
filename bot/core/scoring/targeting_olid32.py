"""Targeting rules of the olid32 round (issue 8, thirtieth session): plural name-calls
and groups of people by trade, office or following put down outright, in tweet style.

- A group said to be a name-call: "these politicians are all crooks", "the media are
  scum", "the media is scum", "his followers are brainwashed sheep", "congress is full of
  crooks", "reporters are vultures", "the government are a bunch of crooks". The group
  (olid32_words.GROUPS: forum4's and olid4's groups and this round's media, press,
  reporters, followers, senators...) heads the sentence's subject, maybe after words
  that say which ("the mainstream media", "trump supporters"); a copula, fillers ("all",
  "a bunch of", "full of", "nothing but") and the name-call, which closes its clause
  (more name-calls, "and", "every one of them" aside). The older rules weighed it as
  aimed at a group (0.95 of the word), so a 0.5 word ("crooks") fell just short; this
  reading is olid4's POLITICAL_NOTE, with its floor (the default threshold) for words
  that reach it. A dehumanising word hateprobe3 keeps for named groups ("vultures") is
  read here too: the scorer's said-of-group gate lets this round's group words through.
- A plural name-call of this round (olid32_words.PLURALS: "sellouts", "dirtbags",
  "halfwits") pointed at or said as a label of its own ("these sellouts will say
  anything", "those dirtbags again", "Bunch of halfwits."), read as forum13 reads its
  nouns, with its checks (compounds, roles, praise and fiction after, vulgar messages).
  Read by the older rules as a group but praised after in its sentence, it is cancelled
  ("the weirdos in my friend group are the best"), as forum13 leaves its praised nouns.

Stay clean: "the crooks in this movie are great" (the name-call is the subject),
"lunatics is a great song", "politicians should listen more", "the media covered it",
"sheep are cute", "not all cops are pigs", "nobody said politicians are crooks", "i dont
think the media are scum" (a denier or a verb of saying or thinking before the group),
"is congress full of crooks?" (asked), "cops are racist" (an accusation, as olid4 reads
it). Lawyers and bankers are no group here (olid32_words.NEW_GROUPS).

Cost per hit: a category test; then at most a dozen tokens around the hit, set look-ups.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid32_words as w
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_hatecheck44 import HateCheck44Rules
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_FLOOR, OUTRIGHT_NOTE, POLITICAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["Olid32Rules", "o32_closes", "o32_group_put_down"]

# Readings this round may raise: aimed at nobody, a thing, a third person or a group.
_UNAIMED: Final = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.GROUP, Kind.MENTION, Kind.REPLY}
)
_POINTED_FROM: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# Notes this round reads past: none, or hateprobe3's "not said of an identity group".
_READ_NOTES: Final = frozenset({"", NOT_OF_GROUP_NOTE})
# The group shape also reads olid4's outright reading of a group as the group's:
# "these democrats are all crooks" is said of the democrats, not of one person.
_GROUP_NOTES: Final = _READ_NOTES | {OUTRIGHT_NOTE}
# A note that cancels the hit (weighing.py zeroes any note it does not name).
PRAISED_NOTE: Final = "a plural name-call praised after it"


class Olid32Rules(HateCheck44Rules):
    """Groups of people put down outright; this round's plural name-calls pointed at."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, raised for a group put down outright or a plural
        name-call pointed at."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.category is not Cat.INSULT or note not in _GROUP_NOTES:
            return target, note
        if target not in _UNAIMED or ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        if (
            entry.weight >= OUTRIGHT_FLOOR
            and entry.term not in w.MILD
            and self._olid4_accusing.isdisjoint(entry.tokens)
            and o32_group_put_down(ctx, hit)
        ):
            return Kind.GROUP, POLITICAL_NOTE  # "the media are scum"
        if entry.term in w.PLURALS and not note:
            if target in _POINTED_FROM:
                return self._o32_pointed(ctx, hit, target, note)
            if target is Kind.GROUP and self._f13_praised(ctx, hit):
                return Kind.OBJECT, PRAISED_NOTE  # "the weirdos in my group are the best"
        return target, note

    def _o32_pointed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "these sellouts", "Bunch of halfwits.": forum13's shapes and checks for this
        round's plurals."""
        if self._f13_compound(ctx, hit) or self._f13_vulgar_near(ctx, hit):
            return target, note
        if (
            self._f13_pointed(ctx, hit) or self._f13_only(ctx, hit) or self._f13_fragment(ctx, hit)
        ) and not self._f13_praised(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE
        return target, note


def o32_group_put_down(ctx: Context, hit: Hit, groups: frozenset[str] = w.GROUPS) -> bool:
    """A group, a copula, fillers and the hit, closing its clause, the group opening its
    sentence after words that say which: "these politicians are all crooks". olid35
    passes its own subject ("they")."""
    tokens = ctx.tokens
    copula = ctx.back_over(hit.first, w.BETWEEN, w.BETWEEN_REACH) - 1
    if copula < 1 or tokens[copula] not in w.COPULAS or ctx.pause_after(copula):
        return False
    subject = copula - 1
    if tokens[subject] not in groups or ctx.pause_after(subject):
        return False
    start = ctx.back_over(subject, w.MODIFIERS, w.MODIFIER_REACH)
    if not ctx.opens_after(start, w.OPENERS, w.OPENER_REACH):
        return False
    if not w.UNSAID.isdisjoint(tokens[ctx.sentence_start(subject, SENTENCE_REACH) : subject]):
        return False  # "not all cops are pigs"
    term = hit.entry.term
    if (term.endswith("s") and not term.endswith(w.NOT_PLURAL)) or term in w.MASS_NOUNS:
        return o32_closes(ctx, hit.last)  # "are all crooks", "are scum"
    # an adjective before a name-call noun: "are brainwashed sheep"
    last = hit.last
    return (
        last < len(tokens)
        and not ctx.pause_after(last - 1)
        and tokens[last] in w.NAME_NOUNS
        and o32_closes(ctx, last + 1)
    )


def o32_closes(ctx: Context, last: int) -> bool:
    """From token `last` on, only more name-calls and tails to the clause's end."""
    return ctx.closes_after(last, w.TAILS, w.TAIL_REACH)
