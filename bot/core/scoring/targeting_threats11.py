"""Targeting rules of the threats11 round (issue 8): harm promised to the reader at the
next meeting, the meeting said as a condition before the reader's doom.

- The doom: this round's own lines (threats11_words.OWN_TERMS: "you're done", "ur dead",
  "you're finished", "you'd be toast", "you'll be dead", "sei finito", "sei fritto",
  "siete spacciati").
- The meeting, at most MEET_REACH tokens before the doom in its sentence: a condition
  ("if", "when", "once", "next time", "the moment", "se", "quando", "appena"), the
  writer and "ever" over WRITER_REACH tokens, a meeting verb and the reader right after it
  (over PARTICLE_REACH particles: "if i ever run into you", "if i find out where you
  live"), or "we" meeting ("if we ever meet irl"); in Italian the reader's clitic and a
  meeting verb ("se ti vedo", "appena ti becco", "se mai ti incontro").
- The doom closes its clause, maybe over chat's tails ("... fr", "... trust me").
  "if i saw you irl you'd be done", "if i ever see you irl youre dead", "next time i see
  you youre finished", "if i see u outside ur finished", "se ti vedo per strada sei
  finito", "se ti becco sei fritto".

Stay clean: a friendly meeting ("if i saw you irl i'd hug you": no doom), the doom as
being finished with something ("if i see you at the gym you're done with leg day"), the
writer's own doom ("if my mom sees me like this im dead"), a meeting in a match ("if i
see you in ranked you're dead lol", "se ti becco in partita sei finito") unless said in
real life, reports before the condition ("he said if he sees you irl you're done"),
questions and quotes, and jokes. This round's lines out of the shape are cancelled
("you're done, nice work!", "sei finito? andiamo"), except after a curse whose older
"fuck you" line they took the "you" of: that reading stands ("fuck you're done, kid").

Cost per hit: a frozenset test of the term and of the token before it; then TAIL_REACH
tokens ahead, MEET_REACH tokens back to the condition (WRITER_REACH and PARTICLE_REACH
ahead of each condition), threats9's REPORT_REACH back in the sentence and one set test
of the words between the condition and the doom for game places. No regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats11_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_discord54 import Discord54Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_MEETING_NOTE", "Threats11Rules", "meeting_before", "meets_reader"]

# The note that cancels this round's lines out of the shape (weighing zeroes any note it
# does not name).
NO_MEETING_NOTE: Final[str] = "no doom promised at a meeting with the reader"
# Where a meeting is a match's: threats9's game words and this round's game places.
_GAME_WORDS: Final[frozenset[str]] = w9.GAME_WORDS | w.GAME_PLACES


class Threats11Rules(Discord54Rules):
    """Harm promised to the reader at the next meeting ("if i saw you irl you'd be done",
    "next time i see you youre finished", "se ti vedo per strada sei finito")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader
        after a meeting said as a condition, and cancelled elsewhere."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS or note == JOKING_NOTE:
            return target, note  # "if i see u irl ur dead jk"
        tokens = ctx.tokens
        if hit.first > 0 and tokens[hit.first - 1] in w.CURSES and tokens[hit.first] == w.YOU:
            return target, note  # "fuck you're done, kid": the line took the older "fuck you"'s
        if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
            return Kind.NONE, NO_MEETING_NOTE  # "you're done with leg day"
        condition = meeting_before(ctx, hit.first)
        if condition < 0 or ctx.quoted_or_asked(condition, hit.last):
            return Kind.NONE, NO_MEETING_NOTE  # "you're done, nice work!"
        start = ctx.sentence_start(condition, w9.REPORT_REACH)
        if not w9.REPORTS.isdisjoint(tokens[start:condition]):
            return Kind.NONE, NO_MEETING_NOTE  # "he said if he sees you you're done"
        if not _GAME_WORDS.isdisjoint(tokens[condition : hit.first]) and not ctx.in_real_life:
            return Kind.NONE, NO_MEETING_NOTE  # "if i see you in ranked you're dead"
        return Kind.SECOND_PERSON, ""  # "if i saw you irl you'd be done"


def meeting_before(ctx: Context, at: int) -> int:
    """The token of a condition that meets the reader in the MEET_REACH tokens before
    `at`, in its sentence ("if i ever see you irl", "se ti becco"); or -1."""
    tokens = ctx.tokens
    start = ctx.sentence_start(at, w.MEET_REACH)
    for i in range(at - 1, start - 1, -1):
        if tokens[i] in w.CONDITIONS and meets_reader(ctx, i):
            return i
    return -1


def meets_reader(ctx: Context, condition: int) -> bool:
    """After the condition at `condition`: the writer meets the reader ("i ever see you",
    "i find out where u", "we ever meet") or the reader's clitic and a meeting verb ("ti
    vedo", "mai ti becco")."""
    tokens = ctx.tokens
    verb = ctx.skip_ahead(condition + 1, w.WRITERS, w.WRITER_REACH)
    if verb + 1 < len(tokens) and tokens[verb] in w.IT_READERS:
        return tokens[verb + 1] in w.IT_MEET_VERBS  # "se ti vedo", "se mai ti incontro"
    if verb >= len(tokens) or tokens[verb] not in w.MEET_VERBS:
        return False  # "if my mom sees me"
    if w.TOGETHER in tokens[condition + 1 : verb]:
        return True  # "if we ever meet irl"
    reader = ctx.skip_ahead(verb + 1, w.PARTICLES, w.PARTICLE_REACH)
    return reader < len(tokens) and tokens[reader] in w.READERS  # "if i run into you"
