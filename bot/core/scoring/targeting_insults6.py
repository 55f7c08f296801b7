"""Targeting rules for words that only look aimed at the reader (issue 8, insults6).

Someone else's words relayed without quotation marks: one person (a singular pronoun,
or a person noun after "my", "the", "this") said, yelled or wrote them, in the hit's
sentence, a few words before it. The "you" inside is that person's listener, not the
reader: "the cop kept screaming stop resisting you idiot", "my dad yelled get off the
couch you lazy bum", "lui ha detto sei un idiota"; also a "while screaming" clause
("a man on the bus, while yelling sit down you idiot"). These stay aimed:

- the writer's own words, again ("I said shut up you idiot", "like i said you moron");
- a crowd agreeing ("everyone says you are a loser", "they all say you're trash");
- words said to the reader ("he told you you're a moron", "he said to you ...");
- a pause between the saying and the hit: "she said it was fine, you idiot" ends the
  relayed words and the writer speaks.

A name-call noun straight after a negator, with no article, closing its clause, is a
vocative, not the thing denied: "no your not dickhead", "no ur not dumbass" (the reader
is told off for what came before); "you're not an idiot" and "you're not stupid" stay
denied. Only compound nouns that name people ("-head", "-hole", "-bag", "-wad", "-wit",
"-ass", "-tard") after "you ... not": game chat says "he is not noob", "u not noob" and
means it as a denial.

A person named as the subject after a discourse opener: "by the way, Mike is a jerk",
"btw the ref is an idiot", "and honestly Kevin is a clown", "comunque Marco è un
coglione". `_named_subject` reads "Mike is a jerk" only at a sentence's first word;
the openers carry no subject of their own, so the sentence is read from past them.
"btw Twitter is trash" and "also the printer is garbage" stay things, as without the
opener.

A judgement of the reader denied by "nobody" before the thinking or saying verb:
"nobody thinks you're stupid", "no one here said you were an idiot", "nessuno pensa che
tu sia stupido", as `_denied` reads "I don't think you're an idiot". "nobody likes
you, idiot" and "no one thinks you're smart, idiot" stay aimed (no such verb before
that "you", or a pause).

The subject of a name-call is read before later rules take the name-call as said of
someone present: "we" is the writer among others ("we were all idiots in high school",
"siamo tutti degli idioti"), and a pet is no person ("our dog is a little moron", "quel
gatto è un coglione"). "we know you are idiots" keeps its "you".

A singular compound name-call noun ("-head", "-hole", "-bag", ...) opening a sentence,
no article before it, is a name, as `_names_someone` already reads "Idiot can't even
read": "Dickhead will just copy it", "Scumbag.". Plurals name people in general
("assholes exist everywhere").

`_speech` (targeting_speech.py) already reports "he called you an idiot"; it leaves a
"you" after the verb to later rules, which read it as the reader. Runs only on hits
already aimed at the reader, and only when a saying verb is in reach (one set test).
"""

from __future__ import annotations

from collections.abc import Container
from typing import Final

from bot.core.scoring.person13_words import CLAUSE_LINKS, MODIFIERS, OWN_SUBJECTS
from bot.core.scoring.targeting_context import BEFORE, SAID_OF_NOTE, Context, Hit
from bot.core.scoring.targeting_gamechat7 import GameChat7Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

