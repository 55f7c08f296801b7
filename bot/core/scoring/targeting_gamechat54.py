"""Targeting rules of the gamechat54 round (issue 8): game chat that calls a player
"trash" or "garbage" as a bare verdict, which older rounds read as said of no one in
particular and weigh just under the threshold.

- The verdict opening its sentence over chat's game-end words and intensifiers only
  ("gg", "typical", "classic", "pure", "utter", "such", "and are still"), laughter only
  before one of them: "typical trash", "gg trash", "lol typical trash", "pure garbage",
  "and are still trash". Laughter or "ok" alone before it reacts to a thing as often
  ("Lmao trash", "ok trash" stay clean), and so does an answer to a question ("the new
  patch? trash").
- A count of players, a rank or an MMR right before it, opening its sentence or after
  the match lost or played against them: "4 trash party", "silver trash", "3k trash",
  "lost to 5 trash", "vs 4 garbage".
- Either closing its clause, maybe after chat's tails, the team or a role: "typical trash
  in mid", "3 trash on my team", "trash team again".
- The verdict as the adjective on a Dota hero that gamechat32's name-call before a player
  does not list (gamechat54_words.MORE_HEROES), read by gamechat32's own check: "how did
  this trash undying win", "report this trash brood and tusker".

Clean: trash talk and literal trash (benign.txt's lines, and nouns after the verdict:
"lol trash loot", "trash mobs respawn"), a subject before it ("the patch is pure trash",
"i was trash"), reports and denials (no opening: "he said typical trash", "dont call him
trash", "not trash at all"), questions and quotes ("lol trash?"). A reading an older
rule gave a note, or aimed at the writer, is left alone; a thing only before a hero.

Cost per hit: a frozenset test of the term; then one set test of the next token, at
most LEAD_REACH tokens back, TAIL_REACH tokens ahead and one question test. No regex,
no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat54_words as w
from bot.core.scoring.targeting_chat10 import Chat10Rules
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat32 import gc32_before_player
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat54Rules"]

# The readings this round raises: of someone unnamed, or of no one; before a hero, also
# of a thing ("this trash undying" reads as the hero's kit to the older rules).
_OPEN_KINDS: Final[frozenset[TargetKind]] = frozenset({Kind.NONE, Kind.THIRD_PERSON})
_HERO_KINDS: Final[frozenset[TargetKind]] = _OPEN_KINDS | {Kind.OBJECT}


class GameChat54Rules(Chat10Rules):
    """A bare verdict of "trash" or "garbage" said of a player ("typical trash", "gg
    trash", "lost to 5 trash", "and are still trash", "this trash undying")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; said of a player outright in this round's
        shape."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.VERDICTS or note or target not in _HERO_KINDS:
            return target, note
        shaped = gc32_before_player(ctx, hit, w.MORE_HEROES)  # "this trash undying"
        if not shaped and target is not Kind.OBJECT:
            shaped = _gc54_bare_verdict(ctx, hit)
        if shaped and not ctx.quoted_or_asked(hit.first, hit.last):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "typical trash", "lost to 5 trash"
        return target, note


def _gc54_bare_verdict(ctx: Context, hit: Hit) -> bool:
    """The verdict closes its clause (chat's tails after at most) and opens its sentence
    over chat's openers, not laughter alone, or has a count or a rank before it that
    opens it or follows the match lost or played against them; never as the answer to
    a question just before."""
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False  # "lol trash loot", "trash mobs respawn fast"
    tokens = ctx.tokens
    first = hit.first
    if first > 0 and tokens[first - 1] in w.RANKED and not ctx.pause_after(first - 1):
        first -= 1  # "5 trash", "silver trash", "3k trash"
        if first > 0 and tokens[first - 1] in w.AGAINST and not ctx.pause_after(first - 1):
            return True  # "lost to 5 trash", "vs 4 garbage"
    start = ctx.back_over(first, w.OPENERS, w.LEAD_REACH)
    if not ctx.starts_sentence(start) or ctx.answered(start):
        return False  # "the new patch? trash": a thing's verdict, asked and answered
    # a count or a rank, the term's own intensifier ("so trash"), or one opener that is
    # no laughter ("Lmao trash" stays clean)
    if first < hit.first or hit.last - hit.first > 1:
        return True
    return not w.LAUGHS.issuperset(tokens[start:first])
