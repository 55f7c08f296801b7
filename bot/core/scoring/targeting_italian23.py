"""Targeting rules of the italian23 round (issue 8, eighteenth session): Italian hate at
default settings in the shapes the italian21/22 rounds left out.

- A named group that "sa solo" do something: "i musulmani sanno solo farsi esplodere",
  "le donne sanno solo piangere", "gli immigrati sanno solo delinquere". hateprobe5's
  [group_unable] cue "sanno" (read there only after "non") counts with "solo"/"soltanto"
  right after it, an infinitive right after that and the group its subject. Clean: "mio
  fratello sa solo dormire", "i bambini sanno solo giocare" (no group), "i musulmani
  sanno solo l'arabo?" (no infinitive), "non sanno solo rubare" (not only), counter-speech
  ("non è vero che le donne sanno solo piangere") and reports ("chi dice che ...") as the
  older rules read them.
- The lexicon's "fuori gli/i/le" slogans (exclusion.txt) read as the slogan only opening
  their clause and closing after the group, saying where from, or going on with "che" /
  "perché": "fuori gli immigrati", "fuori i rom dall'italia". Clean: "fuori i musulmani
  stanno pregando" ("outside", a verb follows), "fuori gli stranieri è una frase che mi fa
  schifo" (quoted and judged), "gridare fuori gli immigrati è da razzisti" (reported).
- A slogan over a list of groups (italian22's slogans): "fuori le femministe e le donne
  dal parlamento", "fuori gli immigrati e i rom dall'italia": after the first group, "e"
  and another named group, up to three; the slogan must then close or say where.
- A bare "rom" shut out ("rom" names the people only after an article elsewhere): "qui
  non vogliamo rom", "non vogliamo rom nelle nostre scuole", "niente rom qui"; "niente
  <group>" with the writer's own place after it, "niente zingari nel nostro quartiere",
  "niente rom in questa città"; or the place opening the sentence before "niente" and
  the group closing it, "qui niente immigrati", "nel mio quartiere niente rom". Clean:
  "niente rom in tv stasera?", "non vogliamo rom? che vergogna", "qui niente immigrati?"
  (asked; hateprobe6's "niente rom?" too), "niente ebrei nel 1938" (a time), "non
  vogliamo rom craccate" (the game files: no place, the clause goes on).

Cost: each rule runs only on its own cue hits ("sanno", the "fuori" phrases, "non
vogliamo", "niente"), looks at most two tokens ahead of "sanno", at most three groups (a
few tokens each) past "fuori", at most five tokens back from "niente"; frozenset tests
only, no regex, no new per-message work for messages without a hit.
"""

from __future__ import annotations

from bot.core.scoring import italian22_words as w22
from bot.core.scoring import italian23_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord19 import Discord19Rules
from bot.core.scoring.targeting_italian14 import NO_GROUP_NOTE
from bot.core.scoring.targeting_italian22 import opens_clause, said_after
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian23Rules"]


