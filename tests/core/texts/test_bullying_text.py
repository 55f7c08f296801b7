"""The bullying texts: the member's DM in the server's language, the alert's time span."""

from __future__ import annotations

import pytest

from bot.core.texts.bullying_text import span_text, support_dm_text, support_texts


@pytest.mark.parametrize(
    ("languages", "fault", "block", "told"),
    [
        (("en",), "not your fault", "**Block**", "moderators have been told"),
        (("it", "en"), "Non è colpa tua", "**Blocca**", "moderatori del server sono stati"),
        (("xx",), "not your fault", "**Block**", "moderators have been told"),
    ],
)
def test_the_dm_is_warm_names_the_tools_and_says_moderators_were_told(
    languages: tuple[str, ...], fault: str, block: str, told: str
) -> None:
    text = support_dm_text(languages, guild_name="Kind Server", moderators_told=True)
    assert "Kind Server" in text and fault in text and block in text and told in text


def test_without_an_alert_channel_the_dm_points_to_report_instead() -> None:
    text = support_dm_text(("en",), guild_name="S", moderators_told=False)
    assert "have been told" not in text and "Report to moderators" in text


def test_the_servers_name_cannot_ping_or_link() -> None:
    text = support_dm_text(("en",), guild_name="[x](https://e.vil) @everyone", moderators_told=True)
    assert "[x](https" not in text and "@everyone" not in text


def test_the_button_label_fits_discord_and_each_language_has_one() -> None:
    for languages in (("en",), ("it",)):
        assert 0 < len(support_texts(languages).opt_out_label) <= 80


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (20, "under a minute"),
        (60, "1 minute"),
        (540, "9 minutes"),
        (3 * 3600, "3 hours"),
        (3 * 86_400, "3 days"),
    ],
)
def test_span_text(seconds: float, text: str) -> None:
    assert span_text(seconds) == text
