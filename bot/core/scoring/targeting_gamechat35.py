"""Targeting rules of the gamechat35 round (issue 8, twenty-fifth session): game chat that
blames a teammate, named by role or hero, for an in-game failing the older rules miss
(they catch "our support is feeding again", "mid is throwing", "thanks for nothing jungle").

- A failing in play: the player (a role, a lane or a hero, after "our", "this", "the" at
  most) opening its sentence, or after a chat lead ("omg", "lol", "gg"), a few bridge
  words ("is", "keeps", "just", "still", "has") and the term, any words after: "this
  jungler is afk farming", "jungle afk farming while we die", "mid ks again", "our mid
  keeps stealing my kills", "jungle never ganks", "jungle has 0 ganks". Terms:
  gamechat35_words.PLAY_FAILINGS.
- Sarcastic thanks for the failing: the thanks ("thanks", "thx", "ty", "thank you")
  opening its sentence, the player, "for" and the term: "thx disruptor for stealing all
  the kills", "thanks mid for doing nothing". Stay clean: "thanks jungle for the gank"
  (no failing), "thanks for stealing my heart mid" (no player before "for").
- A failing of no help: the same player before the term, and the term closing its
  sentence with chat's tails at most: "support not helping at all", "adc doing nothing",
  "our carry does nothing all game", "ember no help". Terms: HELP_FAILINGS (everyday
  words elsewhere: "i did nothing wrong", "no help needed").

Stay clean: "jungler is farming bot side" (no failing), "their jungle is afk farming lol",
"enemy carry doing nothing lol" (the enemy: no player opens the sentence), "im afk
farming sorry", "i ks again my bad" (the writer), "is jungle afk farming?" (asked), "he
said mid is afk farming" (reported: no player opens the sentence), "report oracle
ksing" (a report, CONDA's action class), "mid didnt ks, i was low" (no bridge over a
negation), '"jungle never ganks" is such a meme' (quoted), "our jungle afk farming is
fine he is scaling" (approved after it).

Not built: a bad score quoted at a role ("adc 0/10 again", "mid 2/12 gg"), which has no
lexicon word to hang on (a K/D record's folded digits, "o io", are Italian's "or I"), and
sarcastic praise ("great job top, really great", "nice job mid"), which reads like kind
praise ("gj mid that was sick") without a failing beside it.

Cost per hit: one frozenset test of the term; then at most three bridge words, a
determiner and a lead back, five tail words and six approving words ahead. No regex, no
new work for messages without these terms; the new words stay unknown to the other
rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat35_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_italian37 import Italian37Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_FAILING_NOTE", "GameChat35Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NO_FAILING_NOTE: Final = "a failing's words not said of a teammate"


class GameChat35Rules(Italian37Rules):
    """A teammate named by role or hero blamed for afk farming, stealing farm or kills,
    ganking no one, not helping or doing nothing."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed or cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and (_gc35_player_before(ctx, hit.first) or _gc35_thanked(ctx, hit.first))
            and (term in w.PLAY_FAILINGS or _gc35_closes(ctx, hit))
            and not ctx.any_ahead(hit.last, w.APPROVED_AFTER, w.APPROVED_REACH)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "this jungler is afk farming"
        return Kind.OBJECT, NO_FAILING_NOTE  # "im afk farming sorry", "their mid ks"


def _gc35_player_before(ctx: Context, first: int) -> bool:
    """A role or a hero before token `first` over bridge words, opening its sentence
    (after a determiner or a chat lead at most): "our jungler keeps", "omg mid is"."""
    tokens = ctx.tokens
    at = ctx.back_over(first, w.BRIDGE, w.BRIDGE_REACH) - 1
    if at < 0 or tokens[at] not in w.NAMED or ctx.pause_after(at):
        return False
    if at > 0 and tokens[at - 1] in w.DETERMINERS and not ctx.pause_after(at - 1):
        at -= 1
    return ctx.starts_sentence(at) or (tokens[at - 1] in w.LEADS and ctx.starts_sentence(at - 1))


def _gc35_thanked(ctx: Context, first: int) -> bool:
    """Sarcastic thanks for the failing, opening its sentence: "thx disruptor for
    stealing all the kills", "thanks our mid for doing nothing"."""
    tokens = ctx.tokens
    at = first - 2
    if at < 1 or tokens[first - 1] != w.FOR or tokens[at] not in w.NAMED:
        return False
    if tokens[at - 1] in w.DETERMINERS:
        at -= 1
    if at >= 1 and tokens[at - 1] in w.THANKS:
        at -= 1
    elif at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.THANK_YOU:
        at -= 2
    else:
        return False
    return ctx.starts_sentence(at) or (tokens[at - 1] in w.LEADS and ctx.starts_sentence(at - 1))


def _gc35_closes(ctx: Context, hit: Hit) -> bool:
    """Only chat's tails after the term to the end of its sentence: "support not helping
    at all", not "jungle doing nothing wrong"."""
    end = ctx.sentence_end(hit.last - 1, w.HELP_REACH + 1)
    if end - hit.last > w.HELP_REACH:
        return False
    return all(word in w.HELP_TAILS for word in ctx.tokens[hit.last : end])
