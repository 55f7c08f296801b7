"""Words of the italian35 round (issue 8, targeting_italian35.py): a named politician
called a thief, a sellout or a traitor ("meloni ladra", "quel venduto di draghi",
"salvini sei un ladro"), and surnames never read as words run together ("zingaretti")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.italian30_words import FIGURES
from bot.core.scoring.italian31_words import HOME_FIGURES

# fmt: off
# Public figures' surnames are read whole, never as words run together: "zingaretti"
# split as "zingare" (the slur's feminine plural) + "tt" + "i" read the line as an
# identity attack with no target and hid the name from the rules ("zingaretti
# pagliaccio", "zingaretti oggi ha parlato").
WHOLE_NAMES: Final[frozenset[str]] = FIGURES
# A surname among a message's words (figures abroad left out, as in italian31: "trump
# criminale" is English as often).
FIGURE_GATE: Final[frozenset[str]] = HOME_FIGURES
# The round's lexicon lines (insult.txt, italian35): calls said of politicians that no
# list held. Read only in the round's shapes; elsewhere they count for nothing ("ho
# venduto la bici", "la traditrice del romanzo"). No plurals ("venduti": "sold").
NEW_CALLS: Final[frozenset[str]] = frozenset({
    "venduto", "venduta", "traditrice", "mafioso", "mafiosa",
})
# Older person-only words said of a named group (cues.txt said_of_group), aimed at a
# figure in the round's shapes; elsewhere their older readings stand. With a surname in
# the message (FIGURE_GATE), scorer.py lets them through to the rules instead of
# dropping them before (a judging word with no group named: "salvini ladro").
OLD_CALLS: Final[frozenset[str]] = frozenset({
    "ladro", "ladra", "corrotto", "corrotta", "criminale", "delinquente",
})
FIGURE_CALLS: Final[frozenset[str]] = OLD_CALLS
# A pointing word before the call: "quella ladra della meloni", "quel venduto di draghi".
POINTING: Final[frozenset[str]] = frozenset({"quel", "quella", "quell"})
# "di" and its joined forms between the call and the figure.
OF: Final[frozenset[str]] = frozenset({"di", "della", "del", "dello"})
# An article between "di" and the surname ("quel ladro di la meloni" is rare, "della
# meloni" common; both read).
ARTICLES: Final[frozenset[str]] = frozenset({"il", "la", "lo"})
# The copula and article between a figure and the call: "meloni sei una ladra", "draghi
# è un venduto" (folded "e").
COPULAS: Final[frozenset[str]] = frozenset({"sei", "e"})
AN: Final[frozenset[str]] = frozenset({"un", "una", "uno"})
# An order to a figure before a call: "zingaretti dimettiti incompetente", "draghi
# dimettiti, venduto", "meloni vergognati ladra".
ORDERS: Final[frozenset[str]] = frozenset({
    "dimettiti", "vergognati", "vattene", "sparisci",
})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = NEW_CALLS
