"""The italian32 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a trans woman called a man
    "le donne trans sono uomini travestiti", "i trans sono maschi", "le trans sono maschi",
    "una trans è un uomo", "una trans è sempre un maschio", "le trans rimangono uomini",
    "le donne trans resteranno sempre uomini", "un trans resterà sempre un maschio",
    "le donne trans sono solo uomini", "una donna trans rimane un uomo",
    "le trans sono comunque uomini", "una donna trans è e resta un uomo",
    "quelle trans sono uomini", "queste donne trans sono uomini",
    "le donne trans sono maschi e basta", "la donna trans è un uomo",
    "i transessuali restano uomini", "una transessuale è un uomo",
    "le trans sono e restano maschi", "tutte le trans sono uomini",
    "le trans sono sempre uomini",
    # a trans woman denied womanhood
    "le trans non sono vere donne e mai lo saranno", "una trans non sarà mai donna",
    "le donne trans non sono affatto donne", "le trans non sono mica donne",
    "le donne trans non diventeranno mai donne", "una trans non potrà mai essere una donna",
    "le transessuali non saranno mai donne", "le trans non sono donne punto",
    "una donna trans non è donna", "i trans non saranno mai donne",
    # a trans man denied manhood, or called a woman
    "gli uomini trans sono femmine", "un uomo trans è sempre una donna",
    "gli uomini trans restano donne", "un uomo trans non sarà mai un uomo",
    "gli uomini trans non sono veri uomini", "un uomo trans rimane una femmina",
    "gli uomini trans sono donne e basta", "un uomo trans non è uomo",
    "gli uomini trans resteranno sempre donne",
)

HELD_CLEAN: tuple[str, ...] = (
    # the frames affirming
    "le donne trans sono donne punto", "gli uomini trans sono uomini e basta",
    "una donna trans è una donna vera", "un uomo trans è un uomo vero",
    "le trans sono donne come tutte", "un uomo trans non è una femmina",
    "le donne trans non sono maschi", "gli uomini trans non sono donne",
    "una donna trans resta una donna", "le donne trans sono donne a tutti gli effetti",
    # other subjects
    "mio nonno era un uomo buono", "i miei colleghi sono uomini gentili",
    "lei non è una donna facile da convincere", "i ragazzi sono uomini ormai",
    "questa non è una donna qualunque", "quelli sono uomini veri",
    "il mio vicino è un uomo simpatico", "le ragazze del gruppo sono donne forti",
    "le persone trans sono esseri umani", "i trans sono stanchi di essere insultati",
    "il transatlantico è una nave", "le mie amiche trans sono fantastiche",
    "un trans mi ha aiutato ieri", "le persone trans sono cittadine come le altre",
    "questi uomini sono stanchi", "gli uomini non sono tutti uguali",
    # counter-speech, reports, questions
    "dire che le trans sono maschi è odio",
    "chi scrive che le donne trans sono uomini dovrebbe vergognarsi",
    "non è vero che un trans resta un uomo",
    "mi ha detto che le donne trans non sono donne, ho bloccato",
    "smettila di ripetere che le trans sono uomini",
    "\"le trans non sono donne\" è transfobia pura",
    "ma chi pensa ancora che le donne trans siano uomini?",
    "sentire che le trans sono uomini mi fa male",
    "basta dire che gli uomini trans sono donne",
    "è falso che le donne trans siano uomini",
    "scrivere che una trans è un uomo è violenza",
    "la frase le trans sono uomini è transfobica",
    "quelli che dicono che i trans sono uomini sono ignoranti",
    "rispondo a chi dice che le trans non sono donne: sbagliate",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che caldo", "merda ho perso il treno",
    "vaffanculo sveglia", "che cazzo di giornata ragazzi", "minchia che bello",
)
