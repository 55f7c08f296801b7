"""Targeting rules from a probe of forum comments (issue 8): profanity at things in
Reddit-style threads, the lines a comment quotes, and name-calls said of people who
are not in the thread.

Profanity that is no attack:
- A line quoted with ">" (Reddit and Discord markdown) holds the other commenter's
  words: "> you're an idiot" answered by "that's not an argument" insults nobody.
- An abstract noun or an illness is a thing, not a person: "fuck cancer", "fuck
  inflation", "Depression is a lying bitch"; "cancer" named as the illness beside a
  group ("black women and breast cancer") attacks nobody.
- A third person's body part is no name-call: "he showed his dick on stream".
- "Roma" after an Italian preposition is the city or its club ("a Roma"; the
  scorer reads the token so, forum_words.roma_as_city).

Name-calls of a person not in the thread (issue 8 counts them), in shapes the
earlier rules did not read: describing words after the article ("Putin is a
murderous cunt"), a swear word made a noun ("Biden is a senile old fuck"), a
person described in the subject ("the dude in the video is an idiot").

The word shapes are in forum_words.py. All run only on hits and look at a few
tokens around them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.forum_words import (
    ILLNESSES,
    INDEFINITE,
    PROFANE_NOUNS,
    in_quoted_line,
    is_abstract,
    named_illness,
)
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import (
    BEFORE,
    NAMED_NOTE,
    SENTENCE_REACH,
    WIDENED,
    Context,
    Hit,
)
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_olid3 import Olid3Rules
from bot.core.scoring.verdict import TargetKind

# Never a curse at a thing: "kill yourself depression" still urges harm.
_NEVER_CURSED: Final = frozenset(
    {Cat.THREAT, Cat.SELF_HARM, Cat.IDENTITY_ATTACK, Cat.SEXUAL_HARASSMENT}
)
BODY_PART_NOTE: Final = "about a body part"  # cancels the hit, like "negated"
ILLNESS_NOTE: Final = "about an illness"  # and this
# Whose a body part is: "his dick", "their pussy", with up to _OWNED_REACH describing
# words between ("her crusty, cobweb-filled pussy"). Only another person's: "my cock"
# and "your pussy" said to the reader are sexual harassment.
_OWNERS: Final = frozenset({"his", "her", "their"})
_OWNED_REACH: Final = 3
# After a name-call said of a subject, what may go on to say more of that person:
# "a clueless dipshit who should be fired", "a manchild with a god complex".
_CLAUSE_GOES_ON: Final = frozenset({"who", "that", "with", "chi", "che", "con"})
_SUBJECT_REACH: Final = 3  # words of a subject before its copula: "her ex", "the ref"
# People an advice thread is about, beyond the cue lists: "your husband is a ...".
# fmt: off
_KIN: Final = frozenset({
    "ex", "boyfriend", "girlfriend", "husband", "bf", "gf", "brother", "son", "daughter",
    "uncle", "aunt", "cousin", "boss", "manager", "coworker", "roommate", "landlord",
    "neighbor", "neighbour", "teacher", "ref", "referee", "coach", "mil", "fil", "op",
})
# fmt: on
# What sets a person apart in a subject: "the dude in the video", "the guy on the left".
# A clause opening after an exclaimed "fuck me": a subject, then a copula.
_CLAUSE_SUBJECTS: Final = frozenset(
    {"you", "u", "that", "this", "it", "i", "he", "she", "they", "we"}
)
_FUSED_SUBJECTS: Final = frozenset({"thats", "youre", "ur", "im", "its", "theyre", "hes", "shes"})
_JOINING: Final = frozenset({"and", "but", "so", "because", "cause", "cuz", "while"})
# fmt: off
_PLACING: Final = frozenset({
    "in", "on", "at", "from", "with", "behind",
    "nel", "nella", "nei", "sul", "sulla", "con", "dal", "dalla", "al", "alla",
})
# fmt: on
_INDEFINITE: Final[frozenset[str]] = INDEFINITE  # "is a ...", "è un ..."
_DETAIL_REACH: Final = 4  # words of that detail: "defending the cop", "in the red shirt"


class ForumRules(Olid3Rules):
    """Where a forum comment quotes the one it answers, or curses a thing."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # The one-word hits the rules below read: one set test spares every other hit.
        self._forum_words = lexicon.cues["genital"] | ILLNESSES | PROFANE_NOUNS

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), corrected where a rule here applies."""
        target, note = super().reread(ctx, hit, target, note)
        if target is Kind.REPORTED:
            return target, note
        folded = ctx.folded
        if (">" in folded or "&gt;" in folded) and in_quoted_line(ctx, hit):
            return Kind.REPORTED, ""  # "> you're an idiot\n\nthat's no argument"
        words = hit.entry.tokens
        if len(words) == 2:
            if target is Kind.IMPERATIVE and self._exclaimed_self(ctx, hit):
                return Kind.OBJECT, note  # "fuck me you are a lifesaver"
            return target, note
        if len(words) != 1:
            return target, note
        if target is not Kind.OBJECT and self._cursed_hard_time(ctx, hit):
            return Kind.OBJECT, note  # "fuck cancer", "screw you cancer"
        if words[0] not in self._forum_words:
            return target, note  # most hits: none of the words below
        if self._body_part(ctx, hit):
            return Kind.OBJECT, BODY_PART_NOTE  # "he showed his dick on stream"
        if target in WIDENED and named_illness(ctx, hit):
            return Kind.OBJECT, ILLNESS_NOTE  # "women and cervical cancer"
        if target in WIDENED and self._profane_name_said_of(ctx, hit):
            return Kind.THIRD_PERSON, NAMED_NOTE  # "Biden is a senile old fuck"
        return target, note

    def _profane_name_said_of(self, ctx: Context, hit: Hit) -> bool:
        """A swear word made a noun for a person and said of one: "he is a little shit",
        "Biden is a senile old fuck", "her ex is a creepy fuck". One or two describing
        words after the article make it a name ("a shit show", "give a fuck" are not),
        and the subject is a pronoun, a person noun or a name."""
        words = hit.entry.tokens
        if len(words) != 1 or words[0] not in PROFANE_NOUNS:
            return False
        if not self._ends_clause(ctx, hit) and ctx.tokens[hit.last] not in _CLAUSE_GOES_ON:
            return False
        tokens = ctx.tokens
        i = hit.first - 1
        described = 0
        while i >= 0 and described < 2 and self._describes(ctx, i) and tokens[i] not in ("a", "an"):
            described, i = described + 1, i - 1
        if not described or i < 1 or tokens[i] not in ("a", "an"):
            return False
        copula = i - 1
        if tokens[copula] not in self._cue_third_copula:
            return False
        start = ctx.sentence_start(copula, _SUBJECT_REACH)
        return (
            start < copula and ctx.starts_sentence(start) and self._a_person(tokens[start:copula])
        )

    def _a_person(self, subject: list[str]) -> bool:
        """A subject that names one person: "he", "the ref", "her ex", "Biden"."""
        head = subject[-1]
        if (
            head in self._cue_singular_pronoun
            or head in self._cue_person_noun
            or head in self._cue_role
        ):
            return True
        if head in self._cue_family or head in _KIN:
            return True
        return (
            len(subject) == 1
            and head.isalpha()
            and head not in self._lexicon.rule_words
            and not self._is_thing(head)
        )

    def _exclaimed_self(self, ctx: Context, hit: Hit) -> bool:
        """ "fuck me" said as an exclamation, a clause of its own after it: "fuck me you
        are a lifesaver", "fuck me that's big", "fuck me im tired". A pause after it is
        read so already; "fuck me daddy" and "fuck me you slut" stay orders."""
        words = hit.entry.tokens
        if len(words) != 2 or words[1] not in self._cue_self or words[0] not in self._cue_curse:
            return False
        following = ctx.tokens[hit.last : hit.last + 2]
        if not following:
            return False
        if following[0] in _CLAUSE_SUBJECTS:
            return following[1:2] != [] and following[1] in self._cue_copula
        return following[0] in _FUSED_SUBJECTS  # "thats", "im", "youre"

    def _body_part(self, ctx: Context, hit: Hit) -> bool:
        """A genital word owned by a third person is a body part, not a name-call: "he
        showed his dick on stream", "her crusty pussy". "you are a dick", "my cock your
        face" and "suck my dick" (a phrase of its own) keep theirs."""
        words = hit.entry.tokens
        if (
            len(words) != 1
            or words[0] not in self._cue_genital
            or hit.entry.category is Cat.SEXUAL_HARASSMENT
            or ctx.mentioned  # "@sue ... lick her pussy": her body, talked of to her face
        ):
            return False
        tokens = ctx.tokens
        for i in range(hit.first - 1, max(-1, hit.first - 2 - _OWNED_REACH), -1):
            if tokens[i] in _OWNERS:
                return True
            if not tokens[i].isalpha() or tokens[i] in self._cue_function:
                return False
        return False

    def _cursed_hard_time(self, ctx: Context, hit: Hit) -> bool:
        """A one-word hit that names a thing ("cancer" is also a name-call), right after
        a curse: "fuck cancer", "screw cancer", "fuck you cancer"."""
        if not ctx.mentions_any("forum_curse", self._cue_curse):
            return False  # once per message: no curse anywhere
        before = ctx.tokens[max(0, hit.first - 2) : hit.first]
        if before[-1:] and before[-1] in self._cue_second_person:
            before = before[:-1]  # "fuck you cancer"
        if not before or before[-1] not in self._cue_curse:
            return False  # most hits: no curse right before
        word = hit.entry.tokens[0]
        return word in self._cue_thing or is_abstract(word)

    def _cursed_thing(self, ctx: Context, hit: Hit) -> bool:
        """Also an abstract noun after the curse's "you" or order: "fuck you inflation",
        "vaffanculo depressione"."""
        if super()._cursed_thing(ctx, hit):
            return True
        tokens, named = ctx.tokens, hit.last
        if named >= len(tokens) or not is_abstract(tokens[named]):
            return False
        entry = hit.entry
        return (
            entry.category not in _NEVER_CURSED
            and (
                entry.aim is Kind.IMPERATIVE or not self._cue_second_person.isdisjoint(entry.tokens)
            )
            and not ctx.stop_after(hit.last - 1)
            and (named == len(tokens) - 1 or ctx.pause_after(named))
        )

    def _is_thing(self, word: str) -> bool:
        """Also an abstract noun: "fuck inflation" curses no player."""
        return super()._is_thing(word) or is_abstract(word)

    def _named_subject(self, ctx: Context, hit: Hit) -> bool:
        """Also past describing words after the article ("Putin is a murderous cunt",
        "Kotick is a greedy piece of shit") or a person described in the subject ("the
        dude in the video is an idiot", "the lady filming is a cunt"); not when the
        subject is an abstract noun ("Depression is a lying bitch")."""
        copulas = self._cue_third_copula
        if super()._named_subject(ctx, hit):
            start = ctx.sentence_start(hit.first, BEFORE)
            words = ctx.tokens[start : hit.first]
            at = next((i for i, word in enumerate(words) if word in copulas), -1)
            return not (at >= 1 and is_abstract(words[at - 1], plural=False))
        entry = hit.entry
        if entry.category is not Cat.INSULT or not self._cue_descriptive.isdisjoint(entry.tokens):
            return False  # a judging word may judge a thing: "Twitter is a stupid platform"
        start = ctx.sentence_start(hit.first, SENTENCE_REACH)  # "the guy defending the cop is"
        words = ctx.tokens[start : hit.first]
        at = next((i for i, word in enumerate(words) if word in copulas), -1)
        return (
            at >= 1
            and not is_abstract(words[at - 1], plural=False)
            and self._described_name_call(ctx, hit, start, at)
        )

    def _described_name_call(self, ctx: Context, hit: Hit, start: int, at: int) -> bool:
        """ "<subject> is a [one or two describing words] <name-call>", the subject a
        name, a role or a person noun (as `_named_subject` reads them) or a person noun
        described ("the dude in the video", "the guy defending the cop"), the name-call
        closing its clause."""
        if self._attributive_at(ctx, hit):
            return False
        if not self._ends_clause(ctx, hit) and ctx.tokens[hit.last] not in _CLAUSE_GOES_ON:
            return False  # "Twitter is a shitty idiot magnet": the word describes a thing
        tokens = ctx.tokens
        rest = tokens[start + at + 1 : hit.first]
        subject = tokens[start : start + at]
        if not ctx.starts_sentence(start):
            # "... and the guy defending the cop is a moron": a clause of its own
            joins = [k for k, word in enumerate(subject) if word in _JOINING]
            if not joins or len(subject) - joins[-1] - 1 <= 2:
                return False
            subject = subject[joins[-1] + 1 :]
        if not rest or rest[0] not in _INDEFINITE or len(rest) > 3:
            return False
        bridge = self._cue_bridge
        between = range(start + at + 2, hit.first)  # "a murderous", "an absolute", "a fucking"
        if not all(tokens[j] in bridge or self._describes(ctx, j) for j in between):
            return False
        if len(subject) > 2:  # "the dude in the video is an idiot"
            return self._described_person(subject)
        if all(tokens[j] in bridge for j in between):
            return False  # a plain "X is a <name-call>" is `_named_subject`'s to read
        return self._names_a_person(subject)

    def _described_person(self, subject: list[str]) -> bool:
        """A determiner, a person noun, then what sets that person apart: a place
        ("the dude in the video") or what they do ("the lady filming", "the guy
        defending the cop"), a few words at most."""
        if (
            subject[0] not in self._cue_role_determiner
            and subject[0] not in self._cue_demonstrative
        ):
            return False
        noun, detail = subject[1], subject[2:]
        if not (noun in self._cue_person_noun or noun in self._cue_role or noun in _KIN):
            return False
        return len(detail) <= _DETAIL_REACH and (
            detail[0] in _PLACING or (detail[0].endswith("ing") and len(detail[0]) > 4)
        )
