"""The italian46 probe (issue 8): a broad sweep of Italian functional hate speech against
identity groups (women, gay people, trans people, black people, disabled people, Muslims,
Jews, immigrants, Roma): derogation with a negative attribute, dehumanisation, expressed
hate, threats and calls for violence, slurs, a pronoun that points back at the group,
questions and opinions that carry the hate, profanity aimed at a group; the clean lines in
the same words that must stay clean (counter-speech, neutral and kind mentions, denouncing
quotes, abuse of objects) and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # derogation with a negative attribute
    "le donne sono tutte stupide", "i gay sono dei pervertiti schifosi",
    "i neri sono tutti ladri e fannulloni", "i disabili sono un peso inutile per tutti",
    "gli ebrei sono avidi e bugiardi", "i rom sono sporchi e puzzano",
    "le trans sono uomini malati di mente",
    # dehumanisation
    "gli immigrati sono parassiti", "i musulmani sono bestie", "i rom sono topi di fogna",
    "i neri sono scimmie", "le donne sono solo oggetti", "gli ebrei sono vermi",
    # expressed hate
    "odio i musulmani", "non sopporto i gay", "mi fanno schifo i disabili",
    "detesto profondamente gli ebrei", "provo ribrezzo per le trans",
    # threats and calls for violence
    "bisognerebbe sparare a tutti i rom", "ammazzerei tutti gli immigrati con le mie mani",
    "i gay vanno presi a bastonate", "bruciamo le moschee con dentro i musulmani",
    "prima o poi vi ammazziamo tutti, sporchi negri",
    # slurs
    "sei solo un frocio di merda", "quella è una negra schifosa",
    # pronoun reference
    "odio gli ebrei. sono tutti uguali", "ho conosciuto dei rom. sono feccia, tutti quanti",
    "le donne? non capiscono niente, sono nate per servire",
    # questions and opinions
    "perché i disabili sono così inutili?", "secondo me i neri sono inferiori",
    "a mio parere le donne sono meno intelligenti degli uomini",
    "perché i musulmani sono tutti terroristi?",
    # profanity aimed at a group
    "i gay sono dei gran pezzi di merda", "fanculo agli immigrati del cazzo",
    "le donne sono delle troie del cazzo",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech
    "dire che i gay sono malati è vergognoso", "i neri non sono inferiori a nessuno",
    "chi odia i musulmani è solo ignorante", "non è vero che le donne sono stupide",
    "smettetela di chiamare parassiti gli immigrati",
    "augurare la morte ai rom è da criminali",
    "dire 'i disabili sono inutili' è disgustoso",
    "basta con questo odio verso gli ebrei",
    # neutral or positive mentions
    "i musulmani festeggiano il ramadan", "le donne hanno vinto il torneo ieri",
    "i gay possono sposarsi in molti paesi", "i disabili hanno diritto agli stessi servizi",
    "gli ebrei celebrano la pasqua ebraica", "i rom hanno una lunga storia in europa",
    "gli immigrati lavorano tantissimo", "le persone trans meritano rispetto",
    "i neri hanno fatto la storia del jazz", "adoro le mie amiche lesbiche",
    "sono gay e ne vado fiero", "secondo me le donne sono fortissime a scacchi",
    "perché i musulmani digiunano durante il ramadan?",
    # denouncing quotes and reported speech
    "mi ha scritto 'odio i musulmani', l'ho segnalato",
    "ha urlato 'sporchi negri' ed è stato bannato",
    "sui social qualcuno scrive che gli ebrei sono vermi, che schifo",
    # abuse of objects
    "odio questa stampante di merda", "questo telefono è un pezzo di merda",
    "il computer è inutile, lo butto", "questa sedia fa schifo",
    "vorrei sparare a questo router", "odio il lunedì",
    "le zanzare sono parassiti schifosi", "i topi di fogna mi fanno schifo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che giornata", "porca troia che gol", "minchia che caldo oggi",
    "che cazzo di bella partita", "merda, ho perso il bus", "vaffanculo, ho bruciato la pasta",
)
