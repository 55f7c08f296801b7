"""The italian17 probe (issue 8): Italian hate against groups at default settings, in
the shapes italian16 left: a group doing a deed of contempt, harm or living off others
to something general ("gli ebrei rovinano tutto"), "arabo", "nero" and "femmina" as
group nouns, dehumanising nouns said of a group in the plural, and the usual contrasts
(neutral deeds, the same words said of things, language and colour uses, denials).
Written before the round's rule code was read. The first five clean lines are friendly
swearing.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # a group + a verb of contempt, harm or living off others + a general object
    "l'islamico disprezza la nostra cultura", "gli ebrei rovinano tutto",
    "i musulmani distruggono l'europa", "gli immigrati invadono le nostre città",
    "i rom sporcano le nostre strade", "gli stranieri sfruttano il nostro paese",
    "le femministe rovinano la società", "gli zingari infestano i quartieri",
    "i musulmani odiano l'italia", "i migranti succhiano i nostri soldi",
    "gli africani sporcano le città", "l'ebreo rovina il paese",
    "il musulmano disprezza le nostre tradizioni", "i gay distruggono la famiglia",
    "gli stranieri approfittano del nostro welfare", "i profughi divorano le nostre risorse",
    "gli immigrati distruggono l'italia", "il clandestino sfrutta lo stato",
    # a group that stinks
    "il rom puzza", "i rom puzzano", "gli immigrati puzzano", "i neri puzzano",
    # arabo / nero / femmina as group nouns
    "gli arabi sono tutti terroristi", "le femmine non capiscono niente",
    "l'arabo è un ladro", "nessun arabo è affidabile", "gli arabi sono animali",
    "i neri sono inferiori", "le femmine devono stare in cucina",
    "gli arabi dovrebbero tornare nel deserto", "odio gli arabi",
    "i neri sono tutti criminali", "il nero è inferiore", "la femmina è un oggetto",
    # dehumanising nouns said of a group
    "i migranti sono un'infestazione", "i rom sono una piaga", "gli immigrati sono parassiti",
    "i musulmani sono feccia", "gli zingari sono spazzatura", "gli ebrei sono pidocchi",
    "i gay sono immondizia", "gli africani sono bestie", "i clandestini sono zecche",
    "i profughi sono una zavorra", "gli stranieri sono una sciagura",
    "i rom sono rifiuti umani",
    # questions, opinions, calls
    "perché gli arabi non tornano a casa loro?", "secondo me le femmine sono inferiori",
    "bisognerebbe sterminare gli arabi", "i neri andrebbero rinchiusi",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che gol raga", "porca troia che partita", "minchia bravissimo",
    "che culo hai avuto, grande", "madonna che figata",
    # neutral deeds of groups
    "gli immigrati lavorano nei campi", "i musulmani pregano il venerdì",
    "le donne guidano il paese", "il rom parla tre lingue",
    "gli ebrei festeggiano la pasqua", "gli stranieri visitano le nostre città",
    "i migranti arricchiscono la nostra cultura", "i rom vivono in italia da secoli",
    # arabo / nero / femmina not as group nouns
    "parlo arabo", "il nero ti sta bene", "una gatta femmina", "i numeri arabi",
    "la maglia nera", "studio l'arabo all'università", "il caffè nero è il migliore",
    "è nata una femmina", "il gatto nero dorme sul divano",
    "gli arabi hanno inventato l'algebra", "le femmine di leone cacciano in gruppo",
    # denials and counter-speech
    "non è vero che gli arabi sono terroristi", "dire che i neri puzzano è razzismo",
    "gli immigrati non rubano il lavoro a nessuno",
    "dire che i rom sono una piaga è vergognoso",
    "i razzisti dicono che gli ebrei rovinano tutto, ma è falso",
    # the same verbs and nouns said of things
    "la pioggia rovina tutto", "il fumo distrugge i polmoni",
    "le cavallette infestano i campi", "i turisti invadono le spiagge d'estate",
    "la mafia rovina il paese", "i topi sono una piaga", "le zanzare sono parassiti",
    "questo film è spazzatura", "il nero puzza di bruciato",
)
