"""Targeting rules of the italian60 round (issue 8): a named group reduced to a use, or a
child wished dead rather than one of the group, in Italian.

- Good only for: the round's "buone solo per", "bravi solo a", "utili solo per" (or
  italian60_words.ONLY_FOR) after a being verb, a named group (or one member after "una",
  "ogni") opening its sentence right before: "le donne sono buone solo per fare figli",
  "gli immigrati sono bravi solo a rubare", "i disabili sono buoni solo per prendere la
  pensione".
- Born for: the round's "nate per", "nati per", "fatte per" the same way, a servile use
  or an italian59 vice a few words on: "le donne sono nate per servire", "i neri sono
  nati per fare gli schiavi", "una donna è nata per servire il marito".
- The dead child: the round's "figlio morto che" after "meglio" or "preferirei" (over
  "avere un"), a named group (or a slur for a gay son) after "che" over "un figlio":
  "meglio un figlio morto che un figlio gay", "preferisco una figlia morta che una
  figlia lesbica".

Clean: people who are no group ("i miei colleghi sono buoni solo a lamentarsi", "mio
figlio è nato per fare il cuoco"), gifts ("le donne sono nate per essere libere"), the
wish reversed or no group ("meglio un figlio gay che un figlio morto", "un figlio morto
è il dolore più grande"), negations, questions, reports and counter-speech (italian57's
unsaid reading). The older praise cues before "solo a|per" in a denial ("le donne non
sono buone solo per fare figli") deny the "only", and are cancelled too.

Cost per hit: a frozenset test of the term; then at most BEING_REACH tokens back over the
being verb and italian57's GROUP_REACH to the group, SERVILE_REACH tokens on; or
WISH_REACH tokens back and CHILD_REACH + GROUP_REACH on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian60_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck66 import HateCheck66Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SHAPED60_NOTE", "Italian60Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_SHAPED60_NOTE: Final[str] = "no named group reduced to a use or wished a dead child"


class Italian60Rules(HateCheck66Rules):
    """A named group reduced to a use ("le donne sono buone solo per fare figli", "le
    donne sono nate per servire") or a child wished dead rather than one of the group
    ("meglio un figlio morto che un figlio gay")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's lines aimed at the group in
        their shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.PRAISE_CUES and target is Kind.GROUP and self._it60_only_denied(ctx, hit):
            return Kind.NONE, NOT_SHAPED60_NOTE  # "le donne non sono buone solo per ..."
        if term not in w.OWN_TERMS:
            return target, note
        if term in w.DEAD_CHILD:
            shaped = self._it60_dead_child(ctx, hit)
        else:
            shaped = self._it60_reduced(ctx, hit)
        if shaped and target is not Kind.REPORTED and not self._it57_unsaid(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "le donne sono nate per servire"
        return Kind.NONE, NOT_SHAPED60_NOTE  # "mio figlio è nato per fare il cuoco"

    def _it60_reduced(self, ctx: Context, hit: Hit) -> bool:
        """A being verb right before the line, a named group (over its article, or one
        member after "una") opening its sentence before it; a servile use after a "born
        for" line."""
        tokens = ctx.tokens
        run = ctx.back_over(hit.first, w.BEING_RUN, w.BEING_REACH)
        if w.BEING.isdisjoint(tokens[run : hit.first]):
            return False  # "le donne non sono buone solo per ..."
        start = self._it57_group_before(tokens, run)
        if start < 0:
            return False  # "i miei colleghi sono buoni solo a lamentarsi"
        start = ctx.back_over(start, w.GROUP_LEADS, w.LEAD_REACH)  # "le", "una"
        if not (ctx.starts_sentence(start) or (start > 0 and ctx.pause_after(start - 1))):
            return False
        if hit.entry.term in w.ONLY_FOR:
            return True
        ahead = tokens[hit.last : hit.last + w.SERVILE_REACH]
        return not w.SERVILE.isdisjoint(ahead)  # "nate per servire", not "per vincere"

    def _it60_dead_child(self, ctx: Context, hit: Hit) -> bool:
        """ "meglio [avere] un figlio morto che [un figlio] <group>": the wish before,
        the group (or a slur) after "che", the clause unbroken."""
        tokens = ctx.tokens
        run = ctx.back_over(hit.first, w.WISH_RUN, w.WISH_REACH)
        if run < 1 or tokens[run - 1] not in w.WISH:
            return False  # "un figlio morto è il dolore più grande"
        at = ctx.skip_ahead(hit.last, w.CHILD_RUN, w.CHILD_REACH)
        if at >= len(tokens) or ctx.pause_after(hit.last - 1):
            return False
        return tokens[at] in w.SLURS or self._group_end(tokens, at) > at

    def _it60_only_denied(self, ctx: Context, hit: Hit) -> bool:
        """An older praise cue right before "solo a|per", denied: "non sono buone solo
        per fare figli" denies the "only", no praise."""
        tokens = ctx.tokens
        last = hit.last
        return (
            last + 1 < len(tokens)
            and tokens[last] == "solo"
            and tokens[last + 1] in w.ONLY_LINKS
            and "non" in tokens[max(0, hit.first - w.BEING_REACH) : hit.first]
        )
