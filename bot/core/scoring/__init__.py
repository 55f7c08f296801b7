"""Scoring: fold text, load lexicons, find who a phrase is aimed at, weigh it into a verdict."""

import os
from pathlib import Path

from bot.core.scoring.native import choose_build

# The mypyc build runs only when it was compiled from exactly these sources (native.py).
BUILD = choose_build(Path(__file__).parent, os.environ.get("KINDNESS_SCORER_BUILD", "auto"))
if BUILD.folder is not None:
    __path__.insert(0, str(BUILD.folder))  # its extensions are found before the sources
