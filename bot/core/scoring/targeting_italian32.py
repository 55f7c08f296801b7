"""Targeting rules of the italian32 round (issue 8, twenty-second session): trans people
denied their gender, as Italian posts on Telegram and Twitter and hate-speech suites
write it.

- A trans woman called a man, or a trans man a woman: "le donne trans sono uomini", "un
  trans resta un uomo", "una trans è sempre un maschio", "le trans sono e resteranno
  uomini", "gli uomini trans sono donne", "un uomo trans resta una femmina". The terms
  (italian32_words.OWN_TERMS: "trans sono", "trans resta", "transessuali restano") count
  when a gender (MALE, FEMALE) follows over a few words (BETWEEN: "sempre", "solo", "un",
  "e resteranno") and it is not the one the subject names: "donne trans", "una trans",
  "i trans" live as women, "uomini trans" as men.
- The same gender denied: "le donne trans non sono donne", "le trans non saranno mai
  donne", "un uomo trans non è un uomo", "una trans non potrà mai essere una donna". The
  terms "trans non", "transessuali non" count when the gender after is the subject's own.

- English, the same shape: "trans women are men", "a trans woman is still a man",
  "trans men aren't men", "trans women will never be women". The terms "trans women",
  "trans man", ... count only with a verb right after ("are", "is", "will", "aren't"),
  then the gender over a few words; the term's own word says who the person lives as.

Clean: the frames affirming ("le donne trans sono donne", "gli uomini trans sono uomini",
"le donne trans non sono uomini", "un uomo trans non è una donna"), "le persone trans sono
persone" (no gender), both genders named ("i trans sono uomini e donne come noi"), the
claim reported or rejected ("dire che le donne trans sono uomini è transfobia", "chi dice
che le trans sono uomini è ignorante", "non è vero che un trans resta un uomo"), quoted.
"Trans" alone, with no gender after, is never read here; nor "trans women and men",
"trans women deserve respect", "i'm a trans woman and i'm a woman", "no trans woman is
a man".

Cost per hit: one frozenset test of the term; one token before it, at most five after it
to the gender and four past it, and the tokens back to its sentence's start (at most
REPORTED_REACH). No regex, no work for messages without these terms; "resta", "restano",
... anchor only these terms and stay unknown to the other rules.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian32_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck32 import HateCheck32Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_DENIED_NOTE", "Italian32Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_DENIED_NOTE: Final = "no trans person's gender denied"


class Italian32Rules(HateCheck32Rules):
    """Trans people denied their gender: "le donne trans sono uomini"."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms read only in its shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if self._i32_denied(ctx, hit):
            return Kind.GROUP, IDENTITY_NOTE  # "le donne trans sono uomini"
        return Kind.NONE, NOT_DENIED_NOTE

    def _i32_denied(self, ctx: Context, hit: Hit) -> bool:
        """The gender after the term is denied the subject, said, not reported."""
        tokens = ctx.tokens
        if hit.first > 0 and tokens[hit.first - 1] in w.NEITHER:
            return False  # "le persone trans sono persone"
        if tokens[hit.last - 1] == w.ONE and (
            hit.first == 0 or tokens[hit.first - 1] not in w.ONE_PERSON
        ):
            return False  # "donne, trans e uomini": "e" is "and"
        if not w.SELF_OR_NONE.isdisjoint(tokens[max(0, hit.first - w.SELF_REACH) : hit.first]):
            return False  # "sono una donna trans e ...", "nessuna donna trans è un uomo"
        own = tokens[hit.last - 1]
        english = own in w.MALE or own in w.FEMALE  # "trans women", "trans man"
        if english and (hit.last >= len(tokens) or tokens[hit.last] not in w.EN_VERBS):
            return False  # "trans women and men"
        lives_male = own in w.EN_MEN or (hit.first > 0 and tokens[hit.first - 1] in w.MEN)
        at = self._i32_gender_at(ctx, hit.last)
        if at < 0:
            return False
        said_male = tokens[at] in w.MALE
        negated = not w.NEGATIONS.isdisjoint(tokens[hit.last - 1 : at])
        if negated != (said_male == lives_male):
            return False  # "le donne trans sono donne", "le donne trans non sono uomini"
        if self._i32_judged_after(ctx, at):
            return False
        return not self._i32_reported(ctx, hit) and not self._hc9_unsaid(ctx, hit)

    @staticmethod
    def _i32_gender_at(ctx: Context, start: int) -> int:
        """Where the gender after the term is, over a few BETWEEN words, or -1."""
        tokens = ctx.tokens
        reach = min(len(tokens), start + w.BETWEEN_REACH + 1)
        for at in range(start, reach):
            if at > start and ctx.pause_after(at - 1):
                return -1
            word = tokens[at]
            if word in w.MALE or word in w.FEMALE:
                return at
            if word not in w.BETWEEN:
                return -1
        return -1

    @staticmethod
    def _i32_judged_after(ctx: Context, at: int) -> bool:
        """Both genders named ("uomini e donne"), the gender a trans person's own ("una
        donna trans e un uomo trans") or the claim judged after ("... è transfobia")."""
        tokens = ctx.tokens
        if at + 1 < len(tokens) and tokens[at + 1] in w.SUBJECTS:
            return True
        for word in tokens[at + 1 : at + 1 + w.JUDGED_REACH]:
            if word in w.JUDGED or word in w.MALE or word in w.FEMALE:
                return True
        return False

    @staticmethod
    def _i32_reported(ctx: Context, hit: Hit) -> bool:
        """A word reporting or rejecting the claim earlier in its sentence ("chi dice
        che", "la frase"), or the term quoted."""
        if ctx.quoted(hit.first, hit.last):
            return True
        start = ctx.sentence_start(hit.first, w.REPORTED_REACH)
        return any(word in w.REPORTED for word in ctx.tokens[start : hit.first])
