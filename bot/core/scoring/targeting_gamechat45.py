"""Targeting rules of the gamechat45 round (issue 8, thirty-fourth session): flaming aimed
at a teammate named by a Dota position, a role with its modifier, or a role or hero after
a lead clause.

- A put-down (an insult the older rounds left unaimed or aimed too faintly) whose subject
  is a player: a Dota position, "pos 5", "position 2", "pos5", "our 4", "the 3", a bare
  "5" opening the line; a role with its modifiers and determiner, "soft support", "our
  hard support", "this jungler"; or a hero, "jugg", "this sf", through a copula ("am a
  noob" keeps the writer who dropped "I") and with a put-down only a person earns ("ff now
  jugg is braindead"; "their wraith is so annoying" may judge the hero's kit). Linked by
  gamechat45_words.LINKS ("is", "so", "a", "literally"...); "bot" only with an article
  ("pos 5 is a bot", not "our 5 is bot with me", a lane). The player's phrase opens its
  sentence, maybe after a lead clause of chat's words ("ff at 15", "gg go next", "report
  him", "just ff", "lol,"), and only chat's tails close the clause after the put-down
  ("pos 5 is trash lol", not "pos 4 is useless in this patch", a role judged in a meta).
  Said of that player outright (olid4's OUTRIGHT_NOTE): "pos 5 is a bot", "ff at 15 this
  jungler is braindead", "ff now jugg is braindead".
- A bad kill/death record (gamechat44's term) said of a position: "pos 1 0-12 gg", "our
  pos 1 is 0-12", "gg our 5 0-9", with gamechat44's guards (the writer or the other team
  near it, asked, quoted).

Stay clean: role and hero talk ("pos 5 buy wards pls", "am needs bf"), a role judged in a
patch, negated ("our pos 5 isn't a bot": "not" is no link), asked, quoted, reported ("he
said pos 5 is a bot": "said" is no lead), the writer in the sentence ("i'm pos 5 and i'm
a bot today sorry"), a hero judged in words its kit may earn ("this pa is useless", "your
pudge was so bad").

Cost per insult hit: at most LINK_REACH + MODIFIER_REACH + LEAD_REACH + 3 tokens back and
TAIL_REACH ahead, each a frozenset test; a sentence's words tested once against one
frozenset. No regex; no lexicon lines.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat44_words as g44
from bot.core.scoring import gamechat45_words as w
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum30 import Forum30Rules
from bot.core.scoring.targeting_gamechat8 import NOT_A_PLAYER_BOT_NOTE
from bot.core.scoring.targeting_gamechat44 import NO_PLAYER_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import Category, TargetKind

__all__ = ["GameChat45Rules"]

# The readings this round may lift: unaimed or faintly aimed, a "bot" read as a lane or
# an AI, a record read as said of no player. A negation's or a quote's note stays.
_LIFTED_NOTES: Final[frozenset[str]] = frozenset(
    {"", NOT_A_PLAYER_BOT_NOTE, SAID_OF_NOTE, NO_PLAYER_NOTE}
)
_PUT_DOWNS: Final[frozenset[Category]] = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
_LIFTED_TARGETS: Final[frozenset[TargetKind]] = frozenset(
    {Kind.NONE, Kind.OBJECT, Kind.SELF, Kind.THIRD_PERSON}
)


class GameChat45Rules(Forum30Rules):
    """A put-down or a bad record said of a teammate named by position, by a role with
    its modifier, or by a role or hero after a lead clause."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, lifted to outright in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        entry = hit.entry
        if (
            entry.category not in _PUT_DOWNS
            or note not in _LIFTED_NOTES
            or target not in _LIFTED_TARGETS
        ):
            return target, note
        if ctx.quoted(hit.first, hit.last) or ctx.ends_asking(hit.first):
            return target, note  # "is our pos 5 a bot or afk?"
        if _gc45_player_put_down(ctx, hit, record=entry.term == g44.RECORD_TERM):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "pos 5 is a bot", "pos 1 0-12 gg"
        return target, note


