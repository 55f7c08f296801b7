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
- An Italian name-call exclaimed with "che" opening the line ("che noob", "che
  idiota!", "che gran coglione"), like "what a noob": said to someone in the match.
  "che" inside a sentence is "that" ("ha detto che idiota ..."), and "che idiota sono"
  / "che scarso oggi" go on past the name-call, so the word must end the clause, and
  "che idiota, ho sbagliato io" or "ho sbagliato fermata. che scemo" blames the writer.
- A name-call after a rank, the way chat sorts players ("2k trash", "bronze noob",
  "boosted scrub"), names a player: the reader when "you" is bound to it ("ur 4k
  trash", "arent you 2k trash"), else one of the match. Bare, "trash" could be a
  thing; after a rank it is someone who plays at that rank.
- Harm wished on the reader's things ("hope your pc explodes mid match") is no game
  plan: words of the match around it ("mid", "match") do not make it gaming talk the
  way they do "i will kill you mid".

All read only their own hits and a token or three around them, so cost stays O(1).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_controls3 import Controls3Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

PLAN_NOTE: Final = "a plan or one's own story, not an order"
ADVICE_NOTE: Final = "advice on how to play, not a put-down"
UNSAID_NOTE: Final = "told of, not threatened"
_GAMING_NOTE: Final = "gaming talk"  # targeting_person's note for a threat in match talk
# The openings of the gamechat6 send-offs ("go back to bronze", "vai a giocare a ...").
_SEND_OFF: Final = frozenset({("go", "back"), ("go", "play"), ("vai", "a"), ("torna", "a")})
_SEND_OFF_IT: Final = frozenset({("torna", "in"), ("tornatene", "in")})
# Before a send-off: the writer plans it or tells of it ("lets go play minecraft",
# "i had to go back to iron", "we could go play fortnite", "se vuoi andiamo a giocare").
# fmt: off
_PLANNERS: Final = frozenset({
    "lets", "let", "us", "wanna", "gonna", "want", "i", "we", "ill", "im", "id", "to",
    "could", "might", "would", "had", "gotta", "io", "noi", "voglio", "devo", "posso",
})
# fmt: on
_PLAN_REACH: Final = 2  # "i wanna go back to silver", "we could go play"
_WISHING: Final = frozenset({"hope", "wish", "spero"})  # "hope your pc explodes"
_OWNED: Final = frozenset({"your", "ur", "yo", "tuo", "tua"})
# Before a learn order: the writers themselves must learn ("we gotta learn the game").
_LEARNERS: Final = frozenset({"i", "im", "we", "me", "us", "lets", "gotta", "io", "dobbiamo"})
_LEARNER_REACH: Final = 3  # "we need to learn the game"
# What may follow a learn order in its clause and keep it a put-down: fillers, the
# reader named or called a name ("learn to play noob", "learn english pls").
# fmt: off
_LEARN_TAIL: Final = frozenset({
    "lol", "lmao", "xd", "pls", "plz", "please", "kid", "kiddo", "noob", "noobs", "nub",
    "bro", "dude", "man", "mate", "boy", "son", "guys", "idiot", "moron", "retard",
    "scrub", "bot", "dog", "trash", "ffs", "omg", "wtf", "jesus", "first", "then",
    "already", "ok", "okay", "ty", "thx", "gg", "ez", "you", "u", "yourself", "urself",
})
# Before "ddos u" / "hack ur account": the writer says they will do it.
_INTENT: Final = frozenset({
    "will", "ll", "ill", "gonna", "gon", "ima", "imma", "finna", "going", "about",
    "shall", "can", "could", "wanna", "gunna", "lemme", "let",
})
# fmt: on
# Between an exclaiming "che" and its name-call: "che gran coglione", "che pezzo di merda".
_CHE_BRIDGE: Final = frozenset({"gran", "grande", "grandissimo", "brutto", "povero", "vero"})
# What may close the line after "che noob": fillers and laughter, not a verb or a noun.
_CHE_TAIL: Final = frozenset(
    {"raga", "ragazzi", "lol", "ahah", "ahahah", "xd", "oh", "eh", "dai", "madonna"}
)
# The writer's own doing ("ho sbagliato io", "scusate"); "mi" is as often the object of
# the one called a name ("che coglione, mi ha ucciso").
_OWN_DOING: Final = frozenset({"io", "ho", "sono", "scusa", "scusate", "sorry"})
_SELF_REACH: Final = 4  # "che idiota, ho sbagliato io"
# A rank in chat: an MMR ("2k", "6k") or the bottom tiers' names, or "boosted". Folding
# reads leetspeak, so "1k", "3k", "7k", "10k" arrive as "ik", "ek", "tk", "iok"; "4k" and
# "5k" arrive as "ak" (the rifle: "ak trash") and "sk" (a hero: "sk tryhard"), left out.
# ("guardian", "crusader" are Dota tiers too, but also words: "guardian dogs".)
_MMR_RE: Final = re.compile(r"\d{1,2}k")
# fmt: off
_RANKS: Final = frozenset({
    "bronze", "silver", "iron", "wood", "herald", "boosted", "ik", "ek", "tk", "iok",
})
# fmt: on
# "ur 4k trash", "you are 2k trash", "arent you 2k trash", "sei un bronzo scarso"
_YOU_BE: Final = frozenset({"ur", "youre", "ure", "urs"})
_YOU: Final = frozenset({"you", "u", "ya"})
_BE: Final = frozenset({"are", "r", "re", "arent", "were", "sei"})
_RANKED_UNAIMED: Final = frozenset({Kind.NONE, Kind.THIRD_PERSON, Kind.OBJECT})
_LANGUAGE_ENDS: Final = frozenset({"english", "read"})  # "learn english", "learn to read"
_ATTACKS: Final = frozenset({"ddos", "hack"})  # the openings of the connection threats
_INTENT_REACH: Final = 3  # "i will just ddos u", "im going to hack ur account"


class GameChat6Rules(Controls3Rules):
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
            category is Cat.INSULT
            and target is Kind.NONE
            and not note
            and self._che_exclaimed(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "che noob", "che idiota!"
        if category is Cat.INSULT and not note and target in _RANKED_UNAIMED:
            ranked = _ranked(ctx.tokens, hit.first)
            if ranked is not None:
                return ranked  # "2k trash", "ur 4k trash"
        if (
            category is Cat.THREAT
            and note == _GAMING_NOTE
            and tokens[0] in _WISHING
            and len(tokens) > 2
            and tokens[1] in _OWNED
        ):
            return target, ""  # "hope your pc explodes mid match"
        return target, note

    def _che_exclaimed(self, ctx: Context, hit: Hit) -> bool:
        """ "che noob", "che gran coglione": "che" opens the line, the name-call ends it."""
        tokens = ctx.tokens
        i = hit.first - 1
        if i >= 1 and tokens[i] in _CHE_BRIDGE:
            i -= 1
        if i < 0 or tokens[i] != "che" or not ctx.starts_sentence(i):
            return False
        if not self._cue_descriptive.isdisjoint(hit.entry.tokens):
            return False  # "che stupida domanda" judges a thing
        end = hit.last
        while end < len(tokens) and not ctx.pause_after(end - 1) and tokens[end] in _CHE_TAIL:
            end += 1
        if end < len(tokens) and not ctx.pause_after(end - 1):
            return False
        # "che idiota, ho sbagliato io", "ho sbagliato fermata. che scemo": the words
        # around it blame the writer
        around = tokens[max(0, i - _SELF_REACH) : i] + tokens[end : end + _SELF_REACH]
        return _OWN_DOING.isdisjoint(around)

    def _named_reader(self, ctx: Context, hit: Hit) -> bool:
        """A player's name closing "learn english": "learn english sf" (a language
        is learnt, not a name: "learn to play invoker" says what to learn)."""
        tokens = ctx.tokens
        after = hit.last
        if hit.entry.tokens[-1] not in _LANGUAGE_ENDS or after + 1 < ctx.sentence_end(after, 2):
            return False
        word = tokens[after]
        short = len(word) <= 3 and word.isalpha() and word not in self._lexicon.rule_words
        return short or self._unknown_name(word)


def _advised(ctx: Context, hit: Hit) -> bool:
    """A learn order that goes on with what to learn: "learn to play around his ult"."""
    after = hit.last
    if ctx.closes_clause(after):
        return False
    return ctx.tokens[after] not in _LEARN_TAIL


def _ranked(tokens: list[str], first: int) -> tuple[TargetKind, str] | None:
    """Who a name-call right after a rank names: "ur 2k trash", "bronze noob"."""
    rank = first - 1
    if rank < 0 or not (tokens[rank] in _RANKS or _MMR_RE.fullmatch(tokens[rank])):
        return None
    before = tokens[max(0, rank - 2) : rank]
    if before[-1:] and before[-1] in _YOU_BE:
        return Kind.SECOND_PERSON, ""  # "ur 4k trash"
    if len(before) == 2 and (
        (before[0] in _YOU and before[1] in _BE) or (before[0] in _BE and before[1] in _YOU)
    ):
        return Kind.SECOND_PERSON, ""  # "you are 2k trash", "arent you 2k trash"
    return Kind.THIRD_PERSON, SAID_OF_NOTE  # "2k trash", "boosted noob"
