"""Targeting rules of the italian20 round (issue 8, sixteenth session): an Italian
functional hate suite by the forms of its groups, and the Italian chat jab answered.

Most of the round is at the depth where the forms are read (no per-message work here):
the feminine plurals of the nationalities ("le arabe", "le nigeriane", "le rumene") join
the [identity] cues as their masculine forms are; a man pointed at by his nationality
reads as the woman did (italian17_words.POINTED: "quel nigeriano è un animale",
"quell'arabo è un ladro"; "quel cinese" the restaurant and "quel marocchino" the coffee
stay words); "quella"/"quel" before a group noun heads a subject (italian17_words.
SUBJECT_BEFORE: "quella nigeriana puzza", "quel gay puzza"); "un nero è una scimmia", "un
arabo è meno umano" are insult and identity lines read only with a person or a group
for their subject ("la scimmia dello zoo è carina" has no copula before it), as are "sei
uno schifo", "le trans sono uno schifo", "i neri sono peggio dei cani" ("questo gioco è
uno schifo" names no person); the plural threat lines' other verbs join italian17's
singular threats ("un disabile andrebbe soppresso", "quel rom va pestato"; "quel cane
andrebbe soppresso", "il boss va cacciato" name no group); and "un ebreo non è umano",
"una donna non è una persona" join italian18's lessened humanity, group-only ("messi non
è umano" is praise).

Here:
- "un ebreo non è una persona cattiva": the denied humanity must close its clause (or a
  tail such as "come noi" follow); a kind of person named after it clears it.
- "un ebreo fa schifo", "quella musulmana mi fa schifo": gamechat7 reads "fa schifo"
  only of a role, a player or the team; said of a named group's member, the subject of
  its clause, it is the group's. "quella maglia fa schifo", "il ristorante di un cinese
  fa schifo" name no group as the subject; denials and reports stay clean.
- "se vedo un gay lo pesto", "quando incontro una trans la picchio": a threat whose
  clitic takes up the member met in the condition before it is aimed at the group, as
  italian18's "il prossimo <member> che vedo lo ammazzo". "se vedo un gay non lo tocco",
  "se vedo un amico lo abbraccio" stay clean.
- "fai schifo a giocare? no, sei bravissimo", "sei scarso? ma figurati, sei il migliore":
  a jab at the reader asked, denied at the next sentence's start and turned to praise or
  a jest is no insult; "sei scarso? no, non sei bravo" and "fai schifo? sì" keep it.

Cost: a hit pays one frozenset test of its term ("fa schifo", a denied humanity) or its
category and target; a denied humanity read as the group's tests one token after it; only
"fa schifo" read as a thing tests the token after it and walks back at most 2 + 3 tokens;
only an unaimed threat right after a clitic walks back at most nine tokens; only a
second-person insult looks at most six tokens ahead for its "?" and seven past it. No
regex, no new per-message work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian20_words as w
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_discord15 import Discord15Rules
from bot.core.scoring.targeting_gamechat7 import NOT_A_PLAYER_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Italian20Rules"]

DENIED_JAB_NOTE: Final = "the jab asked, then denied with praise"
KIND_NAMED_NOTE: Final = "a kind of person named after the denial"
_UNAIMED: Final = frozenset({Kind.OBJECT, Kind.NONE})
_JABS: Final = frozenset({Cat.INSULT, Cat.EXCLUSION, Cat.BODY_SHAMING})


class Italian20Rules(Discord15Rules):
    """A member said to disgust, a member met and threatened, a jab answered with praise."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """The earlier reading; a threat left unaimed whose clitic takes up the member
        met in a condition before it is the group's: "se vedo un gay lo pesto"."""
        shaped = super().probe4_aim(ctx, hit)
        if (
            shaped is not None
            and shaped[0] is Kind.GROUP
            and hit.entry.term in w.DENIED_HUMAN
            and not _closes_claim(ctx, hit)
        ):
            return Kind.OBJECT, KIND_NAMED_NOTE  # "un ebreo non è una persona cattiva"
        if (
            shaped is not None
            and shaped[0] in _UNAIMED
            and hit.entry.category is Cat.THREAT
            and hit.first > 0
            and ctx.tokens[hit.first - 1] in w.CLITICS
            and self._i20_met_member(ctx, hit.first - 1)
        ):
            return Kind.GROUP, IDENTITY_NOTE
        return shaped

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier reading; "fa schifo" of a member, a jab answered with praise."""
        target, note = super().reread(ctx, hit, target, note)
        if note == NOT_A_PLAYER_NOTE and hit.entry.term in w.SCHIFO_TERMS:
            if (
                self._i20_member_subject(ctx, hit)
                and not self._hc9_unsaid(ctx, hit)
                and not self._i17_view_denied(ctx, hit)
                and not self._i18_report_denied(ctx, hit)
            ):
                return Kind.GROUP, IDENTITY_NOTE  # "un ebreo fa schifo"
            return target, note
        if (
            target is Kind.SECOND_PERSON
            and not note
            and hit.entry.category in _JABS
            and _denied_with_praise(ctx, hit)
        ):
            return Kind.NONE, DENIED_JAB_NOTE  # "fai schifo a giocare? no, sei bravissimo"
        return target, note

    def _i20_member_subject(self, ctx: Context, hit: Hit) -> bool:
        """A named group right before the hit (a few fillers between), heading the
        clause's subject; nothing after the hit that makes it the object ("mi fa schifo
        chi li insulta")."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and tokens[hit.last] in w.SCHIFO_AFTER:
            return False
        at = ctx.back_over(hit.first, w.SCHIFO_FILLERS, w.SCHIFO_REACH)
        if at == 0 or ctx.pause_after(at - 1):
            return False  # "i gay hanno diritti. mi fa schifo chi ..."
        return self._i17_group_heads_subject(ctx, at)

    def _i20_met_member(self, ctx: Context, clitic: int) -> bool:
        """ "se/quando <verb of meeting> <determiner> <group> (<place>)" right before the
        clitic at `clitic`, in its sentence, no negation between."""
        tokens = ctx.tokens
        start = max(ctx.sentence_start(clitic, w.MET_REACH), clitic - w.MET_REACH)
        for i in range(clitic - 1, start, -1):
            word = tokens[i]
            if word in w.NOT:
                return False  # "se vedo un gay non lo tocco"
            if word in w.MEETING and (
                tokens[i - 1] in w.CONDITIONS  # "se vedo", "quando incontro"
                or (tokens[i - 1] == w.THAT and i > 1 and tokens[i - 2] == w.TIME)
            ):  # "ogni volta che vedo"
                at = i + 1
                if at < clitic and tokens[at] in w.MET_DETERMINERS:
                    at += 1
                if at < clitic and tokens[at] == w.ROM and at > i + 1:
                    end = at + 1  # "se becco qualche rom": the Romani, met and threatened
                else:
                    end = self._group_end(tokens, at) if at < clitic else -1
                if end <= at or end > clitic:
                    return False
                return ctx.back_over(clitic, w.MET_PLACE, w.MET_PLACE_REACH) <= end
        return False


def _denied_with_praise(ctx: Context, hit: Hit) -> bool:
    """The jab's sentence ends with "?" a few words on; the next one opens with a denial
    ("no", "ma figurati") and turns to praise or a jest, no "non" before it."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, w.QUESTION_REACH)
    if end >= len(tokens) or not ctx.answered(end):
        return False
    at = end
    if tokens[at] == w.BUT:
        if at + 1 >= len(tokens) or tokens[at + 1] not in w.AFTER_BUT:
            return False
        at += 1
    elif tokens[at] not in w.DENIALS:
        return False
    for word in tokens[at + 1 : at + 1 + w.ANSWER_REACH]:
        if word in w.NOT:
            return False  # "no, non sei bravo"
        if word in w.KIND:
            return True
    return tokens[at] in w.KIND  # "scherzo!" alone owns the jest


def _closes_claim(ctx: Context, hit: Hit) -> bool:
    """ "un ebreo non è una persona": the denial closes its clause, or a tail that keeps
    it whole follows ("... come noi"); "... una persona cattiva" names a kind of person."""
    tokens = ctx.tokens
    return (
        hit.last >= len(tokens)
        or ctx.pause_after(hit.last - 1)
        or tokens[hit.last] in w.HUMAN_TAILS
    )
