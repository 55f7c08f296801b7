"""Targeting rules of the insults22 round (issue 8): sarcastic praise of a forum
commenter closing in a mock title.

- Praise opening its sentence (a lead such as "wow" or "oh" at most before it), a pause,
  then a mock title closing the clause (gamechat7's tails aside): "excellent command of
  the english language, genius", "wonderful spelling, einstein", "wow, superb research
  there, sherlock". gamechat7 reads sarcasm only up to four tokens before the title, so
  a longer praise was read as praise. The title's own word after a comma is a vocative,
  and praise of a skill said to the person called "genius" is the put-down.

The round's spellings (a container name-call run together, letters spaced out before the
rest of a name-call) and its lexicon lines ("you boob", "turd breath", "an azz") need no
rule: insults22_words.py, matching.py and en/insult.txt.

Stay clean: sincere praise with no title ("excellent command of english!"), a title
claimed ("she is a real genius") or describing ("genius move"), reported or quoted
praise, and a title with no pause before it.

Cost per hit: a frozenset test of the term, then at most PRAISE_REACH tokens back to the
sentence's opener and gamechat7's tail reach ahead. No regex.
"""

from __future__ import annotations

from bot.core.scoring import gamechat7_words as g7
from bot.core.scoring import insults22_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_forum33 import Forum33Rules
from bot.core.scoring.targeting_gamechat7 import NOT_MOCKING_NOTE
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["Insults22Rules"]


class Insults22Rules(Forum33Rules):
    """Sarcastic praise opening a sentence that a mock title closes after a pause."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a mock title read as praise is aimed at the
        reader when praise opens its sentence and a pause sets the title apart."""
        target, note = super().in_game(ctx, hit, target, note)
        if note != NOT_MOCKING_NOTE or hit.entry.term not in w.TITLES:
            return target, note
        if _i22_praise_then_title(ctx, hit) and not ctx.quoted(hit.first, hit.last):
            return Kind.SECOND_PERSON, ""  # "excellent command of english, genius"
        return target, note


def _i22_praise_then_title(ctx: Context, hit: Hit) -> bool:
    """A pause right before the title, the title closing its clause, and praise opening
    the sentence (a lead at most before it), not asked."""
    first = hit.first
    if first < 2 or not ctx.pause_after(first - 1) or ctx.ends_asking(first):
        return False
    if not ctx.closes_after(hit.last, g7.TITLE_TAIL, g7.TITLE_TAIL_REACH):
        return False
    start = ctx.sentence_start(first, w.PRAISE_REACH)
    if not ctx.starts_sentence(start):
        return False
    opener = start
    tokens = ctx.tokens
    if tokens[opener] in w.PRAISE_LEADS and opener + 1 < first:
        opener += 1  # "wow, superb research there, sherlock"
    return tokens[opener] in w.PRAISE_OPENERS
