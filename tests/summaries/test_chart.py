"""The summary chart renders a real PNG on its own card, for full and partial weeks."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta

from PIL import Image

from bot.core.stats.counters import StatRow
from bot.core.stats.summary import WeekSummary, summarize
from bot.summaries.chart import CARD, render_chart

DAYS = tuple(date(2026, 11, 9) + timedelta(days=i) for i in range(7))


def week(days_covered: int = 7) -> WeekSummary:
    rows = [StatRow(1, d.isoformat(), 5, "flagged", i + 1) for i, d in enumerate(DAYS)]
    rows += [StatRow(1, d.isoformat(), 5, "kind", 10 - i) for i, d in enumerate(DAYS)]
    previous = [StatRow(1, (d - timedelta(days=7)).isoformat(), 5, "kind", 4) for d in DAYS]
    return summarize(1, "2026-W46", DAYS, rows, previous, days_covered=days_covered)


def image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(png)).convert("RGBA")


def test_chart_is_a_png_on_an_opaque_card_with_transparent_corners() -> None:
    img = image(render_chart(week()))
    assert img.size == (960, 504)
    assert img.getpixel((0, 0))[3] == 0  # outside the rounded card: see-through
    card_rgb = tuple(int(CARD[i : i + 2], 16) for i in (1, 3, 5))
    assert img.getpixel((40, img.height // 2)) == (*card_rgb, 255)


def test_chart_draws_the_data() -> None:
    full = image(render_chart(week()))
    empty = image(render_chart(summarize(1, "2026-W46", DAYS, [], [])))
    assert full.tobytes() != empty.tobytes()
    colours = {c for _, c in full.getcolors(maxcolors=1_000_000) or []}
    assert (0xFF, 0x7A, 0x6B, 255) in colours  # hostile bars
    assert (0x5F, 0xD6, 0xA8, 255) in colours  # kind bars


def test_a_week_total_of_one_or_two_is_not_drawn() -> None:
    rows = [StatRow(1, DAYS[2].isoformat(), 5, "flagged", 2)]
    rows += [StatRow(1, d.isoformat(), 5, "kind", 6) for d in DAYS]
    img = image(render_chart(summarize(1, "2026-W46", DAYS, rows, [])))
    colours = {c for _, c in img.getcolors(maxcolors=1_000_000) or []}
    assert (0x5F, 0xD6, 0xA8, 255) in colours  # kind bars drawn
    hostile_pixels = sum(
        n for n, c in img.getcolors(maxcolors=1_000_000) or [] if c == (0xFF, 0x7A, 0x6B, 255)
    )
    legend_swatch_only = 400
    assert hostile_pixels < legend_swatch_only  # no bars, only the legend's swatch


def test_partial_week_and_empty_week_render() -> None:
    assert image(render_chart(week(days_covered=3))).size == (960, 504)
    assert image(render_chart(summarize(1, "2026-W46", DAYS, [], []))).size == (960, 504)


def test_importing_the_chart_module_does_not_import_matplotlib() -> None:
    code = "import sys, bot.summaries.chart; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
