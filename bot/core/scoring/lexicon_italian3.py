"""Plural twins of the Italian threats and shut-outs said to one reader (issue 8, italian3).

Italian chat threatens a whole group chat or team as often as one person: "vi spacco
la faccia", "vi aspetto fuori", "ve la faccio pagare". The shipped phrases name the
reader with the clitic "ti" / "te" ("ti spacco la faccia", "te la faccio pagare"); each
threat or shut-out gets its twin with "vi" / "ve", compiled like any other phrase (no
cost at scoring time). A twin keeps the original's term, as text-speak twins do, so the
rules that read a term ("ti aspetto fuori" at a set time is a meeting, "ti vuole" needs
"nessuno") read the twin the same way. Where the verb's person does not fit ("vi
meriti"), the twin never matches and costs only its entry.

The judgements said of a named group with "sono" ("sono un peso", "sono bestie") get
their "siete" twins the same way: "voi disabili siete un peso" says it to the group's
face. ("sono" is also "I am": a twin is made only from the group-judging lines; not
from illness, "siete malati? state a casa" asks after the readers' health.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.verdict import Category

_PLURAL = {"ti": "vi", "te": "ve"}  # the reader's clitics, and the readers'
_CATEGORIES = frozenset({Category.THREAT, Category.EXCLUSION})
_JUDGING = frozenset({Category.INSULT, Category.IDENTITY_ATTACK})  # "sono un peso"


def plural_twins(entries: Mapping[tuple[str, ...], Entry]) -> dict[tuple[str, ...], Entry]:
    """Twins with "vi" / "ve" of the threats and shut-outs among `entries` that say "ti",
    and with "siete" of the group judgements that open with "sono"."""
    twins: dict[tuple[str, ...], Entry] = {}
    for tokens, entry in entries.items():
        if len(tokens) < 2:
            continue
        if entry.category in _CATEGORIES and ("ti" in tokens or "te" in tokens):
            plural = tuple(_PLURAL.get(token, token) for token in tokens)
        elif (
            entry.category in _JUDGING
            and entry.person_only
            and tokens[0] == "sono"
            and not any(token.startswith("malat") for token in tokens)
        ):
            plural = ("siete", *tokens[1:])
        else:
            continue
        if plural not in entries:
            twins[plural] = dataclasses.replace(entry, tokens=plural)
    return twins
