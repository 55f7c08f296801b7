"""Targeting rules of the italian25 round (issue 8, nineteenth session): Italian chat
and social posts aimed at a person in shapes the older rules left unaimed.

- A demonstrative pronoun as the subject, a copula, an article, an insult said whole:
  "questa è una cretina", "questi qui sono proprio degli idioti", "quella è una
  vipera". gamechat4 reads "questa" / "questo" as a thing ("questa è una cazzata"); an
  insult after the article (not one that also judges things, italian25_words.THING_TOO)
  closing its clause names a person. Clean: "questa è una cazzata", "questa è una
  vergogna", "questa è una stupida domanda" (goes on), "questi sono i miei amici" (no
  hit).
- A demonstrative with an animal or a witch said of a person (the lexicon's italian25
  lines, "sta vipera", "quell oca", "questa gallina"): closing its clause, before "di"
  and a name or a relative ("quell'oca di Giulia", "quella vacca di tua madre"), with a
  person's verb a few words after ("sta strega non si vergogna") or right before ("ma
  perché urla sta gallina"). Clean, and cancelled: "questa gallina fa tante uova", "sta
  gallina al forno", "quell'oca di gomma", "ho cucinato sta gallina", a quoted or
  reported line.
- A lesson ordered, then a bare vocative closing the sentence: "impara a scrivere
  somaro", "ripassa la grammatica, asino". The older rules read "scrivere" as talk
  about a word. Clean: "la parola somaro viene dal latino" (no order), "impara a
  scrivere la parola somaro" (a word named), "mi ha detto capra" (no order).
- One beast or a flock (the lexicon's "una gallina", "delle oche" lines) said whole
  after "sei" / "siete" or a pointing subject: "siete delle oche", "quella è una
  civetta". Clean, and cancelled: "ho comprato delle galline", "queste sono delle
  galline ovaiole", "le mie vicine allevano delle oche".
- A plural insult with its article opening the clause: "i beoti ridono pure", "gli
  idioti ci credono", "ma i soliti deficienti commentano". The article must match the
  insult's ending ("i" / "gli" before "-i", "le" before "-e"), so the English "I" before
  "hate" is never one. Clean: "siamo i soliti idioti" (the writer among them), "mi ha
  detto che i cretini ridono" (reported), "i pagliacci del circo", "i geni della fisica"
  (words of jesters or praise, italian25_words.NOT_PEOPLE_ONLY, and faint words).
- A singular insult with its article opening the clause and a verb's word after it: "il
  deficiente ha parlato", "ma la scema ci crede", "il coglione di turno". Clean: "lo
  stupido è che ..." and "lo stupido è pensare ..." (an abstract), "la stupida domanda"
  (an adjective), "la cretina sono io" (the writer).
- A beast, a flock or a pointed insult closes its clause when only hashtags follow: "sta
  vipera #gfvip".
- By lexicon lines only: a jailbird, "siete degli avanzi di galera"; chat spellings,
  "statte zitto", "va a fa' in culo", "sei un cazzaro".

At depth, targeting_person reads "i" right before a plural insult ending in "-i" (or
with "soliti" between) as the Italian article, not the English "I": "i beoti ridono"
was read as said of oneself (italian25_words.italian_article, a few list tests asked
only when "i" is the nearest self cue).

Cost: in `in_game`, two frozenset tests of the term (BEAST_TERMS, FLOCKS) and a
category test; then at most eight tokens back from an insult for a pointing subject or
an article, five ahead of a singular subject, four ahead or two back from a beast
(six past hashtags), seven back for a lesson order, and a sentence start (cached) for
a reporting word. No regex, no work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian25_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat25 import GameChat25Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["UNSHAPED_NOTE", "Italian25Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
UNSHAPED_NOTE: Final = "an animal or a witch not said of a person"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_UNSPOKEN: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.REPORTED})
_NAMING: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})


class Italian25Rules(GameChat25Rules):
    """A pointing subject with an insult, a beast said of a person, an insult with its
    article as the subject, a lesson's vocative."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if entry.term in w.BEAST_TERMS:
            asked = hit.first > 0 and ctx.tokens[hit.first - 1] in w.PERSON_VERBS
            if (target is not Kind.REPORTED or asked) and self._i25_beast(ctx, hit):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "quell'oca di Giulia"
            return Kind.OBJECT, UNSHAPED_NOTE  # "questa gallina fa tante uova"
        if entry.term in w.FLOCKS:
            flock = self._i25_flock(ctx, hit) if target is not Kind.REPORTED else None
            if flock is Kind.SECOND_PERSON:
                return flock, ""  # "siete delle oche"
            if flock is not None:
                return flock, OUTRIGHT_NOTE  # "queste sono delle galline"
            if target is Kind.GROUP:
                return target, note  # "i rom sono delle iene": the older group reading
            return Kind.OBJECT, UNSHAPED_NOTE  # "ho comprato delle galline"
        if entry.category not in _NAMING:
            return target, note
        if target in _UNSPOKEN and self._i25_lesson_vocative(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "impara a scrivere somaro" (not a word named)
        if note:
            return target, note  # cancelled: "questo qui è un genio" (praise)
        if target in _UNAIMED and self._i25_pointed(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "questa è una cretina"
        if target in _UNAIMED and self._i25_plural_subject(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "e i beoti ridono pure"
        if target in _UNAIMED and self._i25_singular_subject(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "il deficiente ha parlato"
        return target, note

    def _i25_singular_subject(self, ctx: Context, hit: Hit) -> bool:
        """A singular insult with its article opening the clause and a verb's word after
        it: "il deficiente ha parlato", "ma la scema ci crede", "il coglione di turno";
        never "lo stupido è che ..." or "lo stupido è pensare ..." (an abstract), "la
        stupida domanda" (an adjective), "il cretino ero io"."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        entry = hit.entry
        if not w.bare_insult(entry.term, entry.weight, len(entry.tokens)):
            return False
        at = first - 1
        if at > 0 and tokens[at] in w.SINGLE_ADJECTIVES:
            at -= 1
        if at < 0 or tokens[at] not in w.SINGLE_ARTICLES:
            return False
        if at > 0 and not ctx.pause_after(at - 1) and tokens[at - 1] not in w.OPENERS:
            return False
        if last >= len(tokens) or ctx.pause_after(last - 1) or ctx.quoted(first, last):
            return False
        after = tokens[last]
        ahead = tokens[last + 1] if last + 1 < len(tokens) else ""
        if after == w.OF_TURN[0]:
            if ahead != w.OF_TURN[1]:
                return False
        elif after in w.COPULAS:
            if ahead == w.THAT or ahead.endswith(w.INFINITIVES):
                return False
        elif after not in w.SUBJECT_NEXT:
            return False
        if not w.ME.isdisjoint(tokens[last : last + w.ME_REACH]):
            return False  # "la cretina sono io", "il cretino ci sono cascato io"
        start = ctx.sentence_start(at, w.REPORT_REACH)
        return w.REPORTED.isdisjoint(tokens[start:at])

    def _i25_plural_subject(self, ctx: Context, hit: Hit) -> bool:
        """A plural insult with its article opening the clause: "i cretini ridono", "gli
        idioti ci credono", "ma i soliti beoti applaudono"; never a word of both people
        and things or praise (italian25_words.NOT_PEOPLE_ONLY), never quoted or reported."""
        tokens = ctx.tokens
        first = hit.first
        if not w.bare_insult(hit.entry.term, hit.entry.weight, len(hit.entry.tokens)):
            return False
        if ctx.quoted(first, hit.last):
            return False
        at = first - 1
        if at > 0 and tokens[at] in w.ARTICLE_ADJECTIVES:
            at -= 1
        if at < 0 or not w.plural_of(tokens[at], hit.entry.tokens[0]):
            return False
        if at > 0 and not ctx.pause_after(at - 1) and tokens[at - 1] not in w.OPENERS:
            return False
        start = ctx.sentence_start(at, w.REPORT_REACH)
        return w.REPORTED.isdisjoint(tokens[start:at]) and w.WE.isdisjoint(tokens[start:at])

    def _i25_pointed(self, ctx: Context, hit: Hit) -> bool:
        """A pointing pronoun opening its clause, "qui", a copula, intensifiers and an
        article before the insult, which closes its clause (or a "patentata" after)."""
        tokens = ctx.tokens
        if hit.entry.term in w.THING_TOO or ctx.quoted(hit.first, hit.last):
            return False
        end = hit.last
        if not self._i25_closes(ctx, end) and not (
            tokens[end] in w.AFTER_PERSON and self._i25_closes(ctx, end + 1)
        ):
            return False
        at = hit.first - 1
        if hit.entry.term not in w.FLOCKS:  # "delle oche" holds its article
            if at < 0 or tokens[at] not in w.ARTICLES:
                return False
            at -= 1
        return self._i25_pointing_subject(ctx, hit, at)

    def _i25_pointing_subject(self, ctx: Context, hit: Hit, at: int) -> bool:
        """Intensifiers, a copula, "qui" and a pointing pronoun back from token `at`, the
        pronoun opening its clause: "questi qui sono proprio ..."."""
        tokens = ctx.tokens
        floor = at - 2
        while at > floor and at >= 0 and tokens[at] in w.INTENSIFIERS:
            at -= 1
        if at < 1 or tokens[at] not in w.COPULAS:
            return False
        at -= 1
        if tokens[at] in w.HERE and at > 0:
            at -= 1
        if tokens[at] not in w.POINTING:
            return False
        for i in range(at, hit.first - 1):
            if ctx.pause_after(i):
                return False
        return at == 0 or ctx.pause_after(at - 1) or tokens[at - 1] in w.OPENERS

    def _i25_beast(self, ctx: Context, hit: Hit) -> bool:
        """ "sta vipera" said of a person: the clause closes, "di" and a name or a relative
        (one word, closing the clause) follow, or a person's verb is a few words after (the
        name's) or right before; never a thing
        done to it ("ho cucinato sta gallina"), never quoted or reported."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if ctx.quoted(first, last):
            return False
        if first > 0 and tokens[first - 1] in w.HANDLED:
            return False
        start = ctx.sentence_start(first, w.REPORT_REACH)
        if not w.REPORTED.isdisjoint(tokens[start:first]):
            return False
        if not self._i25_closes(ctx, last) and tokens[last] in w.SCORN:
            last += 1  # "sta oca giuliva"
        if self._i25_closes(ctx, last):
            return True
        if tokens[last] == w.WITHOUT and last + 1 < len(tokens):
            return tokens[last + 1] in w.PERSON_WANTS  # "questa mucca senza dignità"
        if tokens[last] in w.OF and last + 1 < len(tokens):
            if tokens[last + 1] in w.POSSESSIVES:
                return last + 2 < len(tokens) and tokens[last + 2] in w.KIN
            last += 2  # "quella serpe di Chiara": one word named, then the clause closes
            if self._i25_closes(ctx, last):
                return True
        for i in range(last, min(len(tokens), last + w.VERB_REACH)):
            if tokens[i] in w.PERSON_VERBS:
                return True
            if tokens[i] not in w.VERB_FILLERS or ctx.pause_after(i):
                break
        for i in range(first - 1, max(start, first - 2) - 1, -1):
            if tokens[i] in w.PERSON_VERBS:
                return True
        return False

    def _i25_flock(self, ctx: Context, hit: Hit) -> TargetKind | None:
        """ "siete delle oche" (the reader), "queste sono delle galline" (the pronoun's
        people), said whole; None otherwise ("ho comprato delle galline")."""
        tokens = ctx.tokens
        if ctx.quoted(hit.first, hit.last) or not self._i25_closes(ctx, hit.last):
            return None
        at = hit.first - 1
        while at > hit.first - 3 and at >= 0 and tokens[at] in w.INTENSIFIERS:
            at -= 1
        if at >= 0 and tokens[at] in w.YOU_ARE:
            return Kind.SECOND_PERSON
        if self._i25_pointing_subject(ctx, hit, hit.first - 1):
            return Kind.THIRD_PERSON
        return None

    def _i25_closes(self, ctx: Context, end: int) -> bool:
        """The clause closes at token `end`, or only hashtags follow ("sta strega
        #gfvip")."""
        if ctx.closes_clause(end):
            return True
        folded, spans = ctx.folded, ctx.spans
        limit = min(len(ctx.tokens), len(spans), end + w.TAG_REACH)
        at = end
        while at < limit and spans[at][0] > 0 and folded[spans[at][0] - 1] == "#":
            at += 1
        return at > end and at >= len(ctx.tokens)

    def _i25_lesson_vocative(self, ctx: Context, hit: Hit) -> bool:
        """A lesson ordered at the sentence's start, the bare insult closing it, no pause
        between but one right before the insult: "impara a scrivere somaro"."""
        tokens = ctx.tokens
        first = hit.first
        if first < 2 or not ctx.closes_clause(hit.last) or ctx.quoted(first, hit.last):
            return False
        before = tokens[first - 1]
        if before in w.NOT_VOCATIVE or before in w.WORD_NOUNS:
            return False
        start = ctx.sentence_start(first, w.LESSON_REACH)
        if tokens[start] in w.OPENERS and start + 1 < first:
            start += 1
        if tokens[start] not in w.LESSONS:
            return False
        for i in range(start, first - 1):
            if ctx.pause_after(i) or tokens[i] in w.WORD_NOUNS:
                return False
        return True
