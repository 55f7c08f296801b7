"""Targeting rules of the threats18 round (issue 8): the writer's blow at the reader held
back only by the screen or by a meeting that has not happened. threats16 reads the
writer unable to reach or find the reader, threats17 the reader's doom or the older blow
lines once the screen is lifted; the blow itself, "kill you" after the writer's "cant",
"could" or "would", stayed swearing, and a blow said with the distance after it ("...
from here", "... in real life") went on past their closings.

- Held back: relief or regret ("good thing", "thank god", "lucky", "too bad", "shame",
  "sucks", "pity", "wish") right before the writer (over "that"), opening its sentence
  over chat's openers and the reader held lucky ("your lucky", "bro its a"), then "cant",
  "cannot", "couldnt" (or "could" after "wish") and the blow: "good thing i cant kill
  you in real life", "too bad i cant slap you from here", "wish i could kill you irl".
- Promised: the writer's "would" ("i'd", "id", "i would") and the blow, a condition
  before it in its sentence, the screen lifted (threats17's `screen_lifted_end`: "if
  this wasnt the internet", "if this was real life") or a meeting ("if we met irl", "if
  we ever met", "if i saw you in person", "if we lived closer"), only a few bridge words
  between; or the condition right after the blow: "i would kill you if we met irl".
- The blow: threats9's harm verbs with the reader after them, the round's own lines
  ("cant kill you", "d kill you", "would murder u") or an older blow line ("slap you",
  "punch you"); threats9's and threats16's relief lines are read on to the blow after
  them. It closes the message over the distance and chat's tails ("from here", "through
  the screen", "rn"), or the condition after it does.

Stay clean: no blow ("too bad i cant hug you from here", "if we met irl i'd buy you a
beer", "i would kill for a beer if we met irl"), the blow going on into a game or a
thing ("i'd kill you at mario kart if we met irl", "too bad i cant kill you with this
build lol"), game talk unless said in real life (threats9's `said_by_writer`), someone
else's blow or one at the writer ("good thing he cant kill me in real life"), a denial
("i would never kill you even if we met irl", "i cant kill you, you're my best friend"),
reports, questions, quotes and jokes. The round's own lines out of the shapes are
cancelled; the older lines out of them keep their readings.

Cost per hit: a frozenset test of the term or its category (most hits end there); then
BLOW_REACH tokens on for a relief line's blow, ADVERB_REACH and a few tokens back for the
writer, HEAD_REACH for the relief's opening or CONDITION_REACH back for the condition
(MEETING_REACH or threats17's reaches on from it, BRIDGE_REACH between), TAIL_REACH to the
message's end; threats9's REPORT_REACH back in the sentence and GAME_REACH either side. No
regex.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats9_words as w9
from bot.core.scoring import threats12_words as w12
from bot.core.scoring import threats18_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid47 import Olid47Rules
from bot.core.scoring.targeting_reader import THREAT_TAIL
from bot.core.scoring.targeting_threats9 import NOT_HELD_BACK9_NOTE, said_by_writer
from bot.core.scoring.targeting_threats16 import NOT_TOGETHER_NOTE
from bot.core.scoring.targeting_threats17 import screen_lifted_end
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_HELD_BACK18_NOTE", "Threats18Rules"]

# The note that cancels the round's lines out of the shapes (weighing zeroes any note it
# does not name).
NOT_HELD_BACK18_NOTE: Final[str] = "no blow at the reader held back by the distance"
# The notes with which threats9 and threats16 cancel their relief lines.
_RELIEF_NOTES: Final = frozenset({NOT_HELD_BACK9_NOTE, NOT_TOGETHER_NOTE})


class Threats18Rules(Olid47Rules):
    """The writer's blow at the reader held back by the distance ("good thing i cant kill
    you in real life") or promised once the two meet ("if we met irl id kill you")."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; a blow at the reader held back by the distance
        aimed at the reader, the round's own lines cancelled out of the shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        own = term in w.OWN_TERMS
        if own:
            verb = hit.first + len(hit.entry.tokens) - 2  # "cant [kill] you"
        elif term in w.RELIEF_TERMS:
            if note not in _RELIEF_NOTES:
                return target, note  # "good thing we're not in the same room"
            verb = _blow_after(ctx, hit.last)  # "good thing i cant [kill] you irl"
        elif (
            hit.entry.category is Cat.THREAT
            and not w12.READERS.isdisjoint(hit.entry.tokens)
            and (target is not Kind.SECOND_PERSON or note)
            and ctx.tokens[hit.first] in w.BLOW_VERBS
        ):
            verb = hit.first  # "too bad i cant [slap] you from here"
        else:
            return target, note  # most hits
        if note != JOKING_NOTE and verb >= 0 and _held_back(ctx, hit, verb):
            return Kind.SECOND_PERSON, ""  # "if we met irl id kill you"
        if own and not _bare_threat(ctx, hit):
            return Kind.NONE, NOT_HELD_BACK18_NOTE  # "i cant kill you, ur my best friend"
        return target, note


def _bare_threat(ctx: Context, hit: Hit) -> bool:
    """An own line the reader shapes read as a threat before the round took its verb
    (targeting_reader.py: the writer alone before one of its harm verbs, the clause closing
    or going on with a threat's tail): "id kill you", "id murder u all"; never "i'd kill
    you for a cookie" or "id choke you" (no harm verb of the reader shapes)."""
    words = hit.entry.tokens
    if words[0] not in w.BARE_WRITERS or words[1] not in w.BARE_VERBS:
        return False
    if not ctx.starts_sentence(hit.first):
        return False
    after = hit.last
    return (
        after >= len(ctx.tokens) or ctx.pause_after(after - 1) or ctx.tokens[after] in THREAT_TAIL
    )


