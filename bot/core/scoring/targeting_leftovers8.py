"""Targeting rules from the leftovers8 round (issue 8): shapes of Discord chat the
seventh session left misread. The words are in leftovers8_words.py and lexicon lines
under "leftovers8" comments.

- A person named by a job or a role, as the subject of a verdict that closes its clause
  ("@bob the ref is a joke", "the host is a total clown", "@bob the lifeguard is an
  idiot"): the verdict is said of that person, not of the reader, and not of a thing.
  The reply-subject rule now reads such nouns (many are ordinary words, "lifeguard",
  "plumber") as people; "@bob the update is a joke" stays a thing judged.
- Harm wished on the reader or a person by a third party ("i hope someone kicks you",
  "i wish somebody would slap you", "hope someone breaks your legs"): a harm verb, then
  the victim, maybe after "the shit out of" or with a body part ("your legs"). A contest
  after the victim ("beats you at chess", "kicks you from the lobby") is left alone.
- Harm promised to what the reader owns ("i'll burn your house down", "gonna slash ur
  tires"): a threat only when the writer promises it (no other subject before the verb)
  and no game's place is in the message ("i'll burn your base in minecraft").
- Calls to pile on someone: the crowd sent to a place of theirs ("flood her dms", "raid
  his server"), the person's pronoun inside the phrase as threats8 reads it; and a crowd
  told to tell someone an insult ("go tell her how ugly she is", "everyone dm him and tell
  him to kys"), which the reported-speech rules had read as words passed on.
- A game's thing called a bitch ("this boss is a bitch", "that jump is a bitch", "the final
  boss is a real bitch"): a thing cursed; "my boss is a bitch" stays a person.
- An admiring vocative with a feat praised ("you crazy bastard you actually did it", "you
  mad bastard, you pulled it off"): praise in a curse. "you stupid bastard you ruined it"
  has no admiring word and no feat.
- A creature a relative clause houses under the bed or in the attic ("the monster who
  lives under my bed") is no person the reply is about.

All read only their own hits and a few tokens around them (gated on a term set or a cheap
word look-up first), so cost stays O(1) per hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import leftovers8_words as w
from bot.core.scoring import replysubj_words as rs
from bot.core.scoring.forum3_words import HARM_CALLS
from bot.core.scoring.targeting_context import SAID_OF_NOTE, SENTENCE_REACH, Context, Hit
from bot.core.scoring.targeting_forum3 import NO_HARM_NOTE
from bot.core.scoring.targeting_italian5 import Italian5Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid4 import OUTRIGHT_NOTE
from bot.core.scoring.targeting_replysubj import THING_JUDGED_NOTE
from bot.core.scoring.threats8_words import AT_PERSON, NOT_A_PERSON
from bot.core.scoring.verdict import TargetKind

NOT_PROMISED_NOTE: Final = "harm to a thing, not promised by the writer"
THING_CURSED_NOTE: Final = "a game's thing cursed, not a person"
PRAISED_NOTE: Final = "praise of a feat in a curse"
CREATURE_NOTE: Final = "a creature, not a person"
PET_NOTE: Final = "a pet called names, not a person"
KIND_PILE_NOTE: Final = "a crowd sent with kindness"
# The calls read with a harm verb after them ("deserves to get punched" is forum3's own).
_WISH_TERMS: Final = (
    frozenset(term for term in HARM_CALLS if not term.endswith(" get")) | w.WISH_CALLS
)
# Pile-on phrases probe3 would read as the noun "hate" ("send her hate").
_PILE_TERMS: Final = w.PILE_ON | frozenset(term for term in AT_PERSON if term.endswith(" hate"))
_PILE_ALL: Final = w.PILE_ON | AT_PERSON
_PERSON_NOTES: Final = frozenset({"", SAID_OF_NOTE, OUTRIGHT_NOTE})  # a person read, not cancelled
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
_SUBJECT_READ: Final = frozenset({Kind.NONE, Kind.OBJECT, Kind.MENTION, Kind.REPLY})
_JUDGED: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING})
_PERSONS: Final = frozenset({Kind.SECOND_PERSON, Kind.THIRD_PERSON})
_TOLD_CATS: Final = frozenset({Cat.INSULT, Cat.BODY_SHAMING, Cat.SELF_HARM, Cat.EXCLUSION})
_READER: Final = frozenset({"you", "u", "ya"})
_READERS: Final = frozenset({"your", "ur", "yo"})


class Leftovers8Rules(Italian5Rules):
    """Person nouns judged, harm wished by others or promised to belongings, pile-ons,
    a game's thing cursed, admiring vocatives, creatures in relative clauses."""

    def probe3_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """A pile-on phrase ending in "hate" ("send her hate") is no noun of feeling: the
        threats8 rule reads the person inside it."""
        if hit.entry.term in _PILE_TERMS:
            return None
        return super().probe3_aim(ctx, hit)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected for the leftovers8 shapes."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        term = entry.term
        category = entry.category
        if category is Cat.THREAT:
            if term in _WISH_TERMS:
                if note == NO_HARM_NOTE or (term in w.WISH_CALLS and not note):
                    return self._leftovers8_wished(ctx, hit)
                if target in _PERSONS and self._leftovers8_wished(ctx, hit)[0] is Kind.OBJECT:
                    return Kind.OBJECT, NO_HARM_NOTE  # "i hope someone beats you at chess"
                return target, note
            if entry.tokens[0] in w.BELONGING_VERBS and not w.BELONGINGS.isdisjoint(entry.tokens):
                if note or target is Kind.REPORTED:
                    return target, note
                if not _promised(ctx, hit) or not w.GAME_PLACES.isdisjoint(ctx.tokens):
                    return Kind.OBJECT, NOT_PROMISED_NOTE  # "you'll break your phone lol"
                return target, note
            return target, note
        if term in _PILE_ALL:
            if _kindly_sent(ctx, hit):
                return Kind.OBJECT, KIND_PILE_NOTE  # "flood his dms with birthday wishes"
            if term not in w.PILE_ON:
                return target, note  # threats8's phrases: read there
            if not note and target in _UNAIMED and NOT_A_PERSON.isdisjoint(ctx.tokens):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "flood her dms", "raid his server"
            return target, note
        if term in w.WOMEN_PLURAL:
            if not note and target in _UNAIMED and _women_present(ctx, hit):
                return Kind.GROUP, ""  # "bitches in this server be annoying", "tutte troie"
            return target, note
        if target is Kind.REPORTED:
            if category in _TOLD_CATS and "tell" in ctx.tokens and _crowd_told(ctx, hit):
                return Kind.THIRD_PERSON, SAID_OF_NOTE  # "go tell her how ugly she is"
            return target, note
        if category not in _JUDGED:
            return target, note
        if target is Kind.SECOND_PERSON:
            if term in w.ADMIRED and not note and _admired(ctx, hit):
                return Kind.OBJECT, PRAISED_NOTE  # "you crazy bastard you actually did it"
            return target, note
        if target is Kind.THIRD_PERSON and note == SAID_OF_NOTE:
            if term in w.CURSED_NOUNS and _game_thing_cursed(ctx, hit):
                return Kind.OBJECT, THING_CURSED_NOTE  # "this boss is a bitch"
            return target, note
        if (
            target in _SUBJECT_READ
            and (not note or note == THING_JUDGED_NOTE)
            and ctx.mentions_any("leftovers8_copulas", rs.COPULAS)
            and self._person_judged(ctx, hit)
        ):
            return Kind.THIRD_PERSON, SAID_OF_NOTE  # "@bob the ref is a joke"
        return target, note

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The final (target, note), with a creature a relative clause houses let go."""
        target, note = super().in_game(ctx, hit, target, note)
        if target is not Kind.THIRD_PERSON or note not in _PERSON_NOTES:
            return target, note
        if hit.entry.tokens[-1] in w.CREATURES and _housed(ctx, hit):
            return Kind.OBJECT, CREATURE_NOTE  # "the monster who lives under my bed"
        if (
            hit.entry.category in _JUDGED
            and ctx.mentions_any("leftovers8_pets", w.PETS)
            and self._pet_named(ctx, hit)
        ):
            return Kind.OBJECT, PET_NOTE  # "mochi is so ugly lol she's my cat"
        return target, note

    def _pet_named(self, ctx: Context, hit: Hit) -> bool:
        """The verdict's sentence opens with a name, and the message calls someone "my
        cat" / "our dog", likening nobody to it ("she looks like my dog")."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if start >= hit.first or not self._discord8_name(tokens[start]):
            return False
        for i in range(1, len(tokens)):
            if tokens[i] in w.PETS and tokens[i - 1] in w.OWNERS:
                before = tokens[max(0, i - 3) : i - 1]
                after = tokens[i + 1 : i + 3]
                if w.LIKENING.isdisjoint(before) and w.LIKENING.isdisjoint(after):
                    return True
        return False

    def _person_object(self, ctx: Context, hit: Hit, target: TargetKind) -> TargetKind:
        """A wish of harm called on the reader keeps the reader (discord8 does the same
        for forum3's calls)."""
        if target is Kind.SECOND_PERSON and hit.entry.term in w.WISH_CALLS:
            return target
        return super()._person_object(ctx, hit, target)

    def _thing_word(self, word: str) -> bool:
        """A person named by a job ("the lifeguard", "the barista") is no thing, even as an
        ordinary word."""
        return not self._leftovers8_person(word) and super()._thing_word(word)

    def _leftovers8_person(self, word: str) -> bool:
        """A noun that names a person: a job, a role, a compound in "-man"/"-guard"."""
        if word in w.PERSON_NOUNS or word in rs.PEOPLE:
            return True
        if word in self._cue_person_noun or word in self._cue_role:
            return True
        return len(word) > 5 and word.endswith(w.PERSON_ENDS) and word not in w.NOT_PERSONS

    def _leftovers8_wished(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str]:
        """Who "hope someone <harm> ..." / "wish someone would <harm> ..." wishes harm on."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if ctx.quoted(hit.first, hit.last) or not w.UNSAID.isdisjoint(tokens[start : hit.first]):
            return Kind.OBJECT, NO_HARM_NOTE
        at = hit.last
        end = ctx.sentence_end(hit.last - 1, SENTENCE_REACH)
        while at < end and tokens[at] in w.FILLERS:
            at += 1  # "hope someone just", "wish someone would finally"
        if at + 1 >= end or tokens[at] not in w.WISHED_HARM:
            return Kind.OBJECT, NO_HARM_NOTE  # "i hope someone helps you"
        victim = _victim(tokens, at + 1, end)
        if victim is Kind.THIRD_PERSON and self._leftovers8_pointed_thing(tokens, at + 1, end):
            return Kind.OBJECT, NO_HARM_NOTE  # "i hope someone kills this boss for me"
        if victim is None:
            return Kind.OBJECT, NO_HARM_NOTE
        return victim, "" if victim is Kind.SECOND_PERSON else SAID_OF_NOTE

    def _leftovers8_pointed_thing(self, tokens: list[str], at: int, end: int) -> bool:
        """ "this"/"that" as the harm's object points at the noun after it, and that noun
        is a game's thing or names no person: "kills this boss", "beats that level";
        "stabs that bitch", "punches this guy" and a bare "that" stay a person."""
        if tokens[at] not in w.POINTING_VICTIMS or at + 1 >= end:
            return False
        noun = tokens[at + 1]
        if noun in w.GAME_THINGS:
            return True
        return not (
            self._leftovers8_person(noun)
            or noun in self._lexicon.hit_words
            or noun in self._cue_name_noun
        )

    def _person_judged(self, ctx: Context, hit: Hit) -> bool:
        """ "<the|this|our> [words] <person noun> <copula> [a|so|...] <verdict>", the
        verdict closing its clause: "the ref is a joke", "l'arbitro è un pagliaccio"."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)
        if not ctx.starts_sentence(start) or tokens[start] not in w.SUBJECT_DETERMINERS:
            return False
        copula = _copula_before(ctx, hit, start)
        if copula <= start + 1 or copula - start > 4:
            return False
        if any(ctx.pause_after(j) for j in range(start, hit.first - 1)):
            return False
        noun = tokens[copula - 1]
        if tokens[copula] in w.PLURAL_COPULAS:
            return False  # "@bob the refs are liars": the group, as the older rules read it
        if not self._leftovers8_person(noun) or (
            noun in w.BOSSES and tokens[copula - 2] in w.GAME_BOSS
        ):
            return False  # "the final boss is a joke": a game's boss
        if not w.MACHINE_PLAYED.isdisjoint(tokens[start + 1 : copula - 1]):
            return False  # "the npc healer is useless": the computer plays it
        last = hit.last
        return ctx.closes_clause(last) or tokens[last] in w.CLOSERS


