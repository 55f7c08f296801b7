"""Targeting rules of the italian46 round (issue 8): a broad sweep of Italian functional
hate speech, where the older rules still misread two shapes.

- Counter-speech that judges whoever wrongs an identity group: the sentence opens (past
  a linking word or "secondo me") with "chi" / "chiunque" and a verb of the wrong
  (italian46_words.WRONG_VERBS: "odia", "insulta", "augura", "dice", "chiama") or with
  its infinitive as the subject (WRONG_INFINITIVES: "odiare", "augurare"), a named group
  stands in that clause, and a copula ("è", "sono", "resta") then judges the doer or the
  deed (JUDGMENTS: "ignorante", "da criminali", "vergognoso", "razzismo"): "chi odia i
  musulmani è solo ignorante", "augurare la morte ai rom è da criminali", "chiamare
  froci i gay è da ignoranti". Every hit aimed at the group from the verb to the
  judgment is cancelled: the hate is the doer's, named to condemn it, and the judgment
  is aimed at a doer no one names. Still aimed: "odiare i gay è giusto", "sterminare
  gli ebrei è un dovere" (no judgment of the deed), "chi odia i gay non è un idiota"
  (denied), "chi difende i gay è un idiota" (no wrong named), "i gay sono idioti" (no
  doer's clause).
- An older identity attack in the clause right after a group's topic (italian44's
  reading: the group, then a question mark, comma or colon): "le donne? non capiscono
  niente", "i rom, sono solo feccia". The older rules look for the group in the hit's
  own clause, so the pause cut it off. Stay clean: the attack asked back, quoted,
  reported after ("..., dicono i razzisti") or denied before, a thing's topic ("i
  computer? non capiscono niente"), and italian45's own fragments, which it reads itself.

Cost per hit: one kind test; then at most OPENER_REACH + 1 tokens from the sentence's
start, CLAUSE_REACH ahead to the copula with JUDGE_LEAD_REACH after each, GROUP_SPAN per
clause token; or TOPIC_CLAUSE_REACH back and italian44's topic reach. No regex, no new
lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian44_words as i44
from bot.core.scoring import italian46_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord40 import Discord40Rules
from bot.core.scoring.targeting_hatecheck9 import NOT_SAID9_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["JUDGED_DOER_NOTE", "Italian46Rules"]

# The note that cancels the hit (weighing.py zeroes any note it does not name).
JUDGED_DOER_NOTE: Final = "a wrong against an identity group named to condemn its doer"
# The attacks read after a group's topic: words said of people, not threats or swearing.
_ATTACKS: Final[frozenset[Category]] = frozenset({Cat.IDENTITY_ATTACK, Cat.INSULT})


class Italian46Rules(Discord40Rules):
    """Counter-speech judging whoever wrongs a group is not aimed at the group; an
    attack in the clause after a group's topic is."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; the doer's judgment cancelled, the topic's
        attack aimed at the group."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is Kind.GROUP and self._it46_doer_judged(ctx, hit):
            return Kind.NONE, JUDGED_DOER_NOTE  # "chi odia i musulmani è un ignorante"
        if (
            note == NOT_SAID9_NOTE
            and hit.entry.category in _ATTACKS
            and self._it46_topic_attack(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "le donne? non capiscono niente"
        return target, note

    def _it46_doer_judged(self, ctx: Context, hit: Hit) -> bool:
        """The hit stands in a doer's clause of a wrong against a named group, or is the
        judgment of that clause after its copula."""
        tokens = ctx.tokens
        first = ctx.sentence_start(hit.first, w.CLAUSE_REACH + w.JUDGE_LEAD_REACH)
        verb = ctx.skip_ahead(first, w.OPENERS, w.OPENER_REACH)
        if verb >= len(tokens) or hit.first < verb:
            return False
        if tokens[verb] in w.WHOEVER:
            verb += 1
            if verb >= len(tokens) or tokens[verb] not in w.WRONG_VERBS:
                return False
        elif tokens[verb] not in w.WRONG_INFINITIVES:
            return False
        for copula in range(verb + 2, min(len(tokens), verb + w.CLAUSE_REACH + 1)):
            if ctx.pause_after(copula - 1):
                return False  # "odiare gli ebrei è normale, sono vermi"
            if tokens[copula] not in w.COPULAS or tokens[copula - 1] in w.NOT:
                continue
            if tokens[copula] in w.PLURAL_COPULAS and self._it46_names_group(
                tokens, copula - i44.GROUP_SPAN, copula, copula
            ):
                continue  # the group's own predicate: "chi dice che i neri sono criminali"
            judged = ctx.skip_ahead(copula + 1, w.JUDGE_LEAD, w.JUDGE_LEAD_REACH)
            if judged < len(tokens) and tokens[judged] in w.JUDGMENTS:
                return (
                    hit.last <= judged + 1
                    and self._it46_names_group(tokens, verb + 1, copula, -1)
                    and not ctx.any_ahead(judged + 1, w.READER, w.READER_REACH)
                )  # not "... è un idiota come te"
        return False

    def _it46_names_group(self, tokens: list[str], start: int, end: int, ending: int) -> bool:
        """A named group begins between `start` and `end` (the doer's clause); if `ending`
        is a token index, one that ends right there."""
        for i in range(max(0, start), end):
            group_end = self._group_end(tokens, i)
            if group_end > 0 and ending in (-1, group_end):
                return True
        return False

    def _it46_topic_attack(self, ctx: Context, hit: Hit) -> bool:
        """The hit opens the clause right after a named group's topic (past a few lead
        words), said as the writer's own words."""
        start = ctx.back_over(hit.first, w.TOPIC_CLAUSE_LEAD, w.TOPIC_CLAUSE_REACH)
        if start < 1 or not ctx.pause_after(start - 1) or not self._it44_topic(ctx, start):
            return False
        if ctx.ends_asking(hit.first) or ctx.quoted(hit.first, hit.last):
            return False  # "le donne? non capiscono niente? ma che dici"
        if ctx.any_ahead(hit.last, i44.SAYINGS, i44.SAYING_REACH):
            return False  # "..., dicono i razzisti"
        return not self._hc9_unsaid(ctx, hit)
