"""Targeting rules of the chat12 round (issue 8): a look at the reader's body asked for
in chat and DMs, the grooming and harassment requests a kid on Discord gets, in words no
older line held.

- The look asked for: the reader's body or a body part ("your body", "ur feet", "your
  butt"), the reader naked, in underwear or in the shower ("you naked", "in ur bra",
  "without clothes"), closing its clause (maybe over chat's tails: "on cam", "pls",
  "rn"), with a look word (send, show, see, pic, video, cam) in the few words before it,
  and the writer or the reader asking ("send me", "can u send", "i wanna see", "lemme
  see") or the look word opening its sentence over openers ("send a pic of ur body pls",
  "show me ur body"): "send me pics of ur body", "send me a pic of ur feet", "i wanna see
  you naked", "can i see you without clothes", "turn on ur cam and show me ur body".
- The reader asked whether they are naked, as the older reader rules read "naked" alone:
  "are you naked", "r u naked rn".
- The clothes off for the writer: "your clothes off", "off ur shirt", after a look word
  and asked as above, or with "for me" or a cam right after: "take off your clothes for
  me", "take ur shirt off on cam", "get on cam and take ur clothes off".

Clean: ordinary photo talk ("send me pics of the trip", "show me your setup"), one's own
body and the reader's in medical or fitness talk ("listen to your body", "your body
needs rest", "send me pics of your body transformation progress"), clothes off for a
room ("take your jacket off, it's warm"), negations ("never send anyone pics of your
body", "i don't want to see you naked"), reports and help requests ("he keeps telling me
to send pics", "someone asked me to send a pic"), quotes. The round's own lines out of
these shapes are cancelled.

Cost per hit: a frozenset test of the term; then at most TAIL_REACH tokens ahead (or
FOR_ME_REACH), LOOK_REACH words of the sentence before it, LEAD_REACH back over openers
from the look word and GUARD_REACH words before it tested against a frozenset. No regex;
no older line reads differently.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat12_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_italian60 import Italian60Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NO_LOOK_NOTE", "Chat12Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NO_LOOK_NOTE: Final[str] = "no look at the reader's body asked for"


class Chat12Rules(Italian60Rules):
    """A look at the reader's body asked for ("send me pics of ur body", "i wanna see you
    naked", "take off your clothes for me"); read only by this round's own lines."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        its shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted(hit.first, hit.last)
            and _c12_asked(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "send me pics of ur body"
        return Kind.NONE, NO_LOOK_NOTE  # "listen to your body", "send me pics of the trip"


def _c12_asked(ctx: Context, hit: Hit) -> bool:
    """The look asked for: the term closes its clause (or, for clothes off, "for me" or a
    cam follows), no negation or report comes before it, and a look word stands before
    it in its sentence with the writer or the reader asking or opening its sentence
    (clothes off "for me" need no look word; "are you naked" is asked as it stands)."""
    tokens = ctx.tokens
    for_me = hit.entry.term in w.OFF_TERMS and ctx.any_ahead(hit.last, w.FOR_ME, w.FOR_ME_REACH)
    if not for_me and not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False  # "your body transformation progress", "you naked to strangers"
    if hit.entry.term in w.READER_BARE_TERMS and hit.first and tokens[hit.first - 1] in w.ARE:
        return True  # "are you naked", "r u naked rn": the question the reader rules read
    said = tokens[ctx.sentence_start(hit.first, w.GUARD_REACH) : hit.first]
    if not w.NEGATORS.isdisjoint(said) or not w.REPORTERS.isdisjoint(said):
        return False  # "never send pics of your body", "he keeps telling me to send pics"
    start = ctx.sentence_start(hit.first, w.LOOK_REACH)
    look = next((i for i in range(start, hit.first) if tokens[i] in w.LOOKS), -1)
    if look < 0:
        return for_me  # "take your clothes off for me"; "listen to your body"
    if not w.US.isdisjoint(tokens[start : hit.first]):
        return True  # "send me a pic of ur feet", "i wanna see you naked"
    return ctx.starts_sentence(ctx.back_over(look, w.LEADS, w.LEAD_REACH))  # "show ur body"
