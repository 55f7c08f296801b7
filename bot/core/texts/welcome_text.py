"""The message a server reads once, when the bot is added: what it does, how to start.

Warm and short, in the server's first language; it names no one and asks for
nothing but a moderator's `/kindness setup`.
"""

from __future__ import annotations

from collections.abc import Sequence

WELCOME = {
    "en": (
        "Hi everyone! I'm a #CreateKindness bot: when a message reads as hostile toward "
        "someone, I reply with a short, friendly nudge and point to the safety tools "
        "(block, mute, report). I never store what anyone writes, only counts.\n"
        "Moderators: start with `/kindness setup` to check my permissions and choose "
        "where alerts and the weekly summary go. Everyone: try `/kindcheck` on a draft, "
        "or `/safety` for the safety tools.\n"
        "To remove me: Server Settings → Integrations → this bot → Remove."
    ),
    "it": (
        "Ciao a tutti! Sono un bot #CreateKindness: quando un messaggio suona ostile verso "
        "qualcuno, rispondo con un breve invito gentile e ricordo gli strumenti di "
        "sicurezza (blocca, silenzia, segnala). Non salvo mai quello che scrivete, solo "
        "dei conteggi.\n"
        "Moderatori: iniziate con `/kindness setup` per controllare i miei permessi e "
        "scegliere dove mandare gli avvisi e il riepilogo settimanale. Tutti: provate "
        "`/kindcheck` su una bozza, o `/safety` per gli strumenti di sicurezza.\n"
        "Per rimuovermi: Impostazioni server → Integrazioni → questo bot → Rimuovi."
    ),
}


def welcome_text(languages: Sequence[str] = ("en",)) -> str:
    """The welcome in the server's first language that has one (English otherwise)."""
    for language in languages:
        if language in WELCOME:
            return WELCOME[language]
    return WELCOME["en"]
