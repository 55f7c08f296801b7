"""Targeting rules of the gamechat19 round (issue 8, sixteenth session): game chat of
other games than Dota (League, Valorant, Overwatch, CS, Fortnite) the older rules missed
or over-read.

- "ur ass", "you are ass at this game", "our jett is ass", "mid is literally ass": "ass"
  as a verdict on a player, lexicon lines the chain reads as it reads "trash" ("this map
  is ass", "my aim is just ass" judge a thing or the writer). "ur ass" is kept only as
  a whole verdict opening its sentence: "cover ur ass on b site", "get off ur ass", "ur
  ass is mine" name a body. "is ass" over "is so ass" is said of a person noun the
  chain left unread after a filler ("bro this dude is so ass"; "bro this map is ass" not).
- "ur bad", "ur bad at this game", "ur a dog", "ur such a dog lol": kept only
  when the verdict closes its sentence (fillers, a name-call, "at" and the skill judged
  may follow); "ur bad luck", "sorry about ur bad day", "ur a
  dog whisperer" name a thing after them ("ur a dog person", "dog lover" are benign).
- "reyna sucks", "yasuo sucks lol", "jett sucks ass": a hero's player said to suck, the
  hero opening the sentence and the verdict closing it; "genji sucks this patch",
  "yasuo sucks into malphite" judge a kit, "the new reyna skin sucks" a thing.
- "laning vs darius sucks", "playing into zed sucks": a matchup, not a player judged (an
  over-reading of gamechat8's short verdict, cleared here).
- "git gud kid is the funniest meme", "uninstall is a meme at this point": a saying named
  as its sentence's subject and talked about; "git gud kid" and "uninstall, you're a meme"
  stay orders.
- "ur mom was great last night", "tell ur mom i said thanks for last night": the mother
  joke gamechat7 read as a mother spoken of; "how was ur mom's birthday last night", "ur
  mom came home last night?" stay clean.
- Lexicon lines only: a low IQ told ("0 iq", "no iq jungler", "room temp iq"; the
  writer's "i have 0 iq today" is the chain's self reading), a gloat at a carried player
  ("ur getting carried", "enjoy being carried"; "carried away" is an idiom, left to no one
  here), and "youre the reason" in insults8's BLAMED ("youre the reason we lost", never
  "youre the reason i smile").

Cost: every hit pays one frozenset test of its term and one of its last word
("carried"); only the round's own terms and "sucks" go further, at most three tokens
after or one before. Orders and second-person insults pay one test of the token after
them (a copula) and five more only after one; mothers read as spoken of pay a look at the
next eight tokens. No regex, no cue list, no new work for messages without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat19_words as w
from bot.core.scoring.gamechat8_words import HEROES, PLAYERS
from bot.core.scoring.gamechat9_words import HEROES9
from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord16 import Discord16Rules
from bot.core.scoring.targeting_gamechat7 import NO_RETORT_NOTE
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["GameChat19Rules"]

THING_NOTE: Final = "a thing named after the verdict"
BODY_NOTE: Final = "a body named, not a verdict"
MATCHUP_NOTE: Final = "a matchup, not a player"
SAYING_NOTE: Final = "a saying talked about"
AWAY_NOTE: Final = "carried away, an idiom"
_UNREAD: Final = (Kind.NONE, Kind.OBJECT)
_SAID: Final = (Kind.IMPERATIVE, Kind.SECOND_PERSON)


class GameChat19Rules(Discord16Rules):
    """Verdicts that must close their line ("ur bad", "ur ass", "ur a dog"), a hero's player
    said to suck, matchups and sayings left unaimed, and the mother joke of last night."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for this round's shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        term = entry.term
        if term in w.CLOSED_VERDICTS:
            return self._g19_closed(ctx, hit, target, note)
        if term in w.COPULA_ASS and target is not Kind.SECOND_PERSON and self._g19_person(ctx, hit):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "bro this dude is so ass"
        if term in w.SUCKS and target in _UNREAD:
            if self._g19_hero_sucks(ctx, hit):
                return Kind.THIRD_PERSON, ""  # "reyna sucks"
            return target, note
        if (
            entry.tokens[-1] == w.CARRIED
            and hit.last < len(ctx.tokens)
            and ctx.tokens[hit.last] == w.AWAY
        ):
            return Kind.NONE, AWAY_NOTE  # "ur getting carried away lol"
        if note == NO_RETORT_NOTE:
            if self._g19_last_night(ctx, hit):
                return Kind.SECOND_PERSON, ""  # "ur mom was great last night"
            return target, note
        if entry.category is not Cat.INSULT:
            return target, note
        if target is Kind.THIRD_PERSON and _matchup(ctx.tokens, hit.first):
            return Kind.OBJECT, MATCHUP_NOTE  # "laning vs darius sucks"
        if target in _SAID and self._g19_saying(ctx, hit):
            return Kind.NONE, SAYING_NOTE  # "git gud kid is the funniest meme"
        return target, note

    def _g19_closed(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """ "ur bad lol", "ur bad at this game", "ur a dog bro": the verdict closes its
        sentence; "ur bad luck", "ur a dog walker" name a thing."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if (
            hit.entry.term == "ur ass"
            and first > 0
            and not ctx.starts_sentence(first)
            and tokens[first - 1] not in w.ASS_LEADS
        ):
            return Kind.NONE, BODY_NOTE  # "cover ur ass", "get off ur ass"
        if ctx.closes_clause(last) or tokens[last] == w.SKILL_AT:
            return target, note
        end = ctx.sentence_end(last, w.CLOSE_REACH)
        if end - last <= w.CLOSE_REACH and all(word in w.CLOSERS for word in tokens[last:end]):
            return target, note
        if hit.entry.term == "ur ass":
            return Kind.NONE, BODY_NOTE  # "ur ass is mine"
        return Kind.NONE, THING_NOTE  # "ur bad luck", "ur a dog walker"

    def _g19_person(self, ctx: Context, hit: Hit) -> bool:
        """ "bro this dude is ass": a person noun right before the copula, after "this" or
        "the" at most and a chat filler; "bro this map is ass" names a thing."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at < 0 or (tokens[at] not in PLAYERS and tokens[at] not in self._cue_person_noun):
            return False
        if at > 0 and tokens[at - 1] in w.PERSON_DETERMINERS:
            at -= 1
        return ctx.starts_sentence(at) or tokens[at - 1] in w.ASS_LEADS

    def _g19_hero_sucks(self, ctx: Context, hit: Hit) -> bool:
        """ "reyna sucks lol": the hero opens the sentence, the verdict closes it."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if first < 1 or not ctx.starts_sentence(first - 1):
            return False
        hero = tokens[first - 1]
        if hero not in HEROES and hero not in HEROES9:
            return False
        if ctx.closes_clause(last):
            return True
        end = ctx.sentence_end(last, w.CLOSE_REACH)
        return end - last <= w.CLOSE_REACH and all(
            word in w.SUCK_CLOSERS for word in tokens[last:end]
        )

    def _g19_saying(self, ctx: Context, hit: Hit) -> bool:
        """ "uninstall is a meme at this point": the order is the subject of "is" and a
        word for a saying follows, no reader in between."""
        tokens = ctx.tokens
        last = hit.last
        if last >= len(tokens) or tokens[last] not in w.SAYING_VERBS:
            return False
        if not ctx.starts_sentence(hit.first) or ctx.pause_after(last - 1):
            return False
        for at in range(last + 1, min(len(tokens), last + w.SAYING_REACH)):
            word = tokens[at]
            if word in w.SAYINGS:
                return True
            if word in w.READERS or ctx.pause_after(at):
                return False
        return False

    def _g19_last_night(self, ctx: Context, hit: Hit) -> bool:
        """ "ur mom was great last night": the mother joke, not a question and not the
        mother's own thing ("ur mom's birthday last night")."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if last < len(tokens) and tokens[last] == w.POSSESSIVE:
            return False
        if "?" in ctx.folded:
            return False
        if not ctx.starts_sentence(first) and tokens[first - 1] not in w.MOM_LEADS:
            return False  # "say hi to ur mom, great dinner last night"
        for at in range(last, min(len(tokens) - 1, last + w.NIGHT_REACH)):
            if tokens[at] == w.LAST and tokens[at + 1] == w.NIGHT:
                return True
            if ctx.pause_after(at):
                return False
        return False


def _matchup(tokens: list[str], first: int) -> bool:
    """ "laning vs darius sucks": a hero after "vs" or "into" right before the verdict."""
    return (
        first >= 2
        and tokens[first - 2] in w.MATCHUP
        and (tokens[first - 1] in HEROES or tokens[first - 1] in HEROES9)
    )
