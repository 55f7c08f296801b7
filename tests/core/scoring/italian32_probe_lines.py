"""The italian32 probe (issue 8): Italian posts that deny trans people their gender
("le donne trans sono uomini", "un trans resta un uomo", "le trans non saranno mai
donne") and clean lines that look alike: the same frames affirming ("le donne trans
sono donne", "gli uomini trans sono uomini"), other subjects ("mio padre è un uomo"),
counter-speech and reports ("dire che le donne trans sono uomini è transfobia"),
friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a trans woman called a man
    "le donne trans sono uomini", "le donne trans sono maschi", "le trans sono uomini",
    "i trans sono uomini", "un trans è un uomo", "un trans è sempre un uomo",
    "le trans restano uomini", "una donna trans resterà sempre un uomo",
    "una trans è un maschio", "un trans rimane un maschio", "le donne trans sono uomini e basta",
    "le trans sono solo uomini", "una donna trans è comunque un uomo",
    "i trans restano maschi", "le donne trans sono e resteranno uomini",
    "i transessuali sono uomini", "le transessuali sono maschi",
    "una trans resta un uomo punto", "le donne trans sono solo maschi",
    # a trans woman denied womanhood
    "le donne trans non sono donne", "le trans non sono donne", "una trans non è una donna",
    "le trans non saranno mai donne", "una donna trans non sarà mai una donna",
    "i trans non sono donne", "una trans non è donna", "le transessuali non sono donne",
    "le donne trans non saranno mai donne",
    # a trans man denied manhood, or called a woman
    "gli uomini trans sono donne", "un uomo trans è una donna", "un uomo trans non è un uomo",
    "gli uomini trans non sono uomini", "un uomo trans resta una donna",
    "gli uomini trans non saranno mai uomini", "gli uomini trans restano femmine",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the frames affirming
    "le donne trans sono donne", "gli uomini trans sono uomini", "una donna trans è una donna",
    "un uomo trans è un uomo", "le donne trans non sono uomini", "un uomo trans non è una donna",
    "le trans sono donne", "le donne trans sono donne vere", "gli uomini trans restano uomini",
    "una trans è una donna e basta",
    # other subjects
    "mio padre è un uomo", "i miei fratelli sono uomini", "siamo uomini non caporali",
    "quelle ragazze non sono donne ancora, sono bambine", "lei non è una donna qualsiasi",
    "il tuo capo è un uomo", "sono uomini di parola", "i trans sono persone",
    "le persone trans sono persone come le altre", "i trans sono tanti in questa città",
    "mia sorella non è una donna che si arrende", "il trans europa express è un treno",
    # counter-speech, reports, questions
    "dire che le donne trans sono uomini è transfobia",
    "chi dice che le trans sono uomini è ignorante",
    "non è vero che le donne trans sono uomini",
    "mi hanno scritto che le trans non sono donne, che tristezza",
    "smettetela di dire che i trans sono uomini",
    "\"le donne trans sono uomini\" è una frase d'odio",
    "perché la gente dice che le donne trans non sono donne?",
    "basta con chi ripete che una trans resta un uomo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria sono stanco", "che figata cazzo",
    "minchia che freddo oggi", "oh merda ho dimenticato le chiavi",
)
