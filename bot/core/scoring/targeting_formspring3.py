"""Targeting rules for teenagers' chat, third round (issue 8, Formspring): a name-call
after an order about "me" is said to the reader; some words only look aimed.

- An order whose object is the writer, then a name-call that ends the sentence: "leave
  me alone loser", "dont talk to me bitch", "get away from me freak", "lasciami in
  pace sfigato", "non toccarmi stronzo". The person rules read the nearest "me" as the
  target (self-directed); the name-call is the vocative of the order, said to the
  reader, also in a second order joined by "and". "call me a loser", "don't call me
  ugly", "tell me im ugly", "made me look stupid" and "leave me alone im ugly" keep
  their reading (a naming verb, or a linking word or "im" between).
- "you suck" as a plain verb: "do you suck it or lick it?", "you suck out the venom"
  (an object or a particle follows) is no verdict on the reader; "do you suck at
  cooking?" asks (a question opener right before "you", no "why").
- "shut up" said to a compliment, friends' banter: "shut up ur so pretty", "stfu
  you're cute", "taci, sei bellissima". Only the order is excused, only beside a
  compliment to the reader in the same sentence; "shut up ur so ugly" stays.
- Other words that only look aimed: "you know" as a filler after a word ("cant get
  greedy you know"), a judging word in "-ing" that is a verb with an object ("the kid
  keeps annoying you"), an order after "make them" or "let it" ("what makes them go
  away"), and the second of two words one negation denies ("she's not a whore or
  bitch", "non è una puttana né una stronza"); a compliment denied only to be outdone
  ("you're not pretty, you're gorgeous").

Each look is a few tokens around a hit the earlier rules aimed: O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_controls import JOKING_NOTE
from bot.core.scoring.targeting_formspring import LAUGHTER
from bot.core.scoring.targeting_forum import ForumRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

_NAME_CALLS: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING, Cat.SEXUAL_HARASSMENT})
_MOVABLE: Final = frozenset({Kind.SELF, Kind.THIRD_PERSON, Kind.NONE})
# Words that open a negative order before its verb: "don't", "do not", "never", "stop".
_NEGATIVE_ORDER: Final = frozenset(
    {"don", "t", "dont", "do", "not", "never", "stop", "quit", "non"}
)
# Between the verb and "me": "talk to me", "get away from me", "back off me".
_TO_ME: Final = frozenset({"to", "from", "away", "at", "with", "off", "of", "for", "out", "near"})
# Verbs that name or make what follows: "call me ugly", "makes me look fat".
_NAMING: Final = frozenset(
    {
        "call", "calling", "called", "name", "make", "makes", "made", "making", "think",
        "thinks", "tell", "told", "consider", "chiamami", "chiamarmi", "dirmi", "dimmi",
    }
)  # fmt: skip
# Between "me" and the name-call, words that describe the writer: "me feel stupid".
_LINKING: Final = frozenset(
    {"feel", "feeling", "felt", "look", "looking", "looks", "seem", "sound", "be", "being"}
)
_REACH_AFTER_ME: Final = 3  # "leave me alone already loser"
_AND: Final = frozenset({"and", "then", "n", "e"})  # "... and stop staring at me", Italian "e"
# Italian orders with the writer as a clitic: "lasciami", "stammi lontano", "dammi".
_CLITIC_ORDERS: Final = frozenset(
    {
        "lasciami", "stammi", "dammi", "fammi", "guardami", "scrivimi", "rispondimi",
        "seguimi", "scusami", "mollami", "ascoltami", "cercami", "aspettami", "toccami",
    }
)  # fmt: skip
# Words without which no order is about the writer: "me", a clitic order, "non ...rmi".
_ME: Final = frozenset({"me", "non"}) | _CLITIC_ORDERS
# After "you suck", what makes "suck" a plain verb with an object: "suck it", "suck out".
_SUCK_OBJECT: Final = frozenset(
    {"it", "out", "up", "in", "on", "off", "my", "the", "his", "her", "them", "him", "this"}
)
_YOU_SUCK: Final = frozenset({("you", "suck"), ("u", "suck")})
_ASKING: Final = frozenset({"do", "does", "did", "can", "could", "would", "will"})
_WHY: Final = frozenset({"why", "y", "how"})  # "why do you suck so much": a put-down asked
# Orders to be quiet, and what a compliment to the reader is made of.
_SHUSHING: Final = frozenset(
    {("shut", "up"), ("stfu",), ("shut", "up", "you"), ("stai", "zitto"), ("stai", "zitta"),
     ("taci",), ("zitto",), ("zitta",)}
)  # fmt: skip
_READER_IS: Final = frozenset({"you", "u", "ur", "youre", "your", "re", "r", "are", "sei"})
_PRAISE_BRIDGE: Final = frozenset(
    {"so", "soo", "really", "way", "too", "literally", "actually", "like", "the", "such", "a",
     "troppo", "cosi", "proprio", "davvero", "la", "il"}
)  # fmt: skip
_COMPLIMENT: Final = frozenset(
    {
        "pretty", "prettier", "prettiest", "prety", "cute", "cuter", "cutest", "gorgeous",
        "beautiful", "adorable", "sweet", "sexy", "hot", "handsome", "lovely", "perfect",
        "amazing", "best", "funny", "talented", "smart", "stunning", "hilarious",
        "bella", "bellissima", "bellissimo", "bello", "carina", "carino", "stupenda",
        "stupendo", "dolce", "dolcissima", "dolcissimo", "simpatica", "simpatico",
        "fantastica", "fantastico", "perfetta", "perfetto", "migliore",
    }
)  # fmt: skip
_PRAISE_REACH: Final = 5  # "shut up you are literally so pretty"
_AIMED: Final = frozenset({Kind.SECOND_PERSON, Kind.IMPERATIVE})
# Object pronouns after a verb: "annoying you", "makes them go away".
_OBJECTS: Final = frozenset({"you", "u", "ya", "me", "him", "her", "them", "us", "it"})
# Verbs that take an object and a bare verb: "make them go away", "let it go".
_CAUSING: Final = frozenset(
    {"make", "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped",
     "watch", "watched", "see", "saw", "seen", "hear", "heard", "have", "had"}
)  # fmt: skip
_FILLER_NOTE: Final = "with 'you' as a filler, not aimed"
_FILLERS: Final = (["you", "know"], ["u", "know"], ["ya", "know"], ["you", "see"])
_FILLER_VERBS: Final = frozenset({"know", "see"})
_OR: Final = frozenset({"or", "nor", "o", "ne"})  # Italian "o", "né"
# A compliment denied ("you're not pretty"), then a bigger one: praise, not a put-down.
_DENYING: Final = frozenset({"not", "non"})
_OUTDONE_NOTE: Final = "outdone by a compliment"
_DENIED_REACH: Final = 4  # "not a dirty whore or bitch": words back from "or" to the negator


class TeenTalkRules(ForumRules):
    """Rereads the earlier rules' answer for orders about "me", "suck" and "shut up"."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        # Words that cannot be an order's verb: pronouns, articles, copulas ("get" is
        # both a copula and an order).
        self._not_verb = (
            cues["self"]
            | cues["second_person"]
            | cues["third_person"]
            | cues["article"]
            | cues["copula"]
            | cues["object"]
        ) - cues["imperative"]
        # Words after "me" that make the name-call describe the writer: "me feel stupid".
        self._describing = cues["copula"] | cues["self"] | _LINKING | _NAMING
        self._order_openers = cues["order_opener"] | _NEGATIVE_ORDER

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note) for `hit`, corrected where a rule here applies."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if (
            entry.category in _NAME_CALLS
            and ((target in _MOVABLE and not note) or note == "negated")
            and ctx.mentions_any("teen3_me", _ME)  # once per message: most have no "me"
            and self._order_vocative(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "leave me alone loser"
        if note:
            return target, note
        if target in _AIMED and self._only_looks_aimed(ctx, hit, target):
            return Kind.OBJECT, ""  # "keeps annoying you", "makes them go away"
        if (
            target is Kind.SECOND_PERSON
            and ctx.mentions_any("teen3_filler", _FILLER_VERBS)
            and self._filler_you(ctx, hit)
        ):
            return Kind.NONE, _FILLER_NOTE  # "cant get greedy you know"
        if (
            ctx.mentions_any("teen3_or", _OR)
            and entry.category is not Cat.IDENTITY_ATTACK
            and self._denied_too(ctx, hit)
        ):
            return target, "negated"  # "she's not a whore or bitch"
        if entry.category is Cat.BODY_SHAMING and not _DENYING.isdisjoint(entry.tokens):
            end = ctx.sentence_end(hit.last - 1, _PRAISE_REACH)
            if self._compliment_in(ctx.tokens[hit.last : end]):
                return target, _OUTDONE_NOTE  # "you're not pretty, you're gorgeous"
        if entry.tokens in _YOU_SUCK and target is Kind.SECOND_PERSON:
            return self._suck_read(ctx, hit, target)
        if entry.tokens in _SHUSHING and target is Kind.IMPERATIVE and self._praised(ctx, hit):
            return target, JOKING_NOTE  # "shut up ur so pretty"
        return target, note

    def _order_vocative(self, ctx: Context, hit: Hit) -> bool:
        """The sentence is an order about the writer (maybe the second of two joined by
        "and": "pass me that and stop staring at me slut") and the name-call ends it."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, 1)
        if hit.last != end and not (hit.last < len(tokens) and tokens[hit.last] in LAUGHTER):
            return False
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if not ctx.starts_sentence(start):
            return False
        if self._order_about_me(tokens, start, hit.first):
            return True
        joined = [k + 1 for k in range(start + 1, hit.first - 1) if tokens[k] in _AND]
        return bool(joined) and self._order_about_me(tokens, joined[-1], hit.first)

    def _order_about_me(self, tokens: list[str], start: int, hit_first: int) -> bool:
        """An order opens at `start` with the writer as its object, and only a few plain
        words lie between that "me" and the name-call at `hit_first`."""
        verb = start
        while verb < hit_first and tokens[verb] in self._order_openers:
            verb += 1
        if verb >= hit_first or tokens[verb] in _NAMING:
            return False
        if tokens[verb] in _CLITIC_ORDERS or (
            verb > start and tokens[verb - 1] == "non" and tokens[verb].endswith("rmi")
        ):
            me = verb  # "lasciami in pace", "non toccarmi"
        else:
            if tokens[verb] in self._not_verb:
                return False  # "i", "you", "the", "is": no verb opens the sentence
            me = verb + 1
            while me < hit_first and tokens[me] in _TO_ME:
                me += 1
            if me >= hit_first or tokens[me] != "me":
                return False
        between = tokens[me + 1 : hit_first]
        return len(between) <= _REACH_AFTER_ME and self._describing.isdisjoint(between)

    def _only_looks_aimed(self, ctx: Context, hit: Hit, target: TargetKind) -> bool:
        """ "annoying you", "makes them go away": a verb's object (see the module's list)."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        words = hit.entry.tokens
        if (
            target is Kind.IMPERATIVE
            and first > 1
            and tokens[first - 2] in _CAUSING
            and hit.entry.category is not Cat.SEXUAL_HARASSMENT  # "made him suck my ..."
        ):
            return tokens[first - 1] in _OBJECTS  # "makes them go away": no order
        if last >= len(tokens) or tokens[last] not in _OBJECTS or ctx.pause_after(last - 1):
            return False
        return len(words) == 1 and words[0].endswith("ing")  # "keeps annoying you", a verb

    def _filler_you(self, ctx: Context, hit: Hit) -> bool:
        """ "cant get greedy you know": the only "you" near the hit is a filler after it."""
        tokens = ctx.tokens
        first, last = hit.first, hit.last
        if tokens[last : last + 2] not in _FILLERS or ctx.pause_after(last - 1):
            return False
        if last + 2 < len(tokens) and not ctx.pause_after(last + 1):
            return False  # "bitch you know you won't": a clause, not a filler
        start = ctx.sentence_start(first, SENTENCE_REACH)
        return self._cue_second_person.isdisjoint(tokens[start:first])

    def _denied_too(self, ctx: Context, hit: Hit) -> bool:
        """The hit is the second of two words one negation denies: "not a whore or bitch",
        "not stupid or ugly"; "not smart, or pretty, just a loser" has pauses between."""
        tokens = ctx.tokens
        at = hit.first - 1
        if at >= 0 and tokens[at] in self._cue_article:
            at -= 1
        if at < 1 or tokens[at] not in _OR or ctx.pause_after(at - 1):
            return False
        negation = self._cue_negation
        for k in range(at - 1, max(-1, at - _DENIED_REACH - 1), -1):
            if tokens[k] in negation:
                return True
            if ctx.pause_after(k):
                return False
        return False

    def _suck_read(self, ctx: Context, hit: Hit, target: TargetKind) -> tuple[TargetKind, str]:
        """ "you suck" as a plain verb or asked (see the module's list)."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and tokens[hit.last] in _SUCK_OBJECT:
            return Kind.OBJECT, ""  # "you suck it", "do you suck out the venom"
        first = hit.first
        asked = first > 0 and tokens[first - 1] in _ASKING and not ctx.pause_after(first - 1)
        if asked and (first < 2 or tokens[first - 2] not in _WHY):
            return Kind.REPORTED, "asked, not said"  # "do you suck at cooking?"
        return target, ""

    def _praised(self, ctx: Context, hit: Hit) -> bool:
        """A compliment to the reader just after (or before) the order to be quiet."""
        tokens = ctx.tokens
        end = ctx.sentence_end(hit.last - 1, _PRAISE_REACH)
        after = tokens[hit.last : end]  # in the same sentence: "shut up ur so pretty"
        before = tokens[ctx.sentence_start(hit.first, _PRAISE_REACH) : hit.first]
        return self._compliment_in(after) or self._compliment_in(before)

    @staticmethod
    def _compliment_in(words: list[str]) -> bool:
        """ "ur so pretty", "you're cute", "che sei bellissima": the reader, then praise."""
        seen_reader = False
        for word in words:
            if word in _COMPLIMENT:
                return seen_reader
            if word in _READER_IS:
                seen_reader = True
            elif not (seen_reader and word in _PRAISE_BRIDGE):
                seen_reader = False
        return False
