"""Targeting rules of the threats12 round (issue 8): the writer's blow at the reader
promised under a condition of being together.

- The blow: a threat line naming the reader (the older "smack u", "slap you", "knock
  ur", "beat u", and this round's own threats12_words.EN_TERMS, "punch you", "punch u"),
  its doer the writer read back over auxiliaries ("id", "i'd", "i would", "i swear id");
  or in Italian a blow right after the reader's clitic ("ti prenderei a pugni", and this
  round's own IT_TERMS, "ti spaccherei la faccia", "ti darei un pugno", "ti davo uno
  schiaffo"), its first-person verb the writer's.
- Being together, a condition at most TOGETHER_REACH tokens before the blow in its
  sentence: "if"/"se", maybe a subject, a verb of being and a place of presence ("if u
  were here", "if i was there rn", "if we were in the same room", "if you were in front
  of me", "se fossi qui", "se ero lì", "se fossimo nella stessa stanza").
- The blow closes its clause, maybe over chat's tails ("... so hard", "... teeth out").
  "if u were here rn id punch u", "if i was there id smack you", "if we were in the
  same room id knock you out", "se fossi qui ti prenderei a pugni".

Stay clean: a friendly act ("if you were here id hug you": no blow), a blow at a thing
or someone else ("id slap the table", "id smack him for you"), the reader as the doer
("if you were here you'd punch me"), the blow going on into a game ("id beat u at chess",
"id punch you in smash lol"), game talk near the blow unless said in real life, reports
before the condition ("he said if i was there ..."), questions, quotes and jokes. This
round's own lines out of the shape are cancelled ("i'd punch you in smash", "ti darei un
pugno di riso"); the older lines out of it keep the earlier reading.

Cost per hit: a frozenset test of the term, or of the hit's words for the reader (and
the token before it for the clitic); then DOER_REACH tokens back to the writer,
TAIL_REACH ahead, TOGETHER_REACH back to the condition (SUBJECT_REACH and PLACE_REACH
ahead of each), threats9's REPORT_REACH back in the sentence and GAME_REACH either side
of the blow. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats12_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_insults27 import Insults27Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_threats9 import said_by_writer
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_TOGETHER_NOTE", "Threats12Rules", "together_before", "writer_strikes"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NOT_TOGETHER_NOTE: Final[str] = "no blow at the reader promised for being together"


class Threats12Rules(Insults27Rules):
    """The writer's blow at the reader promised under a condition of being together ("if
    u were here rn id punch u", "if i was there id smack you", "se fossi qui ti prenderei
    a pugni")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a blow at the reader under a condition of
        being together aimed at the reader, this round's own lines cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if not own and (hit.entry.category is not Cat.THREAT or target is Kind.SECOND_PERSON):
            return target, note
        if note == JOKING_NOTE:
            return target, note  # "if u were here id punch u jk"
        if writer_strikes(ctx, hit) and _together_said(ctx, hit):
            return Kind.SECOND_PERSON, ""  # "if u were here rn id punch u"
        if own:
            return Kind.NONE, NOT_TOGETHER_NOTE  # "id punch you in smash lol"
        return target, note


def writer_strikes(ctx: Context, hit: Hit) -> bool:
    """The hit a blow the writer strikes at the reader, closing its clause: "id smack u",
    "i would punch you", "i'd knock ur teeth out", "ti prenderei a pugni"."""
    tokens = ctx.tokens
    if hit.entry.term in w.IT_BLOWS:
        if hit.first == 0 or tokens[hit.first - 1] not in w.IT_READERS:
            return False  # "prenderei a pugni il muro"
    elif w.READERS.isdisjoint(hit.entry.tokens):
        return False  # "slap the table"
    else:
        doer = ctx.back_over(hit.first, w.AUXILIARIES, w.DOER_REACH) - 1
        if doer < 0 or tokens[doer] not in w.WRITERS:
            return False  # "you'd punch me", "he'd smack you"
    return ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH)  # not "id beat u at chess"


def together_before(ctx: Context, at: int) -> int:
    """The condition token of being together in the TOGETHER_REACH tokens before `at`, in
    its sentence ("if u were here", "if i was there", "se fossi qui"); or -1."""
    tokens = ctx.tokens
    start = ctx.sentence_start(at, w.TOGETHER_REACH)
    for i in range(at - 1, start - 1, -1):
        if tokens[i] not in w.CONDITIONS:
            continue
        being = ctx.skip_ahead(i + 1, w.SUBJECTS, w.SUBJECT_REACH)
        reach = min(w.PLACE_REACH, at - being - 1)  # the place before the blow
        if (
            being < at
            and tokens[being] in w.BEING
            and ctx.find_ahead(being + 1, w.PLACES, reach) >= 0
        ):
            return i  # "if u were here", "se fossi qui"
    return -1


def _together_said(ctx: Context, hit: Hit) -> bool:
    """A condition of being together before the blow, said by the writer: not quoted,
    asked, reported, nor game talk."""
    condition = together_before(ctx, hit.first)
    # "would you punch me if i was there?", "he said if i was there he'd punch me", "if u
    # were here id 1v1 u ranked"
    return condition >= 0 and said_by_writer(ctx, hit, condition)
