"""One verdict renderer: plain lines for the terminal, markdown for `/kindness check`."""

from __future__ import annotations

from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.texts.verdict_text import VerdictStyle, render_verdict

SCORER = Scorer(ScorerConfig(languages=("en",)))


def test_terminal_lines_name_status_target_terms_and_why() -> None:
    text = render_verdict(SCORER.score("you are a stupid idiot"))
    lines = text.splitlines()
    assert lines[0].startswith("HOSTILE  score ")
    assert lines[1] == "target:     second_person"
    assert lines[3].startswith("terms:      ") and "idiot" in lines[3]
    assert lines[4].startswith("why:        ")


def test_terminal_shows_dashes_when_nothing_matched() -> None:
    text = render_verdict(SCORER.score("have a lovely day"))
    assert text.startswith("not hostile")
    assert "categories: -" in text and "terms:      -" in text


def test_discord_style_shows_threshold_weights_and_a_footer() -> None:
    text = render_verdict(
        SCORER.score("you are a stupid idiot"), VerdictStyle.DISCORD, threshold=0.5
    )
    assert text.startswith("Verdict: **flagged as hostile**")
    assert "(this server's threshold: 0.50)" in text
    assert "Aimed at: second person" in text
    assert "`idiot` (" in text
    assert text.splitlines()[-1].startswith("-# ")
