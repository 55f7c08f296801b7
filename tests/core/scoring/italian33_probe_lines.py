"""The italian33 probe (issue 8): Italian hate against identity groups in two functions
of a functional suite where the base missed most: the group named first and attacked
in a later clause or sentence ("ho visto dei rom alla stazione, facevano schifo", "ho
un collega gay ed è un malato") and calls to shut a group out ("niente più stranieri
nelle nostre scuole", "nessun rom nel nostro quartiere", "negri a casa loro"); with
clean lines that look alike (the same words at no one, at a thing, denied, kind,
reported, asked, quoted, counter-speech) and everyday Italian swearing. Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the group named, then attacked in a later clause or sentence
    "Ho visto dei rom alla stazione, facevano schifo.",
    "Ho conosciuto una famiglia rom e facevano schifo.",
    "Ho conosciuto due ebrei ieri e mi hanno fatto schifo.",
    "Ho parlato con dei musulmani, mi hanno fatto ribrezzo.",
    "Sono arrivati degli immigrati nel palazzo e mi fanno ribrezzo.",
    "Ho incontrato dei gay al bar, mi facevano vomitare.",
    "Nel treno c'erano dei neri e facevano proprio schifo.",
    "Ci sono delle trans nel mio quartiere e mi fanno ribrezzo.",
    "Ho un collega gay ed è un malato.",
    "Mia cugina è lesbica e per me è una malata.",
    "Il mio vicino è musulmano ed è una bestia.",
    "Ho un compagno di classe disabile ed è un peso.",
    "Conosco delle donne che meriterebbero solo botte.",
    "Nel mio palazzo vivono dei rom, meriterebbero solo botte.",
    "Ho visto degli ebrei in centro. Mi hanno fatto schifo.",
    "Ieri ho visto dei neri. Mi facevano ribrezzo.",
    "Abbiamo dei vicini musulmani. Mi fanno ribrezzo.",
    "Ho conosciuto un trans ed era un malato.",
    # calls to shut a group out
    "Niente più stranieri nelle nostre scuole.",
    "Niente più musulmani in Italia.",
    "Niente più rom nelle nostre città!",
    "Nessun rom nel nostro quartiere.",
    "Nessun immigrato nelle nostre case.",
    "Nessun musulmano in Italia.",
    "Negri a casa loro!",
    "Gli immigrati a casa loro.",
    "Zingari a casa loro!",
    "Le donne a casa.",
    "Musulmani tutti a casa loro.",
    "Mai più ebrei nel nostro paese.",
    "Mai più immigrati in Italia.",
    "Niente moschee in Italia.",
    "Basta stranieri nelle nostre scuole.",
    "Via gli zingari dalle nostre città.",
    "Nessun gay nelle nostre scuole.",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one, at a thing, at oneself
    "Ho visto un film alla stazione, faceva schifo.",
    "Ho mangiato in un ristorante rom e il cibo era ottimo.",
    "La partita di ieri mi ha fatto schifo.",
    "Ho un collega gay ed è un amico fantastico.",
    "Mia cugina è lesbica e per me è una sorella.",
    "Il mio vicino è musulmano ed è una brava persona.",
    "Ho un collega che è malato da una settimana.",
    "Sono stato malato e mi faceva schifo tutto.",
    "Il cibo della mensa mi fa ribrezzo.",
    "Niente più compiti per le vacanze!",
    "Nessun problema, ci vediamo domani.",
    "Niente più plastica nelle nostre scuole.",
    "Mai più guerre nel nostro paese.",
    "Tutti a casa loro dopo la festa.",
    "Le donne a casa mia sono tre: mamma, nonna e mia sorella.",
    "I ragazzi sono tornati a casa loro.",
    # denied, kind, asked, reported, counter-speech
    "I miei vicini rom non mi hanno mai fatto schifo.",
    "Ho conosciuto due ebrei ieri e mi sono stati simpatici.",
    "Dire che i rom rubano è razzismo.",
    "Chi urla 'negri a casa loro' è un razzista.",
    "Scrivere 'niente più stranieri' è vergognoso.",
    "Nessun rom merita di essere discriminato.",
    "Niente più odio contro i musulmani.",
    "Nessun immigrato dovrebbe morire in mare.",
    "Gli immigrati a casa loro? No, restano qui con noi.",
    "Mai più razzismo contro gli ebrei.",
    "Niente più discriminazioni per le donne.",
    "Le donne a casa? Ma scherzi?",
    "I rom sono persone come tutte le altre.",
    "Amo i miei amici musulmani.",
    "Zingaretti ha parlato in parlamento oggi.",
    "Le donne non sono stupide.",
)

TUNE_SWEARING: tuple[str, ...] = (
    "Cazzo che partita!", "Porca miseria, ho perso il treno.", "Porca puttana che freddo oggi.",
    "Che cazzo di giornata, sono distrutto.", "Minchia che gol!", "Vaffanculo al traffico di Roma.",
)
