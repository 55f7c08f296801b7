"""The italian65 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i polacchi sono animali", "i filippini sono bestie", "gli eritrei sono scimmie",
    "i siriani sono parassiti", "i libici sono vermi", "gli atei sono animali",
    "i cattolici sono feccia", "gli induisti sono insetti", "i protestanti sono bestie",
    "gli autistici sono parassiti", "gli obesi sono animali", "gli anziani sono parassiti",
    "i sordi sono animali", "i ciechi sono bestie",
    "i libici sono tutti criminali", "gli asiatici sono sporchi",
    "i filippini sono dei ladri", "i cattolici sono ipocriti", "gli atei sono dei fanatici",
    "gli ortodossi sono primitivi", "i buddisti sono dei falliti",
    "gli autistici sono inutili", "i vecchi sono un peso per la società",
    "gli obesi sono disgustosi",
    "odio i siriani", "odio gli asiatici", "detesto i protestanti", "odio gli obesi",
    "odio i vecchi",
    "gli eritrei andrebbero cacciati", "i filippini devono tornare a casa loro",
    "i polacchi dovrebbero essere espulsi tutti", "gli autistici dovrebbero essere eliminati",
    "gli anziani dovrebbero morire",
    "i libici sono tutti uguali", "i cattolici sono tutti uguali",
    "gli obesi sono tutti uguali",
    "perché i siriani sono così violenti?", "perché gli atei sono così arroganti?",
    "perché i sordi sono così stupidi?",
)

HELD_CLEAN: tuple[str, ...] = (
    "i siriani ricostruiscono le loro case", "gli anziani vanno vaccinati per primi",
    "i cattolici vanno a messa la domenica", "gli eritrei corrono la maratona",
    "i filippini cucinano benissimo", "gli atei possono sposarsi in comune",
    "gli induisti festeggiano il diwali", "gli autistici hanno tanti talenti",
    "i ciechi leggono in braille", "i sordi hanno diritto all'interprete",
    "gli obesi vanno aiutati dai medici", "i libici sono tornati a votare",
    "i protestanti leggono molto la bibbia", "gli asiatici sono il gruppo più numeroso al mondo",
    "un vecchio amico mi ha chiamato", "è sordo da un orecchio", "sei cieco? era rigore",
    "il vecchio portatile fa schifo", "i miei vecchi vengono a cena",
    "i vecchi giochi erano più difficili", "ho buttato i vecchi vestiti",
    "odio i vecchi computer lenti", "siamo in un vicolo cieco",
    "i polacchi hanno vinto ai rigori", "i polacchi hanno segnato due gol nel secondo tempo",
    "dire che gli eritrei sono bestie è razzismo",
    "non è vero che i filippini sono ladri",
    "chi dice che gli atei sono feccia è un ignorante",
    "ha detto che i siriani sono animali ed è stato espulso",
    "smettetela di dire che gli obesi fanno schifo",
    "i cattolici non sono vermi, sono persone come noi",
    "basta odio contro i siriani", "nessuno dovrebbe odiare gli atei",
    "gli autistici non sono un peso", "gli anziani non sono inutili",
    "i sordi non sono stupidi", "i buddisti sono persone pacifiche",
    "gli ortodossi pregano con le icone", "i cattolici sono tanti in italia",
    "i libici chiedono pace",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo, si è rotto di nuovo il wifi", "porca puttana che caldo", "minchia che bello",
    "merda, è già lunedì", "che cazzo di concerto", "porco cane, ho bruciato la pasta",
)