RELAYED_NOTE: Final = "someone else's words, relayed"
ANIMAL_NOTE: Final = "said of an animal"  # cancels the hit, as other notes do
_READER: Final = frozenset({Kind.SECOND_PERSON, Kind.IMPERATIVE})
_SAID_OF: Final = frozenset({Kind.NONE, Kind.THIRD_PERSON, Kind.OBJECT})  # who a subject may be
# Verbs that relay words, English and Italian ("call" is targeting_speech's).
# fmt: off
_SAYING: Final = frozenset({
    "said", "says", "saying", "yelled", "yells", "yelling", "shouted", "shouts", "shouting",
    "screamed", "screams", "screaming", "wrote", "writes", "texted", "messaged", "told",
    "tells", "telling", "goes", "went", "detto", "dice", "diceva", "dicendo", "urlava",
    "urlato", "urlando", "gridava", "gridato", "gridando", "scritto", "scriveva",
})
# Verbs whose object right after them is who hears the words: "told you", "ti ha detto".
_SAYING_CUE: Final = "insults6_saying"  # the name `Context.mentions_any` caches it under
_TO_WHOM: Final = frozenset({"told", "tells", "telling", "texted", "messaged"})
# Between the speaker and the verb: "he was screaming", "my dad kept yelling", "lui ha detto".
_AUXILIARY: Final = frozenset({
    "was", "is", "kept", "keeps", "keep", "just", "then", "started", "literally", "also",
    "once", "always", "ha", "aveva", "mi", "stava", "continuava", "a", "gli", "le",
})
# One person who speaks: "he", "she", "lui", "lei"; or a person noun after these.
_ONE_SPEAKER: Final = frozenset({"he", "she", "lui", "lei"})
_OWNER: Final = frozenset({
    "my", "the", "this", "that", "his", "her", "our", "a", "mio", "mia", "il", "la", "lo",
    "quel", "quella", "questo", "questa", "un", "una",
})
_FAMILY: Final = frozenset({
    "mom", "mum", "dad", "mother", "father", "sister", "brother", "teacher", "boss", "cop",
    "coach", "friend", "neighbor", "neighbour", "wife", "husband", "gf", "bf", "madre",
    "padre", "sorella", "fratello", "prof", "professore", "amico", "amica", "capo",
})
# fmt: on
# Before a relaying "-ing" verb: its speaker is the clause's subject, said earlier.
_WHILE: Final = frozenset({"while", "whilst", "mentre"})
_TO: Final = frozenset({"to", "at", "a"})  # "said to you", "yelled at you", "ha detto a te"
_ONE_PERSON_ENDS: Final = ("head", "hole", "bag", "wad", "wit", "ass", "tard")
_PERSON_ENDS: Final = (
    *_ONE_PERSON_ENDS,
    "heads",
    "holes",
    "bags",
    "wads",
    "wits",
    "asses",
    "tards",
)
# Words that open a sentence and name no one; "by the way" and "tra l'altro" whole.
# fmt: off
_OPENERS: Final = frozenset({
    "btw", "also", "and", "but", "plus", "oh", "well", "honestly", "anyway", "anyways",
    "ps", "fyi", "imo", "imho", "tbh", "seriously", "so", "lol", "lmao", "yeah", "ok",
    "okay", "sorry", "frankly", "clearly", "obviously", "comunque", "cmq", "anche", "e",
    "ma", "poi", "beh", "boh", "insomma", "onestamente", "sinceramente", "ovviamente",
})
_OPENER_PHRASES: Final = (("by", "the", "way"), ("tra", "l", "altro"), ("to", "be", "honest"))
# fmt: on
_OPENERS_MAX: Final = 2  # "and honestly Mike is ..."
# A judgement held at arm's length by nobody: "nobody thinks you're ...".
# fmt: off
_NOBODY_VERBS: Final = frozenset({
    "think", "thinks", "thought", "believe", "believes", "said", "says", "say", "saying",
    "called", "calls", "claimed", "claims", "meant", "implied", "penso", "pensa", "crede",
    "dice", "detto", "pensato",
})
# fmt: on
_NOBODY: Final = frozenset({"nobody", "noone", "nessuno", "nobodys"})
_NOBODIES: Final = _NOBODY | {"one"}  # "no one"
_NOBODY_CUE: Final = "insults6_nobody"  # the name `Context.mentions_any` caches it under
_READER_WORDS: Final = _NOBODIES | _SAYING  # either shape of a reader's hit, at one look-up
_READER_CUE: Final = "insults6_reader"
NEGATED_NOTE: Final = "negated"  # targeting_person's note for a denied or negated name-call
_THAT: Final = frozenset({"that", "che"})
_NOBODY_REACH: Final = 4  # "no one in this server thinks"
# Between a copula and the name-call it says: "we are all such idiots", "è un gran".
# fmt: off
_BETWEEN: Final = frozenset({
    "a", "an", "the", "such", "all", "just", "total", "complete", "little", "big", "bunch",
    "of", "so", "really", "absolute", "proper", "un", "una", "uno", "degli", "dei", "delle",
    "tutti", "tutte", "proprio", "vero", "gran", "grande", "sometimes",
})
_COPULAS: Final = frozenset({
    "is", "was", "are", "were", "re", "s", "r", "e", "sono", "era", "siamo", "eravamo",
})
_WE_VERBS: Final = frozenset({"siamo", "eravamo"})  # Italian drops the "noi"
_ANIMALS: Final = frozenset({
    "dog", "dogs", "cat", "cats", "puppy", "puppies", "pup", "kitten", "kittens", "kitty",
    "doggo", "pupper", "hamster", "parrot", "bird", "horse", "bunny", "rabbit", "goldfish",
    "cane", "cani", "gatto", "gatti", "gattino", "cagnolino", "cucciolo", "criceto",
    "pappagallo", "coniglio",
    # hatecheck16: pests ("mosquitoes are vermin", "pigeons are flying rats")
    "mosquitoes", "mosquitos", "wasps", "flies", "pigeons", "seagulls", "cockroaches",
    "roaches", "fleas", "ticks", "termites", "bedbugs", "insects", "bugs", "mice", "slugs",
    "squirrels", "raccoons", "zanzare", "piccioni", "scarafaggi", "topi",
})
# fmt: on
_SUBJECTS: Final = _ANIMALS | _WE_VERBS | {"we"}
_SUBJECT_CUE: Final = "insults6_subjects"  # the name `Context.mentions_any` caches it under
_BETWEEN_MAX: Final = 4
_THEY_REACH: Final = 6  # hatecheck16: from the insult back to "they" ("they are all such")
_VOCATIVE_REACH: Final = 3  # "no [you] [are] not dickhead"
_REACH: Final = 8  # tokens from the saying verb to the hit
_SPEAKER_REACH: Final = 5  # tokens from the speaker to the verb: "my dad was just yelling"


