"""List the spelling variants the lexicon reads as its words that are real words.

The compiled lexicon reads thousands of variants (a letter doubled, dropped or swapped,
two words run together) as a word of ours, so "idoit" is "idiot". A variant that is an
ordinary word is a false reading: "which scares me" read as the Italian "scarse", "he
rapped" as "raped", "chiese" (churches) as "chinese". This prints every variant of the
default lexicon that a word list holds, for a person to judge: an ordinary word goes in a
`[word]` section of lexicons/<lang>/cues.txt (then no typo table takes it), a deliberate
spelling ("looser", "wats") stays. The word lists are plain files given on the command
line (Debian's wamerican, wbritish, witalian: `apt-get download` and `dpkg -x`), read only
here; the bot never needs them.

Usage: `python scripts/typo_collisions.py /usr/share/dict/american-english ...`
(UTF-8 files, one word a line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.guild_settings import SUPPORTED_LANGUAGES  # noqa: E402
from bot.core.scoring.lexicon_compile import build_lexicon  # noqa: E402


def _words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip().isalpha())


def collisions(dictionaries: dict[str, frozenset[str]]) -> list[tuple[str, str, str]]:
    """(variant, what it is read as, the lists holding it), for variants the scorer rewrites:
    a token that is itself an index word is never rewritten, so it is left out."""
    lexicon = build_lexicon(SUPPORTED_LANGUAGES)
    read: dict[str, str] = dict(lexicon.typos)
    read.update({v: f"{v[:cut]} {v[cut:]}" for v, cut in lexicon.joined.items()})
    found = []
    for variant, word in sorted(read.items()):
        if variant in lexicon.index_words:
            continue
        held = [name for name, words in dictionaries.items() if variant in words]
        if held:
            found.append((variant, word, "+".join(held)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordlists", nargs="+", type=Path)
    args = parser.parse_args()
    dictionaries = {path.name: _words(path) for path in args.wordlists}
    found = collisions(dictionaries)
    for variant, word, held in found:
        print(f"{variant}\t{word}\t{held}")
    print(f"{len(found)} variants are dictionary words", file=sys.stderr)


if __name__ == "__main__":
    main()