def _blow_after(ctx: Context, at: int) -> int:
    """The blow verb within BLOW_REACH tokens from `at`, "lucky i cant [kill] you"; -1 if
    none."""
    tokens = ctx.tokens
    for i in range(at, min(len(tokens), at + w.BLOW_REACH)):
        if tokens[i] in w.BLOW_VERBS or tokens[i] in w.REACHES:
            return i
    return -1


def _reader_end(ctx: Context, verb: int) -> int:
    """Where the reader after the blow verb at `verb` ends ("kill you|", "beat the shit
    out of u|"); -1 if the blow is at no reader."""
    reader = ctx.skip_ahead(verb + 1, w9.OBJECT_GAP, w9.OBJECT_REACH)
    if reader < len(ctx.tokens) and ctx.tokens[reader] in w9.OBJECTS:
        return reader + 1
    return -1


def _held_back(ctx: Context, hit: Hit, verb: int) -> bool:
    """The blow at `verb`, aimed at the reader, held back by the distance (relief or regret
    that the writer cannot) or promised under a meeting or a lifted screen, said by the
    writer."""
    end = _reader_end(ctx, verb)
    if end < 0:
        return False  # "good thing i cant kill plants in real life"
    aux = ctx.back_over(verb, w.ADVERBS, w.ADVERB_REACH) - 1
    if aux < 0:
        return False
    tokens = ctx.tokens
    closes = ctx.only_tags_after(end, w.TAILS, w.TAIL_REACH)
    if tokens[aux] in w.PROMISED:
        writer = aux if tokens[aux] == "id" else aux - 1
        if writer < 0 or tokens[writer] not in w12.WRITERS:
            return False  # "she'd kill you if ..."
        start = _condition_before(ctx, writer) if closes else -1
        if start < 0:
            start = _condition_after(ctx, end)
        return start >= 0 and said_by_writer(ctx, hit, min(start, writer))
    writer = aux - 1
    if tokens[aux] == "t" and tokens[writer] in ("can", "couldn"):
        writer -= 1  # "i can t kill you"
    elif tokens[aux] not in w.UNABLE and tokens[aux] not in w.COULD:
        return False
    if writer < 1 or tokens[writer] != w.WRITER or not closes:
        return False  # "good thing he cant kill me", "... kill you in this game"
    head = _head_before(ctx, writer, tokens[aux] in w.COULD, tokens[verb] in w.REACHES)
    return head >= 0 and said_by_writer(ctx, hit, head)


def _head_before(ctx: Context, writer: int, wished: bool, reached: bool) -> int:
    """The relief or regret right before the writer at `writer`, over "that" ("good thing
    i", "too bad that i", "wish i"), opening its sentence over the openers: where it
    starts; -1 if none. A wish only before "could", "could" only after a wish; only a
    relief when the blow is `reached` ("lucky i cant find you")."""
    tokens = ctx.tokens
    last = ctx.back_over(writer, w.HEAD_GAP, 1)
    for head in w.RELIEFS if reached else w.HEADS:
        first = last - len(head)
        if first < 0 or tuple(tokens[first:last]) != head:
            continue
        if wished != (head[0] in w.WISHES):
            return -1  # "good thing i could kill you", "wish i cant"
        return first if ctx.opens_after(first, w.HEAD_OPENERS, w.HEAD_REACH) else -1
    return -1


def _condition_before(ctx: Context, writer: int) -> int:
    """A lifted screen or a meeting before the writer at `writer` in its sentence, only
    bridge words between ("if we met irl [then] id kill you"): where "if" stands; -1 if
    none."""
    tokens = ctx.tokens
    start = ctx.sentence_start(writer, w.CONDITION_REACH)
    for i in range(writer - 1, start - 1, -1):
        if tokens[i] != w.CONDITION:
            continue
        end = _condition_end(ctx, i)
        if (
            0 <= end <= writer
            and writer - end <= w.BRIDGE_REACH
            and all(word in w.BRIDGE for word in tokens[end:writer])
        ):
            return i
        return -1  # the nearest "if" only: "if i had ult ... if we met"
    return -1


def _condition_after(ctx: Context, end: int) -> int:
    """A lifted screen or a meeting right after the blow's reader, closing the message
    ("id kill you [if we met irl]"): where "if" stands; -1 if none."""
    tokens = ctx.tokens
    if end >= len(tokens) or tokens[end] != w.CONDITION:
        return -1
    last = _condition_end(ctx, end)
    if last < 0 or not ctx.only_tags_after(last, w.TAILS, w.TAIL_REACH):
        return -1  # "i'd kill you if we met irl, at chess"
    return end


def _condition_end(ctx: Context, at: int) -> int:
    """Where the condition opening with "if" at `at` ends: threats17's lifted screen ("if
    this wasnt the internet|") or a meeting ("if we ever met irl|", "if i saw you in
    person|"); -1 if it is neither."""
    end = screen_lifted_end(ctx, at)
    if end >= 0:
        return end
    tokens = ctx.tokens
    size = len(tokens)
    if at + 2 >= size or tokens[at + 1] not in w.MEETERS:
        return -1  # "if i had ult", "if you"
    verb = ctx.skip_ahead(at + 2, w.EVER, 2)
    if verb >= size or tokens[verb] not in w.MEETS:
        return -1
    end = ctx.skip_ahead(verb + 1, w.MEETING, w.MEETING_REACH)
    said = tokens[verb + 1 : end]
    if tokens[verb] in w.SEES and (not said or said[0] not in w9.OBJECTS):
        return -1  # "if i see the boss"
    if tokens[verb] in w.MET_ALONE or tokens[verb] in w.SEES or not w.PRESENT.isdisjoint(said):
        return end
    return -1  # "if we were friends", "if i was you"
