"""Targeting rules of the italian66 round (issue 8): a named group wished out of the
country in Italian, a wish and "che" (or "magari") before an expulsion in the
subjunctive, which the older rules read as said of no one or of a thing.

- The group before the verb: a passive expulsion ("vengano rimpatriati", "siano
  espulsi", "fossero cacciati", the round's "deportati", "rispediti"; the older
  "rimandati", "deportate") after a named group right after italian62's wish ("spero
  che", "mi auguro che", "vorrei che", "magari", a bare "che") opening its sentence, the
  clause closing or going on only into a few TAILS: "spero che i rom vengano deportati",
  "vorrei che tutti i musulmani fossero espulsi dall italia", "spero che gli egiziani
  vengano tutti rispediti a casa".
- The group after the verb: the passive or an active subjunctive ("caccino",
  "rimpatrino", "espellessero", "rimandassero"; chat's indicative "cacciano",
  "rimandano" and passive "vengono" too) after the wish, the group right after it over
  "a casa" and its determiners: "speriamo che caccino tutti gli zingari", "spero che
  vengano espulsi tutti i musulmani", "spero che rimandino a casa tutti i migranti".
- "Them": the passive, or the active with "li" or "le", sent to their own country ("a
  casa loro", "al loro paese", "in africa"): "magari li rimandassero tutti a casa loro",
  "spero che vengano tutti rispediti a casa loro"; or a named group as the topic right
  before the wish, opening its sentence: "gli zingari? spero che li caccino tutti", "i rom
  speriamo che vengano deportati tutti".

Clean: news and history ("il governo ha espulso 20 migranti", "molti ebrei furono
deportati nel 1943": no wish), sport, school and people who are no group ("spero che i
giocatori vengano espulsi", "speriamo che vengano rimandati a casa ai quarti", "spero che
i corrotti vengano cacciati dal governo", "speriamo che rimandino la partita"), good
wishes (no line), negations ("spero che i rifugiati non vengano rimpatriati": a "non"
breaks the run), another's wish ("ha detto che spera che ...", "chi spera che ... e un
razzista": the wish not opening its sentence), questions, quotes and counter-speech
(italian57's unsaid reading). The round's own lines out of the shape are cancelled; the
older ones keep their reading.

Cost per hit: a frozenset test of the term; then VERB_REACH tokens back over the verb's
run, italian61's group walk, SUBJECT_REACH and italian62's wish (WISH_REACH there);
WAY_REACH, GROUP_DET_REACH, ALL_REACH, HOME_REACH and TAIL_REACH tokens on. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian62_words as wish
from bot.core.scoring import italian66_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck73 import HateCheck73Rules
from bot.core.scoring.targeting_italian62 import wished_before
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_SENT66_NOTE", "Italian66Rules"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_SENT66_NOTE: Final[str] = "no named group wished out of the country"


class Italian66Rules(HateCheck73Rules):
    """A named group wished out of the country with a wish and "che" and an expulsion in
    the subjunctive ("spero che i rom vengano deportati", "speriamo che caccino tutti gli
    zingari", "magari li rimandassero tutti a casa loro")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a wish in the shape aimed at the group, the
        round's own lines out of it cancelled whatever the older reading."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.SENDINGS:
            return target, note  # most hits
        own = term in w.OWN_TERMS
        if target is Kind.GROUP and not own:
            return target, note  # an older line read at the group already
        if (
            target is not Kind.REPORTED
            and not self._it57_unsaid(ctx, hit)
            and self._it66_sent_away(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        if own:
            return Kind.NONE, NOT_SENT66_NOTE  # "spero che i giocatori vengano espulsi"
        return target, note

    def _it66_sent_away(self, ctx: Context, hit: Hit) -> bool:
        """The expulsion after a wish, the group named before the verb or after it, or
        "them" sent to their own country or named as the topic before the wish."""
        tokens = ctx.tokens
        term = hit.entry.term
        run = ctx.back_over(hit.first, w.VERB_RUN, w.VERB_REACH)
        before = tokens[run : hit.first]
        if term in w.PASSIVES and w.AUXILIARIES.isdisjoint(before):
            return False  # "gli studenti espulsi vengano riammessi"
        after = ctx.skip_ahead(hit.last, w.ALL, w.ALL_REACH)
        subject = self._it61_group_before(tokens, run)
        if subject >= 0:  # "spero che i rom vengano deportati"
            start = ctx.back_over(subject, w.SUBJECT_LEADS, w.SUBJECT_REACH)
            return wished_before(ctx, start) and ctx.closes_after(after, w.TAILS, w.TAIL_REACH)
        topic = self._it66_topic(ctx, run)
        if not topic and not wished_before(ctx, run):
            return False  # "ha detto che spera che vengano rimpatriati"
        way = ctx.skip_ahead(hit.last, w.WAY, w.WAY_REACH)
        end = self._group_end(tokens, ctx.skip_ahead(way, w.GROUP_DETS, w.GROUP_DET_REACH))
        if end > 0:  # "speriamo che caccino tutti gli zingari"
            return ctx.closes_after(end, w.TAILS, w.TAIL_REACH)
        if term in w.ACTIVES and w.THEM.isdisjoint(before):
            return False  # "speriamo che rimandino la partita"
        if sent_home(ctx, after):
            return True  # "magari li rimandassero tutti a casa loro"
        return topic and ctx.closes_after(after, w.TAILS, w.TAIL_REACH)

    def _it66_topic(self, ctx: Context, run: int) -> bool:
        """A named group right before the wish that ends before token `run`, opening its
        sentence: "gli zingari? spero che li caccino tutti"."""
        start = ctx.back_over(run, wish.WISH_RUN, wish.WISH_REACH)
        if start == run or wish.WISH_OPENERS.isdisjoint(ctx.tokens[start:run]):
            return False
        group = self._it61_group_before(ctx.tokens, start)
        if group < 0:
            return False
        return ctx.starts_sentence(ctx.back_over(group, w.SUBJECT_LEADS, w.SUBJECT_REACH))


def sent_home(ctx: Context, at: int) -> bool:
    """A way to their own country opening at token `at`: "a casa loro", "al loro paese",
    "nei loro paesi", "in africa"; never "a casa ai quarti"."""
    tokens = ctx.tokens
    if at >= len(tokens) or tokens[at] not in w.HOME_MARKS:
        return False
    return not w.HOME_WORDS.isdisjoint(tokens[at + 1 : at + 1 + w.HOME_REACH])
