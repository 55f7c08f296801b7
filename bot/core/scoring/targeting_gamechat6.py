"""Targeting rules from a sixth game-chat probe (issue 8, branch gamechat6): the words are
lexicon lines under "gamechat6" comments; these rules keep their near-misses right.

- A player sent back to the bottom ranks or to a child's game ("go back to bronze",
  "go play fortnite kid", "vai a giocare a minecraft") is an order only when nobody
  before it makes it a plan or one's own story: "lets go play minecraft after this",
  "i wanna go back to silver to chill", "dopo andiamo a giocare a minecraft".
- An order to learn the game or the language ("learn to play", "learn to play noob",
  "learn english") is a put-down only when it ends its clause or chat's fillers and name-calls
  follow: "learn to play around his ult", "learn to play jungle on a smurf" are advice,
  and "we gotta learn the game" is the writers' own homework.
- An attack on the reader's connection or account ("ill ddos u", "gonna hack ur
  account") is a threat only when the writer says they will: "someone tried to hack
  ur account?" tells of another's deed.
- Harm wished on the reader's things ("hope your pc explodes mid match") is no game
  plan: words of the match around it ("mid", "match") do not make it gaming talk the
  way they do "i will kill you mid".

All read only their own hits and a token or three around them, so cost stays O(1).
"""

from __future__ import annotations

from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_wishes7 import Wishes7Rules
from bot.core.scoring.verdict import TargetKind

PLAN_NOTE = "a plan or one's own story, not an order"
ADVICE_NOTE = "advice on how to play, not a put-down"
UNSAID_NOTE = "told of, not threatened"
_GAMING_NOTE = "gaming talk"  # targeting_person's note for a threat in match talk
# The openings of the gamechat6 send-offs ("go back to bronze", "vai a giocare a ...").
_SEND_OFF = frozenset({("go", "back"), ("go", "play"), ("vai", "a"), ("torna", "a")})
_SEND_OFF_IT = frozenset({("torna", "in"), ("tornatene", "in")})
# Before a send-off: the writer plans it or tells of it ("lets go play minecraft",
# "i had to go back to iron", "we could go play fortnite", "se vuoi andiamo a giocare").
# fmt: off
_PLANNERS = frozenset({
    "lets", "let", "us", "wanna", "gonna", "want", "i", "we", "ill", "im", "id", "to",
    "could", "might", "would", "had", "gotta", "io", "noi", "voglio", "devo", "posso",
})
# fmt: on
_PLAN_REACH = 2  # "i wanna go back to silver", "we could go play"
_WISHING = frozenset({"hope", "wish", "spero"})  # "hope your pc explodes"
_OWNED = frozenset({"your", "ur", "yo", "tuo", "tua"})
# Before a learn order: the writers themselves must learn ("we gotta learn the game").
_LEARNERS = frozenset({"i", "im", "we", "me", "us", "lets", "gotta", "io", "dobbiamo"})
_LEARNER_REACH = 3  # "we need to learn the game"
# What may follow a learn order in its clause and keep it a put-down: fillers, the
# reader named or called a name ("learn to play noob", "learn english pls").
# fmt: off
_LEARN_TAIL = frozenset({
    "lol", "lmao", "xd", "pls", "plz", "please", "kid", "kiddo", "noob", "noobs", "nub",
    "bro", "dude", "man", "mate", "boy", "son", "guys", "idiot", "moron", "retard",
    "scrub", "bot", "dog", "trash", "ffs", "omg", "wtf", "jesus", "first", "then",
    "already", "ok", "okay", "ty", "thx", "gg", "ez", "you", "u", "yourself", "urself",
})
# Before "ddos u" / "hack ur account": the writer says they will do it.
_INTENT = frozenset({
    "will", "ll", "ill", "gonna", "gon", "ima", "imma", "finna", "going", "about",
    "shall", "can", "could", "wanna", "gunna", "lemme", "let",
})
# fmt: on
_LANGUAGE_ENDS = frozenset({"english", "read"})  # "learn english", "learn to read"
_ATTACKS = frozenset({"ddos", "hack"})  # the openings of the connection threats
_INTENT_REACH = 3  # "i will just ddos u", "im going to hack ur account"


class GameChat6Rules(Wishes7Rules):
    """Send-offs to a low rank or a child's game that are plans, wishes on one's things."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the gamechat6 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        tokens = hit.entry.tokens
        category = hit.entry.category
        if category is Cat.EXCLUSION and (tokens[:2] in _SEND_OFF or tokens[:2] in _SEND_OFF_IT):
            before = ctx.tokens[max(0, hit.first - _PLAN_REACH) : hit.first]
            if not _PLANNERS.isdisjoint(before):
                return Kind.OBJECT, PLAN_NOTE  # "lets go play minecraft"
            return target, note
        if tokens[0] == "learn" and category is Cat.INSULT:
            before = ctx.tokens[max(0, hit.first - _LEARNER_REACH) : hit.first]
            if not _LEARNERS.isdisjoint(before):
                return Kind.SELF, ""  # "we gotta learn the game"
            if _advised(ctx, hit) and not self._named_reader(ctx, hit):
                return Kind.OBJECT, ADVICE_NOTE  # "learn to play around his ult"
            return target, note
        if tokens[0] in _ATTACKS and category is Cat.THREAT:
            before = ctx.tokens[max(0, hit.first - _INTENT_REACH) : hit.first]
            if _INTENT.isdisjoint(before):
                return Kind.REPORTED, UNSAID_NOTE  # "someone tried to hack ur account?"
            return target, note
        if (
            category is Cat.THREAT
            and note == _GAMING_NOTE
            and tokens[0] in _WISHING
            and len(tokens) > 2
            and tokens[1] in _OWNED
        ):
            return target, ""  # "hope your pc explodes mid match"
        return target, note

    def _named_reader(self, ctx: Context, hit: Hit) -> bool:
        """A player's name closing "learn english": "learn english sf" (a language
        is learnt, not a name: "learn to play invoker" says what to learn)."""
        tokens = ctx.tokens
        after = hit.last
        if hit.entry.tokens[-1] not in _LANGUAGE_ENDS or after + 1 < ctx.sentence_end(after, 2):
            return False
        word = tokens[after]
        short = len(word) <= 3 and word.isalpha() and word not in self._lexicon.known_words
        return short or self._unknown_name(word)


def _advised(ctx: Context, hit: Hit) -> bool:
    """A learn order that goes on with what to learn: "learn to play around his ult"."""
    after = hit.last
    if after >= len(ctx.tokens) or ctx.pause_after(after - 1):
        return False
    return ctx.tokens[after] not in _LEARN_TAIL
