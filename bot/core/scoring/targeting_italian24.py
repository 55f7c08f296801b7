"""Targeting rules of the italian24 round (issue 8, nineteenth session): an Italian
functional hate suite's shapes the earlier rounds left out.

- A group named as a topic and judged by a bare verdict in the next sentence: "I
  musulmani? Bestie.", "Le persone trans? Malate.", "I disabili? Un peso.", "I gay? Da
  curare." italian19's topic shape reads the verdict; the new lexicon lines
  (italian24_words.TOPIC_ONLY) count only there, closing their sentence, unasked. Clean:
  "my bestie", "togliersi un peso", "una ferita da curare" (no topic), "I disabili? Un
  peso? Ma scherzi?" (asked back), "Il cane? Una bestia" (no group), "I rifugiati?
  Malati e affamati" (the verdict goes on).
- A group's life that does not count, said whole: "le vite dei neri non contano", "la
  vita di un rom non conta niente", "i neri non contano." The group, or "la vita di",
  opens the sentence and ends right before the claim, which closes it. Clean: "i voti
  non contano" (no group), "i rifugiati non contano niente per questo governo" (goes
  on), "per lui le donne non contano" (another's view), "... non contano?" (asked).
- Nobody wanting a group named before, through a clitic: "i disabili non li vuole
  nessuno", "i gay? non li sopporta nessuno" (hatecheck9's pronoun reading; the idiom's
  own "non" is no denial). Clean: "questo gioco non lo vuole nessuno" (no group), "dire
  che i rom non li vuole nessuno è razzista" (reported).
- An exclamation judging a remark reported earlier in the line: "ho sentito qualcuno
  dire che i neri sono animali, che schifo". Stays hostile: "i neri sono animali, che
  schifo" (no verb of saying with "che").
- Players called monsters in praise: "porca miseria siete dei mostri, gg", "siete dei
  mostri ahah bravissimi" (a game's praise a few words away, no other hostile word).
  Stay hostile: "siete dei mostri, gg ez", "siete dei mostri, vergognatevi".
- italian23's "sanno solo <infinitive>" with a skill counted after it is praise: "le
  donne sanno solo parlare tre lingue, e tu?"; "i rom sanno solo rubare" stays.
- hatecheck9's group-after idioms with the group as the topic before: "Gli ebrei? Mai
  fidarsi."; "Il meteo? Mai fidarsi." names no group.

At its own depth (matching.Matcher._article_then_clause, the scorer's joined-token
gate): a whole clause run together after its article, "ledonnesonoinferiori",
"inerisonoscimmie", "gliebreidevonomorire", read apart when a group's name opens the
rest and a hostile word follows; "ledonnesonofortissime" (no hostile word) stays
clean. targeting_vulgar reads the folded "è" as a copula: "frocio è un insulto",
"negro non è una parola da usare" talk about a word. hatecheck9's group-after terms
take "sono disgustato", "nessuno vuole", "non rispetto nessun", "non ne posso più"
("sono disgustato dai musulmani", never "... da questo film"), and its victims "morti",
"sfruttati" ("nessuno vuole i rifugiati morti in mare"). Lexicon lines, only of people:
"prenderò a botte ogni musulmano che vedo", "i gay vanno presi a botte", "ogni ebreo
merita una pallottola", "che si fottano gli immigrati", "i neri sono la peggior specie",
"le donne non hanno alcun valore", "i neri sono sottosviluppati".

Cost: in `probe4_aim`, three frozenset tests of the hit's term (TOPIC_FIRST,
NOBODY_WANTS, NOT_COUNT); in `reread`, three (MONSTERS, JUDGING, TOPIC_VERDICTS). Then
at most twelve tokens back in the hit's sentence, italian19's topic look-up (a cached
sentence start, three tokens back) and gap tests; the praise test walks the line for
another hostile word only when "siete dei mostri" has a game's praise beside it. No
work for messages without a hit; the joined-token gate adds three string slices per
long token only.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck9_words as w9
from bot.core.scoring import italian22_words as w22
from bot.core.scoring import italian24_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_insults19 import Insults19Rules
from bot.core.scoring.targeting_italian14 import NO_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian24Rules"]

JUDGED_NOTE: Final = "a reported remark judged"  # cancels the hit (weighing.py)
PRAISED_NOTE: Final = "players called monsters in praise"


class Italian24Rules(Insults19Rules):
    """A group named as a topic, a bare verdict after it."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "i disabili non li vuole nessuno": the clitic stands for the group named
        before; with no group the round's term counts for nothing."""
        if hit.entry.term in w.NOBODY_WANTS:
            if self._hc9_pronoun(ctx, hit) and not self._i24_reported(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE
            return Kind.OBJECT, NO_GROUP_NOTE  # "questo gioco non lo vuole nessuno"
        if hit.entry.term in w.TOPIC_FIRST and self._i24_topic_verdict(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "Gli ebrei? Mai fidarsi."
        if hit.entry.term == w.WANTS_NOBODY:
            if self._i24_nobody_wants(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE
            return Kind.OBJECT, NO_GROUP_NOTE  # "nessuno vuole la guerra"
        if hit.entry.term in w.NOT_COUNT:
            if self._i24_life_not_counted(ctx, hit):
                return Kind.GROUP, IDENTITY_NOTE
            return Kind.OBJECT, NO_GROUP_NOTE  # "i voti non contano"
        return super().probe4_aim(ctx, hit)

    def _i23_knows_only(self, ctx: Context, hit: Hit) -> bool:
        """italian23's "sanno solo <infinitive>"; a skill counted after the infinitive is
        praise: "le donne sanno solo parlare tre lingue, e tu?"."""
        if not super()._i23_knows_only(ctx, hit):
            return False
        at = hit.last + 2  # past "solo" and the infinitive
        return at >= len(ctx.tokens) or not (ctx.tokens[at] in w.COUNTS or ctx.tokens[at].isdigit())

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; "I musulmani? Bestie." aimed at the group, the round's
        topic-only words unread elsewhere."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.MONSTERS and target is Kind.SECOND_PERSON and self._i24_praised(ctx, hit):
            return Kind.NONE, PRAISED_NOTE  # "porca miseria siete dei mostri, gg"
        if term in w.JUDGING and target is not Kind.REPORTED and self._i24_report_judged(ctx, hit):
            return Kind.REPORTED, JUDGED_NOTE  # "... dire che i neri sono animali, che schifo"
        if term not in w.TOPIC_VERDICTS or target is Kind.REPORTED:
            return target, note
        if self._i24_topic_verdict(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE
        if term in w.TOPIC_ONLY:
            return Kind.OBJECT, NO_GROUP_NOTE  # "my bestie", "togliersi un peso"
        return target, note

    def _i24_topic_verdict(self, ctx: Context, hit: Hit) -> bool:
        """italian19's topic shape, the verdict closing its sentence, never asked."""
        end = hit.last
        if not ctx.closes_clause(end) or ctx.gap_asks(end - 1):
            return False
        return self._i19_topic_verdict(ctx, hit)

    def _i24_report_judged(self, ctx: Context, hit: Hit) -> bool:
        """The exclamation closes the line, its own clause after a pause, and a verb of
        saying with "che" stands before it in reach: "ho sentito qualcuno dire che i neri
        sono animali, che schifo"; never "i neri sono animali, che schifo"."""
        tokens = ctx.tokens
        first = hit.first
        if first < 2 or not ctx.pause_after(first - 1) or hit.last < len(tokens):
            return False
        for i in range(first - 2, max(first - w.REPORT_REACH, 0) - 1, -1):
            if tokens[i] in w.SAYING and tokens[i + 1] == w.THAT:
                return not ctx.pause_after(i)
        return False

    def _i24_reported(self, ctx: Context, hit: Hit) -> bool:
        """Quoted, or a word of saying earlier in the hit's sentence ("dire che i rom non
        li vuole nessuno è razzista"); the idiom's own "non" is no denial."""
        if ctx.quoted(hit.first, hit.last):
            return True
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.REPORT_REACH)
        return not w9.SAYING.isdisjoint(tokens[start : hit.first])

    def _i24_life_not_counted(self, ctx: Context, hit: Hit) -> bool:
        """ "le vite dei neri non contano": a group, or its life, opening the sentence and
        ending right before the hit, the claim closing it unasked and unreported."""
        tokens = ctx.tokens
        if not ctx.closes_clause(hit.last) or ctx.gap_asks(hit.last - 1):
            return False
        start = ctx.sentence_start(hit.first, w.REPORT_REACH)
        at = start
        if at < hit.first and tokens[at] in w.SUBJECT_ARTICLES:
            at += 1
        if at + 1 < hit.first and tokens[at] in w.LIVES and tokens[at + 1] in w.OF:
            at += 2
            if at < hit.first and tokens[at] in w.ONE:
                at += 1
        if at >= hit.first or ctx.quoted(start, hit.last):
            return False
        return self._group_end(tokens, at) == hit.first

    def _i24_nobody_wants(self, ctx: Context, hit: Hit) -> bool:
        """ "nessuno vuole i rifugiati qui": a named group right after, then the clause
        closes or says where; unquoted, unreported."""
        tokens = ctx.tokens
        at = hit.last
        if at < len(tokens) and tokens[at] in w22.DETERMINERS:
            at += 1
        end = self._group_end(tokens, at)
        if end <= 0 or self._i24_reported(ctx, hit) or ctx.gap_asks(end - 1):
            return False
        return (
            ctx.closes_clause(end) or tokens[end] in w22.WHERE or tokens[end] in w22.PLACES_BEFORE
        )

    def _i24_praised(self, ctx: Context, hit: Hit) -> bool:
        """A game's praise a few words from "siete dei mostri" and no other hostile word
        in the line: "siete dei mostri, gg"; never "... gg ez" or "..., vergognatevi"."""
        tokens = ctx.tokens
        near = tokens[max(0, hit.first - w.PRAISE_REACH) : hit.last + w.PRAISE_REACH]
        if w.GAME_PRAISE.isdisjoint(near):
            return False
        return not self._other_hostility(ctx, hit.first, hit.last)
