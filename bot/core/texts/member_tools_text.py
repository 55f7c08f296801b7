"""What members read from `/kindcheck`, "Check my tone" and "Report to moderators".

Pure: verdict in, text out, in the server's first supported language (English
otherwise), like the nudges. The kindcheck answer is private and kind: it names
the kind of hostility and offers a concrete way to rephrase, and it never repeats
the member's words back. A message aimed at someone but under the server's
threshold is called what it is, aimed but mild, not "aimed at no one".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.scoring.verdict import Category, TargetKind, Verdict
from bot.core.texts.nudge_texts import texts_for

HEART = "\N{YELLOW HEART}"
CHECK = "\N{WHITE HEAVY CHECK MARK}"


@dataclass(frozen=True, slots=True)
class MemberToolTexts:
    """The strings of one language."""

    looks_kind: str
    looks_okay: str
    hurtful: str  # "{kinds}" and "{target}" are filled in
    aimed_mild: str  # the same, for an aimed message under the threshold
    rephrase_title: str
    default_tip: str
    private_note: str
    someone: str
    report_thanks: str
    targets: Mapping[TargetKind, str]
    tips: Mapping[Category, str]


EN = MemberToolTexts(
    looks_kind=f"{CHECK} **Looks kind to me.** Thanks for checking before posting. {HEART} "
    "#CreateKindness",
    looks_okay=f"{CHECK} **Looks okay.** There are some strong words, but it does not read "
    "as aimed at anyone. Thanks for checking! #CreateKindness",
    hurtful=f"{HEART} **This might land as hurtful.**\nIt reads as **{{kinds}}** aimed at "
    "{target}. Behind every account is a real person who deserves kindness and respect.",
    aimed_mild=f"{HEART} **Aimed, but mild.** It reads as **{{kinds}}** aimed at {{target}}, "
    "though mild: under this server's line, so I would not step in. It could still sting; "
    "a real person reads it.",
    rephrase_title="**Ideas to rephrase:**",
    default_tip="Say what you think of the idea, not of the person.",
    private_note="-# Only you can see this. Nothing you typed was stored.",
    someone="someone",
    report_thanks=f"{HEART} **Thank you for telling the moderators.** Your report was sent "
    "privately; the author is not told who reported it.",
    targets={
        TargetKind.SECOND_PERSON: "the person you are talking to",
        TargetKind.MENTION: "the person you mention",
        TargetKind.REPLY: "the person you are replying to",
        TargetKind.IMPERATIVE: "the person reading it",
        TargetKind.GROUP: "a group of people",
        TargetKind.THIRD_PERSON: "someone you talk about",
    },
    tips={
        Category.INSULT: "Talk about the idea or what happened, not about the person: "
        '"I see this differently, because…"',
        Category.PROFANITY: "Strong words aimed at someone hit harder than you mean. "
        "Try making the same point without them.",
        Category.THREAT: "Even as a joke this can read as a threat. Say how you feel instead: "
        '"That really frustrated me."',
        Category.SELF_HARM: "Words like these can hurt someone who is already struggling. "
        "If you are upset, say so directly; please leave this out.",
        Category.EXCLUSION: "Telling someone they don't belong ends the conversation. "
        'Try "I\'d rather we did it differently" instead.',
        Category.IDENTITY_ATTACK: "This goes after who someone is. "
        "Focus on the action or idea you disagree with.",
        Category.BODY_SHAMING: "Comments on someone's body rarely help. "
        "Talk about what they said or did instead.",
        Category.SEXUAL_HARASSMENT: "This could make someone feel unsafe. "
        "Please leave it out and keep to the topic.",
    },
)

IT = MemberToolTexts(
    looks_kind=f"{CHECK} **Mi sembra gentile.** Grazie per aver controllato prima di "
    f"pubblicare. {HEART} #CreateKindness",
    looks_okay=f"{CHECK} **Sembra a posto.** Ci sono parole forti, ma non sembra rivolto a "
    "qualcuno. Grazie per aver controllato! #CreateKindness",
    hurtful=f"{HEART} **Potrebbe ferire.**\nSembra un messaggio ostile verso {{target}} "
    "(**{kinds}**). Dietro ogni account c'è una persona vera che merita gentilezza e rispetto.",
    aimed_mild=f"{HEART} **Rivolto a qualcuno, ma lieve.** Sembra rivolto a {{target}} "
    "(**{kinds}**), ma in modo lieve: sotto la soglia di questo server, quindi non intervengo. "
    "Potrebbe comunque ferire: dall'altra parte c'è una persona vera.",
    rephrase_title="**Idee per riformulare:**",
    default_tip="Di' cosa pensi dell'idea, non della persona.",
    private_note="-# Solo tu vedi questo messaggio. Nulla di ciò che hai scritto è stato salvato.",
    someone="qualcuno",
    report_thanks=f"{HEART} **Grazie per averlo segnalato ai moderatori.** La segnalazione è "
    "privata; l'autore non sa chi l'ha inviata.",
    targets={
        TargetKind.SECOND_PERSON: "la persona con cui parli",
        TargetKind.MENTION: "la persona che menzioni",
        TargetKind.REPLY: "la persona a cui rispondi",
        TargetKind.IMPERATIVE: "chi legge",
        TargetKind.GROUP: "un gruppo di persone",
        TargetKind.THIRD_PERSON: "qualcuno di cui parli",
    },
    tips={
        Category.INSULT: "Parla dell'idea o di ciò che è successo, non della persona: "
        '"La vedo diversamente, perché…"',
        Category.PROFANITY: "Le parole forti rivolte a qualcuno colpiscono più di quanto vuoi. "
        "Prova a dire la stessa cosa senza.",
        Category.THREAT: "Anche per scherzo può sembrare una minaccia. Di' invece come ti "
        'senti: "Questo mi ha davvero frustrato."',
        Category.SELF_HARM: "Parole così possono ferire chi sta già soffrendo. Se sei "
        "arrabbiato, dillo direttamente; per favore lascia fuori questa frase.",
        Category.EXCLUSION: "Dire a qualcuno che non è il benvenuto chiude la conversazione. "
        'Prova con "Preferirei fare diversamente".',
        Category.IDENTITY_ATTACK: "Questo colpisce chi è una persona. "
        "Concentrati sull'azione o sull'idea che non condividi.",
        Category.BODY_SHAMING: "I commenti sul corpo di qualcuno raramente aiutano. "
        "Parla di ciò che ha detto o fatto.",
        Category.SEXUAL_HARASSMENT: "Questo potrebbe far sentire qualcuno non al sicuro. "
        "Per favore lascialo fuori e resta in tema.",
    },
)

TEXTS: dict[str, MemberToolTexts] = {"en": EN, "it": IT}


def member_texts(languages: Sequence[str]) -> MemberToolTexts:
    """The texts of the server's first supported language (English otherwise)."""
    return next((TEXTS[code] for code in languages if code in TEXTS), EN)


