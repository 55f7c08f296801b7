"""The italian25 probe (issue 8): Italian chat and social posts aimed at a person, in
shapes the earlier rounds left out: a demonstrative pronoun with a copula and an insult
("questa è una cretina", "questi sono degli idioti"); a demonstrative with an animal or a
witch put on a person ("sta vipera", "quell'oca di Giulia", "ma perché urla sta
gallina"); a jailbird ("siete degli avanzi di galera"); a lesson ordered and a bare
vocative after it ("impara a scrivere somaro"). Clean contrasts: the same demonstrative
of a thing or a friend, the animals on a farm, in a kitchen or a fairy tale, leftovers
and prison in the news, self-talk, reported speech, and friendly swearing. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

# A second batch, written after the first batch's rules and before its own (counted at
# its start on base19c): a plural insult with its article opening the clause ("i beoti
# ridono pure", "gli idioti ci credono"), one beast or a flock after "sei" / "siete" or a
# pointing subject ("siete delle oche", "quella è una civetta"), a beast "senza dignità".
BATCH2_HOSTILE: tuple[str, ...] = (
    "i cretini ridono", "e i beoti applaudono pure", "gli idioti ci credono sempre",
    "ma i soliti deficienti commentano", "i coglioni non mancano mai", "le cretine ridono",
    "siete delle oche", "siete proprio delle galline", "queste sono delle streghe",
    "quella è una civetta", "sei una civetta", "questa mucca senza dignità",
)
BATCH2_CLEAN: tuple[str, ...] = (
    "siamo i soliti idioti", "noi siamo i cretini della situazione",
    "mi ha detto che i cretini ridono", "i pagliacci del circo sono bravissimi",
    "ho comprato delle galline", "le mie galline fanno le uova",
    "queste sono delle galline ovaiole", "ho fatto una gallina al forno",
    "i am an idiot", "i geni della fisica",
)

# A third batch, written after the second batch's rules and before its own (counted at
# its start on base19c): a singular insult with its article opening the clause and a
# verb after it ("il deficiente ha parlato", "ma la scema ci crede"); clean: the
# article before an adjective and its noun, "lo stupido è che", the writer.
BATCH3_HOSTILE: tuple[str, ...] = (
    "il deficiente ha parlato", "ma la scema ci crede davvero", "lo stronzo è sempre lui",
    "la cretina non ha capito niente", "il coglione di turno", "e l'idiota si è offeso",
    "il cretino ci prova ancora", "la deficiente è tornata",
)
BATCH3_CLEAN: tuple[str, ...] = (
    "lo stupido è che ci ho creduto", "la stupida domanda di ieri",
    "il cretino della classe ero io",
    "lo stupido è pensare che vinca", "la scema del villaggio è un film",
    "il deficiente ero io quel giorno",
)

TUNE_HOSTILE: tuple[str, ...] = (
    # a demonstrative pronoun, a copula, an insult
    "questa è una cretina", "questi sono degli idioti", "questa è una vipera",
    "queste sono delle oche", "quello è proprio un imbecille", "questa qui è una deficiente",
    "quelle sono delle streghe", "questi sono dei buffoni", "questa è un'ignorante",
    "questo qui è un somaro", "questi sono proprio dei cretini", "quella lì è una stronza",
    # a demonstrative with an animal or a witch put on a person
    "sta vipera", "ma perché urla sta gallina", "questa oca non sta mai zitta",
    "quella vacca di tua madre", "quell'oca di Giulia", "sta strega non si vergogna",
    "ma chi l'ha invitata sta megera", "quella serpe di Chiara", "ancora parla sta capra",
    "sta balena piange sempre", "quella gallina di Sonia", "questa mucca rompe e basta",
    "ma sta iena che vuole",
    # a jailbird
    "siete degli avanzi di galera", "sei un avanzo di galera",
    "quello è un avanzo di galera", "avanzi di galera, tutti quanti",
    # a lesson ordered, a bare vocative after it
    "impara a scrivere somaro", "impara a leggere, capra", "ripassa la grammatica asino",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the demonstrative of a thing or a friend
    "questa è una cazzata", "questa è una figata", "questo è un casino",
    "questa è una bella partita", "questi sono degli ottimi giocatori",
    "quella è una bella idea", "questi sono i miei amici", "queste sono delle foto bellissime",
    "quello è un mio amico", "questa qui è una grande giocatrice",
    # the animals themselves, a kitchen, a fairy tale, a costume
    "nel bosco ho visto una vipera", "questa gallina fa tante uova",
    "quella mucca mangia l'erba", "la strega di Biancaneve è il mio personaggio preferito",
    "mia figlia si è vestita da strega per Halloween", "sta gallina al forno è buonissima",
    "quell'oca di gomma è di mio figlio", "la balena blu è l'animale più grande",
    "questa capra di montagna salta benissimo", "ho cucinato sta gallina con le patate",
    "la vacca di mio zio ha partorito",
    # self-talk, reported speech, a thing judged
    "sono proprio un idiota oggi", "che cretino che sono", "mi ha detto cretino, che faccio?",
    "questo film fa schifo",
    # leftovers and prison, a lesson without an insult
    "è uscito di galera dopo dieci anni", "gli avanzi di ieri sono in frigo",
    "ho fatto un avanzo di cassa", "impara a scrivere in corsivo, è utile",
    "impara a leggere le note, poi suoni meglio", "la parola somaro viene dal latino",
)

TUNE_SWEARING: tuple[str, ...] = (
    "porca miseria che partita", "cazzo bravissimi", "porca troia che gol",
    "minchia che bella giocata", "madonna che culo ragazzi",
)
