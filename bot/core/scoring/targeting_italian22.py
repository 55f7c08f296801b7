"""Targeting rules of the italian22 round (issue 8, eighteenth session): Italian
exclusion of a named group in the shapes the older rounds left out.

- Verbless slogans: "fuori immigrati dall'italia", "basta zingari", "basta con gli
  immigrati", "via tutti i musulmani", "fuori dall'europa i musulmani", "prima gli
  italiani, fuori i rifugiati". The [group_unable] cues "basta", "fuori" and "via"
  (hateprobe5's group-only words: dropped before reading in a message that names no
  group) count only opening their clause (at the start, after a pause or after
  "e"/"ora"/"ragazzi"), with a named group right after ("con", a homeland after "da" and
  determiners may stand between) and the slogan closing there or saying where from or
  where ("dall'italia", "in italia"); "fuori" also after a group opening its clause,
  closing it or before a homeland ("musulmani fuori", "rom fuori dalle nostre città").
  Clean: "chi grida basta immigrati è un razzista" (reported: not opening its clause),
  "fuori immigrati e italiani aspettavano insieme", "basta immigrati morti in mare" and
  "gli ebrei fuori dal ghetto vivevano male" (a sentence goes on), "i rifugiati dormono
  fuori" (a verb between), "basta con gli insulti agli immigrati" (no group right
  after), "via roma è chiusa" (the city, NOT_PEOPLE), "e così via", "basta pizza",
  "fuori le mani" (no group), "basta ebrei? che slogan orribile" (asked, then judged).
- A group sent home, hateprobe5's [group_place] cue "casa" (read there only after a
  modal): "immigrati a casa", "le donne a casa a fare la calza", the group opening its
  clause right before "a casa" and the slogan closing or going on with "a" and an
  infinitive. Clean: "le donne a casa stasera guardano la partita", "i rifugiati a casa
  hanno trovato pace" (a sentence), "ho lasciato le donne a casa" (not opening).
- "no" to a group, the lexicon's "no agli", "no ai", "no alle" read as the slogans: "no
  agli immigrati", "no ai musulmani in italia". Clean: "no agli insulti", "no ai campi
  di concentramento" (no group), "gridare no ai musulmani è da razzisti" (reported),
  "no ai rifugiati lasciati in mare" (the group suffering: a sentence goes on).
- A group unwanted with the place said first or the clause closing on the group: "qui
  non vogliamo zingari", "in italia non vogliamo musulmani", "non vogliamo gli zingari",
  "non vogliamo rifugiati, punto" (italian11 read "non vogliamo" only with a place
  after). Clean: "qui non vogliamo razzisti" (no group), "non vogliamo gli immigrati
  sfruttati nei campi" (the group the victim), "qui non vogliamo battute sui neri" (no
  group right after).
- Where a threat aims at a group's place of worship, "loro" may stand before it (in
  hateprobe5_threats' object walk): "bisognerebbe bruciare le loro moschee".
- The writer shunning a member (hateprobe4's [respect_denied] cues "siederei",
  "sederei"; "vicino", "accanto", "casa" in its object walk): "non mi siederei mai
  accanto a un rom", "non affitterei mai casa a un musulmano". Clean: "non mi siederei
  mai vicino a lui", "non affitterei mai casa a uno studente" (no group), "mi siederei
  volentieri accanto a un musulmano" (not denied); "uscirei" is left out ("non uscirei
  mai con una donna" is a taste).

The round's other parts are lexicon lines: a group "capace solo di" a vice ("i rom sono
capaci solo di rubare", read by the older group rules: "mio fratello è capace solo di
dormire" names no group), "non servono a un cazzo", and chat abuse ("torna a zappare",
"cagasotto", "sei una cessa", "sei un aborto", "sei uno scarto", Roman "burino", "sei un
coatto", "va a morì ammazzato", "vai a spararti", "ti apro in due", "autistico di
merda"; never "domicilio coatto", "sparati un caffè", "ti apro in due la pizza").

Cost: a slogan hit exists only in a message naming a group ("no agli" is a phrase hit);
it looks at most two tokens back (three, then determiners, for a group before "fuori"),
at most five ahead to the group and one past it. "non vogliamo" looks back at most five
tokens within its sentence and one past the group. Frozenset tests only, no regex, no
new per-message work for messages without a hit.
"""

