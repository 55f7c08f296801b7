"""Targeting rules of the italian12 round (issue 8): Italian suite and chat shapes the
older rounds still missed at default settings, and one counter-speech shape in both
languages.

- Too many of a named group: "ci sono troppi immigrati in questo paese", "gli zingari
  sono troppi" (TOO_MANY). "ci sono troppi bug", "ho troppi compiti" name no group, and
  "troppi immigrati muoiono in mare" makes the group the one harmed.
- A named group denied children, marriage, teaching or entry as the clause's subject:
  "i rom non dovrebbero avere figli", "un gay non dovrebbe insegnare ai bambini"
  (RIGHTS_DENIED); "i bambini non dovrebbero lavorare" names no identity group.
- The writer's threat with a group right after: "spaccherò la faccia a ogni trans"
  (HARM_TO); "... a quel boss" is left to the older readings.
- A virtue denied of "le persone trans": the Italian order puts the people noun before
  the group, and hateprobe4 looked for the group at the clause's opening ("le persone
  trans non sono mai intelligenti").
- The name-call said of the hating, not of the group: "odiare gli ebrei è da
  ignoranti", "hating gay people is stupid" are counter-speech.
- Harm to a named group approved: "uccidere i gay è giusto", "uccidere un ebreo
  dovrebbe essere legale" (HARM_APPROVED); "uccidere il boss è giusto" names no group.
- More claims with the group as subject (GROUP_CLAIMS): "gli immigrati dovrebbero
  tornare da dove sono venuti", "i musulmani non hanno mai fatto niente di buono".
- The writer's disgust or hatred in a clause of its own after a group was named: "ho
  conosciuto un musulmano. mi fa schifo", "ho un vicino gay. lo odio"; "ho un gatto. lo
  odio" names none. And "che schifo che giochi": disgust at what the reader does.
- "nero"/"nera" as a person right after a singular determiner ("non ho mai conosciuto
  un nero simpatico"), where the rules read the group token by token; "un nero opaco"
  is a colour. The scorer's word gate still knows only "neri", so a line whose only
  group word is "nero" may never reach the rules ("sparerò a ogni nero").

Every rule is gated by a frozenset test on the hit's term (or its category and target)
and reads a few tokens around the hit, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian12_words as words
from bot.core.scoring.hateprobe6_words import GROUP_ARTICLES
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck12 import HateCheck12Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian12Rules"]

NO_GROUP12_NOTE: Final = "no named group in the shape"
HATING_NOTE: Final = "said of the hating, not of the group"
_OWN: Final = words.TOO_MANY | words.RIGHTS_DENIED | words.GROUP_CLAIMS | words.HARM_TO
_NAME_CALLS: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_ARE: Final = frozenset({"sono", "siete"})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_US_THEM: Final = frozenset({"mi", "ci"})
_ME: Final = frozenset({"mi"})
_SENTENCE_REACH: Final = 12


class Italian12Rules(HateCheck12Rules):
    """Too many of a group, rights and a threat said of it, the Italian "persone X"
    order for a denied virtue, and name-calls said of the hating."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's words settled by their shape before the older rules read them."""
        term = hit.entry.term
        if (term in words.DISGUST_AFTER or term in words.HATE_CLITIC) and (
            self._it12_disgust_after_group(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "ho conosciuto un musulmano. mi fa schifo"
        if term in words.HARM_APPROVED:
            if self._it12_harm_approved(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "uccidere i gay è giusto"
            if term in words.OWN_HARM:
                return Kind.OBJECT, NO_GROUP12_NOTE  # "uccidere il boss è giusto"
        if term not in _OWN:
            return super().probe4_aim(ctx, hit)
        if term in words.HARM_TO:
            if self._it11_group_ahead(ctx, hit.last, words.HARM_REACH):
                return Kind.GROUP, IDENTITY_NOTE  # "spaccherò la faccia a ogni trans"
            return super().probe4_aim(ctx, hit)  # "... a marco": the older readings
        if self._hc9_unsaid(ctx, hit):
            return Kind.OBJECT, NO_GROUP12_NOTE  # "non è vero che ci sono troppi ..."
        if term in words.TOO_MANY:
            shaped = self._it12_too_many(ctx, hit)
        else:
            shaped = self._group_subject(ctx, hit.first)  # "i rom non dovrebbero avere figli"
        return (Kind.GROUP, IDENTITY_NOTE) if shaped else (Kind.OBJECT, NO_GROUP12_NOTE)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; a name-call said of the hating is no attack."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if entry.category not in _NAME_CALLS:
            return target, note
        if entry.term in words.DISGUST and target in _UNAIMED and self._it12_reader_deed(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "che schifo che giochi"
        if self._it12_said_of_hating(ctx, hit):
            return Kind.OBJECT, HATING_NOTE  # "odiare gli ebrei è da ignoranti"
        return target, note

    def _it12_harm_approved(self, ctx: Context, hit: Hit) -> bool:
        """ "uccidere i gay è giusto", "uccidere un ebreo dovrebbe essere legale": the harm
        opens the sentence (an opinion aside), a named group, a copula or modal and an
        approval word; "uccidere i gay non è giusto" and reported claims stay clean."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, _SENTENCE_REACH)
        if any(word not in words.OPINION_OPENERS for word in tokens[start : hit.first]):
            return False
        at = hit.last
        while at < len(tokens) and tokens[at] in words.GROUP_LEAD:
            at += 1
        end = self._it12_group_after(tokens, at)
        if end < 0 or end >= len(tokens):
            return False
        reach = min(len(tokens), end + words.APPROVAL_REACH)
        for i in range(end, reach):
            if ctx.pause_after(i - 1):
                return False
            if tokens[i] in self._cue_approval:
                return not self._hc9_unsaid(ctx, hit)
            if tokens[i] not in words.APPROVAL_BRIDGE:
                return False
        return False

    def _it12_disgust_after_group(self, ctx: Context, hit: Hit) -> bool:
        """ "mi fa schifo" or "lo odio" as a clause of its own right after a clause
        naming a group."""
        tokens = ctx.tokens
        me = hit.first - 1
        clitic = words.CLITICS if hit.entry.term in words.HATE_CLITIC else _ME
        if me < 1 or tokens[me] not in clitic or not ctx.pause_after(me - 1):
            return False
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            return False  # "mi fa schifo chi li insulta"
        return any(
            self._group_end(tokens, j) > 0 for j in range(max(0, me - words.DISGUST_CARRY), me)
        ) and not self._hc9_unsaid(ctx, hit)

    def _it12_reader_deed(self, ctx: Context, hit: Hit) -> bool:
        """ "che schifo che giochi": "che" and a verb of the reader right after the hit,
        the line ending there or going on with its object ("che fai a giocare")."""
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] == "che" and not ctx.pause_after(at - 1):
            at += 1
        if ctx.closes_clause(at) or tokens[at] not in words.READER_DEEDS:
            return False
        if tokens[at] in _US_THEM:  # "che schifo mi fai": the clitic, then the verb
            at += 1
            return at < len(tokens) and tokens[at] in words.READER_DEEDS
        return True

    def _group_named_at(self, tokens: list[str], i: int, end: int) -> bool:
        """The older group test, and "nero"/"nera" as a person after a singular
        determiner: "non ci si può fidare di un nero"; never "un nero opaco"."""
        if super()._group_named_at(tokens, i, end):
            return True
        return (
            tokens[i] in words.COLOUR_PEOPLE
            and i > 0
            and tokens[i - 1] in words.SINGULAR_DETERMINERS
            and (i + 1 >= end or tokens[i + 1] not in words.COLOUR_SHADES)
        )

    def _subject_at_clause_start(self, ctx: Context, first: int, start: int) -> bool:
        """hateprobe4's test, and the Italian "le persone trans ...": a people noun
        before the group, the two opening the clause after articles alone."""
        if super()._subject_at_clause_start(ctx, first, start):
            return True
        tokens = ctx.tokens
        if first > start + 1 and tokens[first - 1] == "di":
            first -= 1  # "le persone di colore"
        if first <= start or tokens[first - 1] not in self._cue_people:
            return False
        i = first - 2  # only articles before "persone", then the clause's opening: a
        while i >= start and tokens[i] in GROUP_ARTICLES:  # "dire che le persone ..." is
            i -= 1  # reported, and the older rules read such openers
        return i < start or ctx.pause_after(i)

    def _it12_group_after(self, tokens: list[str], at: int) -> int:
        """Where a group named at token `at` ends, or -1; "rom" right after "troppi"."""
        if at < len(tokens) and tokens[at] == "rom":
            return at + 1
        return self._group_end(tokens, at)

    def _it12_too_many(self, ctx: Context, hit: Hit) -> bool:
        """ "ci sono troppi immigrati (in questo paese)", "gli zingari sono troppi"."""
        tokens = ctx.tokens
        end = self._it12_group_after(tokens, hit.last)
        if 0 < end < len(tokens) and tokens[end] in self._cue_identity:
            end += 1  # "troppe donne trans"
        if end > 0:  # "troppi immigrati": the clause ends there or a place follows
            if end < len(tokens) and not (
                ctx.pause_after(end - 1) or tokens[end] in words.TOO_MANY_AFTER
            ):
                return False  # "troppi immigrati muoiono in mare"
            i = self._it12_skip_fillers(ctx, hit.first - 1)
            return i < 0 or ctx.pause_after(i) or tokens[i] in words.TOO_MANY_BEFORE
        closes = ctx.closes_clause(hit.last)
        i = self._it12_skip_fillers(ctx, hit.first - 1)
        if not closes or i < 1 or tokens[i] not in _ARE or ctx.pause_after(i - 1):
            return False
        return self._hc11_group_ending(ctx, i - 1) >= 0  # "gli zingari sono troppi"

    def _it12_skip_fillers(self, ctx: Context, at: int) -> int:
        """The first token at or before `at` that is no filler ("davvero", "fin")."""
        tokens = ctx.tokens
        floor = max(-1, at - words.TOO_MANY_REACH)
        while at > floor and tokens[at] in words.TOO_MANY_FILLERS and not ctx.pause_after(at):
            at -= 1
        return at

    def _it12_said_of_hating(self, ctx: Context, hit: Hit) -> bool:
        """The sentence opens with a hating form, a group, a copula and bridge words up
        to the hit: "odiare gli ebrei è da ignoranti", "hating gay people is stupid"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, _SENTENCE_REACH)
        if start >= hit.first - 2 or tokens[start] not in self._cue_hate_form:
            return False
        at = start + 1
        while at < hit.first and tokens[at] in GROUP_ARTICLES:
            at += 1
        end = self._group_end(tokens, at)
        if end < 0 or end >= hit.first or tokens[end] not in words.HATING_COPULAS:
            return False
        bridge = tokens[end + 1 : hit.first]
        return len(bridge) <= words.HATING_REACH and all(
            word in words.HATING_BRIDGE for word in bridge
        )
