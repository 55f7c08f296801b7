"""Targeting rules of the discord15 round (issue 8, fifteenth session): Discord chat
lines the older rules missed or over-read.

- "don't be such a loser", "quit being such a crybaby about it", "bro dont be a clown": a
  name-call ordered away is said to the reader, as "stop being an idiot" already was.
  An article must stand in the gap ("don't be so silly" is said to friends), and the
  order must open its sentence (after a "bro" or "pls" at most): "i told him not to be
  such a loser" stays the older reading, and "don't be a noob jungler" names a role (only
  a few chat words may follow the name-call).
- "ratio + fell off + cope", "L + ratio + ur bad", "cope + seethe + ratio": "ratio" in
  a chain of dunks is the dunk on the replied-to post; "my kd ratio is bad", "the aspect
  ratio is off" name a number, and "ratio" alone or "ratio lol" stays banter.
- "nobody wants to play with you", "no one wants to duo with him": the member shunned;
  "nobody wants to play with bots" stays clean.
- Over-readings cleared where they are made:
  - "u shud die less lol", "you need to die less to carry", "just die and respawn", "go
    die on purpose to reset": game advice on dying, a game's death named after it
    (respawn, reset, checkpoint, loot), not a wish for death;
  - "you smell like vanilla", "u smell like fresh cookies": a pleasant smell praised
    ("you smell like garbage" stays the insult);
  - "i'll find u irl at the meetup", "ill find you at the con", "i'll be waiting for you
    at the meetup": a friend met at a place of meeting ("i'll find you after school"
    stays the threat);
  - "ur such a dork ❤️", "ur a goof ily": a mild name-call said with love.

At their own depth: olid6 reads "a fraud" said of a streamer, youtuber or admin (its
subjects), and "a scammer" as its other called phrases; game mobs ("creeper", "ghast")
joined cues.txt's [thing] list, so "fucking creeper" curses a mob, not a player's name;
leftovers8's NOT_PERSONS holds "enderman" and "pigman" ("the enderman is so annoying"
is no person judged). Lexicon lines only: disgust at a girl in vc ("ew a girl"), "girls
cant aim" beside gamechat4's "cant play", "you're not wanted", "let the door hit you",
and "noob tube" (benign).

Cost: every hit pays one frozenset test of its term (`_OWN_TERMS`) and a look for "die"
in its few words; insults read as no one's or a thing's pay one test of the token before
them, second-person insults one weight test. Only the round's own terms, "die" hits and
those insults go further: at most four tokens back ("don't be such a"), five after
("nobody wants to play with you"), or eight after a "die" hit for a game's death word.
No regex, no walk past the line's few words, no new cue list.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord15_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid12 import Olid12Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord15Rules"]

ADVICE_NOTE: Final = "game advice on dying"
PRAISE_NOTE: Final = "a pleasant smell praised"
MEETING_NOTE: Final = "a friend met at a place"
NUMBER_NOTE: Final = "a ratio of numbers"
BANTER_NOTE: Final = "a mild name-call said with love"
_FIND_TERMS: Final[frozenset[str]] = frozenset(
    {
        f"{lead} {end}"
        for lead in ("i ll", "ill", "i will", "i m gonna", "im gonna", "gonna")
        for end in w.FIND_ENDS
    }
)
_OWN_TERMS: Final = _FIND_TERMS | w.RATIO | w.NOBODY_WANTS | {w.SMELL_LIKE, w.WAITING_AT}
_UNREAD: Final = (Kind.NONE, Kind.OBJECT)


class Discord15Rules(Olid12Rules):
    """Chat orders ("don't be such a loser"), "ratio" dunks, a member shunned, and four
    over-readings (dying in a game, a nice smell, a meetup, banter with love)."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for this round's shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        term = entry.term
        if term in _OWN_TERMS:
            return self._d15_own(ctx, hit, target, note)
        if "die" in entry.tokens:
            return self._d15_game_death(ctx, hit, target, note)
        if entry.category is not Cat.INSULT:
            return target, note
        if target in _UNREAD and hit.first >= 3 and ctx.tokens[hit.first - 1] in w.SCOLD_GAP:
            if self._d15_scolded(ctx, hit):
                return Kind.IMPERATIVE, ""  # "don't be such a loser"
            return target, note
        if (
            target is Kind.SECOND_PERSON
            and entry.weight <= w.BANTER_CEILING
            and self._d15_fond(ctx, hit)
        ):
            return Kind.NONE, BANTER_NOTE  # "ur such a dork ❤️"
        return target, note

    def _d15_own(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The round's own terms: a member shunned, a "ratio" dunk, a nice smell, a friend
        found at a meetup."""
        tokens = ctx.tokens
        term = hit.entry.term
        first, last = hit.first, hit.last
        if term in w.NOBODY_WANTS:
            shunned = _shunned(tokens, last)
            end = _shunned_end(tokens, last)
            if (
                shunned is not None
                and ctx.answered(end, w.SHUN_ANSWERS)
                and w.SHUN_AGREED.isdisjoint(tokens[end : end + 3])
            ):
                return Kind.NONE, ""  # "nobody wants to play with you? I will!"
            return shunned or (target, note)
        if term in w.RATIO:
            dunk_before = first > 0 and tokens[first - 1] in w.DUNKS
            dunk_after = last < len(tokens) and tokens[last] in w.DUNKS
            if (
                (dunk_before or first == 0)
                and (dunk_after or last == len(tokens))
                and (dunk_before or dunk_after)
            ):
                return Kind.SECOND_PERSON, ""  # "ratio + fell off + cope"
            return Kind.NONE, NUMBER_NOTE  # "my kd ratio is bad"
        at = last
        if term == w.SMELL_LIKE:
            while at < len(tokens) and at - last < 2 and tokens[at] in w.SMELL_GAP:
                at += 1
            if at < len(tokens) and tokens[at] in w.NICE_SMELLS:
                return Kind.NONE, PRAISE_NOTE  # "you smell like vanilla"
            return target, note
        if term == w.WAITING_AT:
            at -= 1  # "waiting for you at": the preposition is the term's last word
        elif at < len(tokens) and (tokens[at] == "irl" or tokens[at] in w.MEET_WHO):
            at += 1
        if at + 1 < len(tokens) and tokens[at] in w.MEET_PREPS and not ctx.pause_after(at - 1):
            at += 1 + (tokens[at + 1] in w.MEET_OWNERS)
            if at < len(tokens) and tokens[at] in w.MEET_PLACES:
                return Kind.NONE, MEETING_NOTE  # "i'll find u irl at the meetup"
        return target, note

    def _d15_game_death(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "u shud die less", "just die and respawn": a death in the game, advised."""
        tokens = ctx.tokens
        last = hit.last
        if hit.entry.tokens[-1] == "die" and last < len(tokens) and tokens[last] in w.DIE_ADVICE:
            return Kind.NONE, ADVICE_NOTE  # "u shud die less lol"
        end = min(len(tokens), last + w.DEATH_REACH)
        if not w.GAME_DEATH.isdisjoint(tokens[last:end]):
            return Kind.NONE, ADVICE_NOTE  # "just die and respawn"
        return target, note

    def _d15_scolded(self, ctx: Context, hit: Hit) -> bool:
        """ "don't be such a loser", "quit being a clown": the order opens its sentence,
        an article in the gap between "be" and the name-call."""
        tokens = ctx.tokens
        last = hit.last
        if (
            last < len(tokens)
            and not ctx.pause_after(last - 1)
            and tokens[last] not in w.SCOLD_AFTER
        ):
            return False  # "don't be a noob jungler"
        at = hit.first - 1
        article = False
        while at > 0 and hit.first - at <= 3 and tokens[at] in w.SCOLD_GAP:
            article = article or tokens[at] in w.SCOLD_ARTICLES
            at -= 1
        if not article or tokens[at] not in w.SCOLD_BE or at == 0:
            return False
        at -= 1
        if tokens[at] not in w.SCOLD_OPENERS or ctx.pause_after(at):
            return False
        if tokens[at] == "t" and at > 0 and tokens[at - 1] == "don":
            at -= 1  # "don't": folded to two tokens
        elif tokens[at] in ("t", "not") and not (at > 0 and tokens[at - 1] == "do"):
            return False  # "can't be a loser", "is not a loser"
        elif tokens[at] == "not":
            at -= 1  # "do not be such a loser"
        if ctx.starts_sentence(at) or ctx.pause_after(at - 1):
            return True
        return tokens[at - 1] in w.SCOLD_LEADS and ctx.starts_sentence(at - 1)

    def _d15_fond(self, ctx: Context, hit: Hit) -> bool:
        """The line says its name-call with love: a heart, "ily" or "love u"."""
        tokens = ctx.tokens
        if not w.FOND_WORDS.isdisjoint(tokens):
            return True
        for at in range(hit.last, len(tokens) - 1):
            if tokens[at] == "love" and tokens[at + 1] in ("u", "you", "ya"):
                return True
        return any(mark in ctx.folded for mark in w.FOND_MARKS)


def _shunned_end(tokens: list[str], last: int) -> int:
    """The token after the shunned pronoun (as `_shunned` found it)."""
    at = last + 2
    while at < len(tokens) and at - last < 5 and tokens[at] in w.SHUN_GAP:
        at += 1
    return at + 1


def _shunned(tokens: list[str], last: int) -> tuple[TargetKind, str] | None:
    """ "nobody wants to play with you", "no one wants to duo with him": who is shunned,
    "to", a verb of company, at most two words, then the pronoun."""
    if last + 2 >= len(tokens) or tokens[last] != "to" or tokens[last + 1] not in w.SHUN_VERBS:
        return None
    at = last + 2
    while at < len(tokens) and at - last < 5 and tokens[at] in w.SHUN_GAP:
        at += 1
    if at < len(tokens) and tokens[at] in w.SHUNNED_READERS:
        return Kind.SECOND_PERSON, ""
    if at < len(tokens) and tokens[at] in w.SHUNNED_OTHERS:
        return Kind.THIRD_PERSON, ""
    return None
