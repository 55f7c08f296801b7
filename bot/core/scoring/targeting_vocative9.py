"""Targeting rule of the ninth session's lead round (issue 8): a name-call closing a
line of mock praise is said to the reader.

Game chat thanks or praises a teammate for a blunder and ends with what it thinks of
them: "thanks for losing us the round moron", "way to throw the game idiot", "gj
losing the fight noob". Read word by word, the name-call sits after a thing ("the round
moron"), so the earlier rules found nobody in it; the mock-praise opening ("thanks
for", "way to", "good job") is what addresses it, as a comma would. Only nouns that
name a person (the `name_noun` cues) count, only as the last word (laughter may
follow), and only in the sentence the opening starts: "thanks for the help, the
village idiot is back" is not this shape, and "i lost the game idiot that i am" ends
otherwise. A determiner before the noun makes it the object ("thanks for carrying
this noob", "thank you for helping a noob like me").

review10 added the Italian openings ("grazie per aver perso la partita coglione") and
two readings of the writer speaking of themself that older rules aimed at the reader:
thanks for help given to "this noob" ("thanks for carrying this noob") and "what a fool"
closing a line about the writer's own mishap ("i forgot my keys again, what a fool").
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_chat9 import Chat9Rules
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

# The mock-praise openings, by their first word and the word after it ("" for none).
MOCK_PRAISE: Final = frozenset(
    {
        ("thanks", "for"),
        ("thank", "you"),
        ("thx", "for"),
        ("ty", "for"),
        ("way", "to"),
        ("good", "job"),
        ("nice", "job"),
        ("great", "job"),
        ("good", "work"),
        ("nice", "work"),
        ("great", "work"),
        ("well", "done"),
        ("nice", "going"),
        ("gj", ""),
        # review10: the Italian openings ("grazie per aver perso la partita coglione")
        ("grazie", "per"),
        ("complimenti", "per"),
        ("bel", "lavoro"),
        ("ottimo", "lavoro"),
    }
)
_OPENERS: Final = frozenset(first for first, _ in MOCK_PRAISE)
_REACH: Final = 14  # words from the opening to the name-call
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})
HUMBLE_NOTE: Final = "the writer calling themself, thanking for help"
SELF_TALK_NOTE: Final = "an exclamation at the writer's own blunder"
# review10: thanks for help given to "this noob" is the writer's own humility ("thanks for
# carrying this noob", "ty for helping this noob out").
_THANKS: Final = frozenset({"thanks", "thank", "thx", "ty", "tysm", "tyvm", "grazie"})
_HELPING: Final = frozenset({
    "carrying", "carry", "helping", "help", "teaching", "saving", "reviving", "healing",
    "boosting", "coaching", "covering", "guiding", "babysitting", "protecting", "rezzing",
    "mentoring", "training", "tolerating", "supporting", "backing", "aiutare", "portare",
})  # fmt: skip
_HUMBLE_TAIL: Final = frozenset({"out", "up", "again", "today", "tonight", "around"})
_THANKS_REACH: Final = 4  # "thanks so much for": from the thanks to its "for"
# review10: "i forgot my keys again, what a fool": "what a <name-call>" closing a line
# whose words before it name the writer and nobody else is said of the writer.
_EXCLAIMED_ARTICLES: Final = frozenset({"a", "an"})
_WRITER_WORDS: Final = frozenset({"i", "im", "my", "me", "myself", "ive", "id", "mine"})
_OTHERS: Final = frozenset({
    "you", "u", "ur", "your", "ya", "yall", "yours", "youre", "yourself", "we", "our", "us",
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "hes", "shes",
})  # fmt: skip
_THING_DETERMINERS: Final = frozenset({"my", "the", "a", "an", "this", "that", "mine"})
# The writer's mishap the exclamation is about: a name no list knows could still be a
# friend's ("i met sarah today, what a loser"), so the words before must tell a blunder.
_MISHAPS: Final = frozenset({
    "forgot", "forget", "missed", "lost", "left", "dropped", "broke", "locked", "burned",
    "burnt", "spilled", "deleted", "overslept", "tripped", "fell", "messed", "screwed",
    "failed", "misread", "misclicked", "misplaced", "wasted", "ruined", "crashed", "slept",
})  # fmt: skip
_KIN: Final = frozenset({
    "brother", "bro", "sister", "sis", "son", "daughter", "husband", "wife", "boyfriend",
    "girlfriend", "bf", "gf", "friend", "friends", "roommate", "boss", "neighbor",
    "neighbour", "cousin", "uncle", "aunt", "grandma", "grandpa", "partner", "coworker",
    "teacher", "kid", "kids", "mom", "dad", "mum", "parents",
})  # fmt: skip


class Vocative9Rules(Chat9Rules):
    """A person noun closing a mock-praise line, read as said to the reader."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, unless they found nobody in this shape."""
        target, note = super().reread(ctx, hit, target, note)
        if (
            target in _UNAIMED
            and not note
            and hit.last - hit.first == 1
            and hit.entry.category is Cat.INSULT
            and ctx.tokens[hit.first] in self._cue_name_noun
            and self._closes_mock_praise(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""
        if (
            hit.last - hit.first == 1
            and hit.first >= 2
            and hit.entry.category is Cat.INSULT
            and not (note and target in _UNAIMED)
        ):
            if ctx.tokens[hit.first - 1] == "this" and self._thanked_for_help(ctx, hit):
                return Kind.SELF, HUMBLE_NOTE  # "thanks for carrying this noob"
            if ctx.tokens[hit.first - 1] in _EXCLAIMED_ARTICLES and self._own_blunder(ctx, hit):
                return Kind.SELF, SELF_TALK_NOTE  # "i forgot my keys again, what a fool"
        return target, note

    def _thanked_for_help(self, ctx: Context, hit: Hit) -> bool:
        """review10: "thanks for carrying this noob": thanks, "for", a verb of help, "this"
        and the name-call, nothing after it but "out", "again" or laughter."""
        tokens = ctx.tokens
        if tokens[hit.first] not in self._cue_name_noun:
            return False
        rest = [word for word in tokens[hit.last :] if word not in _HUMBLE_TAIL]
        if not self._cue_laugh.issuperset(rest) or hit.first < 4:
            return False
        if tokens[hit.first - 2] not in _HELPING or tokens[hit.first - 3] not in ("for", "per"):
            return False
        start = max(ctx.sentence_start(hit.first, _REACH), hit.first - 3 - _THANKS_REACH)
        return not _THANKS.isdisjoint(tokens[start : hit.first - 3])

    def _own_blunder(self, ctx: Context, hit: Hit) -> bool:
        """review10: "what a fool" closing a line whose earlier words tell the writer's
        mishap ("i", "my", "forgot") and name no one else: no reader, pronoun, kin,
        person noun or name."""
        tokens = ctx.tokens
        at = hit.first - 2
        if tokens[at] != "what" or at <= ctx.lead:
            return False
        if not self._cue_laugh.issuperset(tokens[hit.last :]):
            return False
        before = tokens[ctx.lead : at]
        if _WRITER_WORDS.isdisjoint(before) or not _OTHERS.isdisjoint(before):
            return False
        if _MISHAPS.isdisjoint(before) or not _KIN.isdisjoint(before):
            return False
        return not any(self._someone_else(before, i) for i in range(len(before)))

    def _someone_else(self, words: list[str], i: int) -> bool:
        """Does words[i] name a person other than the writer? A name no list knows after
        "my"/"the" is a thing ("my keys", "the stove"); a person noun, a role or kin is
        someone ("my teammate", "my brother")."""
        word = words[i]
        if word in _WRITER_WORDS:
            return False
        if word in self._cue_family or word in self._cue_person_noun or word in self._cue_role:
            return True
        if not self._player9(word):
            return False
        return i == 0 or words[i - 1] not in _THING_DETERMINERS

    def _closes_mock_praise(self, ctx: Context, hit: Hit) -> bool:
        """The hit is the line's last word (laughter aside) and its sentence opens with
        mock praise, no pause between."""
        tokens = ctx.tokens
        if not self._cue_laugh.issuperset(tokens[hit.last :]):
            return False
        before = tokens[hit.first - 1] if hit.first > 0 else ""
        if (
            before in self._cue_article
            or before in self._cue_demonstrative
            or before in self._cue_possessive
        ):
            return False  # "thanks for carrying this noob": the noun is the object
        start = ctx.sentence_start(hit.first, _REACH)
        if start >= hit.first - 1 or tokens[start] not in _OPENERS:
            return False
        second = tokens[start + 1]
        if (tokens[start], second) not in MOCK_PRAISE and (tokens[start], "") not in MOCK_PRAISE:
            return False
        return not any(ctx.pause_after(i) for i in range(start, hit.first))
