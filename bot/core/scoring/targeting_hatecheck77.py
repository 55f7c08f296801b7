"""Targeting rules of the hatecheck77 round (issue 8): hatecheck73's split verbs of killing
("gun", "mow", "wipe", "stamp", "string" with the group before the particle), read again
when hatecheck73 left them out of its shapes.

- The opinion or suggestion: the writer's "i think", "i reckon", "i believe", "i feel
  like" opening its sentence before hatecheck71's intent run ("we should", "someone needs
  to"), or "i say", "i vote" before a doer ("i say we"): "i think we should wipe the jews
  out", "i say we gun the refugees down", "i reckon someone should string the gays up".
- The world: "wipe" with a named group right after it and "off"/"from" the map, the
  planet or the earth closing its clause: "lets wipe the immigrants off the map", "we
  should wipe the muslims off the planet", "wipe the jews from the face of the earth";
  ordered (hatecheck73's leads), intended or given as an opinion as above.

Clean, as in hatecheck73: games and things (no named group after the verb: "lets wipe
the enemy team off the map", "i think we should wipe the floor with them"; game talk in
the message: "gg lets wipe the germans off the map next round"), news, history and
others' plans (no writer's opinion opening its sentence: "the nazis tried to wipe the
jews off the map", "they want to wipe the jews out"), negations ("i dont think we
should", "we should never"), questions, reports, quotes and counter-speech (hatecheck28's
`_hc28_others`: "he thinks we should wipe the muslims out", "saying 'wipe the jews off
the map' is vile").

Cost per hit: a test of the note and a frozenset test of the term; then OBJECT_REACH
tokens on to the group, one token for the particle or WORLD_REACH tokens on to the
world, TAIL_REACH after it, and INTENT_REACH plus OPINION_REACH tokens
back over the intent and the opinion. No regex, no lexicon lines.
"""

from __future__ import annotations

from bot.core.scoring import hatecheck77_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck43 import hc43_opens
from bot.core.scoring.targeting_hatecheck73 import NOT_SHAPED73_NOTE
from bot.core.scoring.targeting_italian68 import Italian68Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["HateCheck77Rules"]


class HateCheck77Rules(Italian68Rules):
    """A named group wiped out or gunned down as the writer's opinion or suggestion ("i
    think we should wipe the jews out", "i say we gun the refugees down") or wiped off the
    map ("lets wipe the immigrants off the map")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; hatecheck73's split verbs it left out of its
        shapes aimed at the group in this round's."""
        target, note = super().in_game(ctx, hit, target, note)
        if note != NOT_SHAPED73_NOTE or hit.entry.term not in w.VERBS:
            return target, note  # hatecheck73's shapes and jokes keep their readings
        if self._hc77_shaped(ctx, hit) and not self._hc28_others(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        return target, note

    def _hc77_shaped(self, ctx: Context, hit: Hit) -> bool:
        """A named group right after the verb, its particle or the world after the group
        closing its clause; ordered, intended or given as the writer's opinion; said, not
        asked."""
        tokens = ctx.tokens
        at = ctx.skip_ahead(hit.last, w.OBJECT_SKIP, w.OBJECT_REACH)
        if at >= min(len(tokens), hit.last + w.OBJECT_REACH) or ctx.pause_after(at - 1):
            return False
        group_end = self._hc21_member(tokens, at, len(tokens))
        if group_end < 0 or group_end >= len(tokens) or ctx.pause_after(group_end - 1):
            return False  # "wipe the floor with them", "wipe the jews"
        term = hit.entry.term
        if tokens[group_end] == w.PARTICLES[term]:
            end = group_end + 1
        elif term in w.ERASERS:
            end = self._hc77_world_end(ctx, group_end)
        else:
            return False  # "gun the refugees into ..."
        if end < 0 or not self._hc77_closes(ctx, end) or ctx.ends_asking(hit.first):
            return False  # "wipe the refugees' debts out", "should we wipe ...?"
        if self._hc77_game_talk(ctx, end - 1 if term in w.ERASERS else -1):
            return False  # "gg lets wipe the germans off the map next round"
        return (
            hc43_opens(ctx, hit.first, w.ORDER_LEADS)
            or self._hc73_intended(ctx, hit)
            or self._hc77_opined(ctx, hit.first)
        )

    @staticmethod
    def _hc77_world_end(ctx: Context, at: int) -> int:
        """Where "off"/"from" the map, the planet or the earth starting at token `at` ends
        ("off the map", "from the face of the earth"), or -1."""
        tokens = ctx.tokens
        if tokens[at] not in w.WORLD_WAYS:
            return -1
        world = ctx.skip_ahead(at + 1, w.WORLD_SKIP, w.WORLD_REACH)
        if world >= len(tokens) or tokens[world] not in w.WORLDS:
            return -1
        return world + 1

    @staticmethod
    def _hc77_closes(ctx: Context, end: int) -> bool:
        """The clause closes at token `end`, or after a few tails ("for good", "once and
        for all"), or goes on into the next clause ("... and start over")."""
        tokens = ctx.tokens
        return ctx.closes_after(end, w.TAILS, w.TAIL_REACH) or (
            end < len(tokens) and tokens[end] in w.JOINS
        )

    @staticmethod
    def _hc77_game_talk(ctx: Context, world: int) -> bool:
        """Game talk in the message beside the world at token `world` (-1 for none): the
        map a group is wiped off is no game word by itself ("lets wipe the jews off the
        map"), but "gg" or "next round" around it is."""
        if not ctx.gaming or ctx.in_real_life:
            return False
        if world < 0:
            return True
        cues = ctx.cues["gaming"]
        tokens = ctx.tokens
        return not (cues.isdisjoint(tokens[:world]) and cues.isdisjoint(tokens[world + 1 :]))

    @staticmethod
    def _hc77_opined(ctx: Context, verb: int) -> bool:
        """The writer's opinion opening its sentence before a doer's intent ("i think we
        should", "i reckon someone needs to") or a suggestion before a doer ("i say we");
        a negation, another speaker or a condition breaks the run ("i dont think", "they
        say we", "if we")."""
        tokens = ctx.tokens
        run = ctx.back_over(verb, w.INTENT_RUN, w.INTENT_REACH)
        intent = tokens[run:verb]
        if w.DOERS.isdisjoint(intent):
            return False  # "i think they should ...", "i think to wipe ..."
        opinion = ctx.back_over(run, w.OPINION_RUN, w.OPINION_REACH)
        said = tokens[opinion:run]
        if w.OPINIONS.isdisjoint(said) or "i" not in said:
            return False  # "we should wipe ...": hatecheck73's run, already read
        if w.INTENTS.isdisjoint(intent) and w.SUGGESTIONS.isdisjoint(said):
            return False  # "i think we wiped ...": no call
        return hc43_opens(ctx, opinion, w.ORDER_LEADS)
