"""What the AutoMod feature says: the note a blocked member sees, and the moderators' texts.

The note is shown by Discord itself when it stops a message (at most 150
characters). It follows the nudges' voice: empathy, no blame, no quoting. The
"stopped before sending" label appears in `/kindness stats` and the weekly summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.texts.nudge_texts import DEFAULT_LANGUAGE

CUSTOM_MESSAGES = {
    "en": (
        "Behind every screen is a real person. These words can really hurt: could you "
        "say it another way? \N{YELLOW HEART} #CreateKindness"
    ),
    "it": (
        "Dietro ogni schermo c'è una persona vera. Queste parole possono ferire davvero: "
        "puoi dirlo in un altro modo? \N{YELLOW HEART} #CreateKindness"
    ),
}

STOPPED_LABELS = {
    "en": "Stopped before sending",
    "it": "Fermati prima dell'invio",
}
STOPPED_NOTES = {
    "en": "by Discord's AutoMod, with a kind note",
    "it": "dall'AutoMod di Discord, con un messaggio gentile",
}


def _pick(table: dict[str, str], languages: Sequence[str]) -> str:
    for language in languages:
        if language in table:
            return table[language]
    return table[DEFAULT_LANGUAGE]


def custom_message(languages: Sequence[str]) -> str:
    """The note shown to a member whose message AutoMod stopped (server's first language)."""
    return _pick(CUSTOM_MESSAGES, languages)


def stopped_label(languages: Sequence[str] = (DEFAULT_LANGUAGE,)) -> str:
    """'Stopped before sending', in the server's first language."""
    return _pick(STOPPED_LABELS, languages)


def stopped_note(languages: Sequence[str] = (DEFAULT_LANGUAGE,)) -> str:
    return _pick(STOPPED_NOTES, languages)
