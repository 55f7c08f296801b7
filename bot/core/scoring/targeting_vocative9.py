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
    }
)
_OPENERS: Final = frozenset(first for first, _ in MOCK_PRAISE)
_REACH: Final = 14  # words from the opening to the name-call
_UNAIMED: Final = frozenset({Kind.NONE, Kind.OBJECT})


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
        return target, note

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
