"""Everything the bot says to members, per language, in one reviewable place.

Nudge texts follow the evidence (Hangartner et al., PNAS 2021): empathy, never
warnings or jokes; they never quote the flagged words back. Several texts per
language rotate so regulars do not see the same line every time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.scoring.verdict import Category, Verdict
from bot.core.texts.escape import escape_name

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Texts:
    """The strings of one language."""

    nudges: tuple[str, ...]
    target_note: str
    dm_intro: str  # "{guild}" and "{jump_url}" are filled in
    why_label: str
    not_meant_label: str
    safety_label: str
    why_title: str
    why_no_message: str
    why_tips: str
    rules_line: str  # "{rules}" is a channel mention
    not_meant_thanks: str
    not_meant_already: str
    author_only: str
    safety_tools: str
    category_names: dict[Category, str]


EN = Texts(
    nudges=(
        "Hey, behind every screen is a real person with real feelings. Could you say that "
        "the way you'd like to hear it yourself? #CreateKindness",
        "Words can land harder than we mean them to. Want to take a breath and try that "
        "again, kindly? #CreateKindness",
        "We all get heated sometimes. A kinder way to say it keeps the conversation going. "
        "\N{YELLOW HEART} #CreateKindness",
        "The person reading this is human too. How about rewording it so it helps rather "
        "than hurts? #CreateKindness",
        "Strong feelings are okay; hurting each other isn't what this place is for. Mind "
        "giving that another go? #CreateKindness",
    ),
    target_note="If this was aimed at you: the Safety tools button is here for you too.",
    dm_intro="About your message in {guild} ({jump_url}):",
    why_label="Why am I seeing this?",
    not_meant_label="Not what I meant",
    safety_label="Safety tools",
    why_title="Your message looked hostile to the kindness bot.",
    why_no_message="The message is no longer there, so there is nothing left to explain. "
    "Thanks for looking!",
    why_tips=(
        "Tips to rephrase:\n"
        "- Talk about the idea or the behaviour, not the person.\n"
        '- Say how it made you feel ("I\'m frustrated because...").\n'
        "- Leave out names and labels; ask a question instead.\n"
        "You can check a draft privately with /kindcheck before posting."
    ),
    rules_line="This server's rules: {rules}",
    not_meant_thanks="Thanks for telling us! This is counted as a false alarm so the "
    "moderators can tune the bot. Sorry for the interruption. \N{YELLOW HEART}",
    not_meant_already="Thanks, your feedback on this message was already counted.",
    author_only="Only the person who wrote the message can use this button. "
    "Safety tools are there for everyone.",
    safety_tools=(
        "Safety tools, for anyone who needs them:\n"
        "- **Block**: click the person's name → Block. You won't see their messages.\n"
        "- **Mute** a channel or the server: right-click it → Mute.\n"
        "- **Report to Discord**: hover the message → ⋯ (More) → Report Message.\n"
        "- **Report to this server's moderators**: right-click the message → Apps → "
        "Report to moderators. Only the moderators see your report.\n"
        "Nobody has to put up with being treated badly. \N{YELLOW HEART}"
    ),
    category_names={
        Category.INSULT: "insult",
        Category.PROFANITY: "profanity aimed at someone",
        Category.THREAT: "threat",
        Category.SELF_HARM: "encouraging self-harm",
        Category.EXCLUSION: "exclusion or harassment",
        Category.IDENTITY_ATTACK: "attack on someone's identity",
        Category.BODY_SHAMING: "body shaming",
        Category.SEXUAL_HARASSMENT: "sexual harassment",
    },
)

IT = Texts(
    nudges=(
        "Ehi, dietro ogni schermo c'è una persona vera, con sentimenti veri. Potresti dirlo "
        "come vorresti sentirtelo dire? #CreateKindness",
        "Le parole possono pesare più di quanto vogliamo. Ti va di fare un respiro e "
        "riprovare, con gentilezza? #CreateKindness",
        "Capita a tutti di scaldarsi. Dirlo in modo più gentile aiuta la conversazione ad "
        "andare avanti. \N{YELLOW HEART} #CreateKindness",
        "Chi legge è una persona come te. Che ne dici di riformularlo perché aiuti invece "
        "di ferire? #CreateKindness",
        "Le emozioni forti vanno bene; ferirsi a vicenda non è lo scopo di questo posto. "
        "Ci riprovi? #CreateKindness",
    ),
    target_note="Se era rivolto a te: il pulsante Strumenti di sicurezza è anche per te.",
    dm_intro="Sul tuo messaggio in {guild} ({jump_url}):",
    why_label="Perché vedo questo?",
    not_meant_label="Non intendevo questo",
    safety_label="Strumenti di sicurezza",
    why_title="Il tuo messaggio è sembrato ostile al bot della gentilezza.",
    why_no_message="Il messaggio non c'è più, quindi non resta nulla da spiegare. "
    "Grazie per aver controllato!",
    why_tips=(
        "Consigli per riformulare:\n"
        "- Parla dell'idea o del comportamento, non della persona.\n"
        '- Di\' come ti ha fatto sentire ("Sono frustrato perché...").\n'
        "- Lascia fuori nomi ed etichette; fai una domanda.\n"
        "Puoi controllare una bozza in privato con /kindcheck prima di pubblicarla."
    ),
    rules_line="Le regole di questo server: {rules}",
    not_meant_thanks="Grazie per avercelo detto! Lo contiamo come falso allarme così i "
    "moderatori possono regolare il bot. Scusa l'interruzione. \N{YELLOW HEART}",
    not_meant_already="Grazie, il tuo riscontro su questo messaggio è già stato contato.",
    author_only="Solo chi ha scritto il messaggio può usare questo pulsante. "
    "Gli strumenti di sicurezza sono per tutti.",
    safety_tools=(
        "Strumenti di sicurezza, per chi ne ha bisogno:\n"
        "- **Blocca**: clicca sul nome della persona → Blocca. Non vedrai i suoi messaggi.\n"
        "- **Silenzia** un canale o il server: clic destro → Silenzia.\n"
        "- **Segnala a Discord**: passa sul messaggio → ⋯ (Altro) → Segnala messaggio.\n"
        "- **Segnala ai moderatori di questo server**: clic destro sul messaggio → App → "
        "Report to moderators. Solo i moderatori vedono la segnalazione.\n"
        "Nessuno deve sopportare di essere trattato male. \N{YELLOW HEART}"
    ),
    category_names={
        Category.INSULT: "insulto",
        Category.PROFANITY: "volgarità rivolta a qualcuno",
        Category.THREAT: "minaccia",
        Category.SELF_HARM: "incitamento all'autolesionismo",
        Category.EXCLUSION: "esclusione o molestia",
        Category.IDENTITY_ATTACK: "attacco all'identità",
        Category.BODY_SHAMING: "body shaming",
        Category.SEXUAL_HARASSMENT: "molestia sessuale",
    },
)

TEXTS: dict[str, Texts] = {"en": EN, "it": IT}


def texts_for(languages: Sequence[str]) -> Texts:
    """The texts of the server's first supported language (English otherwise)."""
    for language in languages:
        if language in TEXTS:
            return TEXTS[language]
    return TEXTS[DEFAULT_LANGUAGE]


