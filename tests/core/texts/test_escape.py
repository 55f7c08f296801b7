"""escape_name: a name chosen by a server owner renders as literal text in the bot's words."""

from __future__ import annotations

import pytest

from bot.core.texts.escape import ZERO_WIDTH_SPACE as ZWSP
from bot.core.texts.escape import escape_name
from bot.core.texts.nudge_texts import dm_nudge_text
from bot.core.texts.settings_text import role_ref


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Kind Server", "Kind Server"),
        ("Café ☕ über", "Café ☕ über"),
        ("**bold**", r"\*\*bold\*\*"),
        ("[Verify here](https://evil.example)", r"\[Verify here\]\(https\://evil.example\)"),
        ("@everyone", f"@{ZWSP}everyone"),
        ("@here and more", f"@{ZWSP}here and more"),
        ("<@&123456789012345678>", rf"\<@{ZWSP}&123456789012345678\>"),
        ("<@!123456789012345678>", rf"\<@{ZWSP}!123456789012345678\>"),
        ("# big heading", r"\# big heading"),
        ("> quoted", r"\> quoted"),
        ("-# small", r"\-\# small"),
        (
            "||spoiler|| ~~gone~~ `code` __under__",
            r"\|\|spoiler\|\| \~\~gone\~\~ \`code\` \_\_under\_\_",
        ),
        ("<:emoji:123456789012345678>", r"\<\:emoji\:123456789012345678\>"),
        ("back\\slash", r"back\\slash"),
        ("two\nlines\u2028here", "two lines here"),
    ],
)
def test_names_are_shown_literally(name: str, shown: str) -> None:
    assert escape_name(name) == shown


def test_the_dm_nudge_escapes_the_server_name() -> None:
    text = dm_nudge_text(
        ("en",),
        0,
        guild_name="**[Free Nitro](https://evil.example)** @everyone",
        jump_url="https://discord.com/channels/1/2/3",
    )
    assert r"\*\*\[Free Nitro\]\(https\://evil.example\)\*\*" in text
    assert f"@{ZWSP}everyone" in text
    assert "https://discord.com/channels/1/2/3" in text  # the bot's own link is left alone


def test_role_names_in_settings_are_escaped() -> None:
    assert role_ref(1, {1: "@here [mods](https://x.example)"}) == (
        rf"@@{ZWSP}here \[mods\]\(https\://x.example\)"
    )
