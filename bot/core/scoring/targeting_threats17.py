"""Targeting rules of the threats17 round (issue 8): a veiled threat at the reader through
the screen, the screen or the distance lifted by a condition or a wish, then the reader's
doom or the writer's blow at the reader. threats11 reads the doom only after a meeting,
threats12 the blow only after being together in a place, so "if this wasnt the internet
you'd be dead" stayed clean.

- The harm: threats11's doom lines (threats11_words.EN_TERMS: "you'd be dead", "ur
  toast", "you're finished"), or a threat line naming the reader (threats12's "punch
  you", the older "beat u", "smack you").
- The screen lifted, a condition or a wish before the harm in its sentence, at most
  CONDITION_REACH tokens back: "if" and a subject ("this", "it", "we") then the screen
  denied ("wasnt the internet", "wasnt for the internet", "werent online", "wasnt a
  chat room") or real life said ("was irl", "were in real life", "was in person",
  "was face to face"); or "if"/"wish", "i could" and a reach through the screen ("if i
  could reach through the screen", "wish i could get thru my phone"). Only the writer,
  the blow's auxiliaries, "and", "then" stand between it and the harm (BRIDGE).
- Or after the harm: the condition right after it ("you'd be dead if this wasnt
  online", "i'd punch you if this was real life"), or a blow wished through the screen
  ("wish i could punch you through the screen"), the writer the blow's doer.
- The harm, or the condition after it, closes the message over chat's tails.

Stay clean: kind acts (no harm line: "if we were irl i'd buy you a beer"), the doom going
on as something else ("if this wasnt online you'd be done with the form by now", "if this
was real life you'd be dead, that fall was huge"), a blow going on into a game ("i'd beat
you at chess"), someone else's blow or a denied one ("he'd punch you", "i'd never punch
you even if this was real life"), game talk unless said in real life, reports before
the condition, questions, quotes and jokes. The round adds no lexicon line and cancels
nothing: it only re-reads what older rounds cancelled.

Cost per hit: a frozenset test of the term or its category (most hits end there); then
CONDITION_REACH tokens back for a condition (SUBJECT_REACH, FILLER_REACH and TAIL_REACH
ahead of each), BRIDGE_REACH between, CLOSE_REACH to the end; threats9's REPORT_REACH
back in the sentence and GAME_REACH either side. No regex.
"""

from __future__ import annotations

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats11_words as w11
from bot.core.scoring import threats12_words as w12
from bot.core.scoring import threats17_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_gamechat61 import GameChat61Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_threats9 import in_game_talk
from bot.core.scoring.verdict import TargetKind

__all__ = ["Threats17Rules", "screen_lifted_end"]


class Threats17Rules(GameChat61Rules):
    """A doom or a blow at the reader once the screen or the distance is lifted ("if this
    wasnt the internet you'd be dead", "wish i could punch you through the screen")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a doom or a blow the older rounds cancelled
        re-read at the reader when the screen is lifted."""
        target, note = super().in_game(ctx, hit, target, note)
        if (target is Kind.SECOND_PERSON and not note) or note == JOKING_NOTE:
            return target, note  # most hits; "... i'd punch you jk"
        doom = hit.entry.term in w11.EN_TERMS
        if not doom and (
            hit.entry.category is not Cat.THREAT or w12.READERS.isdisjoint(hit.entry.tokens)
        ):
            return target, note
        if _lifted_before(ctx, hit) or _lifted_after(ctx, hit, doom):
            return Kind.SECOND_PERSON, ""  # "if this wasnt the internet you'd be dead"
        return target, note


def screen_lifted_end(ctx: Context, at: int) -> int:
    """Where the screen lifted by the condition or wish at token `at` ends ("if this
    wasnt the internet|", "if we were in real life|", "wish i could reach thru the
    screen|"); -1 if it lifts none."""
    tokens = ctx.tokens
    size = len(tokens)
    said = ctx.skip_ahead(at + 1, w.SUBJECTS, w.SUBJECT_REACH)
    if said < size and tokens[said] == w.WRITER:
        return _reach_end(ctx, said + 1)  # "if only i could reach through the screen"
    if tokens[at] != "if" or said == at + 1 or said >= size:
        return -1  # "if you", "wish this"
    for words in w.DENIED_BEING:
        if tuple(tokens[said : said + len(words)]) == words:
            return _word_end(ctx, said + len(words), w.SCREENS, w.SCREEN_TAILS)
    if tokens[said] in w.BEING:
        return _word_end(ctx, said + 1, w.REAL, w.REAL_TAILS)  # "if we were irl"
    return -1