def _victim(tokens: list[str], at: int, end: int) -> TargetKind | None:
    """The one a harm verb at `at - 1` is done to: "you", "the shit out of you", "your
    legs", "him", "her face"."""
    word = tokens[at]
    if word in w.BEATING_OPENERS and at + 3 < end and tokens[at + 1] in w.BEATING:
        at += 4 if tokens[at + 2] == "out" else 2  # "the shit out of you"
        if at >= end:
            return None
        word = tokens[at]
    if word in _READER:
        following = tokens[at + 1] if at + 1 < end else ""
        if following == "up" and tokens[at - 1] in w.CONTACT_VERBS:
            return None  # "hope someone hits you up": gets in touch
        if following in w.CONTEST_AFTER and not _bodily(tokens, at + 1, end):
            return None  # "beats you at chess", "kicks you from the lobby"
        return Kind.SECOND_PERSON
    if word in _READERS:
        return Kind.SECOND_PERSON if at + 1 < end and tokens[at + 1] in w.BODY else None
    if word in w.VICTIMS:
        following = tokens[at + 1] if at + 1 < end else ""
        if following in w.CONTEST_AFTER and not _bodily(tokens, at + 1, end):
            return None
        return Kind.THIRD_PERSON
    return None


def _bodily(tokens: list[str], at: int, end: int) -> bool:
    """ "in the face", "up", "with a bat": the words after the victim name a beating."""
    if tokens[at] in w.UP:
        return True
    if tokens[at] == "out":  # "knocks you out", not "kicks you out of the lobby"
        return at + 1 >= end or tokens[at + 1] != "of"
    after = tokens[at : min(end, at + 3)]
    if tokens[at] == "with" and not w.WEAPONS.isdisjoint(after):
        return True  # "hits you with a truck": a weapon, no contest
    return not w.BODY.isdisjoint(after)