def nudge_text(languages: Iterable[str], rotation: int, *, target_mentioned: bool) -> str:
    """One of several empathy-framed texts, picked by rotation; never quotes the message."""
    texts = texts_for(tuple(languages))
    text = texts.nudges[rotation % len(texts.nudges)]
    if target_mentioned:
        text = f"{text}\n-# {texts.target_note}"
    return text


def dm_nudge_text(
    languages: Iterable[str], rotation: int, *, guild_name: str, jump_url: str
) -> str:
    """The nudge as a DM: which message (a link, never its words), then the nudge.

    No note for the target: only the author reads a DM. The server's name is its
    owner's choice, so it is escaped (no markdown, no masked link, no mention).
    """
    langs = tuple(languages)
    intro = texts_for(langs).dm_intro.format(guild=escape_name(guild_name), jump_url=jump_url)
    return f"{intro}\n{nudge_text(langs, rotation, target_mentioned=False)}"


def why_text(
    languages: Iterable[str], verdict: Verdict | None, *, rules_channel_id: int | None
) -> str:
    """The private answer to "Why am I seeing this?": categories, explanation, tips, rules.

    `verdict` is None when the flagged message is gone (deleted) or no longer hostile.
    """
    texts = texts_for(tuple(languages))
    rules = (
        "\n" + texts.rules_line.format(rules=f"<#{rules_channel_id}>") if rules_channel_id else ""
    )
    if verdict is None:
        return texts.why_no_message + rules
    names = ", ".join(texts.category_names.get(c, c.label) for c in verdict.categories)
    return f"{texts.why_title}\n**{names}**: {verdict.explanation}\n\n{texts.why_tips}{rules}"


def safety_text(languages: Iterable[str], *, rules_channel_id: int | None) -> str:
    """The private "Safety tools" answer, for anyone who presses it."""
    texts = texts_for(tuple(languages))
    if rules_channel_id:
        return texts.safety_tools + "\n" + texts.rules_line.format(rules=f"<#{rules_channel_id}>")
    return texts.safety_tools
