"""Targeting rules of the gamechat32 round (issue 8, twenty-third session): game chat
(Dota 2, League, Valorant, Overwatch, CS) that flames a player by hero or role with the
insult or the swear as the name's adjective, anywhere in the sentence.

- A name-call right before a hero or a role, inside its sentence (gamechat21 reads it only
  opening one): "classic useless mercy", "blame stupid pudge", "gg we lost to stupid
  jett", "ofc the useless healer died first", "we had a retarded sova", "cant win with
  useless tanks". Terms: gamechat32_words.NAME_CALLS. Stay clean: "the stupid pudge hook
  got me again", "stupid jett skin is so pretty" (a thing of the hero's after it), "im a
  useless mercy sorry guys" (the writer's), "she's not a useless healer", "no one is a
  useless support" (denied, or a copula's predicate), "is that useless jett afk?"
  (asked), "he said "useless mercy"" (quoted), "this stupid storm" (a name that is an
  everyday word), "the useless support from the state" (an everyday role noun that does
  not close its clause).
- A swear as the adjective on a hero or a role: "fucking jett", "this fuckin pudge",
  "fucking yasuo again", "that fucking tracer". Stay clean: "fucking jett ult saved us",
  "that fucking pudge hook was insane" (a thing after), "fucking jett is so good" (praise
  after), "holy fucking genji" (an exclamation's), "fucking love playing jett", "jett
  fucking carried us" (the swear not before the name). The scorer's swearing shortcut
  reads such a line on (gamechat32_words.sworn_player).
- An everyday role noun ("support", "carry", "tank") counts only closing its clause or
  with chat's tails after it: "ur fucking carry is afk" stays unread.

Older readings kept: reported speech and a kind word after stay as they were; a hit some
earlier rule gave a note (negated, joking, not urged) is left alone.

Cost per hit: one frozenset test of the term for each list; then the next token's set
test, at most three leads back and one blocker, five tokens ahead for praise. No regex,
no new work for messages without these terms.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat32_words as w
from bot.core.scoring.targeting_context import NAMED_NOTE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck33 import HateCheck33Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid5 import NOT_SAID_OF_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat32Rules", "gc32_before_player"]

# Readings this round overrides: unaimed, at a thing, or of a person but too weakly; the
# writer's only when no reading of oneself stands right before the name-call (checked).
_OVERRIDDEN_KINDS: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON, Kind.SELF})
_OVERRIDDEN_NOTES: Final = frozenset({"", SAID_OF_NOTE, NOT_SAID_OF_NOTE})


class GameChat32Rules(HateCheck33Rules):
    """A name-call or a swear right before a hero or a role, anywhere in its sentence."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading, aimed at the player in this round's shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        call = term in w.NAME_CALLS
        if not call and term not in w.SWEARS:
            return target, note
        if target not in _OVERRIDDEN_KINDS or note not in _OVERRIDDEN_NOTES:
            return target, note  # reported, negated, joking: as the older rules read it
        if not gc32_before_player(ctx, hit) or ctx.quoted_or_asked(hit.first, hit.last):
            return target, note
        if call:
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "classic useless mercy"
        return Kind.THIRD_PERSON, NAMED_NOTE  # "fucking jett", "this fuckin pudge"


def gc32_before_player(ctx: Context, hit: Hit, players: frozenset[str] = w.PLAYERS) -> bool:
    """A hero or a role (of `players`) right after the term, no thing of theirs after it,
    no praise, and no reading of oneself, predicate or denial before the term's leads."""
    tokens = ctx.tokens
    name = hit.last
    if name >= len(tokens) or tokens[name] not in players:
        return False
    after = name + 1
    closes = after >= len(tokens) or ctx.stop_after(name)
    if not closes:
        following = tokens[after]
        if following in w.THINGS:
            return False  # "the stupid pudge hook", "fucking jett ult saved us"
        if following not in w.TAILS and tokens[name] in w.PLAIN_ROLES:
            return False  # "the useless support from the state", "ur fucking carry is"
    if not w.KIND_AFTER.isdisjoint(tokens[after : after + w.KIND_REACH]):
        return False  # "fucking jett is so good"
    at = ctx.back_over(hit.first, w.LEADS, w.LEAD_REACH)
    return at == 0 or tokens[at - 1] not in w.BLOCKERS