def _promised(ctx: Context, hit: Hit) -> bool:
    """The writer promises the harm: no other subject between the sentence's start and
    the verb, and a first person or a future marker there ("i'll", "gonna", "watch me")."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, 6)
    before = tokens[start : hit.first]
    if not w.OTHER_SUBJECTS.isdisjoint(before) or not w.UNSAID.isdisjoint(before):
        return False  # "you'll break your phone", "i would never key your car"
    if not w.PROMISERS.isdisjoint(before) or not w.PROMISING.isdisjoint(before):
        return True
    # "gonna", "about to", "going to": "to" alone is any infinitive ("ways to wreck your car")
    return any(
        before[j] in w.PROMISING_TO and before[j + 1] == "to" for j in range(len(before) - 1)
    )


def _crowd_told(ctx: Context, hit: Hit) -> bool:
    """A crowd sent to tell someone the hit: "go tell her ...", "everyone dm him and tell
    him to kys", "someone tell him he's a clown". The order opens the sentence."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    if tokens[start] not in w.CROWD:
        return False
    for i in range(start, hit.first - 1):
        if tokens[i] in w.TELLING and tokens[i + 1] in w.TOLD:
            return True
    return False


def _admired(ctx: Context, hit: Hit) -> bool:
    """ "you <admiring word> <curse>" with a feat praised in the message."""
    tokens = ctx.tokens
    first = hit.first
    if first < 2 or tokens[first - 1] not in w.ADMIRING or tokens[first - 2] not in _READER:
        return False
    if not w.RUINED.isdisjoint(tokens):
        return False
    # The feat follows the curse, is no "what you did", and is done to no person ("you
    # made her cry"): a feat praised, not a harm.
    for j in range(hit.last, len(tokens)):
        if tokens[j] not in w.FEATS or "what" in tokens[max(first, j - 2) : j]:
            continue
        if j + 1 >= len(tokens) or tokens[j + 1] not in w.HARMED:
            return True
    return False