class Italian23Rules(Discord19Rules):
    """A group that "sa solo" do harm; "fuori" slogans over lists, never "outside"; a
    bare "rom" shut out."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; "fuori i musulmani stanno pregando" is "outside"."""
        target, note = super().reread(ctx, hit, target, note)
        if hit.entry.term not in w.OUT_THE or note or target is Kind.REPORTED:
            return target, note
        if not self._i23_out(ctx, hit):
            return Kind.OBJECT, NO_GROUP_NOTE  # the group aimed at later, only as a slogan
        return target, note

    def _skill_denied(self, ctx: Context, hit: Hit) -> bool:
        """The older skills denied; "<group> sanno solo <infinitive>"."""
        if hit.entry.tokens[-1] in w.KNOW and self._i23_knows_only(ctx, hit):
            return True
        return super()._skill_denied(ctx, hit)

    def _i23_knows_only(self, ctx: Context, hit: Hit) -> bool:
        """ "i musulmani sanno solo farsi esplodere": "solo", an infinitive, the group the
        subject; never "non sanno solo ..." or "sanno solo l'arabo"."""
        tokens = ctx.tokens
        first, at = hit.first, hit.last
        if first > 0 and tokens[first - 1] in w.NOT:
            return False
        if at + 1 >= len(tokens) or tokens[at] not in w.ONLY:
            return False
        if ctx.pause_after(at - 1) or ctx.pause_after(at):
            return False
        return tokens[at + 1].endswith(w.INFINITIVE_ENDS) and self._group_subject(ctx, first)

    def _i22_group_list_end(self, ctx: Context, end: int) -> int:
        """italian22's hook, read here for "fuori gli" too: past a list of named groups
        after the one ending at `end`, "le femministe e le donne", "gli immigrati e i
        rom"; `end` itself when no list goes on."""
        tokens = ctx.tokens
        for _ in range(w.LIST_REACH):
            if end + 1 >= len(tokens) or tokens[end] != w.AND or ctx.pause_after(end - 1):
                return end
            at = end + 1
            for _ in range(2):
                if at < len(tokens) and tokens[at] in w22.DETERMINERS:
                    at += 1
            after = self._group_end(tokens, at)
            if after <= 0 or tokens[at] in w22.NOT_PEOPLE:
                return end
            end = after
        return end

    def _i23_out(self, ctx: Context, hit: Hit) -> bool:
        """ "fuori gli immigrati (dall'italia)": the slogan opens its clause and closes
        after its group(s), says where or goes on with "che"; else "outside"."""
        tokens = ctx.tokens
        if not opens_clause(ctx, hit.first):
            return False  # "gridare fuori gli immigrati è da razzisti"
        at = hit.last
        if at < len(tokens) and tokens[at] in w22.DETERMINERS:
            at += 1  # "fuori tutti gli ..." is read by italian22; "fuori i tutti" rare
        end = self._group_end(tokens, at)
        if end <= 0:
            return True  # no group read here: the older reading stands
        end = self._i22_group_list_end(ctx, end)
        if ctx.quoted(hit.first, end):
            return False
        if _slogan_ends(ctx, end):
            return True
        return _plural_adjective(tokens[end]) and _slogan_ends(ctx, end + 1)

    def _it11_not_wanted(self, ctx: Context, hit: Hit) -> bool:
        """The older readings; a bare "rom" closing or with a place after: "qui non
        vogliamo rom", "non vogliamo rom nelle nostre scuole"."""
        if super()._it11_not_wanted(ctx, hit):
            return True
        return self._i23_bare_rom(ctx, hit.last, hit.first)

    def _shut_out(self, ctx: Context, hit: Hit) -> bool:
        """hateprobe6's shut-outs; "niente" with a bare "rom" or the writer's place after
        the group: "niente zingari nel nostro quartiere"."""
        if super()._shut_out(ctx, hit):
            return True
        tokens = ctx.tokens
        first = hit.first
        if tokens[first] != w.NOTHING:
            return False
        if not ctx.starts_sentence(first):
            return self._i23_place_then_nothing(ctx, first)
        if self._i23_bare_rom(ctx, first + 1, first):
            return True
        end = self._group_end(tokens, first + 1)
        if end <= 0 or ctx.pause_after(end - 1) or ctx.quoted(first, end):
            return False
        return _own_place(tokens, end)

    def _i23_place_then_nothing(self, ctx: Context, first: int) -> bool:
        """ "qui niente immigrati", "nel mio quartiere niente rom": the writer's place
        opening the sentence, "niente" and a named group closing it."""
        tokens = ctx.tokens
        start = ctx.sentence_start(first, w22.PLACE_BACK)
        if start == first or ctx.pause_after(first - 1):
            return False
        if not any(tokens[i] in w22.PLACES_BEFORE for i in range(start, first)):
            return False
        if self._i23_bare_rom(ctx, first + 1, first):
            return ctx.closes_clause(first + 2)
        end = self._group_end(tokens, first + 1)
        if end <= 0 or ctx.quoted(start, end) or ctx.gap_asks(end - 1):
            return False  # "qui niente immigrati?": asked
        return ctx.closes_clause(end)

    def _i23_bare_rom(self, ctx: Context, at: int, first: int) -> bool:
        """A bare "rom" at `at` closing its clause, or with the writer's place after:
        shut out; never "rom?" asked or "rom craccate"."""
        tokens = ctx.tokens
        if at >= len(tokens) or tokens[at] != w.ROM or ctx.pause_after(at - 1):
            return False
        end = at + 1
        if ctx.quoted(first, end) or ctx.gap_asks(at) or said_after(tokens, end):
            return False  # "non vogliamo rom?", asked
        if ctx.closes_clause(end):
            return True
        return tokens[end] in w22.PLACES_BEFORE or _own_place(tokens, end)


def _slogan_ends(ctx: Context, end: int) -> bool:
    """The slogan's group(s) end before `end` and it closes, says where, goes on with
    "che" / "perché" or "e basta"; never asked, nor said by someone after."""
    tokens = ctx.tokens
    if ctx.answered(end) or said_after(tokens, end):
        return False
    if ctx.closes_clause(end):
        return True
    if tokens[end] == w.AND and end + 1 < len(tokens) and tokens[end + 1] == w.ENOUGH:
        return True  # "fuori gli immigrati e basta"
    return tokens[end] in w22.WHERE or tokens[end] in w.GOES_ON


def _plural_adjective(word: str) -> bool:
    """A plural adjective's ending ("clandestini", "islamiche"), never a verb's "-no"."""
    return len(word) > w.ADJECTIVE_MIN and word.endswith(w.PLURAL_ENDS)


def _own_place(tokens: list[str], at: int) -> bool:
    """ "nel nostro quartiere", "in questa città", "in italia" at `at`: the writer's side."""
    if at + 1 >= len(tokens) or tokens[at] not in w.IN:
        return False
    after = tokens[at + 1]
    return after in w.OWN_PLACE or after in w22.PLACES_BEFORE