class Insults6Rules(GameChat7Rules):
    """Words relayed from one other speaker are reported, not aimed at the reader; a
    bare name-call after "not" is said to the reader."""

    def _vocative_after_not(self, ctx: Context, hit: Hit, before: list[str]) -> bool:
        """A one-word name-call noun right after the negator, closing its clause."""
        entry = hit.entry
        if entry.category is not Cat.INSULT or len(entry.tokens) != 1 or not before:
            return False
        if before[-1] not in self._cue_negation:
            return False  # "not an idiot", "not such a moron": the noun is denied
        if not entry.tokens[0].endswith(_PERSON_ENDS):
            return False  # "you're not stupid", "you are not evil"; game chat's "not noob"
        if self._cue_second_person.isdisjoint(before[-_VOCATIVE_REACH:]):
            return False  # "he is not dickhead": a claim about him, in chat's grammar
        last = hit.last - 1
        return ctx.sentence_end(last, 1) == hit.last or ctx.pause_after(last)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the insults6 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            target in _SAID_OF
            and (not note or note == SAID_OF_NOTE)
            and hit.entry.category is Cat.INSULT
        ):
            subject = (
                _subject_of(ctx, hit, self._lexicon.hit_words)
                if ctx.mentions_any(_SUBJECT_CUE, _SUBJECTS)
                else ""
            )  # no pet, "we" or "siamo" in the message (most hits): nothing to read
            if subject in _ANIMALS or (
                subject == "they" and _animals_before(ctx.tokens, hit.first)
            ):
                return Kind.OBJECT, ANIMAL_NOTE  # "our dog is a little moron"
            if target is not Kind.NONE or note:
                return target, note
            if subject == "we" or subject in _WE_VERBS:
                return Kind.SELF, note  # "we were all idiots in high school"
            if not self._named_past_opener(ctx, hit):
                if self._compound_named(ctx, hit):
                    return Kind.THIRD_PERSON, note  # "Dickhead will just copy it"
                return target, note
            if self._cue_descriptive.isdisjoint(hit.entry.tokens):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "btw Mike is a jerk"
            return Kind.THIRD_PERSON, note  # "btw Twitter is trash": maybe a thing, weighed less
        if note == NEGATED_NOTE:  # read here, not in `_negated`: no extra call per hit
            if target in _READER and self._vocative_after_not(ctx, hit, _before(ctx, hit)):
                return target, ""  # "no your not dickhead"
            return target, note
        if target not in _READER or note or not ctx.mentions_any(_READER_CUE, _READER_WORDS):
            return target, note  # no "nobody" and no saying verb (most hits)
        if ctx.mentions_any(_NOBODY_CUE, _NOBODIES) and _denied_by_nobody(
            _clause_before(ctx, hit), self._cue_second_person
        ):
            return target, NEGATED_NOTE  # "nobody thinks you're stupid"
        if not ctx.mentions_any(_SAYING_CUE, _SAYING):
            return target, note  # no saying verb in the message
        tokens = ctx.tokens
        start = max(0, hit.first - _REACH)
        if _SAYING.isdisjoint(tokens[start : hit.first]):
            return target, note  # no saying verb in reach (most hits)
        if self._relayed(ctx, hit, max(start, ctx.sentence_start(hit.first, _REACH))):
            return Kind.REPORTED, RELAYED_NOTE
        return target, note

    def _compound_named(self, ctx: Context, hit: Hit) -> bool:
        """A singular compound name-call noun opening a sentence with no article, as a
        name: "Dickhead will just copy it", "Scumbag.". As `_names_someone` reads
        "idiot", such a noun names a person; plurals ("assholes on social media") and
        nouns after a word ("no dickhead would", "a couple of douchebags") name no one."""
        tokens = hit.entry.tokens
        if len(tokens) != 1 or not tokens[0].endswith(_ONE_PERSON_ENDS):
            return False  # not one of them, or a plural ("dickheads", "jackasses")
        if tokens[0] in self._cue_name_noun or tokens[0] in self._cue_descriptive:
            return False  # `_names_someone`'s own, or a judging word
        return ctx.starts_sentence(hit.first)

    def _named_past_opener(self, ctx: Context, hit: Hit) -> bool:
        """ "<opener> Mike is a jerk": `_named_subject` on the sentence read from past its
        discourse openers (a copy of the context whose lead is there)."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, BEFORE)
        lead = _past_openers(tokens, start, hit.first)
        if lead == start:
            return False  # no opener (most hits)
        bare = Context(
            self._lexicon,
            ctx.folded,
            tokens,
            ctx.spans,
            mentioned=ctx.mentioned,
            is_reply=ctx.is_reply,
            lead=lead,
        )
        return self._named_subject(bare, hit)

    def _relayed(self, ctx: Context, hit: Hit, start: int) -> bool:
        """A singular speaker and a saying verb before the hit, the words not said to
        the reader and no pause between them and the hit."""
        tokens = ctx.tokens
        verb = next((i for i in range(hit.first - 1, start - 1, -1) if tokens[i] in _SAYING), -1)
        if verb < 0 or any(ctx.pause_after(j) for j in range(verb + 1, hit.first - 1)):
            return False
        if any(
            tokens[j] in OWN_SUBJECTS and tokens[j - 1] in CLAUSE_LINKS
            for j in range(verb + 3, hit.first)
        ):
            return False  # "he said that so i think you are a clown": the writer's clause
        heard = tokens[verb + 1 : verb + 3]
        second = self._cue_second_person
        if heard and (
            (heard[0] in second and tokens[verb] in _TO_WHOM)
            or (len(heard) > 1 and heard[0] in _TO and heard[1] in second)
        ):
            return False  # "he told you ...", "she said to you ..."
        first = ctx.sentence_start(verb, _SPEAKER_REACH)
        speaker = verb - 1
        while speaker >= first and tokens[speaker] in _AUXILIARY:
            speaker -= 1
        if speaker < first:
            return False
        word = tokens[speaker]
        if word in _ONE_SPEAKER:
            return True
        if (
            word in _WHILE
            and tokens[verb].endswith(("ing", "ando", "endo"))
            and heard[:1] != ["at"]  # "while yelling at me you idiot forgot to mute"
        ):
            return True  # "an officer pounding his chest while screaming breathe you ..."
        return (
            (word in _FAMILY or word in self._cue_person_noun)
            and speaker > first
            and tokens[speaker - 1] in _OWNER
        )


def _past_openers(tokens: list[str], start: int, end: int) -> int:
    """The first token past at most _OPENERS_MAX discourse openers from `start`."""
    at = start
    for _ in range(_OPENERS_MAX):
        if at < end and tokens[at] in _OPENERS:
            at += 1
            continue
        phrase = next((p for p in _OPENER_PHRASES if tuple(tokens[at : at + len(p)]) == p), None)
        if phrase is None or at + len(phrase) >= end:
            break
        at += len(phrase)
    return at


def _denied_by_nobody(before: list[str], second: frozenset[str]) -> bool:
    """The nearest "you" before the hit follows a thinking or saying verb (maybe then
    "that" / "che"), and "nobody" / "no one" / "nessuno" comes a few words before it."""
    for j in range(len(before) - 1, 0, -1):
        if before[j] not in second:
            continue
        verb = j - 1
        if before[verb] in _THAT and verb > 0:
            verb -= 1
        if before[verb] not in _NOBODY_VERBS:
            return False
        lead = before[max(0, verb - _NOBODY_REACH) : verb]
        return not _NOBODY.isdisjoint(lead) or any(
            lead[k] == "no" and lead[k + 1] == "one" for k in range(len(lead) - 1)
        )
    return False


def _subject_of(ctx: Context, hit: Hit, judging: Container[str]) -> str:
    """The subject word of "<subject> <copula> [a, all, such...] <hit>", in one clause
    ("" when the hit is not said by a copula); an Italian first-person plural copula
    is its own subject ("siamo"). Judging words pass too, as Chat6Rules._copula_before
    lets them (review13: "the cat is a stupid idiot" is still said of an animal)."""
    tokens = ctx.tokens
    at = hit.first - 1
    floor = max(0, hit.first - 1 - _BETWEEN_MAX)
    while at >= floor and (
        tokens[at] in _BETWEEN or tokens[at] in MODIFIERS or tokens[at] in judging
    ):
        at -= 1
    if (
        at < 0
        or tokens[at] not in _COPULAS
        or any(ctx.pause_after(j) for j in range(at, hit.first - 1))
    ):
        return ""
    if tokens[at] in _WE_VERBS:
        return tokens[at]
    if at == 0 or ctx.pause_after(at - 1):
        return ""
    return tokens[at - 1]


def _before(ctx: Context, hit: Hit) -> list[str]:
    """The tokens the person rules read before a hit: its sentence, BEFORE at most."""
    return ctx.tokens[ctx.sentence_start(hit.first, BEFORE) : hit.first]


def _clause_before(ctx: Context, hit: Hit) -> list[str]:
    """`_before`, cut at its last pause: "no one thinks you're smart, idiot" ends the
    judgement at the comma, and the name-call after it is said."""
    start = ctx.sentence_start(hit.first, BEFORE)
    for j in range(hit.first - 1, start - 1, -1):
        if ctx.pause_after(j):
            return ctx.tokens[j + 1 : hit.first]
    return ctx.tokens[start : hit.first]


def _animals_before(tokens: list[str], first: int) -> bool:
    """ "I hate mosquitoes, they are vermin" (hatecheck16): "they" right after the animals
    it stands for; "my dogs and my neighbours, they are idiots" names people last, and
    they are meant."""
    for at in range(first - 1, max(0, first - _THEY_REACH), -1):
        if tokens[at] == "they":
            return tokens[at - 1] in _ANIMALS
    return False
