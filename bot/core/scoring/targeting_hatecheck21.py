"""Targeting rules of the hatecheck21 round (issue 8, sixteenth session): an English
functional hate suite's threats, questions and name-calls of one member the older rules
left, and its friendly-swearing contrast.

- A conditional threat at a member met: "if I see a muslim I'll kill them", "when I meet
  a trans person I'm going to hurt them", "if a refugee comes near my house I'll shoot
  him". A harm verb with the writer's intent right before it ("I'll", "I'm going to"),
  a pronoun as its object, and a condition opening its sentence that names one member
  of a group ("a"/"any"/"another" and a group noun). Clean: "if I see a spider I'll kill
  it", "if I see a muslim friend I'll hug them" (no harm), "if I see a jew I won't hurt
  them" (denied), "I'll kill them at the next match" (no condition naming a group).
- A group's life questioned: "why are jews allowed to exist?", "why should refugees be
  allowed to live?". Clean: "why are spiders allowed to exist?" (no group), "why are
  women allowed to vote only since 1945?" (no life word), "why are women allowed to live alone
  there?" (the life word does not close the clause), "jews are allowed to exist" (no
  question).
- A name-call said of one member as the group: "a refugee is just a freeloader", "an
  immigrant is basically a criminal", "a muslim is a terrorist": "a"/"every"/"any", a
  group noun, "is", fillers and an article right before the word. Clean: "my landlord is
  a freeloader" (no group), "a refugee is a person like anyone" (no hostile word).
- "fuck all" and its spellings curse a group only when it follows them: "fck all
  muslims", "fuck all the gays"; "it achieved fuck all, just divided the brits" and
  "they did fck all for the jews" say "nothing".
- A group's living conditions told are no wish: "refugees live in camps", "many refugees
  are forced to live in camps" (the lexicon's "in camps" right after a living verb, no
  modal or wish before it). Still hostile: "refugees should live in camps", "they belong
  in camps", "put them in camps".

The round's other fixes sit at their depth: "let's kill muslims" is a wish (groups'
_wished) and "let's burn jews alive" a promise (hateprobe5's _promised); the swearing
shortcut reads the spans past the swear word when a group is named, so "damn, black
people made the best music" sees its comma (scorer.py), and a curse, a pause and a group
alone in its clause still curses it ("damn, jews, everywhere", `_sworn_at_group`);
lexicon lines "fck all", "fuk all", [expletive]'s "fuk", "fck" and the [said_of_group]
word "freeloader".

Cost: up to four frozenset tests of the hit's term in `in_game` (and of two of its
tokens for a harm verb). Only "in camps" after a living verb looks back at most eight
tokens; only a harm verb with a pronoun after it looks back at most twelve tokens of its
sentence; only "allowed" or "rights" in their shape look back a few tokens; only a
name-call read of nothing with an article right before it looks back at most six; a
curse the older rules left, with a pause after it, reads one group ahead.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck11_words as hc11
from bot.core.scoring import hatecheck21_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat19 import GameChat19Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck21Rules"]

# Readings a threat at a member met may overturn: the "I" who threatens, a thing, nobody.
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.SELF})
_NAME_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_NAMES: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_NAME_REACH: Final = 6  # tokens back from the name-call: "a refugee is nothing but a"
LIVED_NOTE: Final = "a group's living conditions told, not wished on it"
NOTHING_NOTE: Final = '"fuck all" says "nothing" when no group follows it'


class HateCheck21Rules(GameChat19Rules):
    """A threat at the member met, a group's life questioned, and a name-call said of one
    member as the group."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at a group in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term in w.CURSED_ALL and target is Kind.GROUP:
            if not self._hc21_cursed_group(ctx, hit):
                return Kind.OBJECT, NOTHING_NOTE  # "achieved fuck all, and the jews ..."
            return target, note
        if hit.entry.term in w.CAMPS and target is Kind.GROUP and self._hc21_lived_in(ctx, hit):
            return Kind.OBJECT, LIVED_NOTE  # "many refugees still live in camps"
        if target is Kind.GROUP or target is Kind.REPORTED or note == "negated":
            return target, note
        entry = hit.entry
        if entry.term in w.ALLOWED:
            if self._hc21_life_questioned(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "why are jews allowed to exist?"
            return target, note
        if entry.term in w.RIGHTS:
            if (
                hit.first > 0
                and ctx.tokens[hit.first - 1] == "have"
                and self._hc21_asked(ctx, hit.first - 2)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "why should jews have rights?"
            return target, note
        if target in _UNAIMED and not w.HARMS.isdisjoint(entry.tokens[:2]):
            if self._hc21_member_threatened(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "if I see a muslim I'll kill them"
            return target, note
        if (
            target in _NAME_UNAIMED
            and entry.category in _NAMES
            and self._hc21_member_called(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "a refugee is just a freeloader"
        return target, note

    def _sworn_at_group(self, ctx: Context, hit: Hit) -> bool:
        """The older curse at a group, and a curse, a pause and a group alone in its
        clause: "damn, jews, everywhere"; but "damn, black people made the best music"
        swears before a sentence about them."""
        if super()._sworn_at_group(ctx, hit):
            return True
        tokens = ctx.tokens
        at = hit.last
        if (
            at >= len(tokens)
            or self._cue_expletive.isdisjoint(hit.entry.tokens)
            or not ctx.pause_after(at - 1)
        ):
            return False
        while at < len(tokens) and tokens[at] in w.THE:
            at += 1
        end = self._group_end(tokens, at)
        return end > 0 and ctx.closes_clause(end)

    def _hc21_cursed_group(self, ctx: Context, hit: Hit) -> bool:
        """The group right after "fuck all" (determiners between): "fck all muslims",
        "fuck all the gays"; elsewhere "fuck all" says "nothing"."""
        tokens = ctx.tokens
        at = hit.last
        while at < len(tokens) and tokens[at] in w.THE:
            at += 1
        return self._group_end(tokens, at) > 0

    @staticmethod
    def _hc21_lived_in(ctx: Context, hit: Hit) -> bool:
        """A living verb right before "in camps", no wish or order before it in its
        sentence: "refugees are forced to live in camps", not "they should live in camps"."""
        tokens = ctx.tokens
        if hit.first == 0 or tokens[hit.first - 1] not in w.LIVING_IN:
            return False
        start = ctx.sentence_start(hit.first, w.CAMP_REACH)
        return w.WISHED.isdisjoint(tokens[start : hit.first])

    def _hc21_member(self, tokens: list[str], at: int, end: int) -> int:
        """Where a group member named at `at` ends ("muslim", "trans person",
        "refugee"), or -1."""
        if at >= end:
            return -1
        if tokens[at] in hc11.SINGULARS:
            people = at + 1 < end and tokens[at + 1] in self._cue_people
            return at + 2 if people else at + 1
        if self._group_named_at(tokens, at, end):
            return self._group_end(tokens, at)
        return -1

    def _hc21_member_threatened(self, ctx: Context, hit: Hit) -> bool:
        """A pronoun right after the harm, the writer's intent right before it, and a
        condition naming one member opening the sentence."""
        tokens = ctx.tokens
        entry = hit.entry
        if entry.tokens[-1] not in w.PRONOUNS and (
            hit.last >= len(tokens) or tokens[hit.last] not in w.PRONOUNS
        ):
            return False
        before = tokens[max(0, hit.first - w.INTENT_REACH) : hit.last - 1]  # "will hurt"
        if w.WRITER.isdisjoint(before) or w.INTENT.isdisjoint(before):
            return False
        if not w.NEGATIONS.isdisjoint(before):
            return False  # "if I see a jew I won't hurt them"
        start = ctx.sentence_start(hit.first, w.CONDITION_REACH)
        for c in range(start, hit.first - 2):
            if tokens[c] not in w.CONDITIONS:
                continue
            for d in range(c + 1, min(hit.first - 1, c + w.MEMBER_REACH)):
                if tokens[d] in w.MEMBER_MARKS and self._hc21_member(tokens, d + 1, hit.first) > 0:
                    return True
            return False
        return False

    def _hc21_life_questioned(self, ctx: Context, hit: Hit) -> bool:
        """ "why are <group> (even) allowed to exist/live/breathe?"."""
        tokens = ctx.tokens
        after = hit.last
        if after >= len(tokens):
            return False
        if tokens[after] in w.OUT or (
            tokens[after] == "in" and after + 1 < len(tokens) and tokens[after + 1] in w.PUBLIC
        ):
            return self._hc21_asked(ctx, hit.first - 1)  # "why are gays allowed in public?"
        if after + 1 >= len(tokens) or tokens[after] != "to" or tokens[after + 1] not in w.LIVING:
            return False
        if (
            after + 2 < len(tokens)
            and not ctx.pause_after(after + 1)
            and tokens[after + 2] not in w.LIVING_ENDS
        ):
            return False  # "why are women allowed to live alone in ...?" asks of a law
        return self._hc21_asked(ctx, hit.first - 1)

    def _hc21_asked(self, ctx: Context, at: int) -> bool:
        """A group ending at token `at` (fillers after it) asked of by "why are/should":
        "why are jews (even) ...", "why should refugees (be) ...", "why is a jew ..."."""
        tokens = ctx.tokens
        j = at
        while j >= 0 and tokens[j] in w.ALLOWED_FILLERS:
            j -= 1
        for first in (j, j - 1):
            if first < 2 or self._hc21_member(tokens, first, j + 1) != j + 1:
                continue
            ask = first - 2 if tokens[first - 1] in w.ARTICLES else first - 1  # "is a jew"
            return ask >= 1 and tokens[ask] in w.ASKING and tokens[ask - 1] in w.WHY
        return False

    def _hc21_member_called(self, ctx: Context, hit: Hit) -> bool:
        """ "a/every <member> is [fillers] a <name-call>" opening its sentence."""
        tokens = ctx.tokens
        j = hit.first - 1
        if j < 3 or tokens[j] not in w.ARTICLES:
            return False
        j -= 1
        low = max(0, hit.first - _NAME_REACH - 1)
        while j > low and tokens[j] in w.CALL_FILLERS:
            j -= 1
        if tokens[j] not in w.IS:
            return False
        for start in (j - 1, j - 2):
            if (
                start >= 1
                and tokens[start - 1] in w.ONE_MARKS
                and self._hc21_member(tokens, start, j) == j
            ):
                return ctx.starts_sentence(start - 1) or start - 1 == 0
        return False
