"""What members read from `/kindcheck`, "Check my tone" and "Report to moderators".

Pure: verdict in, text out. The kindcheck answer is private and kind: it names
the kind of hostility and offers a concrete way to rephrase, and it never repeats
the member's words back.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.nudge_texts import texts_for
from bot.core.verdict import Category, TargetKind, Verdict

REPHRASE_TIPS: dict[Category, str] = {
    Category.INSULT: (
        "Talk about the idea or what happened, not about the person: "
        '"I see this differently, because…"'
    ),
    Category.PROFANITY: (
        "Strong words aimed at someone hit harder than you mean. "
        "Try making the same point without them."
    ),
    Category.THREAT: (
        "Even as a joke this can read as a threat. Say how you feel instead: "
        '"That really frustrated me."'
    ),
    Category.SELF_HARM: (
        "Words like these can hurt someone who is already struggling. "
        "If you are upset, say so directly; please leave this out."
    ),
    Category.EXCLUSION: (
        "Telling someone they don't belong ends the conversation. "
        'Try "I\'d rather we did it differently" instead.'
    ),
    Category.IDENTITY_ATTACK: (
        "This goes after who someone is. Focus on the action or idea you disagree with."
    ),
    Category.BODY_SHAMING: (
        "Comments on someone's body rarely help. Talk about what they said or did instead."
    ),
    Category.SEXUAL_HARASSMENT: (
        "This could make someone feel unsafe. Please leave it out and keep to the topic."
    ),
}

_TARGET_PHRASES: dict[TargetKind, str] = {
    TargetKind.SECOND_PERSON: "the person you are talking to",
    TargetKind.MENTION: "the person you mention",
    TargetKind.REPLY: "the person you are replying to",
    TargetKind.IMPERATIVE: "the person reading it",
    TargetKind.GROUP: "a group of people",
    TargetKind.THIRD_PERSON: "someone",
}


def kindcheck_text(verdict: Verdict, languages: Sequence[str] = ("en",)) -> str:
    """The private answer for a draft (or one's own message): verdict in kind words."""
    if not verdict.hostile:
        if verdict.matches:
            return (
                "\N{WHITE HEAVY CHECK MARK} **Looks okay.** There are some strong words, but it "
                "does not read as aimed at anyone. Thanks for checking! #CreateKindness"
            )
        return (
            "\N{WHITE HEAVY CHECK MARK} **Looks kind to me.** Thanks for checking before "
            "posting. \N{YELLOW HEART} #CreateKindness"
        )
    names = texts_for(languages).category_names
    kinds = ", ".join(names.get(c, c.label) for c in verdict.categories) or "hostility"
    target = _TARGET_PHRASES.get(verdict.target, "someone")
    tips = "\n".join(f"- {REPHRASE_TIPS[c]}" for c in verdict.categories if c in REPHRASE_TIPS)
    return (
        "\N{YELLOW HEART} **This might land as hurtful.**\n"
        f"It reads as **{kinds}** aimed at {target}. Behind every account is a real person "
        "who deserves kindness and respect.\n"
        f"**Ideas to rephrase:**\n{tips or '- Say what you think of the idea, not the person.'}\n"
        "-# Only you can see this. Nothing you typed was stored."
    )


def report_thanks_text(safety: str) -> str:
    """The reporter's private thank-you, followed by the safety tools."""
    return (
        "\N{YELLOW HEART} **Thank you for telling the moderators.** Your report was sent "
        "privately; the author is not told who reported it.\n\n" + safety
    )
