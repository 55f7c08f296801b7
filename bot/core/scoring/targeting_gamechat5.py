"""Targeting rules from a fifth game-chat probe (issue 8, branch gamechat5): a verdict
on how someone plays, said of whoever the clause names.

- "so bad", "so fucking shit", "so trash", "così scarso" (the `poor_play` lexicon
  lines) judge whoever is the subject of the clause: the reader ("ur so fucking bad",
  "why are u so shit", "sei così scarso"), a player named by pronoun, role or name
  ("hes so bad", "this awper is so fucking bad", "our sf so bad"), the team ("team
  so bad"). The same words judge a thing ("this map is so bad", "lag is so bad"),
  oneself ("im so bad today"), or are an adverb of a verb ("lagging so bad", "i want
  it so bad"): none of those is aimed. The subject is the word right before the
  copula (chat drops it when the subject opens the line); nothing else counts.

- A player noun pointed at with a chat opener before the sentence ("ff 15 this
  jungler is braindead", "lol our adc is a clown", "jungle diff this guy is useless")
  or a word describing the player ("that light tank is a moron") is the subject of
  the name-call, as if the line began with it. A name is not enough: "this yasuo is
  trash" may judge the champion, "that quiz was ez" a thing.
- A judging word opening a line, a player noun right after it, names that player even
  when the line goes on: "stupid kid go do your homework", "useless jungler never
  ganks", "stupid team". "stupid question", "useless item" judge things.
- A judging word before a name closing a short chat line: "lol stupid tusk",
  "useless qop ever"; pointed at, only a hero's two-letter short name ("this fucking
  stupid sf"), since "questo stupido telefono" points at a thing.
- A whole chat sentence that is only a name-call from `lone_call` ("trash", "absolute
  garbage", "calculated. trash"), not an answer to a question ("the patch? trash").

They reread only a name-call the earlier rules left unaimed (or their own lines), and
look a few tokens around it, so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_hateprobe4 import Probe4Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_SO: Final = frozenset({"so", "soo", "sooo", "such", "così", "cosi", "troppo"})
# Between the subject and "so bad": "ur actually so bad", "he is really so shit".
_ADVERBS: Final = frozenset(
    {"really", "actually", "just", "literally", "still", "always", "kinda", "even", "proprio"}
)
# "you're", "he's" and "is" spelt as chat spells them; "sono" is "I am" as often as
# "they are", so it is left to the self words.
_COPULAS: Final = frozenset(
    {"is", "are", "s", "re", "r", "be", "being", "am", "m", "e", "è", "sei", "siete"}
)
_SECOND: Final = frozenset(
    {"you", "u", "ur", "your", "youre", "ya", "yall", "sei", "siete", "tu", "voi"}
)
# "you're" run together: the subject and its copula in one word ("ur so bad").
_SECOND_BE: Final = frozenset({"ur", "your", "youre", "yall"})
# What may follow the verdict in its clause: "so bad at this", "so bad lol", "so shit
# today". "so bad that ..." is a degree ("he was so bad that we lost the vote").
_AFTER: Final = frozenset(
    {"at", "lol", "lmao", "af", "tbh", "honestly", "omg", "bro", "dude", "man", "its", "it"}
    | {"today", "rn", "now", "xd", "haha", "wtf", "jesus", "ffs", "wow", "too", "oggi", "dai"}
)
_THEY: Final = frozenset({"they", "theyre", "them", "loro"})
_REACH: Final = 4  # subject, copula and two adverbs
_AIMING_NOTES: Final = frozenset({IDENTITY_NOTE, NAMED_NOTE, SAID_OF_NOTE})
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.THIRD_PERSON})
# What chat puts before a sentence without a stop: "ff 15", "lol", "jungle diff".
_OPENERS: Final = frozenset(
    {"ff", "ffs", "gg", "bro", "dude", "man", "omg", "wtf", "bruh", "yo", "jesus", "diff", "gap"}
)
_POINTERS: Final = frozenset({"this", "that", "our", "their", "ur", "your", "my", "the", "these"})
_LINE_COPULAS: Final = frozenset({"is", "s", "are", "was", "were", "e", "è"})
_CALLED: Final = frozenset({"man", "dude", "bro", "mate", "guys", "bruh", "fam"})  # said to, not of
_CALLING: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})
# Before a lone name-call ("absolute trash") and after a hero's name ("stupid wk ever").
_LONE_BEFORE: Final = frozenset({"absolute", "total", "fucking", "fkin", "such", "so", "what", "a"})
_NAME_AFTER: Final = frozenset({"ever", "again", "is", "s", "lol", "lmao", "xd", "pls", "plz"})
_CHAT_LINE: Final = 8  # a message this short is a chat line
_PREFIX: Final = 3  # chat opener words before the pointed player


class GameChat5Rules(Probe4Rules):
    """A verdict on how someone plays, aimed at the subject of its clause."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' answer, or the subject of a `poor_play` verdict."""
        target, note = super().in_game(ctx, hit, target, note)
        tokens = hit.entry.tokens
        if tokens[0] in _SO and tokens[-1] in self._cue_poor_play:
            # Its own lines: only a note that cancels stands ("ur not so bad", quoted).
            if note and note not in _AIMING_NOTES:
                return target, note
            return self._judged_subject(ctx, hit)
        if note:
            return target, note
        if target not in _UNAIMED or hit.entry.category not in _CALLING:
            return target, note
        if len(tokens) == 1 and self._cue_hate_verb.isdisjoint(tokens):
            if target is Kind.THIRD_PERSON and self._lone_call(ctx, hit):
                return target, SAID_OF_NOTE  # "trash", "absolute garbage"
            aimed = self._player_after(ctx, hit) or self._name_after(ctx, hit)
            if aimed is not None:
                return aimed  # "useless jungler never ganks", "that retarded sf"
        aimed = self._prefixed_subject(ctx, hit)
        return (target, note) if aimed is None else aimed

    def _judged_subject(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who "so bad" is said of: the subject before the copula, or opening the line."""
        tokens = ctx.tokens
        after = hit.last
        # "so bad that we lost", "want it so bad over here": a degree, an adverb
        degree = (
            after < len(tokens) and not ctx.pause_after(after - 1) and tokens[after] not in _AFTER
        )
        floor = max(ctx.sentence_start(hit.first, _REACH + 2), hit.first - _REACH)
        i = hit.first - 1
        while i >= floor and tokens[i] in _ADVERBS:
            i -= 1
        copula = i >= floor and tokens[i] in _COPULAS
        if copula:
            i -= 1
        if i < floor or any(ctx.pause_after(j) for j in range(i, hit.first - 1)):
            if copula and tokens[i + 1] in ("sei", "siete") and not degree:
                return Kind.SECOND_PERSON, ""  # "sei così scarso"
            return Kind.NONE, ""  # "so bad", "lagging so bad"
        word = tokens[i]
        if not copula:
            opener = i - 1 if self._pointed(ctx, i) else i
            copula = opener > 0 and tokens[opener - 1] in _COPULAS  # "why is our top so bad"
        if not self._cue_negation.isdisjoint(tokens[i : hit.first]):
            return Kind.NONE, "negated"  # "ur not so bad"
        if word in self._cue_self or word == "we":
            return Kind.SELF, ""  # "im so bad today", "we are so bad lol"
        if not copula and not self._opens_line(ctx, i) and word not in _SECOND_BE:
            return Kind.NONE, ""  # "i want it so bad", "missing u so bad": an adverb
        if word in _SECOND:
            return Kind.SECOND_PERSON, ""  # "ur so fucking bad", "why are u so shit"
        if degree:
            return Kind.NONE, ""
        if word in self._cue_singular_pronoun or word in _THEY:
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "hes so bad", "they are so shit"
        if word in self._cue_room:
            return Kind.GROUP, ""  # "team so bad", "my team is so bad"
        if copula and (word in self._cue_identity or word in self._cue_people):
            return Kind.GROUP, IDENTITY_NOTE  # "women are so bad at games"
        pointed = self._pointed(ctx, i)
        if self._player_noun(word) or (
            (self._unknown_name(word) or (pointed and self._short_name(word)))
            and (copula or pointed)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "this awper is so bad"
        return Kind.OBJECT, ""  # "this map is so bad", "lag is so bad"

    def _short_name(self, word: str) -> bool:
        """A hero's short name no list knows: "sf", "pa", "am" is known ("our am")."""
        return (
            len(word) == 2
            and word.isalpha()
            and word not in self._lexicon.rule_words
            and word not in self._cue_word
        )

    def _pointed(self, ctx: Context, subject: int) -> bool:
        """A determiner before the subject: "our sf so bad" ("imessage so trash" is bare)."""
        if subject == 0:
            return False
        before = ctx.tokens[subject - 1]
        return before in self._cue_role_determiner or before in self._cue_demonstrative

    def _opens_line(self, ctx: Context, subject: int) -> bool:
        """The subject opens its line, maybe after a determiner: "our sf so bad"."""
        tokens = ctx.tokens
        start = subject
        if subject > 0 and (
            tokens[subject - 1] in self._cue_role_determiner
            or tokens[subject - 1] in self._cue_demonstrative
            or tokens[subject - 1] == "my"
        ):
            start = subject - 1
        return ctx.starts_sentence(start)

    def _player_after(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "stupid kid go do your homework": the judging word opens the line, a player
        noun or the team right after it."""
        tokens = ctx.tokens
        noun = hit.last
        if noun >= len(tokens) or ctx.pause_after(hit.first) or not self._opened(ctx, hit.first):
            return None
        word = tokens[noun]
        if word in _CALLED:
            return None  # "sucks man": said to the reader, not of a player
        if word in self._cue_room:
            return Kind.GROUP, ""  # "stupid team"
        if self._player_noun(word):
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return None

    def _prefixed_subject(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "ff 15 this jungler is braindead", "that light tank is a moron": a pointed
        player, the copula, then only articles before the name-call closing the clause."""
        tokens = ctx.tokens
        end = hit.last
        if end < len(tokens) and not ctx.pause_after(end - 1):
            return None  # "this guy is a stupid editor" describes the editor
        i = hit.first - 1
        floor = max(0, hit.first - _REACH - 4)
        while i >= floor and (tokens[i] in self._cue_article or tokens[i] in _ADVERBS):
            i -= 1  # "our adc is actually retarded"
        if i < floor + 2 or tokens[i] not in _LINE_COPULAS:
            return None
        noun = i - 1
        pointer = noun - 1
        if tokens[pointer] not in _POINTERS and pointer > 0:
            pointer -= 1  # "that light tank"
        if tokens[pointer] not in _POINTERS or not self._opened(ctx, pointer):
            return None
        if any(ctx.pause_after(j) for j in range(pointer, hit.first - 1)):
            return None
        word = tokens[noun]
        if word in self._cue_room:
            return Kind.GROUP, ""  # "lol this team is a joke"
        if self._player_noun(word):  # "this yasuo is trash" may judge the champion
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return None

    def _opened(self, ctx: Context, at: int) -> bool:
        """Token `at` opens its line, maybe after a few chat openers ("ff 15", "lol")."""
        tokens = ctx.tokens
        i = at
        while i > 0 and at - i < _PREFIX and not ctx.starts_sentence(i):
            word = tokens[i - 1]
            if not (
                word in _OPENERS
                or word.isdigit()
                or word in self._cue_interjection
                or word in self._cue_laugh
                or word in self._cue_role
            ):
                return False
            i -= 1
        return ctx.starts_sentence(i)

    def _lone_call(self, ctx: Context, hit: Hit) -> bool:
        """A chat line whose sentence is only a name-call ("trash", "absolute garbage",
        "calculated. trash"): said to someone in the match. "joke" alone may answer a
        question, so only the words listed as `lone_call` count."""
        tokens = ctx.tokens
        if hit.last - hit.first != 1 or tokens[hit.first] not in self._cue_lone_call:
            return False
        if len(tokens) > _CHAT_LINE:
            return False
        start = ctx.sentence_start(hit.first, _CHAT_LINE)  # "calculated. trash"
        end = ctx.sentence_end(hit.last - 1, _CHAT_LINE)
        if ctx.answered(start):
            return False  # "the new patch? trash" answers a question
        laugh = self._cue_laugh
        return all(t in _LONE_BEFORE for t in tokens[start : hit.first]) and all(
            t in laugh for t in tokens[hit.last : end]
        )

    def _name_after(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """ "lol stupid tusk", "stupid wk", "this fucking stupid sf", "that retarded sf is
        going to win": a judging word, then a hero's or player's name (a word no list
        knows) closing the clause. The judging word opens a short line, or follows a
        pointer with a two-letter hero name after it ("questo stupido telefono")."""
        tokens = ctx.tokens
        name = hit.last
        if name >= len(tokens) or ctx.pause_after(hit.last - 1):
            return None
        word = tokens[name]
        before = hit.first - 1
        if before >= 0 and tokens[before] in self._cue_curse:
            before -= 1  # "this fucking stupid sf"
        pointed = before >= 0 and tokens[before] in self._cue_demonstrative
        if len(tokens) > 2 * _CHAT_LINE:
            return None  # a chat line, not a forum post ("stop this dumb infighting. ...")
        if not pointed and (
            len(tokens) > _CHAT_LINE or before != hit.first - 1 or not self._opened(ctx, hit.first)
        ):
            return None
        if not (self._short_name(word) or (not pointed and self._unknown_name(word))):
            return None  # "questo stupido telefono": a pointed word may be a thing
        if name + 1 < len(tokens) and not (
            ctx.pause_after(name) or tokens[name + 1] in _NAME_AFTER
        ):
            return None  # "stupid roblox update"
        return Kind.THIRD_PERSON, SAID_OF_NOTE