def _game_thing_cursed(ctx: Context, hit: Hit) -> bool:
    """ "<this|that|the final> <game thing> <copula> [a] <curse>": a thing cursed."""
    tokens = ctx.tokens
    start = ctx.sentence_start(hit.first, SENTENCE_REACH)
    copula = _copula_before(ctx, hit, start)
    if copula <= start:
        return False
    noun = tokens[copula - 1]
    if noun not in w.GAME_THINGS:
        return False
    if noun in w.BOSSES:
        return copula - 2 >= start and tokens[copula - 2] in w.GAME_BOSS
    return True


def _women_present(ctx: Context, hit: Hit) -> bool:
    """Women as a group or the girls present: "these"/"all"/"tutte" by the word, or the
    room after it ("in this server", "in vc", "qui"); "my bitches" are the writer's own."""
    tokens = ctx.tokens
    before = tokens[max(0, hit.first - 2) : hit.first]
    if before and (before[-1] in w.OWNERS or before[-1] in w.NONE_OF_THEM):
        return False  # "my bitches", "no bitches here"
    if not w.ALL_OF_THEM.isdisjoint(before) or tokens[hit.last : hit.last + 1] == ["tutte"]:
        return True
    end = ctx.sentence_end(hit.last - 1, 5)
    for i in range(hit.last, end):
        word = tokens[i]
        if word in w.HERE and tokens[i - 1] != "out":
            return True
        if word in w.PRESENT and not w.INTO.isdisjoint(tokens[max(hit.last, i - 2) : i]):
            return True
    return False


def _kindly_sent(ctx: Context, hit: Hit) -> bool:
    """ "with" and a kindness after a pile-on phrase: "spam her dms with love"."""
    after = ctx.tokens[hit.last : hit.last + 4]
    return bool(after) and after[0] == "with" and not w.KINDNESS.isdisjoint(after)


def _copula_before(ctx: Context, hit: Hit, start: int) -> int:
    """The copula of the verdict: the hit's own ("is a joke") or the one before it, with
    only intensifiers and articles between; -1 when there is none."""
    tokens = ctx.tokens
    if hit.entry.tokens[0] in rs.COPULAS:
        return hit.first
    copula = hit.first - 1
    while copula > start and tokens[copula] in rs.BETWEEN:
        copula -= 1
    return copula if copula > start and tokens[copula] in rs.COPULAS else -1


def _housed(ctx: Context, hit: Hit) -> bool:
    """ "<creature> who|that lives|hides under|in <place>": a creature's home."""
    tokens = ctx.tokens
    at = hit.last
    if at + 2 >= len(tokens) or tokens[at] not in w.RELATIVES:
        return False
    if tokens[at + 1] not in w.DWELLING:
        return False
    return not w.HIDEOUTS.isdisjoint(tokens[at + 2 : at + 6])
