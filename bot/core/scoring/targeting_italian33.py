"""Targeting rules of the italian33 round (issue 8, twenty-third session): Italian hate
against identity groups in the two functions of a functional suite the base missed most.

- The group named, then attacked in a later clause or sentence: disgust in the past
  tenses the older lines lacked ("facevano schifo", "mi hanno fatto ribrezzo", "mi
  facevano vomitare") and beatings deserved ("meriterebbero solo botte"), read only
  after a group named earlier in the sentence, or in the sentence before when the term
  opens its own: "ho visto dei rom alla stazione, facevano schifo", "ho visto degli
  ebrei in centro. Mi hanno fatto schifo.", "conosco delle donne che meriterebbero solo
  botte". Stay clean: "ho visto un film, faceva schifo" (no term), "i piatti facevano
  schifo" (no group), "gli immigrati dicono che i piatti facevano schifo" (another
  subject between), "i miei vicini rom non mi hanno mai fatto schifo" (denied), asked,
  quoted, reported.
- A member of a group insulted after being named one: "ho un collega gay ed è un
  malato", "mia cugina è lesbica e per me è una malata", "il mio vicino è musulmano ed
  è una bestia" (the older readings found no group as the insult's subject). Stay
  clean: "ho un collega gay ed è un amico fantastico", "mio nonno è malato".
- A group shut out by a verbless call opening its sentence: "niente più stranieri nelle
  nostre scuole", "nessun rom nel nostro quartiere", "mai più immigrati in Italia",
  "niente moschee in Italia"; the clause closes after the group, "qui", or a place of
  ours ("in Italia", "nelle nostre città"). Stay clean: "niente più odio contro i
  musulmani", "nessun immigrato dovrebbe morire in mare", "nessun immigrato nel nostro
  paese è illegale", "mai più guerre nel nostro paese", "chi scrive 'niente più rom'".
- The slogan "a casa loro" asked and answered no ("gli immigrati a casa loro? No,
  restano qui") is not said.

Cost per hit: one frozenset test of the term; then at most GROUP_REACH tokens back to
the group, a few tokens around the call or the member's clause. No regex, no new work
for messages without these terms; "facevano", "piu" and the rest anchor only this
round's terms and stay unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian33_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_discord29 import Discord29Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_AFTER_GROUP_NOTE", "Italian33Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_AFTER_GROUP_NOTE: Final = "no group named before the disgust or the call"
NOT_SAID_NOTE: Final = "a slogan asked and answered no"
_HOSTILE_KINDS: Final = frozenset({Kind.GROUP, Kind.SECOND_PERSON, Kind.THIRD_PERSON})


class Italian33Rules(Discord29Rules):
    """A group attacked after it is named; a member insulted; a group shut out."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.DISGUST:
            if self._it33_disgust_aimed(ctx, hit, target):
                return Kind.GROUP, IDENTITY_NOTE  # "... dei rom, facevano schifo"
            return Kind.NONE, NOT_AFTER_GROUP_NOTE
        if term in w.CALLS or term in w.OLD_CALLS:
            if target is not Kind.REPORTED and self._it33_shut_out(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "niente più stranieri qui"
            if term in w.CALLS:
                return Kind.NONE, NOT_AFTER_GROUP_NOTE
            return target, note
        if term in w.SLOGANS:
            if ctx.asked_right_after(hit.last) and ctx.answered(hit.last, w.DENIERS):
                return Kind.NONE, NOT_SAID_NOTE  # "a casa loro? No, restano qui"
            return target, note
        if (
            target not in _HOSTILE_KINDS
            and target is not Kind.REPORTED
            and hit.entry.tokens[-1] in w.MEMBER_INSULTS
            and self._it33_member_insulted(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "ho un collega gay ed è un malato"
        return target, note

    def _it33_disgust_aimed(self, ctx: Context, hit: Hit, target: TargetKind) -> bool:
        """A group named before the disgust, not denied, asked, quoted or reported."""
        tokens = ctx.tokens
        if target is Kind.REPORTED or ctx.quoted_or_asked(hit.first, hit.last):
            return False
        near = tokens[max(0, hit.first - w.NEGATION_REACH) : hit.first]
        if not w.NEGATIONS.isdisjoint(near):
            return False  # "non mi hanno mai fatto schifo"
        start = ctx.sentence_start(hit.first, w.GROUP_REACH)
        if self._it33_group_in(ctx, start, hit.first, True):
            return True
        opens = ctx.back_over(hit.first, w.BACK_OPENERS, w.BACK_REACH)
        if start == 0 or not ctx.starts_sentence(opens):
            return False
        before = ctx.sentence_start(start - 1, SENTENCE_REACH)
        return self._it33_group_in(ctx, before, start, False)  # "Ho visto dei neri. Mi..."

    def _it33_group_in(self, ctx: Context, start: int, end: int, linked: bool) -> bool:
        """A group named in tokens start..end-1, no other plural subject after it; when
        `linked`, a clause's boundary between them (a pause or CLAUSE_LINKS)."""
        tokens = ctx.tokens
        crossed = not linked
        for i in range(end - 1, start - 1, -1):
            if tokens[i] in w.NATIONS:
                return False  # "contro i francesi e hanno fatto schifo": a team
            if not crossed:
                if tokens[i] in w.CLAUSE_LINKS:
                    crossed = True
                    continue  # "dei neri e facevano schifo"
                if not ctx.pause_after(i):
                    continue
                crossed = True  # "dei rom, facevano schifo": token i ends the clause
            named = self._group_end(tokens, i) >= 0 or (
                tokens[i] == w.ROM and i > 0 and tokens[i - 1] in w.ROM_PEOPLE
            )  # "una famiglia rom"
            if named and not ctx.quoted(i, i + 1):
                return True
            if tokens[i] in w.OTHER_SUBJECTS and i + 1 < end:
                return False  # "... che i piatti facevano schifo"
        return False

    def _it33_shut_out(self, ctx: Context, hit: Hit) -> bool:
        """ "Niente più rom nelle nostre città": the call opening its sentence, a group,
        then the clause's end, "qui", or a place of ours closing it."""
        tokens = ctx.tokens
        if not ctx.starts_sentence(hit.first) or ctx.quoted_or_asked(hit.first, hit.last):
            return False
        at = hit.last
        if at < len(tokens) and tokens[at] == w.MORE and not ctx.pause_after(at - 1):
            at += 1  # "niente più rom"
        if at >= len(tokens) or ctx.pause_after(at - 1):
            return False
        if tokens[at] in w.GROUP_THINGS or tokens[at] == w.ROM:
            end = at + 1
        else:
            end = self._group_end(tokens, at)
        if end < 0:
            return False
        if end < len(tokens) and tokens[end] == w.MORE and not ctx.pause_after(end - 1):
            end += 1  # "nessun rom più"
        if ctx.closes_clause(end):
            return hit.entry.term in w.CALLS or tokens[hit.first] == "niente"
        if tokens[end] in w.HERE:
            return ctx.closes_clause(end + 1)
        if tokens[end] not in w.INTO:
            return False
        for i in range(end + 1, min(len(tokens), end + 1 + w.PLACE_REACH)):
            if tokens[i] in w.OURS:
                return ctx.closes_clause(i + 1) or ctx.closes_clause(i + 2)
            if ctx.pause_after(i):
                return False
        return False

    def _it33_member_insulted(self, ctx: Context, hit: Hit) -> bool:
        """ "<someone> <group word> ed è un <insult>": one named a member of a group, then
        insulted in the next clause ("mia cugina è lesbica e per me è una malata")."""
        tokens = ctx.tokens
        noun = hit.last - 1
        if noun < 3 or tokens[noun - 1] not in w.ARTICLES or tokens[noun - 2] not in w.COPULAS:
            return False
        if ctx.quoted_or_asked(hit.first, hit.last):
            return False
        at = ctx.back_over(noun - 2, w.ASIDES, w.ASIDE_REACH)
        if at < 2 or tokens[at - 1] not in w.AND or ctx.pause_after(at - 2):
            return False
        start = ctx.sentence_start(at - 1, w.MEMBER_REACH)
        return not w.MEMBER_WORDS.isdisjoint(tokens[start : at - 1])
