"""Targeting rules from the chat9 probe (issue 8): Discord servers and the chat of games
other than Dota 2, read as grammar rather than as lines. The words are lexicon lines
under "chat9" comments and chat9_words.py; these rules say when they are aimed.

- Harm to the reader's things or body by a damage verb ("ill smash your monitor",
  "i'll break every window in your house"): a threat when the writer promises it or
  calls someone else to it ("someone should set fire to your house"); "you'll break
  your phone lol", "break their shields" and "destroy your base" are no threat.
- A call for someone else's harm whose verb or object the forum3 rule did not know
  ("someone should burn his house down", "someone go beat him up", "i hope your dog
  dies"): aimed at the person whose body or things are named.
- A raid or pile-on on a person's place online ("lets raid their discord", "everyone
  flood his twitch chat", "raid this server boys"); a game's raid ("raid the village",
  "spam the ability") stays clean.
- A kick from a place people meet ("kick him from the server", "remove that kid from
  the clan", "bannatelo dal server"); a bot or a ball kicked stays clean.
- A named person's looks mocked ("sarah is so ugly lol", "jake looks like a potato",
  "giulia è proprio brutta"), or the reader's ("u look like a thumb", discord18):
  said of a person outright, as "he is so ugly" already is; a skin, a boss or a map
  judged stays clean.
- A machine called names ("the ai teammate is trash", "the computer goalie is garbage")
  is no person.
- A game thrown whole ("you threw the whole match") is blamed as "you threw the match".
- A give-up order ending "and die" ("leave the game and die").
- Sabotage laid on the reader ("why are you throwing", "ur trolling", "stop griefing");
  a player's play reported ("sova is trolling", "report tinker feeding") stays clean,
  as real game chat's annotators leave it. A loss blamed on a role ("jungle diff",
  "healer gap"); a number's gap ("gold diff") and the enemy's ("their jungle diff") are
  no blame.

review10 narrowed three readings: a harm verb's person beaten "at chess" or "in ranked"
is a win, no harm; a raid going on ("someone is flooding his chat") is reported and a
kick asked of the mods ("can a mod kick him from the server?") is a report, not a
pile-on; a sabotage verb's object with a place after it ("throwing grenades at the wall")
names no player.

Each rule reads only its own hits (a frozenset test on the term first) and a few tokens
of its sentence, so cost stays O(1) per hit and other messages pay nothing.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import chat9_reads as reads
from bot.core.scoring import chat9_words as c9
from bot.core.scoring import gamechat8_words as g8
from bot.core.scoring import gamechat9_words as g9
from bot.core.scoring.gamechat13_words import HERO_WORDS
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_forum3 import NO_HARM_NOTE
from bot.core.scoring.targeting_gamechat9 import NOT_BLAMED_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_leftovers8 import NOT_PROMISED_NOTE
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_olid6 import Olid6Rules
from bot.core.scoring.threats8_words import NOT_A_PERSON
from bot.core.scoring.verdict import TargetKind

NO_THREAT_NOTE: Final = "harm to a thing, no threat to anyone"
NO_KICK_NOTE: Final = "no person kicked"
NO_LIKENESS_NOTE: Final = "no mocking likeness of a person"
MACHINE_NOTE: Final = "a machine, not a person"
NOT_TOLD_NOTE: Final = "not a give-up order"
PRAISED_NOTE: Final = "praise, not a name-call"
REPORT_NOTE: Final = "a report of a player's play"
ASKED_MODS_NOTE: Final = "a kick asked of the moderators"
_OWN_TERMS: Final = (
    c9.DAMAGE_TERMS | c9.CALL_TERMS | c9.HOPE_TERMS | c9.RAID_TERMS | c9.KICK_TERMS
    | c9.LIKENESS_TERMS | c9.DIE_TERMS | c9.ABSOLUTE_TERMS | c9.OUT_TERMS | c9.SABOTAGE_TERMS
    | c9.DIFF_TERMS | c9.IT_KICK_TERMS
)  # fmt: skip
_JUDGED: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
_NOT_READER: Final = frozenset({Kind.GROUP, Kind.THIRD_PERSON, Kind.NONE, Kind.OBJECT})
_REACH: Final = 6  # tokens read after a verb for its object
_UNCALLED: Final = frozenset({NO_HARM_NOTE, NOT_PROMISED_NOTE})
_SAID: Final = frozenset({SAID_OF_NOTE, OUTRIGHT_NOTE})


class Chat9Rules(Olid6Rules):
    """Threats to things, calls for harm, raids, kicks, looks mocked, machines named."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), decided anew for the chat9 shapes."""
        target, note = super().in_game(ctx, hit, target, note)
        term = hit.entry.term
        if term in _OWN_TERMS:
            if ctx.quoted(hit.first, hit.last) or target is Kind.REPORTED:
                return target, note
            return self._chat9_own(ctx, hit, term)
        if note in _UNCALLED:
            return self._chat9_called(ctx, hit, target, note)
        category = hit.entry.category
        if category not in _JUDGED or target not in _NOT_READER:
            return target, note
        if term == "threw" and note == NOT_BLAMED_NOTE:
            return self._chat9_thrown_whole(ctx, hit, target, note)
        if note and note not in _SAID:
            return target, note
        if ctx.mentions_any("chat9_machines", c9.MACHINES) and reads.machine_subject(ctx, hit):
            return Kind.OBJECT, MACHINE_NOTE  # "the ai teammate is trash"
        if category is Cat.BODY_SHAMING and not note and self._chat9_named_subject(ctx, hit):
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "sarah is so ugly lol"
        return target, note

    def _chat9_own(self, ctx: Context, hit: Hit, term: str) -> tuple[TargetKind, str]:
        """The chat9 lexicon terms, read in their own shapes."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, _REACH)
        after = tokens[hit.last : end]
        if term in c9.DAMAGE_TERMS:
            if reads.owned_thing(after, term.endswith(("your", "ur"))) and (
                reads.promised(ctx, hit) or reads.called(ctx, hit)
            ):
                return Kind.SECOND_PERSON, ""  # "ill smash your monitor"
            return Kind.OBJECT, NO_THREAT_NOTE  # "you'll break your phone lol"
        if (term in c9.CALL_TERMS or term in c9.HOPE_TERMS) and reads.unsaid(ctx, hit):
            return Kind.OBJECT, NO_HARM_NOTE  # "if someone go ...", "i dont hope your ..."
        if term in c9.CALL_TERMS:
            aimed = reads.harmed(tokens, hit.last, end)
            return (aimed, "") if aimed is not None else (Kind.OBJECT, NO_HARM_NOTE)
        if term in c9.HOPE_TERMS:
            if len(after) > 1 and after[0] in c9.BELONGINGS and reads.hoped_harm(after[1:3]):
                return Kind.SECOND_PERSON, ""  # "i hope your dog dies"
            return Kind.OBJECT, NO_HARM_NOTE  # "hope your team wins"
        if term in c9.RAID_TERMS or term in c9.KICK_TERMS:
            after = tokens[hit.last - 1 : end]  # from the owner or the person the term holds
            if term in c9.RAID_TERMS:
                if reads.ongoing_raid(ctx, hit):
                    return Kind.OBJECT, REPORT_NOTE  # review10: "someone is flooding his chat"
                return reads.raided(ctx, after)
            start = ctx.sentence_start(hit.first, _REACH)
            if not c9.MODERATORS.isdisjoint(tokens[start:end]):
                return Kind.OBJECT, ASKED_MODS_NOTE  # review10: "can a mod kick him from ..."
            return self._chat9_kicked(after)
        if term in c9.LIKENESS_TERMS:
            if after[:1] and after[0] in c9.LIKENESSES and self._chat9_named_subject(ctx, hit, 1):
                return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # "jake looks like a potato lol"
            if after[:1] and after[0] in c9.LIKENESSES and _reader_subject(ctx, hit):
                return Kind.SECOND_PERSON, ""  # discord18: "u look like a thumb"
            return Kind.OBJECT, NO_LIKENESS_NOTE  # "this skin looks like a potato"
        if term in c9.IT_KICK_TERMS:
            if NOT_A_PERSON.isdisjoint(tokens) and c9.IT_NOT_PEOPLE.isdisjoint(tokens):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "bannatelo dal server"
            return Kind.OBJECT, NO_KICK_NOTE  # "bannatelo, è un bot"
        if term in c9.SABOTAGE_TERMS:
            return self._chat9_sabotage(ctx, hit, after)
        if term in c9.DIFF_TERMS:
            return self._chat9_diff(ctx, hit, after)
        if term in c9.ABSOLUTE_TERMS:
            if after[:1] and after[0].isalpha() and after[0] not in c9.PRAISE:
                return Kind.SECOND_PERSON, ""  # "ana you absolute donkey"
            return Kind.OBJECT, PRAISED_NOTE  # "you absolute legend"
        if term in c9.OUT_TERMS:
            start = ctx.sentence_start(hit.first, _REACH)
            if (
                hit.first == start
                and len(after) > 1
                and after[0] in c9.OUT_OWNERS
                and after[1] in c9.OUT_SPACES
            ):
                return Kind.IMPERATIVE, ""  # "get out of our discord"
            return Kind.OBJECT, NOT_TOLD_NOTE  # "get out of the fire"
        # c9.DIE_TERMS: "leave the game and die"
        start = ctx.sentence_start(hit.first, _REACH)
        if ctx.starts_sentence(start) and tokens[start] in c9.LEAVE_VERBS and start < hit.first:
            return Kind.IMPERATIVE, ""
        return Kind.OBJECT, NOT_TOLD_NOTE  # "i'll leave the game and die irl lol"

    def _chat9_sabotage(self, ctx: Context, hit: Hit, after: list[str]) -> tuple[TargetKind, str]:
        """Who is said to throw, troll, grief or feed: the reader ("why are you
        throwing") or the reader told ("stop griefing"); a player's play reported ("sova
        is trolling"), the writer's own and an object's verb ("throwing nades") are no
        blame."""
        tokens = ctx.tokens
        named = self._chat9_named(after[0]) if after else False
        if named and len(after) > 1 and after[1] in c9.OBJECT_PLACES:
            named = False  # review10: "throwing grenades at the wall", no player named
        if after and after[0] not in c9.SABOTAGE_TAILS and not named:
            game = len(after) > 1 and after[0] in g9.THROWN_DETERMINERS and after[1] in g9.THROWN
            if not game:
                return Kind.OBJECT, NOT_BLAMED_NOTE  # "throwing nades", "feeding the cat"
        start = ctx.sentence_start(hit.first, _REACH)
        i = hit.first - 1
        while i >= start and tokens[i] in c9.SABOTAGE_BRIDGE:
            i -= 1
        if i < start:
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "throwing lol": no one named
        word = tokens[i]
        if word in c9.SABOTAGE_ORDERS:
            return Kind.IMPERATIVE, ""  # "stop griefing"
        if tokens[start] in c9.ASKING or (
            reads.question_after(ctx, hit) and c9.WHY.isdisjoint(tokens[start : hit.first])
        ):
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "are you trolling?", "you are trolling?"
        if word in c9.SABOTAGE_READERS:
            return Kind.SECOND_PERSON, ""  # "why are you throwing"
        if word in c9.SABOTAGE_WRITERS:
            return Kind.SELF, NOT_BLAMED_NOTE  # "im feeding sorry"
        if (
            self._player9(word) or (word in c9.POSITIONS and i > start and tokens[i - 1] == "pos")
        ) and self._chat9_blamed(tokens, i - (word in c9.POSITIONS), start, after):
            if after and after[0] not in c9.SABOTAGE_TAILS and self._unlisted(after[0]):
                # review18: a word no list knows after the verb is its object once the
                # player is named before it ("our sage is throwing heals again").
                return Kind.OBJECT, REPORT_NOTE
            return Kind.THIRD_PERSON, OUTRIGHT_NOTE  # gamechat18: "our sage is throwing"
        # "sova is trolling", "report sage for feeding": a report of a player's play,
        # which annotators of real game chat leave unflagged (CONDA's even rows).
        return Kind.OBJECT, REPORT_NOTE

    @staticmethod
    def _chat9_blamed(tokens: list[str], at: int, start: int, after: list[str]) -> bool:
        """gamechat18: the player at `at` is the team's own ("our sage is throwing") or
        the sabotage is told with blame's intensifiers ("pudge is feeding again"), and no
        report is asked before ("report pudge he is feeding" stays a report), and no
        question asks why ("why is our tank feeding", chat9's table)."""
        if tokens[start] in c9.WHY or "report" in tokens[start:at]:
            return False
        if at > start and tokens[at - 1] in c9.SABOTAGE_OURS:
            return True
        return not c9.SABOTAGE_BLAME_TAILS.isdisjoint(after[:3])

    def _chat9_named(self, word: str) -> bool:
        """A player named after a verb, as a vocative ("stop feeding jett"), no pronoun or
        possessive ("feeding her kids")."""
        return word not in c9.NOT_VOCATIVE and self._player9(word)

    def _chat9_diff(self, ctx: Context, hit: Hit, after: list[str]) -> tuple[TargetKind, str]:
        """ "jungle diff", "healer gap": a loss blamed on the writer's side's player of
        that role; a number's gap and the enemy's role are no blame."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, _REACH)
        if hit.first == start or not all(word in c9.DIFF_TAILS for word in after):
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "whats the diff between them"
        at = hit.first - 1
        if tokens[at] in g8.LANE_NOUNS and at > start and tokens[at - 1] in g8.LANES:
            at -= 1  # gamechat18: "bot lane gap", "mid lane diff"
        role = tokens[at]
        if not (
            role in self._cue_role
            or role in g8.LANES
            or role in g8.HEROES
            or role in g9.HEROES9
            or role in HERO_WORDS  # gamechat18: "sage diff", "mercy diff lol"
        ):
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "gold diff", "elo gap"
        if at - 1 >= start and tokens[at - 1] in c9.DIFF_THEIRS:
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "their jungle diff"
        if reads.question_after(ctx, hit):
            return Kind.OBJECT, NOT_BLAMED_NOTE  # "top gap? nah its the matchup"
        return Kind.THIRD_PERSON, SAID_OF_NOTE

    def _chat9_called(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """A call for harm the earlier rules found no harm in: "someone should burn his
        house down", "someone should set fire to your house"."""
        tokens = ctx.tokens
        if note == NOT_PROMISED_NOTE:
            return (Kind.SECOND_PERSON, "") if reads.called(ctx, hit) else (target, note)
        if reads.unsaid(ctx, hit) or ctx.quoted(hit.first, hit.last):
            return target, note  # "if someone should punch him", quoted
        end = ctx.sentence_end(hit.last - 1, _REACH + 2)
        aimed = reads.harmed(tokens, hit.last, end)
        return (aimed, "") if aimed is not None else (target, note)

    def _chat9_thrown_whole(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "you threw the whole match": the blame of "you threw the match"."""
        tokens = ctx.tokens
        after = tokens[hit.last : hit.last + 3]
        if not (
            len(after) == 3
            and after[0] in g9.THROWN_DETERMINERS
            and after[1] in c9.WHOLE
            and after[2] in g9.THROWN
        ):
            return target, note
        start = ctx.sentence_start(hit.first, 6)
        i = hit.first - 1
        while i > start and tokens[i] in g9.BLAME_SKIP:
            i -= 1
        return self._blamed_word(tokens[i]) if i >= start else (target, note)

    def _chat9_kicked(self, after: list[str]) -> tuple[TargetKind, str]:
        """ "kick him from the server", "remove that kid from the clan"."""
        if not after:
            return Kind.OBJECT, NO_KICK_NOTE
        i = 0
        if after[0] in c9.PEOPLE_OBJECTS and after[0] not in ("that", "this"):
            i = 1  # "kick him"
        elif after[0] in ("that", "this", "the") and len(after) > 1:
            person = after[1]
            if person in c9.NOT_PEOPLE or not (
                person in c9.POINTED_PEOPLE or self._player9(person)
            ):
                return Kind.OBJECT, NO_KICK_NOTE  # "kick the bot from the lobby"
            i = 2
        else:
            return Kind.OBJECT, NO_KICK_NOTE  # "kick the ball", "ban evasion"
        rest = after[i : i + 4]
        if rest[:1] and rest[0] in c9.FROM and not c9.SPACES.isdisjoint(rest[1:]):
            return Kind.THIRD_PERSON, SAID_OF_NOTE
        return Kind.OBJECT, NO_KICK_NOTE

    def _chat9_named_subject(self, ctx: Context, hit: Hit, copula: int = 0) -> bool:
        """The clause opens with a name no list knows, then a copula or "looks", maybe a
        degree word: "sarah is so ugly", "mike is hideous", "jake looks like a potato"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, 6)
        if not ctx.starts_sentence(start) or hit.first - start < 2 - copula:
            return False
        name = tokens[start]
        if copula:  # the hit holds the copula: "jake looks like a potato"
            if hit.first != start + 1:
                return False
        elif tokens[start + 1] not in c9.COPULAS or not all(
            word in c9.DEGREE for word in tokens[start + 2 : hit.first]
        ):
            return False
        if name in c9.HE_SHE:
            return True
        return (
            len(name) >= 3
            and name.isalpha()
            and name not in c9.NOT_NAMES
            and name not in self._cue_thing
            and not self._is_thing(name)
            and name not in self._lexicon.hit_words
        )


def _reader_subject(ctx: Context, hit: Hit) -> bool:
    """The reader, opening the sentence, is the one who "look(s) like a": "u look like a
    thumb", "lol you look like a goblin" (discord18); "i look like a potato" is the writer's."""
    at = hit.first - 1
    if at < 0 or ctx.tokens[at] not in c9.READER_SUBJECTS:
        return False
    return ctx.starts_sentence(at) or (at == 1 and ctx.tokens[0] in c9.READER_OPENERS)
