"""Chat's "u" twins of the insult phrases that name the reader ("fk u", "whats wrong
with u", "u guys suck"), issue 8, branch gamechat6.

lexicon_textspeak gives every spelling ("ur", "ya", "yo") to exclusion and self-harm
phrases only, because an insult with "ur" or "ya" is as often about a thing or a song
line ("cut ur crap", "fuck yo bitch"). The single letter "u" stands only for the
reader, so an insult phrase naming "you" also gets its "u" spellings ("you are" as
"u r" / "u are"); compiled like any phrase, so nothing costs more at scoring time.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.lexicon_textspeak import Spellings, spelling_twins
from bot.core.scoring.verdict import Category

# Word runs and their "u" spellings, longest run first.
_SPELLINGS: Spellings = (
    (("you", "are"), (("u", "r"), ("u", "are"))),
    (("you",), (("u",),)),
)
_MAX_TWINS = 4  # a phrase names the reader once or twice


def insult_u_twins(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """The "u" twins of the insult phrases among `entries` that name "you", not already entries."""
    return spelling_twins(
        entries,
        lambda tokens, entry: entry.category is Category.INSULT and "you" in tokens,
        _SPELLINGS,
        _MAX_TWINS,
    )
