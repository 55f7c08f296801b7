"""Targeting rules of the hatecheck42 round (issue 8, twenty-ninth session): a list of
judging words before a person or an identity group, and an identity group taken up by a
pronoun and called sick, crazy, insane or nuts.

"these stupid, ignorant people", "that ugly, fat loser", "this fat, lazy slob", "that
dumb, ugly bitch", "those pathetic, worthless trans people": the functional suites write
hate as a list of judging words before people, and so do people. Older rounds read a
judging word after a demonstrative as said of a thing ("that stupid phone"), and a comma
keeps the list's last word from the noun, so each word was read as said of nothing. The
hit and at least one more judging word (hatecheck42_words.JUDGING), with only
modifiers and joins between them, run to a noun of people (PEOPLE, PERSON, the older
people, person_noun and name_noun cue lists) or an identity group ("immigrants", "trans
people"); or the hit is that noun, after such a list. Aimed at the group (an identity
group, or plural people) or at the person.

Stay clean: "these stupid, annoying bugs", "those lazy, sunny afternoons" (no person),
"his stupid, racist, moronic comments" (precision27: a thing), "they aren't stupid,
lazy people" (a negation before the list), "calling gays filthy, disgusting people is
wrong", "she said those lazy, dirty immigrants ...", a quoted list (a report, a quote,
counter-speech), "i'm a fat, lazy slob lol" (the writer's own), "my cat is a fat lazy
idiot lol" (a copula before the list: the older reading of the subject stands), "like
the dumb, crazy person in the movie" (a comparison), "i played so bad sorry guys" (no
judging word of people), one judging word (the older reading stands). Only hits the
older rules read as said of a thing or of no one are raised; a reading they aimed,
reported, negated or called a joke stands.

An identity group taken up by a pronoun after a comma, a dash or a question mark, and
one of olid6's claims ("are sick", "are crazy", "are insane", "are nuts") with "all"
between or after "they're": "those trans people, they are all sick", "muslims, they're
crazy", "immigrants? theyre nuts", and the group as the subject, "gays are all sick".
The older rounds read the pronoun shape wherever a term is found ("women - they are so
useless"); these claims had no term in it. The round's lexicon lines
(hatecheck42_words.OWN_TERMS) are read only here: aimed at the group when an identity
group ends right before the claim or before its "they", the claim closes its clause
(chat's tails aside), and no denial, report, quote or question holds it; cancelled
elsewhere ("they're all crazy lol", "you are all sick", "women, they're crazy about this
game", "not all muslims, they're crazy", "people say women, they're crazy").

Cost per hit: a frozenset test of the term, the target, the note and the category; then
at most RUN_REACH tokens ahead and back (frozenset tests) and, on a found list or claim,
a few words before it against one frozenset. No regex; no new work for messages without
a judging word or the round's terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck42_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls2 import THING_NOTE
from bot.core.scoring.targeting_gamechat39 import GameChat39Rules
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.targeting_olid8 import NOT_ANIMAL_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_TAKEN_UP_NOTE", "HateCheck42Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_TAKEN_UP_NOTE: Final = "a claim not said of an identity group"

# The readings this round may overturn: said of a thing or of no one.
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_THING_NOTES: Final = frozenset(
    {"", THING_NOTE, NOT_OF_GROUP_NOTE, NOT_SAID_OF_NOTE, NOT_ANIMAL_NOTE}
)
# Name-calls and attributes; a threat or an exclusion has another shape.
_CATEGORIES: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING, Cat.IDENTITY_ATTACK})


class HateCheck42Rules(GameChat39Rules):
    """ "these stupid, ignorant people", "that ugly, fat loser": a list of judging words
    before people, aimed at them."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the people in this round's shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term in w.OWN_TERMS:
            if self._hc42_taken_up(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "muslims, they're crazy"
            return Kind.NONE, NOT_TAKEN_UP_NOTE  # "they're all crazy lol"
        if target not in _UNAIMED or note not in _THING_NOTES:
            return target, note
        if hit.entry.category not in _CATEGORIES:
            return target, note
        return self._hc42_listed_people(ctx, hit) or (target, note)

    def _hc42_listed_people(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The reading of a hit in a list of judging words that ends on people, or None."""
        tokens = ctx.tokens
        last = tokens[hit.last - 1]
        if hit.last - hit.first == 1 and self._hc42_head(tokens, hit.first) is not None:
            head, judged = hit.first, 0  # "that ugly, fat [loser]": the hit is the noun
        elif last in w.JUDGING:
            head, judged = self._hc42_run_ahead(ctx, hit.last)
            judged += 1
        else:
            return None
        if head < 0:
            return None
        start, before = self._hc42_run_back(ctx, hit.first)
        if judged + before < w.LIST_LEAST or ctx.quoted(start, head + 1):
            return None
        for i in range(max(0, start - w.NEGATION_REACH), start):
            if tokens[i] in w.NEGATIONS and not ctx.stop_after(i):
                return None  # "they aren't stupid, lazy people"
        lead = ctx.back_over(start, w.DETERMINERS, w.DETERMINER_REACH)
        if lead > 0 and not ctx.pause_after(lead - 1):
            if tokens[lead - 1] in w.LIKENESS:
                return None  # "like the dumb, crazy person in the movie": a comparison
            if tokens[lead - 1] in w.COPULAS:
                return None  # "my cat is a fat, lazy idiot lol": said of the subject
        opening = ctx.sentence_start(start, w.SENTENCE_REACH)
        if not w.UNSAID.isdisjoint(tokens[opening:start]):
            return None  # "calling gays filthy, disgusting people is wrong"
        return self._hc42_head(tokens, head)

    def _hc42_run_ahead(self, ctx: Context, at: int) -> tuple[int, int]:
        """(the people noun that ends the list from token `at` on, the judging words on the
        way), or (-1, 0) when anything else or a stop comes first."""
        tokens = ctx.tokens
        judged = 0
        for i in range(at, min(len(tokens), at + w.RUN_REACH)):
            if ctx.stop_after(i - 1):
                return -1, 0  # "she is dumb. lazy people too"
            word = tokens[i]
            if self._hc42_head(tokens, i) is not None:
                return (-1, 0) if ctx.pause_after(i - 1) else (i, judged)
            if word in w.JUDGING:
                judged += 1
            elif word not in w.JOINS and word not in w.MODIFIERS:
                return -1, 0  # a thing, a verb: "these stupid, annoying bugs"
        return -1, 0

    def _hc42_run_back(self, ctx: Context, first: int) -> tuple[int, int]:
        """(where the list before token `first` starts, its judging words)."""
        tokens = ctx.tokens
        judged = 0
        at = first
        floor = max(0, first - w.RUN_REACH)
        while at > floor and not ctx.stop_after(at - 1):
            word = tokens[at - 1]
            if word in w.JUDGING:
                judged += 1
            elif word not in w.JOINS and word not in w.MODIFIERS:
                break
            at -= 1
        return at, judged

    def _hc42_head(self, tokens: list[str], at: int) -> tuple[TargetKind, str] | None:
        """Who token `at` names as the list's noun: an identity group, plural people, a
        person; or None."""
        word = tokens[at]
        if self._group_named_at(tokens, at, len(tokens)):
            return Kind.GROUP, IDENTITY_NOTE  # "those lazy, dirty immigrants"
        if word in w.PEOPLE or (word in self._cue_people and word.endswith("s")):
            return Kind.GROUP, ""  # "these stupid, ignorant people"
        if word in w.PERSON or word in self._cue_person_noun or word in self._cue_name_noun:
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "that ugly, fat loser"
        return None

    def _hc42_taken_up(self, ctx: Context, hit: Hit) -> bool:
        """An identity group is the claim's subject: right before it ("gays are all sick"),
        or taken up by "they" after it, across a comma, a dash or a question mark ("those
        trans people, they are all sick", "immigrants? they're nuts"); the claim closes its
        clause (chat's tails aside), no denial or report before the group, not quoted or asked."""
        tokens = ctx.tokens
        if not ctx.closes_clause(hit.last) and tokens[hit.last] not in w.TAILS:
            return False  # "they're crazy about football", "they're all crazy nice"
        at = hit.first - 1  # the subject's last word
        if tokens[hit.first] != "theyre":
            if at < 0:
                return False
            if tokens[at] in w.THEY:
                at -= 1
            elif tokens[hit.first] == "re":
                return False  # "you're sick", "we're all crazy"
        if at < 0 or (ctx.stop_after(at) and tokens[at + 1] not in w.THEY):
            return False
        start = self._group_ending_at(tokens, at, at + 1)
        if start < 0 or ctx.quoted(start, hit.last) or ctx.ends_asking(hit.first):
            return False  # "immigrants? they're nuts" asks nothing: the claim's sentence
        for i in range(max(0, start - w.DENIAL_REACH), start):
            if tokens[i] in w.DENIALS and not ctx.stop_after(i):
                return False  # "not all muslims, they're crazy"
        opening = ctx.sentence_start(start, w.SENTENCE_REACH)
        return w.REPORTS.isdisjoint(tokens[opening:start])
