"""Targeting rules of the discord36 round (issue 8, twenty-ninth session): the reader
rejected, excluded or sent away with no insult word, read as a whole line.

- A rejection then a dismissal (extends discord35's whole-line rejection): "i dont like
  u. leave.", "we dont like you, get out", "i never liked u. bye". The tail after the
  rejection may hold one word that sends the reader away (discord36_words.SENT_AWAY) among
  tags; "i dont like u leaving so soon", "i dont like u going out" go on and stay clean.
- Friendship or belonging denied (exclusion.txt lines, discord36): "ur not my friend",
  "we're not friends anymore", "you were never my friend", "ur not part of this group".
  Only the reader, the writer, "we", being verbs and chat openers stand before it in its
  sentence, and only tags or a dismissal follow it to the message's end. Stay clean: "ur
  not my friend's brother", "you're not my friend, you're my best friend" (the line
  goes on), "she said ur not my friend", "he's not my friend" (someone else), "ur not
  my friend?" (asked), quoted or reported lines, a kind word or emoji after.
- A bare wish of death: "die" urged or sent to someone, with only chat's openers and
  tags, as the whole message ("pls die", "die already", "<@1> die"); a lone "die" is
  game talk as often as not. Anywhere else the round's "die" hit is cancelled ("die
  lit", "i'll die if this boss hits again", "dont die").

Cost per hit: one frozenset test of the term; then at most five words back to the
sentence's start, nine tags ahead to the message's end, ten tokens for a kind word, a
few characters for an emoji; a "die" line is read whole only when it has at most six
tokens. No regex, no new work for messages without these terms; the new terms stay
unknown to the other rules (lexicon_compile._ROUNDS_OWN_TERMS).
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord36_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_hatecheck43 import HateCheck43Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_A_DEATH_WISH_NOTE", "NOT_A_DENIAL_NOTE", "Discord36Rules"]

# Notes that cancel the hit (weighing.py zeroes any note it does not name).
NOT_A_DENIAL_NOTE: Final = "friendship or belonging not denied to the reader as a whole line"
NOT_A_DEATH_WISH_NOTE: Final = "'die' not sent as the whole line"


class Discord36Rules(HateCheck43Rules):
    """The reader denied friendship, sent away after a rejection, or told to die, read
    only as a whole line."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed or cancelled in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term not in w.OWN_TERMS:
            return target, note
        if term == w.DIE_TERM:
            if target is not Kind.REPORTED and _d36_death_wish_line(ctx, hit):
                return Kind.IMPERATIVE, ""  # "pls die", "die already"
            return Kind.NONE, NOT_A_DEATH_WISH_NOTE  # "die lit", "dont die this time"
        if (
            target is not Kind.REPORTED
            and not ctx.quoted_or_asked(hit.first, hit.last)
            and _d36_said_between_us(ctx, hit.first)
            and ctx.only_tags_after(hit.last, w.FRIEND_TAGS, w.FRIEND_TAG_REACH)
            and not ctx.any_ahead(hit.last, w.KIND_AFTER, w.KIND_REACH)
            and not ctx.emoji_after(hit.last, w.KIND_EMOJI, w.EMOJI_REACH)
        ):
            return Kind.SECOND_PERSON, ""  # "ur not my friend", "we're not friends anymore"
        return Kind.OBJECT, NOT_A_DENIAL_NOTE  # "ur not my friend's brother"

    def _d35_closes(self, ctx: Context, hit: Hit) -> bool:
        """Discord35's rejection closes the line, or a dismissal does after it: "i dont
        like u. leave.", "we dont like you, get out"."""
        return super()._d35_closes(ctx, hit) or _d36_sent_away(ctx, hit.last)


def _d36_sent_away(ctx: Context, at: int) -> bool:
    """From token `at` to the message's end, tags and at least one word that sends the
    reader away ("leave pls", "so get out", "bye"), at most AWAY_REACH tokens."""
    rest = ctx.tokens[at:]
    return (
        len(rest) <= w.AWAY_REACH
        and not w.SENT_AWAY.isdisjoint(rest)
        and all(word in w.AWAY_TAGS for word in rest)
    )


def _d36_said_between_us(ctx: Context, first: int) -> bool:
    """Only the reader, the writer, being verbs and openers stand before token `first` in
    its sentence, with the reader or the writer among them ("ur", "we re", "i m")."""
    at = ctx.back_over(first, w.FRIEND_SUBJECTS, w.FRIEND_SUBJECT_REACH)
    return ctx.starts_sentence(at) and not w.FRIEND_PEOPLE.isdisjoint(ctx.tokens[at:first])


def _d36_death_wish_line(ctx: Context, hit: Hit) -> bool:
    """The whole message (past a leading mention) is "die" with only chat's openers and
    tags, urged or sent to someone (a leading mention, a reply), at most DIE_REACH tokens,
    not asked or quoted ("pls die", "just go die already", "<@1> die"; not a lone "die",
    not "die?")."""
    tokens = ctx.tokens[ctx.lead :]
    return (
        len(tokens) <= w.DIE_REACH
        and all(word in w.DIE_LINE for word in tokens)
        and (ctx.lead > 0 or ctx.is_reply or not w.DIE_URGING.isdisjoint(tokens))
        and not ctx.quoted_or_asked(hit.first, hit.last)
    )
