"""Targeting rules of the italian73 round (issue 8): the first person plural, which the
older Italian rules read only in the singular.

- Intolerance or weariness of a named group, said by "us": "noi non sopportiamo gli
  ebrei", "siamo stufi degli immigrati", "non ne possiamo più dei rumeni", or with a
  clitic for the group ("gli zingari non li tolleriamo", "non li sopportiamo gli arabi").
  The terms (lexicons/it) are read as italian11 reads "sono stufo" and "non li sopporto":
  the group after them in the clause, or before the clitic; a thing ("non sopportiamo il
  caldo"), hatred of the group ("siamo stufi di chi odia i musulmani", "non tolleriamo
  insulti ai gay"), a report ("dicono che ..., ma non è vero") and a group seen harmed
  ("siamo stanchi di vedere gli zingari trattati male") stay clean.
- A negated opinion or saying verb of "us" before "che" denies the claim after it, as
  the older "non penso che" does: "non pensiamo che i neri siano inferiori", "non diremo
  mai che gli immigrati sono criminali". Asserted, the claim stays hostile ("pensiamo che
  i neri siano inferiori").

Cost per hit: a frozenset test of the term (most hits end there), then the older
bounded walks of the clause; the denial reads at most CLAIM_REACH tokens back.
"""

from __future__ import annotations

from bot.core.scoring import italian73_words as w
from bot.core.scoring.hatecheck9_words import AFTER_REACH, SUFFERED
from bot.core.scoring.italian11_words import REPORTING
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_hatecheck85 import HateCheck85Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian73Rules"]

_HARMED = SUFFERED | w.HARMED


class Italian73Rules(HateCheck85Rules):
    """The writer's intolerance of a group said as "we"; a claim denied by "we"."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's first-plural terms settled by their shape before the older rules
        read them; every other hit as before."""
        term = hit.entry.term
        clitic = term in w.WE_BEAR_NOT_THEM
        if not clitic and term not in w.WE_BEAR_NOT:
            return super().probe4_aim(ctx, hit)
        if (
            ctx.quoted(hit.first, hit.last)
            or self._framed_as_false(ctx, hit)
            or self._it11_reported(ctx, hit)  # "dicono che non sopportiamo i musulmani"
        ):
            return Kind.OBJECT, NOT_SAID9_NOTE
        if clitic:
            group = self._it11_group_before(ctx, hit.first)
            if group is not None:  # "gli zingari non li tolleriamo"
                return (Kind.GROUP, IDENTITY_NOTE) if group else (Kind.OBJECT, NOT_SAID9_NOTE)
        if (
            self._hc9_group_after(ctx, hit)
            and not self._it11_about_group(ctx, hit)
            and not self._it73_seen_harmed(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "siamo stufi degli immigrati"
        return Kind.OBJECT, NOT_SAID9_NOTE  # "non sopportiamo il caldo"

    def _opinion_denied(self, ctx: Context, hit: Hit) -> bool:
        """The older denial ("non penso che"), and a first-plural one: "non pensiamo che
        i neri siano inferiori"."""
        return super()._opinion_denied(ctx, hit) or self._it73_we_deny(ctx, hit)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, less a name-call that is another's words: asked
        after ("chi ti ha detto che sei un mezzo uomo?") or said and denied ("quello è un
        coglione, dice mio padre, ma non è vero")."""
        target, note = super().reread(ctx, hit, target, note)
        if note or target is Kind.REPORTED or hit.entry.category is not Cat.INSULT:
            return target, note
        if self._it73_asked_who_said(ctx, hit) or self._it73_said_then_denied(ctx, hit):
            return Kind.REPORTED, note
        return target, note

    @staticmethod
    def _it73_asked_who_said(ctx: Context, hit: Hit) -> bool:
        """ "chi", then "ti ha detto che" within TOLD_REACH, before the hit in an asked
        sentence: the writer asks who said it of the reader."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.CLAIM_REACH)
        for i in range(start, hit.first):
            if tokens[i] not in w.WHO:
                continue
            j = i + 1
            while j < hit.first and j - i <= w.TOLD_REACH and tokens[j] not in w.TOLD:
                if tokens[j] not in w.TO_YOU and tokens[j] not in w.TOLD_AUX:
                    break
                j += 1
            told = j + 1 < hit.first and tokens[j] in w.TOLD and tokens[j + 1] == "che"
            return told and not w.TO_YOU.isdisjoint(tokens[i + 1 : j]) and ctx.ends_asking(j)
        return False

    @staticmethod
    def _it73_said_then_denied(ctx: Context, hit: Hit) -> bool:
        """A pause after the hit's clause, a saying verb opening the next ("dice mio
        padre"), and a denial after it within DENIAL_REACH tokens ("ma non è vero")."""
        tokens = ctx.tokens
        end = min(len(tokens), hit.last + w.DENIAL_REACH)
        for i in range(hit.last, end):
            if not ctx.pause_after(i - 1):
                continue
            if tokens[i] not in REPORTING:
                return False
            return any(
                tuple(tokens[j : j + len(denial)]) == denial
                for j in range(i + 1, end)
                for denial in w.DENIALS
            )
        return False

    @staticmethod
    def _it73_we_deny(ctx: Context, hit: Hit) -> bool:
        """A negator, a first-plural opinion or saying verb within OPINE_REACH tokens and
        its "che" (past an adverb: "non diremo mai che"), before the hit in its sentence
        with no pause between: the claim after "che" is what "we" deny."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.CLAIM_REACH)
        for i in range(start, hit.first):
            if tokens[i] not in w.WE_NEGATORS:
                continue
            j = i + 1
            while j < hit.first and j - i < w.OPINE_REACH and tokens[j] in w.WE_BETWEEN:
                j += 1
            if j >= hit.first or tokens[j] not in w.WE_OPINE:
                continue
            k = j + 1
            while k < hit.first and k - j < w.OPINE_REACH and tokens[k] in w.WE_AFTER:
                k += 1
            if (
                k < hit.first
                and tokens[k] == "che"
                and not any(ctx.pause_after(m) for m in range(i, hit.first - 1))
            ):
                return True
        return False

    def _it73_seen_harmed(self, ctx: Context, hit: Hit) -> bool:
        """A verb of seeing before the first group after the term, and a harm right after
        the group: "siamo stanchi di vedere gli zingari trattati male" pities the group."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, AFTER_REACH)
        for i in range(hit.last, end):
            group_end = self._group_end(tokens, i)
            if group_end > 0:
                seen = not w.SEEING.isdisjoint(tokens[hit.last : i])
                after = tokens[group_end : group_end + w.HARM_REACH]
                return seen and not _HARMED.isdisjoint(after)
        return False
