"""Word lists of the italian38 round (issue 8, targeting_italian38.py): an identity group
given a habitual bad behaviour ("i musulmani si lamentano sempre", "i rom non si lavano
mai") and an identity group othered ("i neri non sono come noi", "un nero non sarà mai
italiano")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, italian38), folded as the lexicon folds
# them ("sarà" is "sara"). They count only with an identity group as their subject, as the
# older group-subject readings aim them: "i politici si lamentano sempre" and "loro non
# sono come noi, sono della roma" stay clean.
HABITS: Final[frozenset[str]] = frozenset({
    "si lamentano sempre", "si lamentano di tutto", "si lagnano sempre", "non si lavano mai",
    "non si lavano", "piangono sempre", "pensano solo ai soldi", "mentono sempre",
    "imbrogliano sempre", "pretendono sempre", "fanno sempre casino",
    "parlano sempre troppo", "ostentano sempre", "chiedono sempre soldi",
    "non hanno mai voglia di lavorare",
})
OTHERED: Final[frozenset[str]] = frozenset({
    "non sono come noi", "non saranno mai come noi", "non sono dei nostri",
    "non saranno mai dei nostri", "non sara mai italiano", "non sara mai italiana",
    "non sara mai uno di noi", "non sara mai una di noi",
})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = HABITS | OTHERED
