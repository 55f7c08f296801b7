"""Scoring: fold text, load lexicons, find who a phrase is aimed at, weigh it into a verdict."""

from pathlib import Path

from bot.core.scoring.native import check_native

check_native(Path(__file__).parent)  # compiled modules (opt-in) must match their sources