def _word_end(ctx: Context, at: int, words: frozenset[str], tails: frozenset[str]) -> int:
    """After the fillers from token `at`, a word of `words` and its `tails`: where they
    end ("[the] internet|", "[a] chat room|", "[in] real life|"); or -1."""
    word = ctx.skip_ahead(at, w.FILLERS, w.FILLER_REACH)
    if word >= len(ctx.tokens) or ctx.tokens[word] not in words:
        return -1  # "if this wasnt a joke", "if this was my house"
    return ctx.skip_ahead(word + 1, tails, w.TAIL_REACH)


def _reach_end(ctx: Context, at: int) -> int:
    """From token `at`, after the writer: "could", a reach and "through" the screen ("[could
    reach through the screen]", "[could just get thru my phone]"): where it ends; or -1."""
    tokens = ctx.tokens
    size = len(tokens)
    if at >= size or tokens[at] not in w.ABLE:
        return -1
    verb = ctx.skip_ahead(at + 1, w.ADVERBS, w.FILLER_REACH)
    if verb + 1 >= size or tokens[verb] not in w.REACHES or tokens[verb + 1] not in w.THROUGH:
        return -1  # "if i could hug you"
    return _word_end(ctx, verb + 2, w.SCREENS, w.SCREEN_TAILS)


def _lifted_before(ctx: Context, hit: Hit) -> bool:
    """A condition lifting the screen before the harm in its sentence, only the writer and
    the blow's auxiliaries between ("if this wasnt online [i'd] beat you"), the harm closing
    the message."""
    if not ctx.only_tags_after(hit.last, w.TAILS, w.CLOSE_REACH):
        return False  # "you'd be done with the form by now", "i'd beat you at chess"
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, w.CONDITION_REACH)
    for i in range(hit.first - 1, start - 1, -1):
        if tokens[i] not in w.CONDITIONS:
            continue
        end = screen_lifted_end(ctx, i)
        if (
            0 <= end <= hit.first
            and hit.first - end <= w.BRIDGE_REACH
            and all(word in w.BRIDGE for word in tokens[end : hit.first])
        ):
            return _said_by_writer(ctx, hit, i, hit.last)
    return False


def _lifted_after(ctx: Context, hit: Hit, doom: bool) -> bool:
    """The harm said first, the writer's, and the screen lifted right after it closing the
    message: "you'd be dead if this wasnt online", "i'd punch you if this was irl",
    "wish i could punch you through the screen"."""
    tokens = ctx.tokens
    after = hit.last
    if after >= len(tokens):
        return False
    if not doom:
        doer = ctx.back_over(hit.first, w.DOER_WORDS, w.DOER_REACH) - 1
        if doer < 0 or tokens[doer] not in w12.WRITERS:
            return False  # "he'd punch you if this was irl", "i'd never punch you"
    if tokens[after] == "if":
        end = screen_lifted_end(ctx, after)  # "... if this wasnt online"
    elif not doom and tokens[after] in w.THROUGH and "wish" in tokens[max(0, doer - 2) : doer]:
        end = _word_end(ctx, after + 1, w.SCREENS, w.SCREEN_TAILS)  # "... through the screen"
    else:
        return False
    if end < 0 or not ctx.only_tags_after(end, w.TAILS, w.CLOSE_REACH):
        return False
    return _said_by_writer(ctx, hit, hit.first, end)


def _said_by_writer(ctx: Context, hit: Hit, first: int, last: int) -> bool:
    """The line from token `first` to `last` said by the writer: not quoted, asked,
    reported, nor game talk unless said in real life."""
    if ctx.quoted_or_asked(first, last):
        return False  # "would you punch me if this wasnt the internet?"
    start = ctx.sentence_start(first, w9.REPORT_REACH)
    if not w9.REPORTS.isdisjoint(ctx.tokens[start:first]):
        return False  # "she said if this wasnt online you'd be dead"
    return not in_game_talk(ctx, hit) or ctx.in_real_life
