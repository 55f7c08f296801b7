"""Targeting rules from a seventh game-chat probe (issue 8, branch gamechat7): the words are
lexicon lines under "gamechat7" comments; these rules say when they are aimed.

- A mock title for the reader ("genius", "einstein", "sherlock", "captain obvious",
  "genio") is a put-down only as a vocative after sarcastic praise or a weary "ok": "nice
  job genius", "thanks a lot einstein", "ok sherlock", "bravo genio complimenti". The
  same word as a claim or a describing word is praise: "she is a genius", "that play was
  genius", "genius move", "è un genio".
- A player sent away from the screen ("touch grass", "go outside", "vai a toccare
  l'erba", "esci di casa") is an order only when nobody before it makes it the writer's
  own plan ("i need to touch grass", "lets go outside", "devo uscire", "told me to touch
  grass") and no place follows it as a direction ("go outside the zone", "go outside
  the base").
- A skill denied with "for shit" ("u cant aim for shit", "our healer cant heal for
  shit") is aimed by who cannot: the reader, or a player or the room named before
  "can't"; the writer's own ("i cant aim for shit today") and a bare one stay clean, and
  so does any "for shit" with no "can't" before it.
- A role, a player or the room judged, then a time said after the verdict ("tanks are
  braindead this game", "our healer is useless again", "random duo useless as always"):
  the tail ("again", "this game", "as always", "oggi") does not make the verdict any
  less said of them. A place ("the jungle is trash this patch") is no player.
- The reader's mother as chat's retort ("ur mom", "like ur mom", "mamma tua") in a short
  line with no warmth or concern: "say hi to ur mom", "is your mom ok", "happy birthday
  to your mom" stay clean, and so does anything longer.
- Italian "fa schifo" said of a role, a player or the team ("la nostra squadra fa
  schifo", "il portiere fa schifo"), never of a map, a server or a game.

All read only their own hits and a few tokens around them (the hit path), so cost
stays O(1) and messages without these words pay nothing.
"""

from __future__ import annotations

from bot.core.scoring.targeting_context import SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_discord7 import Discord7Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

