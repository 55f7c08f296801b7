"""Targeting rules of the gamechat37 round (issue 8, twenty-seventh session): game chat
that generalises about the players of a nationality in the lobby, or tells them to go,
without a curse or a name-call beside the nationality (the older rules read "fucking
peruvians", "trash filipinos", "stupid russian kids").

- A nationality generalised about: a framing word before it opening its sentence (after
  chat leads at most), the nationality, then only chat's tails, a place in the lobby,
  "in a nutshell", "as usual" or "always" and what they always do: "typical russians",
  "dem peruvians", "as always russians", "so many pinoys in this game", "another peruvian
  in my team", "ugh ruskis", "every game russians". A count needs a place after it: "4
  peruvians in my team". Or the nationality opening its sentence with such a tail that
  generalises on its own: "russians in a nutshell", "peruvians everywhere", "russians
  again ffs", "russians always feed", "russians as usual", "pinoys go back to sea".
- Told to go: "go back to" opening its sentence, a possessive or a curse at most, a
  country or nationality, "server" at most: "go back to ur peru servers", "go back to
  russia"; or the nationality called after it: "go back to sea pinoys"; "stop (playing)
  dota pinoys"; "no russians allowed".

Terms: gamechat37_words.OWN_TERMS (new lexicon lines), cancelled outside the shapes; one
of a nationality only in "another peruvian" and "russian server", since a lone adjective
stacks with the noun after it as a name-call ("a russian troll" read at the reader). Stay
clean: "im russian too", "russian server?", "anyone speak russian", "gg peruvians wp",
"two peruvians carried us wp" (no frame, a kind word), "typical russian winter lol" (a
thing after it), "are you russian?" (asked), "he said typical russians" (reported: the
frame does not open the sentence), '"russians in a nutshell" is a lazy take' (quoted),
"not all russians are bad", "stop saying go back to peru, it's racist", "another game on
the peru server", "russians win ti again" (a deed that is no failing).

Not built: a nationality pointed at one player ("this russian", "CHINESE QOP"), which the
data labels both ways ("rus doom" is clean, "rus pudge mid" hostile), a lone adjective
("so much russian", "typical russian"), and countries cursed ("still fuck peru", "peru
shit").

Cost per hit: one frozenset test of the term; then at most two frame words and two leads
back, a sentence's twelve tokens ahead and eight for a kind word. No regex, no new work
for messages without these terms; the nationalities stay unknown to the other rules
(lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat37_words as w
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_hatecheck40 import HateCheck40Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_GENERALISED_NOTE", "GameChat37Rules"]

# A note that cancels the hit (weighing.py zeroes any note it does not name).
NOT_GENERALISED_NOTE: Final = "a nationality named, not generalised about"
# The older readings the round's shapes may replace; any other note cancels (negated,
# joking, not urged).
_OVERRIDDEN: Final[frozenset[str]] = frozenset({"", SAID_OF_NOTE, IDENTITY_NOTE, NAMED_NOTE})


class GameChat37Rules(HateCheck40Rules):
    """The players of a nationality generalised about in the lobby, or told to go."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's terms aimed or cancelled."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            note in _OVERRIDDEN
            and target is not Kind.REPORTED
            and _gc37_as_spelled(ctx, hit)
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
            and _gc37_shaped(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "typical russians", "go back to russia"
        return Kind.OBJECT, NOT_GENERALISED_NOTE  # "im russian too", "russian server?"


def _gc37_as_spelled(ctx: Context, hit: Hit) -> bool:
    """The hit's word as written, not a typo's reading ("russia's" is no "russians")."""
    spans, folded, tokens = ctx.spans, ctx.folded, ctx.tokens
    if hit.last > len(spans):
        return False
    return all(folded[spans[i][0] : spans[i][1]] == tokens[i] for i in range(hit.first, hit.last))


def _gc37_opens(ctx: Context, at: int) -> bool:
    """Token `at` opens its sentence, maybe after chat leads ("omg another russian")."""
    return ctx.opens_after(at, w.LEADS, w.LEAD_REACH)


def _gc37_shaped(ctx: Context, hit: Hit) -> bool:
    """The hit's nationality in one of the round's shapes: its own token, the first of
    "russian server", the last of "another peruvian"."""
    at = hit.first
    if ctx.tokens[at] not in w.NATIONALITIES:
        at = hit.last - 1
    word = ctx.tokens[at]
    if word not in w.NATIONALITIES:
        return False
    if word in w.COUNTRIES or hit.last - 1 > at:
        return _gc37_sent_back(ctx, at)  # "go back to russia", "... your russian server"
    return (
        _gc37_framed(ctx, at)
        or _gc37_generalised(ctx, at)
        or _gc37_sent_back(ctx, at)
        or _gc37_excluded(ctx, at)
    )


def _gc37_rest(ctx: Context, at: int) -> tuple[bool, bool, bool]:
    """Whether the tokens after the nationality at `at` to its sentence's end are only
    tails, a place, "in a nutshell", "as usual" or "always" and a failing, or a sending
    off; with whether a tail that generalises on its own and a place were among them."""
    tokens = ctx.tokens
    end = ctx.sentence_end(at, w.SENTENCE_REACH)
    if end < len(tokens) and not ctx.stop_after(end - 1):
        return False, False, False  # the sentence goes on past the reach
    i = at + 1
    general = placed = False
    while i < end:
        word = tokens[i]
        if word in w.TAILS:
            general = general or word in w.GENERAL_TAILS
            i += 1
        elif tuple(tokens[i : i + 3]) == w.NUTSHELL:
            general = True
            i += 3
        elif i + 1 < end and (word, tokens[i + 1]) in w.GENERAL_PAIRS:
            general = True  # "as usual", "always feed"
            i += 2
        elif word == w.GO and i + 1 < end and tokens[i + 1] in w.GO_AFTER and end - i <= w.GO_REACH:
            return True, True, placed  # "pinoys go back to sea"
        elif word in w.PLACE_LEADS and i + 1 < end and tokens[i + 1] in w.PLACES:
            i += 1
            reach = i + w.PLACE_REACH
            while i < end and i < reach and tokens[i] in w.PLACES:
                i += 1
            placed = True
        else:
            return False, False, False
    return True, general, placed


def _gc37_framed(ctx: Context, at: int) -> bool:
    """ "typical russians", "as always russians", "another peruvian in my team", "4
    peruvians in my team": a frame before, opening its sentence, the rest only tails."""
    tokens = ctx.tokens
    if at >= 2 and (tokens[at - 2], tokens[at - 1]) in w.TWO_FRAMES:
        start = at - 2
    elif at >= 1 and (tokens[at - 1] in w.ONE_FRAMES or tokens[at - 1] in w.NUMBERS):
        start = at - 1
    else:
        return False
    if any(ctx.pause_after(i) for i in range(start, at)) or not _gc37_opens(ctx, start):
        return False
    ok, _, placed = _gc37_rest(ctx, at)
    return ok and (placed or tokens[at - 1] not in w.NUMBERS)


def _gc37_generalised(ctx: Context, at: int) -> bool:
    """ "russians in a nutshell", "peruvians everywhere", "russians always feed": the
    nationality opening its sentence, a tail that generalises on its own after it."""
    if ctx.tokens[at] not in w.GROUPS or not _gc37_opens(ctx, at):
        return False
    ok, general, _ = _gc37_rest(ctx, at)
    return ok and general


def _gc37_sent_back(ctx: Context, at: int) -> bool:
    """ "go back to (ur) (fuckin) peru (servers)" opening its sentence, or the nationality
    called after it: "go back to sea pinoys"."""
    tokens = ctx.tokens
    i = at
    if i > 0 and tokens[i - 1] in w.CURSES:
        i -= 1
    if i > 0 and tokens[i - 1] in w.POSSESSIVES:
        i -= 1
    if i >= 3 and tuple(tokens[i - 3 : i]) == w.GO_BACK_TO and _gc37_opens(ctx, i - 3):
        j = at + 1
        if j < len(tokens) and tokens[j] in w.SERVERS and not ctx.pause_after(at):
            j += 1
        ok, _, _ = _gc37_rest(ctx, j - 1)
        return ok and not any(ctx.pause_after(k) for k in range(i - 3, at))
    if tokens[at] not in w.GROUPS:
        return False
    start = ctx.sentence_start(at, w.GO_REACH)
    lead = start
    while lead < at and tokens[lead] in w.LEADS:
        lead += 1
    if not ctx.starts_sentence(start) or tuple(tokens[lead : lead + 3]) != w.GO_BACK_TO:
        return False
    ok, _, _ = _gc37_rest(ctx, at)
    return ok and at - lead <= w.GO_REACH - 1


def _gc37_excluded(ctx: Context, at: int) -> bool:
    """ "stop (playing) dota pinoys", "no russians allowed (in eu)"."""
    tokens = ctx.tokens
    if tokens[at] not in w.GROUPS:
        return False
    if at >= 2 and tokens[at - 1] == w.DOTA:
        start = at - 2
        if tokens[start] == w.PLAYING and start >= 1:
            start -= 1
        if tokens[start] == w.STOP and _gc37_opens(ctx, start):
            ok, _, _ = _gc37_rest(ctx, at)
            return ok and not any(ctx.pause_after(k) for k in range(start, at))
    if (
        at >= 1
        and tokens[at - 1] == w.NO
        and at + 1 < len(tokens)
        and tokens[at + 1] == w.ALLOWED
        and _gc37_opens(ctx, at - 1)
    ):
        ok, _, _ = _gc37_rest(ctx, at + 1)
        return ok
    return False
