"""Targeting rules of the italian14 round (issue 8): Italian hate-speech shapes about
groups the older rounds still missed at default settings.

- The singular generic subject: "l'ebreo è avido", "lo zingaro è un ladro", "un
  immigrato è sempre un criminale". hateprobe3 reads a `said_of_group` word only after
  a plural copula ("the woman is lying" is one person); here an Italian clause that
  opens with an article (or "ogni"), a singular group noun and "è", and ends with the
  judging word, speaks of the whole group. "l'immigrato è malato da una settimana"
  goes on past the word and stays one person.
- A virtue denied to a group with "nessun" or "non esiste": "nessun musulmano è una
  brava persona", "nessuna donna merita rispetto", "non esiste un musulmano onesto",
  "un immigrato onesto non esiste". The many-word virtues (VIRTUES) count only so;
  the one-word ones (hateprobe4's `praise_denied`) gain the "esiste" shapes.
- Phrases only a named group makes hostile (GROUP_ONLY): "gli ebrei controllano tutto",
  "le donne servono solo per fare figli"; "loro controllano tutto" stays clean.
- "le persone nere" names a group as "i neri" does: "le persone nere sono inferiori"
  (`colour_as_people`, read by the scorer before the rules, as "i rom" is).
- A child better dead than one of the group (BETTER_DEAD): "meglio morto che gay"; the
  group is in the phrase, so it is aimed at the group unless quoted or reported.

Each rule starts from a frozenset test on the hit's term (or its word and the earlier
reading's note) and walks only the hit's clause, so cost stays O(1) per hit; only hits of
the round's terms, `said_of_group` words read as not said of a group, and denied praise
words reach a walk.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian14_words as i14
from bot.core.scoring.hateprobe4_words import PRAISE_WEIGHT
from bot.core.scoring.targeting_context import IDENTITY_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_hateprobe3 import NOT_OF_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_person13 import Person13Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian14Rules"]

NOT_DENIED_NOTE: Final = "a virtue not denied to a group"
NO_GROUP_NOTE: Final = "no named group says it"
_DENIED_PRAISE: Final = "not denied"  # hateprobe4's note for a praise word not denied


class Italian14Rules(Person13Rules):
    """Italian singular generic subjects, virtues denied with "nessun"/"non esiste",
    group-only claims."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The round's virtues, and hateprobe4's praise words in the "esiste" shapes."""
        entry = hit.entry
        term = entry.term
        if term in i14.VIRTUES:
            return self._i14_virtue(ctx, hit)
        shaped = super().probe4_aim(ctx, hit)
        if (
            shaped is not None
            and shaped[1] == _DENIED_PRAISE
            and len(entry.tokens) == 1
            and entry.weight == PRAISE_WEIGHT
            and term in self._cue_praise_denied
            and self._i14_denied(ctx, hit, plain=False)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "non esiste un musulmano onesto"
        return shaped

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe3's reading, with the Italian singular generic subject."""
        shaped = super().probe3_aim(ctx, hit)
        if shaped is not None and shaped[1] == NOT_OF_GROUP_NOTE and self._i14_generic(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "l'ebreo è avido"
        return shaped

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading; the group-only phrases need a named group."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            hit.entry.term in i14.BETTER_DEAD
            and not note
            and target is not Kind.REPORTED
            and not self._framed_as_false(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "meglio morto che gay"
        if hit.entry.term in i14.GROUP_NEXT and target is not Kind.GROUP and not note:
            if self._i14_group_next(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE  # "via i rom dalle nostre città"
            return Kind.OBJECT, NO_GROUP_NOTE  # "via le scarpe"
        if (
            hit.entry.term in i14.GROUP_ONLY
            and target is not Kind.GROUP
            and not note
            and not self._i14_group_before(ctx, hit)
        ):
            return Kind.OBJECT, NO_GROUP_NOTE  # "loro controllano tutto, tranquillo"
        return target, note

    def _i14_group_before(self, ctx: Context, hit: Hit) -> bool:
        """A named group in the hit's sentence: "gli ebrei controllano tutto", "ci stanno
        invadendo, questi immigrati"; "non sono in grado di" only before a skill."""
        tokens = ctx.tokens
        if hit.entry.term == i14.UNABLE:
            skill = tokens[hit.last] if hit.last < len(tokens) else ""
            if skill not in i14.SKILLS and skill not in self._cues["group_skill"]:
                return False  # "gli immigrati non sono in grado di votare senza ..."
        start = ctx.sentence_start(hit.first, i14.GROUP_REACH)
        end = ctx.sentence_end(hit.last - 1, i14.GROUP_REACH)
        places = self._cues["worship_place"]  # "darei fuoco a una moschea"
        return any(
            self._group_named_at(tokens, i, end) or tokens[i] in places
            for i in (*range(start, hit.first), *range(hit.last, end))
        )

    def _i14_group_next(self, ctx: Context, hit: Hit) -> bool:
        """The group right after the hit, maybe past "tutti": "via gli immigrati"."""
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] in i14.DETERMINERS:
            at += 1
        return (
            at < len(tokens)
            and not ctx.pause_after(at - 1)
            and (
                self._i14_group_at(tokens, at, min(len(tokens), at + 2))
                or self._group_end(tokens, at) > 0  # italian22: "via le persone trans"
            )
        )

    def _i14_group_at(self, tokens: list[str], i: int, end: int) -> bool:
        """A named group, or an identity adjective standing for people after a
        determiner: "un gay", "i trans"."""
        return self._group_named_at(tokens, i, end) or (
            tokens[i] in self._cue_identity_adjective and i > 0 and tokens[i - 1] in i14.DETERMINERS
        )

    def _i14_virtue(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        if (
            ctx.quoted(hit.first, hit.last)
            or self._framed_as_false(ctx, hit)
            or (self._hc9_unsaid(ctx, hit) and not self._i14_own_not(ctx, hit))
            or self._i14_whoever_says(ctx, hit)
        ):  # "chi dice che nessun ... mente"; hatecheck9 reads the denial's own "non" so
            return Kind.OBJECT, NOT_DENIED_NOTE
        if self._i14_denied(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return Kind.OBJECT, NOT_DENIED_NOTE

    @staticmethod
    def _i14_whoever_says(ctx: Context, hit: Hit) -> bool:
        """ "chi dice che ...", "quelli che pensano che ..." before the hit."""
        before = ctx.tokens[ctx.sentence_start(hit.first, SENTENCE_REACH) : hit.first]
        return not i14.WHOEVER.isdisjoint(before) and not i14.SAYING.isdisjoint(before)

    @staticmethod
    def _i14_own_not(ctx: Context, hit: Hit) -> bool:
        """ "non" in the few words before the virtue: the denial itself."""
        return "non" in ctx.tokens[max(0, hit.first - i14.VIRTUE_REACH) : hit.first]

    def _i14_denied(self, ctx: Context, hit: Hit, *, plain: bool = True) -> bool:
        """A named group before the virtue in its clause, only fill words between, and
        the denial: "nessun" before the group, "non esiste" before the group or right
        after the virtue, or (`plain`, the round's own virtues) "non" between."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        limit = max(start, hit.first - i14.VIRTUE_REACH)
        negated = False
        i = hit.first - 1
        while i >= limit and not ctx.pause_after(i):
            token = tokens[i]
            if self._i14_group_at(tokens, i, hit.first):
                before = tokens[max(start, i - 3) : i]
                if before and before[-1] in self._cue_identity_adjective:
                    before = tokens[max(start, i - 4) : i - 1]  # "nessuna persona nera"
                if before and before[-1] in i14.NO_ONE:
                    return True  # "nessun musulmano è una brava persona"
                if not i14.EXISTS.isdisjoint(before) and not i14.NOT.isdisjoint(before):
                    return True  # "non esiste un musulmano onesto"
                after = tokens[hit.last : hit.last + 2]
                if after[:1] == ["non"] and not i14.EXISTS.isdisjoint(after):
                    return True  # "un immigrato onesto non esiste"
                # "i gay non sono brave persone"; hateprobe4 reads a one-word virtue so
                return plain and negated and before[-1:] != ["chi"]
            if token in i14.NOT:
                negated = True
            elif token not in i14.VIRTUE_FILL:
                return False
            i -= 1
        return False

    def _i14_generic(self, ctx: Context, hit: Hit) -> bool:
        """ "<article> <singular group noun> è [sempre un] <word>" as a whole clause."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and not ctx.pause_after(hit.last - 1):
            tail = hit.last + 2  # italian16: "è avido per natura" closes the claim too
            if (tokens[hit.last], tokens[tail - 1] if tail <= len(tokens) else "") not in (
                i14.GENERIC_TAILS
            ) or (tail < len(tokens) and not ctx.pause_after(tail - 1)):
                return False  # "l'immigrato è malato da una settimana": one person
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        i = hit.first - 1
        while i > start and tokens[i] in i14.GENERIC_FILL:
            i -= 1
        if i <= start + 1 or tokens[i] not in i14.SINGULAR_COPULAS:
            return False
        noun = i - 1
        if not self._group_named_at(tokens, noun, i):
            return False
        article = noun - 1
        return (
            tokens[article] in i14.GENERIC_ARTICLES
            and (
                article == start
                or ctx.pause_after(article - 1)
                or (article - start <= 3 and i14.OPINION_OPENERS.issuperset(tokens[start:article]))
            )  # italian16: "secondo me l'islamico è violento"
            and not ctx.quoted(hit.first, hit.last)
        )