NOT_MOCKING_NOTE = "praise, not a mock title"
OWN_PLAN_NOTE = "the writer's own plan or a direction, not a send-off"
# The lexicon terms that are mock titles only as a vocative.
_MOCK_TITLES = frozenset({"genius", "einstein", "sherlock", "captain obvious", "genio"})
# Sarcastic praise or a weary answer before the title, in its sentence ("nice job",
# "thanks a lot", "wow amazing play", "ok", "bravo").
# fmt: off
_SARCASTIC = frozenset({
    "nice", "great", "good", "thanks", "thank", "thx", "ty", "wow", "amazing",
    "awesome", "brilliant", "smart", "ok", "okay", "k", "sure", "yeah", "right", "bravo",
    "brava", "bravi", "grazie", "ottimo", "complimenti", "ottima", "bella",
})
# Right before the title: a claim or a describing use ("a genius", "was genius", "un genio").
_CLAIMED = frozenset({
    "a", "an", "the", "is", "are", "was", "were", "be", "such", "what", "real", "true",
    "pure", "no", "un", "uno", "e", "sei", "era", "sono", "vero", "proprio", "like", "as",
    "of", "my", "our",
})
# What may close the line after the title: fillers, laughter, praise words said again.
_TITLE_TAIL = frozenset({
    "lol", "lmao", "lmfao", "xd", "bro", "dude", "man", "pls", "complimenti", "davvero",
    "proprio", "ahah", "ahahah", "again", "there", "here", "ffs", "smh",
})
# fmt: on
_SARCASM_REACH = 4  # "thanks a lot for that genius"
# Before a send-off: the writer plans it or tells of it ("i need to touch grass", "lets
# go outside", "we should go outside", "he told me to touch grass", "devo uscire").
# fmt: off
_SEND_OFFS = frozenset({
    "touch grass", "touch some grass", "go outside", "toccare l erba", "tocca l erba",
    "tocca erba", "esci di casa",
})
_PLANNERS = frozenset({
    "i", "im", "ill", "id", "ive", "we", "were", "lets", "let", "us", "me", "gonna",
    "wanna", "gotta", "need", "should", "to", "will", "could", "might", "can", "cant",
    "must", "going", "io", "devo", "dobbiamo", "voglio", "vado", "andiamo", "posso",
    "dovrei", "di", "per",
})
# A place right after "go outside": a direction in the match ("go outside the zone").
_DIRECTIONS = frozenset({
    "the", "of", "this", "that", "ur", "your", "my", "our", "their", "to", "into", "zone",
    "circle", "base", "storm", "wall", "walls", "range", "il", "la", "lo", "dalla", "dal",
})
# fmt: on
_PLAN_REACH = 3  # "i really need to touch grass"
NO_SKILL_DENIED_NOTE = "no skill denied to anyone"
NO_RETORT_NOTE = "a mother spoken of, not a retort"
NOT_A_PLAYER_NOTE = "said of a thing, not a player"
# "can't": one token, or "can" "t" / "couldn" "t" as the tokenizer splits it.
# fmt: off
_CANT = frozenset({"cant", "cannot", "couldnt", "cnt", "cudnt"})
_CANT_STEMS = frozenset({"can", "couldn", "could"})
_SELF = frozenset({"i", "im", "ive", "we", "me", "us", "myself"})
_READER = frozenset({"u", "you", "ya", "yall", "youre", "ur", "ure"})
_THIRD = frozenset({"he", "she", "they", "hes", "shes", "ppl", "people", "players", "guys"})
_SKILL_REACH = 4  # "u cant even aim for shit": words from "can't" to "for shit"
# Said after a verdict, a time or an aside: "again", "this game", "as always", "oggi".
_TAILS = frozenset({
    "again", "always", "as", "usual", "today", "tonight", "rn", "lately", "this", "game",
    "match", "round", "every", "each", "time", "lol", "lmao", "af", "ffs", "tbh", "smh",
    "fr", "honestly", "ngl", "omg", "bro", "oggi", "sempre", "ancora", "come", "al",
    "solito", "stasera", "questa", "partita", "raga",
})
# Before the subject of a verdict: who on which side ("our", "the", "random", "il").
_OPENERS = frozenset({
    "the", "our", "their", "ur", "your", "my", "this", "that", "these", "those", "random",
    "whole", "il", "lo", "la", "i", "gli", "le", "nostro", "nostra", "vostro", "vostra",
    "questo", "questa", "quel", "quella",
})
# Between the subject and the verdict: a copula and intensifiers only.
_VERDICT_BRIDGE = frozenset({
    "is", "are", "s", "re", "r", "was", "were", "so", "such", "a", "an", "literally",
    "actually", "really", "just", "too", "very", "completely", "absolutely", "totally",
    "fucking", "fkin", "fking", "e", "sono", "proprio", "davvero", "un", "una", "uno",
    "cosi", "troppo",
})
# A role that is also a place on the map: "the jungle is trash this patch".
_PLACES = frozenset({"jungle", "mid", "top", "bot", "lane", "base"})
_VERDICT_REACH = 5  # "our whole team is literally so braindead"
_TAIL_REACH = 3  # "as always lol"
_MOTHERS = frozenset({
    "your mom", "ur mom", "yo mom", "your mother", "ur mother", "your mum", "ur mum",
    "yo mama", "yo momma", "your momma", "ur momma", "mamma tua", "tua madre", "tua mamma",
})
# Warmth or concern anywhere in a line about someone's mother.
_KIND_TO_MOTHERS = frozenset({
    "hi", "hello", "say", "tell", "thanks", "thank", "ok", "okay", "doing", "how", "hope",
    "birthday", "bday", "nice", "sweet", "kind", "sorry", "miss", "better", "sick",
    "hospital", "proud", "condolences", "saluta", "salutami", "auguri", "come", "sta",
    "grazie", "ciao", "dinner", "home", "dad", "and", "e", "for", "per", "love", "loves",
    "lovely", "adore", "where", "who", "what", "whats", "when", "why", "amo", "dove",
})
# fmt: on
_RETORT_LENGTH = 4  # "like ur mom boom", "your mother is pro"
_SCHIFO_REACH = 4  # "la nostra squadra fa schifo"