def aimed_at_someone(verdict: Verdict, texts: MemberToolTexts = EN) -> bool:
    """Is the verdict's strongest hit aimed at a person or group, whatever its score?

    The verdict's target is that of its strongest match; when a rule cancelled
    the hit (negated, counter-speech, swearing in a channel where it is fine) its
    weight is 0, and then it is aimed at no one: "you're not an idiot" is kind.
    """
    return verdict.target in texts.targets and any(m.weight > 0 for m in verdict.matches)


def kindcheck_text(verdict: Verdict, languages: Sequence[str] = ("en",)) -> str:
    """The private answer for a draft (or one's own message): verdict in kind words."""
    texts = member_texts(languages)
    if not verdict.hostile and not aimed_at_someone(verdict, texts):
        return texts.looks_okay if verdict.matches else texts.looks_kind
    names = texts_for(languages).category_names
    kinds = ", ".join(names.get(c, c.label) for c in verdict.categories)
    target = texts.targets.get(verdict.target, texts.someone)
    tips = [f"- {texts.tips[c]}" for c in verdict.categories if c in texts.tips]
    headline = texts.hurtful if verdict.hostile else texts.aimed_mild
    return "\n".join(
        [
            headline.format(kinds=kinds or names[Category.INSULT], target=target),
            texts.rephrase_title,
            *(tips or [f"- {texts.default_tip}"]),
            texts.private_note,
        ]
    )


def report_thanks_text(safety: str, languages: Sequence[str] = ("en",)) -> str:
    """The reporter's private thank-you, followed by the safety tools."""
    return f"{member_texts(languages).report_thanks}\n\n{safety}"
