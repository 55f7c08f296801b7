"""Targeting rules of the sixteenth game-chat round (issue 8): a player named the way
Dota and other games' chat names them, where the older rules saw a thing or nobody.

- A pointer, a hero's or a role's name and a name-call that fits only a player ("this lc
  noob", "that invoker is clueless", "lol this sf so noob"), the clause ending there: the
  player is judged outright. "this yasuo is trash" keeps its older reading (trash may
  judge the champion's kit); "noob", "idiot", "clueless" cannot.
- A hero's or a role's name as the vocative of "stop being a <insult>" ("sven stop being a
  noob", "our jungler pls stop being an idiot"): the order is said to that player, as
  "stop being an idiot" alone already was.
- Blame laid on a role in two words ("blame mid", "blame adc pls", insult.txt lines of
  this round) is said of that player outright; "dont blame mid" stays negated.
- "why u so bad", "y u so trash": "why" and a bare "u" right before a judging word ask
  the reader why they are so; "why are you so bad" was read already.
- "have no skill" (insult.txt lines of this round) with a noun after "skill" names a
  game's thing ("you have no skill points left"), not a player's skill.
- Sarcastic praise of feeding as a noun ("nice feed mid", "thx for the feed", "stop feed
  sf"; insult.txt lines of this round) opening its line, a name or fillers after it at
  most; "nice feed by me" and "stop feed the creeps" stay clean.
- "gay" thrown at a role ("GAY MID!", insult.txt lines of this round) only closing its
  clause: "gay mid lane" names a thing.
- A swear standing for the player reported ("report this shit", "report fucking sniper",
  insult.txt lines of this round): only the clause's end, a name and fillers may follow,
  so "report this shit to valve" and "report fucking bugs" report a thing.

gamechat8's hero list gains the Dota 2 heroes CONDA's chat names players by (none an
everyday English word), so the older rules read "dp too noob" and "stupid nyx" as they
read "pudge too noob" and "stupid pudge". Lexicon lines only: the slurs "rustard",
"peenoise", "ching chong"; "madafaka", "mongoloid", "fatherless".

Fixed where the rule already lived: gamechat8's hero list gains Dota 2 heroes (below);
gamechat9's loss blame takes "lost bc of", "lost coz of", "lose because of"; insults8's
"you're the reason" counts a lost game ("... we lost", "... we lose") as its harm.

Cost: each hit that reaches `in_game` pays one frozenset test of its term (this round's
phrases) and, when its target is still nobody or a thing, a set test of its term
(player-only calls) and one or two of the token before it ("u", "being"/"a"); only this
round's shapes walk, at most a few tokens of their own clause.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat16_words as w
from bot.core.scoring.gamechat8_words import HEROES
from bot.core.scoring.gamechat9_words import HEROES9
from bot.core.scoring.gamechat12_words import PLAYER_NOUNS
from bot.core.scoring.gamechat14_words import OWNED_ROLES
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_gamechat15 import GameChat15Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat16Rules"]

A_THING_NOTE: Final = "a thing reported, not a player"
BLAME_REFUSED_NOTE: Final = "blame refused, not laid"
A_FEED_NOTE: Final = "feeding told of, not sarcastic praise of a player"
A_SKILL_NOTE: Final = "a game's skill item, not a player's skill"
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
# This round's lexicon phrases: one set test for every hit before any of them is read.
_PHRASES: Final = w.REPORTED_SWEARS | w.NO_SKILL | w.FEED_PRAISE | w.GAY_ROLES | w.BLAME_ROLES
# The token right before a hit that may open this round's "stop being a ..." reading.
_BEFORE_CALL: Final = w.BEING_GAP | {"being"}


class GameChat16Rules(GameChat15Rules):
    """A pointed or addressed hero judged; a swear standing for the player reported."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for a player named by hero or role."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in _PHRASES:
            return self._gc16_phrase(ctx, hit, term, target, note)
        if target not in _UNAIMED or note:
            return target, note  # aimed already, or cancelled by an older rule
        if term in w.PLAYER_ONLY and self._gc16_pointed(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "this lc noob"
        if (
            hit.first >= 2
            and ctx.tokens[hit.first - 1] in w.BARE_READERS
            and self._gc16_why_you(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "why u so bad"
        if (
            hit.first >= 3
            and ctx.tokens[hit.first - 1] in _BEFORE_CALL
            and self._gc16_stop_being(ctx, hit)
        ):
            return Kind.IMPERATIVE, ""  # "sven stop being a noob"
        return target, note

    def _gc16_phrase(
        self, ctx: Context, hit: Hit, term: str, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """This round's lexicon phrases, each read by its own shape."""
        if term in w.REPORTED_SWEARS:
            if self._gc16_reported(ctx, hit, term in w.NAME_NEEDED):
                return target, note  # "report this shit", "report fucking sniper"
            return Kind.OBJECT, A_THING_NOTE  # "report this shit to valve"
        if term in w.NO_SKILL:
            after = hit.last
            if after < len(ctx.tokens) and ctx.tokens[after] in w.SKILL_NOUNS:
                return Kind.OBJECT, A_SKILL_NOTE  # "you have no skill points left"
            return target, note
        if term in w.FEED_PRAISE:
            if self._gc16_feed_praise(ctx, hit):
                if term == w.STOP_FEED:
                    return Kind.IMPERATIVE, ""  # "stop feed sf"
                return Kind.SECOND_PERSON, ""  # "nice feed mid": said to the feeder
            return Kind.OBJECT, A_FEED_NOTE  # "nice feed by me", "stop feed the creeps"
        if term in w.GAY_ROLES:
            if not self._gc16_closes(ctx, hit.last, w.TAILS) or self._gc16_described(ctx, hit):
                return Kind.OBJECT, A_THING_NOTE  # "gay mid lane", "finally a gay healer!"
            if not note and (target is Kind.THIRD_PERSON or target in _UNAIMED):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "GAY MID!", "gay healer lol"
            return target, note
        if term in w.BLAME_ROLES:
            if hit.first and ctx.tokens[hit.first - 1] in w.NEGATORS:
                return Kind.OBJECT, BLAME_REFUSED_NOTE  # "dont blame mid", "stop blame mid"
            if target is Kind.THIRD_PERSON and not note:
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "blame adc pls"
            return target, note
        return target, note

    @staticmethod
    def _gc16_described(ctx: Context, hit: Hit) -> bool:
        """ "the gay healer", "a gay healer": an article or a third party's possessive
        describes a character or a pick (review16); "what a gay mid" still judges."""
        at = hit.first - 1
        if at < 0 or ctx.tokens[at] not in w.GAY_DESCRIBED or ctx.pause_after(at):
            return False
        return at == 0 or ctx.pause_after(at - 1) or ctx.tokens[at - 1] not in w.GAY_JUDGING

    def _gc16_name(self, word: str) -> bool:
        """A hero's, an agent's or a role's name chat calls a player by."""
        return word in HEROES or word in HEROES9 or word in self._cue_role or word in OWNED_ROLES

    @staticmethod
    def _gc16_closes(ctx: Context, at: int, tails: frozenset[str]) -> bool:
        """Tokens from `at` to the sentence's end are fillers only, and the end is real."""
        tokens = ctx.tokens
        end = ctx.sentence_end(at, w.TAIL_REACH) if at < len(tokens) else at
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False  # a longer clause after it
        return all(tokens[i] in tails for i in range(at, end))

    def _gc16_pointed(self, ctx: Context, hit: Hit) -> bool:
        """ "this lc noob", "that pa is so noob": a pointer and a name open the clause, only
        gap words stand between the name and the name-call, and the call closes it."""
        tokens = ctx.tokens
        at = hit.first - 1
        stop = max(hit.first - 1 - w.GAP_REACH, 0)
        while at > stop and tokens[at] in w.GAP and not ctx.pause_after(at):
            at -= 1
        if at < 1 or not self._gc16_name(tokens[at]) or ctx.pause_after(at):
            return False
        pointer = at - 1
        if tokens[pointer] not in w.POINTERS or ctx.pause_after(pointer):
            return False
        start = ctx.sentence_start(pointer, 2)
        if not ctx.starts_sentence(start) or any(
            tokens[i] not in w.OPENERS for i in range(start, pointer)
        ):
            return False  # "i hate this pudge noob build": a longer clause
        return self._gc16_closes(ctx, hit.last, w.TAILS)

    def _gc16_stop_being(self, ctx: Context, hit: Hit) -> bool:
        """ "sven stop being a noob", "our jungler pls stop being an idiot", "stop being a
        noob jungler": a name is the vocative of "stop being", before or right after it."""
        tokens = ctx.tokens
        being = hit.first - 1
        while being > 0 and tokens[being] in w.BEING_GAP:
            being -= 1
        if being < 1 or tokens[being] != "being" or tokens[being - 1] not in w.STOP:
            return False
        stop = being - 1
        if any(ctx.pause_after(i) for i in range(stop, hit.first)):
            return False
        start = ctx.sentence_start(stop, w.VOCATIVE_REACH)
        if not ctx.starts_sentence(start):
            return False  # a longer clause: "i need to stop being a noob"
        before = [i for i in range(start, stop) if tokens[i] not in w.PLEASE]
        if not before:
            return self._gc16_name_closes(ctx, hit)  # "stop being a noob jungler"
        if tokens[before[0]] in w.VOCATIVE_OWNERS:
            before = before[1:]
        return len(before) == 1 and self._gc16_name(tokens[before[0]])

    @staticmethod
    def _gc16_why_you(ctx: Context, hit: Hit) -> bool:
        """ "why u so bad", "lol y u so trash": "why" and a bare "u" open the clause right
        before the judging word, with no verb between."""
        tokens = ctx.tokens
        why = hit.first - 2
        if tokens[why] not in w.WHY or ctx.pause_after(why) or ctx.pause_after(why + 1):
            return False
        start = ctx.sentence_start(why, 2)
        return ctx.starts_sentence(start) and all(tokens[i] in w.OPENERS for i in range(start, why))

    def _gc16_feed_praise(self, ctx: Context, hit: Hit) -> bool:
        """ "nice feed mid", "lol thx for the feed": the praise opens the line (an
        exclamation before it at most); a name and fillers at most close the clause."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, 2)
        if not ctx.starts_sentence(start) or any(
            tokens[i] not in w.OPENERS for i in range(start, hit.first)
        ):
            return False
        at = hit.last
        if at < len(tokens) and not ctx.pause_after(at - 1) and self._gc16_name(tokens[at]):
            at += 1
        return (
            at >= len(tokens) or ctx.stop_after(at - 1) or self._gc16_closes(ctx, at, w.FEED_TAILS)
        )

    def _gc16_name_closes(self, ctx: Context, hit: Hit) -> bool:
        """A player's name right after the hit, then only fillers to the clause's end."""
        at = hit.last
        if ctx.closes_clause(at) or not self._gc16_name(ctx.tokens[at]):
            return False
        return self._gc16_closes(ctx, at + 1, w.TAILS)

    def _gc16_reported(self, ctx: Context, hit: Hit, name_needed: bool) -> bool:
        """After "report this shit" / "report fucking": the clause ends, with a player's name
        (needed after "fucking") and fillers at most."""
        tokens = ctx.tokens
        at = hit.last
        named = (
            at < len(tokens)
            and not ctx.pause_after(at - 1)
            and (self._gc16_name(tokens[at]) or tokens[at] in PLAYER_NOUNS)
        )
        if named:
            at += 1
        elif name_needed:
            return False  # "report fucking bugs"
        return (
            at >= len(tokens)
            or ctx.stop_after(at - 1)
            or self._gc16_closes(ctx, at, w.REPORT_TAILS)
        )