class GameChat7Rules(Discord7Rules):
    """Mock titles said only as sarcastic vocatives; send-offs that are one's own plans."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the gamechat7 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        term = hit.entry.term
        if term in _MOCK_TITLES:
            if target is Kind.REPORTED or not _mock_title(ctx, hit):
                return Kind.OBJECT, NOT_MOCKING_NOTE  # "she is a genius", "genius move"
            return Kind.SECOND_PERSON, note  # "nice job genius"
        if term in _SEND_OFFS and _own_plan(ctx, hit):
            return Kind.OBJECT, OWN_PLAN_NOTE  # "i need to touch grass", "go outside the zone"
        if term == "for shit":
            return self._skill_denied_to(ctx, hit)  # "u cant aim for shit"
        if term in _MOTHERS:
            if target is Kind.REPORTED or not _retort(ctx, hit):
                return Kind.OBJECT, NO_RETORT_NOTE  # "say hi to ur mom"
            return Kind.SECOND_PERSON, note  # "ur mom", "like ur mom"
        if term == "fa schifo":
            return self._schifo_aimed(ctx, hit)  # "la nostra squadra fa schifo"
        if (
            note == ""
            and hit.entry.category is Cat.INSULT
            and (target is Kind.NONE or target is Kind.THIRD_PERSON)
            and self._verdict_with_tail(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "tanks are braindead this game"
        return target, note

    def _verdict_subject(self, ctx: Context, first: int, stop: int) -> str:
        """The role, person or room word opening the sentence before `stop`, with only an
        opener before it and a copula or intensifiers after it; "" when there is none."""
        tokens = ctx.tokens
        start = ctx.sentence_start(first, _VERDICT_REACH)
        words = tokens[start:stop]
        i = 0
        while i < len(words) - 1 and words[i] in _OPENERS:
            i += 1  # "our whole team", "la nostra squadra"
        if i >= len(words) or not ctx.starts_sentence(start):
            return ""
        cues = self._cues
        subject = words[i]
        single = subject[:-1] if subject.endswith("s") else subject  # "tanks", "healers"
        if not (
            subject in cues["role"]
            or single in cues["role"]
            or subject in cues["person_noun"]
            or subject in cues["room"]
        ):
            return ""
        if any(word not in _VERDICT_BRIDGE for word in words[i + 1 :]):
            return ""
        return subject

    def _verdict_with_tail(self, ctx: Context, hit: Hit) -> bool:
        """A role, person or room judged, a time or an aside after the verdict."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, _TAIL_REACH)
        tail = tokens[hit.last : end]
        if not tail or any(word not in _TAILS for word in tail):
            return False
        if end < len(tokens) and not ctx.stop_after(end - 1):
            return False  # the sentence goes on past the reach
        subject = self._verdict_subject(ctx, hit.first, hit.first)
        return bool(subject) and subject not in _PLACES

    def _skill_denied_to(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who "can't ... for shit": the reader, the writer, or a player or the room named
        right before "can't" ("our healer", "he", "randoms"); a thing ("my wifi") is no one."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, _SKILL_REACH + 3)
        cant = -1
        for i in range(hit.first - 1, max(start, hit.first - _SKILL_REACH) - 1, -1):
            if tokens[i] in _CANT:
                cant = i
                break
            if tokens[i] == "t" and i > start and tokens[i - 1] in _CANT_STEMS:
                cant = i - 1
                break
        if cant <= start:
            return Kind.OBJECT, NO_SKILL_DENIED_NOTE  # "cant aim for shit today", "good for shit"
        who = tokens[cant - 1]
        if who in _SELF:
            return Kind.SELF, ""  # "i cant aim for shit"
        if who in _READER:
            return Kind.SECOND_PERSON, ""  # "u cant aim for shit"
        cues = self._cues
        single = who[:-1] if who.endswith("s") else who
        if (
            who in _THIRD
            or who in cues["room"]
            or who in cues["person_noun"]
            or who in cues["role"]
            or single in cues["role"]
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "our healer cant heal for shit"
        return Kind.OBJECT, NO_SKILL_DENIED_NOTE  # "my wifi cant load for shit"

    def _schifo_aimed(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """ "fa schifo" said of the team (the room), a role or a player; else a thing."""
        subject = self._verdict_subject(ctx, hit.first, hit.first)
        if not subject:
            return Kind.OBJECT, NOT_A_PLAYER_NOTE  # "questa mappa fa schifo"
        if subject in self._cues["room"]:
            return Kind.GROUP, ""  # "la nostra squadra fa schifo"
        return Kind.THIRD_PERSON, SAID_OF_NOTE  # "il portiere fa schifo"


def _mock_title(ctx: Context, hit: Hit) -> bool:
    """The title closes its line (fillers aside), no claim word right before it, and
    sarcastic praise or a weary "ok" earlier in its sentence."""
    tokens = ctx.tokens
    end = ctx.sentence_end(hit.last - 1, len(_TITLE_TAIL))
    if any(word not in _TITLE_TAIL for word in tokens[hit.last : end]):
        return False  # "genius move", "genius idea tbh"
    if hit.first == 0 or tokens[hit.first - 1] in _CLAIMED:
        return False  # a bare "genius", "she is a genius"
    start = max(ctx.sentence_start(hit.first, _SARCASM_REACH), hit.first - _SARCASM_REACH)
    return not _SARCASTIC.isdisjoint(tokens[start : hit.first]) or not _SARCASTIC.isdisjoint(
        tokens[hit.last : end]
    )  # "nice job genius", "genio complimenti"


def _own_plan(ctx: Context, hit: Hit) -> bool:
    """A planner just before the send-off, or a place right after it."""
    tokens = ctx.tokens
    if not _PLANNERS.isdisjoint(tokens[max(0, hit.first - _PLAN_REACH) : hit.first]):
        return True
    return (
        hit.last < len(tokens)
        and not ctx.pause_after(hit.last - 1)
        and tokens[hit.last] in _DIRECTIONS
    )


def _retort(ctx: Context, hit: Hit) -> bool:
    """A short line naming the reader's mother, with no warmth or concern in it."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, _RETORT_LENGTH)
    end = ctx.sentence_end(hit.last - 1, _RETORT_LENGTH)
    if not ctx.starts_sentence(start) or end - start > _RETORT_LENGTH:
        return False
    if end < len(tokens) and not ctx.stop_after(end - 1):
        return False
    return _KIND_TO_MOTHERS.isdisjoint(tokens[start:end])