def _gc45_player_put_down(ctx: Context, hit: Hit, *, record: bool) -> bool:
    """The put-down at `hit` said of a player opening its sentence (after a lead clause at
    most), only chat's tails after it, and no writer in the sentence."""
    tokens = ctx.tokens
    links = g44.LINKS if record else w.LINKS
    linked = ctx.back_over(hit.first, links, w.LINK_REACH)
    subject = linked - 1
    if subject < 0 or ctx.pause_after(subject):
        return False
    between = tokens[linked : hit.first]
    if hit.entry.term in g8.BOTS and w.ARTICLES.isdisjoint(between):
        return False  # "our 5 is bot with me": the lane
    start = _gc45_position_start(ctx, subject)
    if start is None and not record:
        start = _gc45_role_start(ctx, subject, hit, copula=not w.COPULAS.isdisjoint(between))
    if start is None or not _gc45_opens(ctx, start):
        return False
    if not ctx.closes_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False  # "pos 4 is useless in this patch"
    return _gc45_unclaimed(ctx, hit, start, linked, record=record)


def _gc45_unclaimed(ctx: Context, hit: Hit, start: int, linked: int, *, record: bool) -> bool:
    """No writer (nor, for a record, the other team) in the put-down's sentence or within
    gamechat44's reach of it, across chat's "|", the player's phrase from `start` to
    `linked` aside (its "pos 1" is read "pos i"): "i'm pos 5 and i'm a bot today sorry",
    "sorry guys | pos 1 0-9"."""
    tokens = ctx.tokens
    first = min(ctx.sentence_start(hit.first, w.SENTENCE_REACH), max(0, start - w.NEAR))
    end = max(ctx.sentence_end(hit.first, w.SENTENCE_REACH), hit.last + w.NEAR)
    if record and not w.ENEMY_SIDE.isdisjoint(tokens[first:end]):
        return False  # "their pos 1 0-12 lol": the match going well
    return w.WRITERS.isdisjoint(tokens[first:start]) and w.WRITERS.isdisjoint(tokens[linked:end])


def _gc45_position_start(ctx: Context, subject: int) -> int | None:
    """Where the position that ends at token `subject` starts ("pos 5", "our pos 1", "the
    4", "pos5", a bare "5" opening the line), or None."""
    tokens = ctx.tokens
    word = tokens[subject]
    if word in w.JOINED_POSITIONS:
        start = subject
    elif word in w.POSITIONS or word == w.ONE_AS_I:
        before = subject - 1
        if before >= 0 and not ctx.pause_after(before) and tokens[before] in w.POSITION_WORDS:
            start = before  # "pos 5", "pos 1" read "pos i"
        elif before >= 0 and not ctx.pause_after(before) and tokens[before] in w.NUMBER_OWNERS:
            return before  # "our 5", "the 4"
        elif word in w.POSITIONS:
            return subject  # "5 is a bot"
        else:
            return None  # "i is": the writer
    else:
        return None
    det = start - 1
    if det >= 0 and not ctx.pause_after(det) and tokens[det] in w.DETERMINERS:
        return det  # "our pos 1", "this pos 4"
    return start


def _gc45_role_start(ctx: Context, subject: int, hit: Hit, *, copula: bool) -> int | None:
    """Where the role or hero that ends at token `subject` starts, with its modifiers and
    determiner ("soft support", "our hard support", "this jungler", "this jugg"), or None.
    A hero's name is also its kit (gamechat34: "this slark is trash"), so a hero needs a
    copula and a put-down only a person earns ("ff now jugg is braindead")."""
    tokens = ctx.tokens
    word = tokens[subject]
    hero = word in w.HEROES and word not in w.ROLES
    if hero and (not copula or hit.entry.term not in w.PERSON_PUT_DOWNS):
        return None  # "am a noob lol": the writer; "their wraith is so annoying": its kit
    if not hero and word not in w.ROLES:
        return None
    start = ctx.back_over(subject, w.MODIFIERS, w.MODIFIER_REACH) if not hero else subject
    det = start - 1
    if det < 0 or ctx.pause_after(det):
        return start
    return det if tokens[det] in w.DETERMINERS else start


def _gc45_opens(ctx: Context, start: int) -> bool:
    """The player's phrase at token `start` opens its sentence or a clause after a comma,
    maybe after a lead clause of chat's words and numbers ("ff at 15", "gg go next")."""
    tokens = ctx.tokens
    if start > 0 and ctx.pause_after(start - 1):
        return True  # "no wards, pos 5 is a bot": a clause of its own after a comma
    at = start
    floor = max(0, start - w.LEAD_REACH)
    while at > floor and not ctx.stop_after(at - 1):
        word = tokens[at - 1]
        if word not in w.LEADS and not word[:1].isdigit():  # "15", "20" folded "2o"
            return False
        at -= 1
    return ctx.starts_sentence(at)
