"""Targeting rules of the discord23 round (issue 8, twentieth session): a member's lack
or looks said with chat's "bro" for them, the reader's father said to have left them,
and two older jabs' words read as a name or a comparison.

- A member's lack with chat's name for them: "bro has no friends", "blud has no life",
  "bro really has no friends 💀", "this guy has no life lol", "lil bro has no rizz". The
  subject ("bro", "blud", "bruh", "homie", "dude", "this guy", "lil bro") opens the
  sentence, at most two adverbs stand before "has" / "got", and only chat tags follow
  to the clause's end. Stay clean, and cancelled: "my bro has no life this week" (a
  brother, the clause going on), "bro i have no life" (the writer: no term), "the main
  character has no friends in s1", "he has no friends at school, be nice to him" (no
  chat name: the older rules never read these), "bro has no friends?" (asked), a quoted
  or reported line. "u have no life" is the older lines' reading, left as it was.
- Chat's "bro" as the subject of a looks or an insult word the older rules left with
  no target (they read "bro" as a vocative): "bro is so ugly", "bro is fat af", "dude is
  so ugly lol", "bro s lowkey ugly 💀". The name opens the sentence, "is" / "s" / "be"
  and at most two intensifiers follow, then the word, then only chat tags to the
  clause's end. Stay clean: "bro the map is ugly" (a vocative before a thing), "bro is
  ugly crying at this movie", "bro is fat and happy" (the clause goes on), "bro is
  fat?" (asked), "my bro is fat" (a brother: the older reading, kept).
- The reader's father said to have left them: "ur dad left u", "your dad left you for a
  reason", "ur dad never came back lol", "your dad abandoned you". Stay clean, and
  cancelled: "ur dad left u a note", "your dad left you some pizza" (a thing left for
  the reader), "ur dad never came back to get his jacket" (the errand goes on), "did ur
  dad leave u" (no term), "ur dad left u?" (asked), quoted or reported lines. "my dad
  left me" has no term. Italian: "tuo padre ti ha abbandonato", "tuo padre non è mai
  tornato"; clean "tuo padre non è mai tornato a prenderti?", "mio padre non è mai
  tornato".
- Older jabs' words used otherwise (a fix made here, on the final reading): "touch
  grass" naming a thing ("touch grass achievement unlocked", "my touch grass era", "the
  touch grass challenge") and "cry harder" in a comparison ("cry harder than me at the
  finale", "cry harder at the ending than i did"). Stay hostile: "touch grass loser",
  "go touch grass", "cry harder", "cry harder lmao".

Cost per hit: one frozenset test of the term for each of the four lists, and for a
looks or an insult word left unaimed at most four tokens back (then the tags after,
only behind a chat name and a copula opening the sentence); a lack then
reads at most four tokens back and the tags to its clause's end (discord18's closed_by,
at most four), a father's hit one token ahead and the sentence's end for a "?", "touch
grass" one token on each side, "cry harder" at most six ahead. No regex, no new work for
messages without these terms; the lacks' and the father's new words stay unknown to the
other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord18_words as d18
from bot.core.scoring import discord23_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord18 import closed_by
from bot.core.scoring.targeting_italian27 import Italian27Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["COMPARED_NOTE", "NAMED_NOTE", "NO_BRO_NOTE", "STAYED_NOTE", "Discord23Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NO_BRO_NOTE: Final = "a lack said of no member named as chat names one"
STAYED_NOTE: Final = "a father's errand or gift, not a jab"
NAMED_NOTE: Final = "the jab's words name a thing"
COMPARED_NOTE: Final = "the jab's words in a comparison"


class Discord23Rules(Italian27Rules):
    """A member's lack with chat's "bro" for them ("bro has no friends"), the reader's
    father gone ("ur dad left u"); "touch grass" naming a thing, "cry harder" compared."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in w.LACKS:
            if _bro_lacks(ctx, hit) and target is not Kind.REPORTED:
                return Kind.SECOND_PERSON, OUTRIGHT_NOTE  # "bro has no friends"
            return Kind.OBJECT, NO_BRO_NOTE
        if target in _UNAIMED and not note and hit.entry.category in _JUDGING and _bro_is(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "bro is so ugly"
        if term in w.LEFT:
            return _father_left(ctx, hit, target, note)
        if term in w.GRASS:
            return _grass_named(ctx, hit, target, note)
        if term in w.HARDER and ctx.find_ahead(hit.last, _THAN, w.THAN_REACH) >= 0:
            return Kind.OBJECT, COMPARED_NOTE  # "cry harder than me at the finale"
        return target, note


_THAN: Final = frozenset({w.THAN})
_JUDGING: Final = frozenset({Cat.BODY_SHAMING, Cat.INSULT})
# The older readings of "bro is so ugly (lol)": no target, or a thing (a laugh after).
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


def _bro_is(ctx: Context, hit: Hit) -> bool:
    """ "bro is (so) ugly" opening its sentence, only chat tags after; never "bro the
    map is ugly" or "bro is ugly crying at this movie"."""
    first = hit.first
    if first < 2:
        return False
    tokens = ctx.tokens
    at = ctx.back_over(first, w.INTENSIFIERS, 2) - 1
    if at < 1 or tokens[at] not in w.BRO_COPULAS or tokens[at - 1] not in w.BRO_SUBJECTS:
        return False
    if not ctx.starts_sentence(at - 1) or ctx.quoted(first, hit.last):
        return False
    return closed_by(ctx, hit.last, d18.TAIL, w.BRO_TAGS) and not ctx.ends_asking(first)


def _bro_lacks(ctx: Context, hit: Hit) -> bool:
    """ "bro (really) has no friends" opening its sentence, only chat tags after."""
    first, last = hit.first, hit.last
    if ctx.quoted_or_asked(first, last):
        return False
    if not closed_by(ctx, last, d18.TAIL):
        return False  # "my bro has no life this week"
    tokens = ctx.tokens
    at = ctx.back_over(first, w.ADVERBS, 2) - 1
    if at < 0:
        return False
    if tokens[at] in w.BRO_SUBJECTS and ctx.starts_sentence(at):
        return True
    return at >= 1 and (tokens[at - 1], tokens[at]) in w.BRO_PAIRS and ctx.starts_sentence(at - 1)


def _father_left(ctx: Context, hit: Hit, target: TargetKind, note: str) -> tuple[TargetKind, str]:
    """ "ur dad left u (for a reason)"; "ur dad left u a note" is a gift."""
    first, last = hit.first, hit.last
    if target is Kind.REPORTED or ctx.quoted_or_asked(first, last):
        return Kind.OBJECT, STAYED_NOTE
    tokens = ctx.tokens
    if last < len(tokens) and not ctx.closes_clause(last):
        ahead = w.CAME_BACK_ON if tokens[last - 1] in w.CAME_BACK else w.LEFT_THINGS
        if tokens[last] in ahead:
            return Kind.OBJECT, STAYED_NOTE  # "your dad never came back to get his jacket"
    return Kind.SECOND_PERSON, note


def _grass_named(ctx: Context, hit: Hit, target: TargetKind, note: str) -> tuple[TargetKind, str]:
    """ "touch grass achievement", "my touch grass era": the words name a thing."""
    tokens = ctx.tokens
    first, last = hit.first, hit.last
    if last < len(tokens) and tokens[last] in w.GRASS_NAMED:
        return Kind.OBJECT, NAMED_NOTE
    if first >= 1 and tokens[first - 1] in w.GRASS_DETERMINERS:
        return Kind.OBJECT, NAMED_NOTE
    return target, note