from __future__ import annotations

from bot.core.scoring import italian22_words as w
from bot.core.scoring.hatecheck9_words import SUFFERED
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_forum18 import Forum18Rules
from bot.core.scoring.targeting_italian14 import NO_GROUP_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian22Rules", "opens_clause", "said_after"]


class Italian22Rules(Forum18Rules):
    """Verbless slogans putting a group out; a group unwanted, the place said first."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; "no agli immigrati" read as a slogan."""
        target, note = super().reread(ctx, hit, target, note)
        if hit.entry.term not in w.NO_TO or note or target is Kind.REPORTED:
            return target, note
        if self._i22_slogan(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "no agli zingari in italia"
        return Kind.OBJECT, NO_GROUP_NOTE  # "no agli insulti", "dire no ai rom è ..."

    def _skill_denied(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe5's skills denied; "basta"/"fuori" read as slogans."""
        if hit.entry.tokens[-1] in w.SLOGANS:
            return self._i22_slogan(ctx, hit)
        return super()._skill_denied(ctx, hit)

    def _told_to_stay(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe5's group told to stay in its place; the slogan "<group> a casa"."""
        if super()._told_to_stay(ctx, hit):
            return True
        return hit.entry.tokens[-1] == w.HOME and self._i22_sent_home(ctx, hit)

    def _i22_sent_home(self, ctx: Context, hit: Hit) -> bool:
        """ "immigrati a casa", "le donne a casa a fare la calza": a named group opening
        its clause right before "a casa", the slogan closing there or going on with "a"
        and an infinitive; never "le donne a casa oggi cucinano" (a sentence)."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at < 1 or tokens[at] != w.AT or ctx.pause_after(at - 1) or ctx.pause_after(at):
            return False
        end = hit.last
        if not ctx.closes_clause(end):
            if not (end + 1 < len(tokens) and tokens[end] == w.AT) or ctx.pause_after(end):
                return False
            word = tokens[end + 1]
            if not word.endswith(w.INFINITIVE_ENDS):
                return False  # "le donne a casa a pranzo"
        elif ctx.answered(end) or said_after(tokens, end):
            return False
        for start in range(max(0, at - w.GROUP_BACK), at):
            if self._group_end(tokens, start) == at and tokens[start] not in w.NOT_PEOPLE:
                break
        else:
            return False
        while start > 0 and tokens[start - 1] in w.DETERMINERS and not ctx.pause_after(start - 1):
            start -= 1
        return opens_clause(ctx, start) and not ctx.quoted(start, end)

    def _it11_not_wanted(self, ctx: Context, hit: Hit) -> bool:
        """italian11's place after the group, or a place before the term, or the
        clause closing on the group."""
        if super()._it11_not_wanted(ctx, hit):
            return True
        tokens = ctx.tokens
        at = hit.last
        if hit.entry.tokens[-1] == "piu" and at < len(tokens) and tokens[at] in w.DETERMINERS:
            at += 1
        end = self._group_end(tokens, at)
        if end <= 0 or ctx.pause_after(at - 1) or ctx.quoted(hit.first, end):
            return False
        if ctx.answered(end) or said_after(tokens, end):
            return False  # "non vogliamo i rom? ma che dici", "..., dicono"
        if ctx.closes_clause(end):
            return True  # "non vogliamo gli zingari", "non vogliamo rifugiati, punto"
        if tokens[end] in SUFFERED or tokens[end] in w.PLIGHT:
            return False  # "... i gay discriminati", "... i musulmani trattati male"
        start = ctx.sentence_start(hit.first, w.PLACE_BACK)
        return any(
            tokens[i] in w.PLACES_BEFORE and not ctx.pause_after(i) for i in range(start, hit.first)
        )  # "qui non vogliamo zingari", "in italia non vogliamo musulmani"

    def _i22_slogan(self, ctx: Context, hit: Hit) -> bool:
        """ "fuori immigrati dall'italia", "basta con gli zingari", "musulmani fuori": the
        slogan opens its clause, a named group right after (or right before, opening the
        clause, for "fuori"), then the end, a pause or where."""
        tokens = ctx.tokens
        word = hit.entry.tokens[-1]
        if word in w.AFTER_GROUP and self._i22_group_then_out(ctx, hit):
            return True  # "musulmani fuori", "tutti gli zingari fuori dall'italia"
        first = hit.first
        if not opens_clause(ctx, first):
            return False  # "chi grida basta immigrati": reported
        at = hit.last
        if word == "basta" and at < len(tokens) and tokens[at] == w.WITH:
            at += 1
        elif word != "basta" and _from_home(tokens, at):
            at += 3 if tokens[at + 1] in w.OURS else 2  # "fuori dall'europa i musulmani"
        for _ in range(2):  # "fuori tutti gli stranieri"
            if at < len(tokens) and tokens[at] in w.DETERMINERS:
                at += 1
        if at >= len(tokens) or ctx.pause_after(at - 1) or ctx.pause_after(hit.last - 1):
            return False
        if tokens[at] in w.NOT_PEOPLE:
            return False  # "via roma è chiusa", "fuori roma": the city
        end = self._group_end(tokens, at)
        if end <= 0 and tokens[at] == "rom" and _from_home(tokens, at + 1):
            end = at + 1  # "fuori rom dall'italia"; never "fuori rom dal sito"
        if end <= 0 or ctx.quoted(first, end) or ctx.answered(end) or said_after(tokens, end):
            return False  # "basta musulmani? che schifo", "basta con i rom, dicono"
        end = self._i22_group_list_end(ctx, end)
        return ctx.closes_clause(end) or tokens[end] in w.WHERE

    def _i22_group_list_end(self, ctx: Context, end: int) -> int:
        """Where the slogan's groups end: here the one group (a later round reads lists)."""
        return end

    def _i22_group_then_out(self, ctx: Context, hit: Hit) -> bool:
        """A named group opening its clause right before "fuori", and the slogan
        closing or saying where from: "musulmani fuori", "i rom fuori dall'italia";
        never "i rifugiati dormono fuori" (a verb between)."""
        tokens = ctx.tokens
        first = hit.first
        if first == 0 or ctx.pause_after(first - 1) or ctx.quoted(hit.first, hit.last):
            return False
        home = _from_home(tokens, hit.last)
        if not (home or ctx.closes_clause(hit.last)):
            return False  # "gli ebrei fuori dal ghetto vivevano male": a sentence
        for start in range(max(0, first - w.GROUP_BACK), first):
            if (self._group_end(tokens, start) == first and tokens[start] not in w.NOT_PEOPLE) or (
                home and start == first - 1 and tokens[start] == "rom"
            ):
                break  # "musulmani fuori", "rom fuori dalle nostre città"
        else:
            return False
        while start > 0 and tokens[start - 1] in w.DETERMINERS and not ctx.pause_after(start - 1):
            start -= 1
        return opens_clause(ctx, start)


def _from_home(tokens: list[str], at: int) -> bool:
    """ "dall'italia", "dal nostro paese" at `at`: a slogan's "from" with a homeland."""
    return (
        at + 1 < len(tokens)
        and tokens[at] in w.FROM
        and (tokens[at + 1] in w.PLACES_BEFORE or tokens[at + 1] in w.OURS)
    )


def opens_clause(ctx: Context, at: int) -> bool:
    """Token `at` opens its clause: the start, a pause before, or one opener word ("e",
    "ora", "ragazzi") after the start or a pause."""
    if at == 0 or ctx.pause_after(at - 1):
        return True
    if ctx.tokens[at - 1] not in w.OPENERS:
        return False
    return at == 1 or ctx.pause_after(at - 2)


def said_after(tokens: list[str], end: int) -> bool:
    """A verb of saying right after the words: "basta con i rom, dicono": reported."""
    return end < len(tokens) and tokens[end] in w.SAYING
