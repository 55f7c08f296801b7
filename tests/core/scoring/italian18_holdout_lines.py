"""The italian18 held-back batch (issue 8): written after italian18_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes, new wording. The first five clean lines are friendly swearing.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # coming here to do harm
    "i nigeriani vengono qui a spacciare droga", "gli islamici vengono in italia a fare attentati",
    "i marocchini vengono qui a rubarci il lavoro",
    "gli extracomunitari vengono qui a mantenersi con i nostri soldi",
    "i rumeni vengono qui a fare i ladri", "gli zingari vengono nelle nostre città a rubare",
    "i clandestini sbarcano qui per delinquere", "i migranti vengono qui per stuprare",
    "questi stranieri vengono da noi solo a spacciare",
    "i tunisini vengono qui a fare casino e rubare",
    "gli immigrati arrivano in italia per vivere di sussidi",
    "i musulmani vengono qui per islamizzarci",
    # humanity denied or lessened
    "i rom non sono esseri umani", "gli arabi sono meno umani di noi", "nessun musulmano è umano",
    "i neri non sono persone",
    "gli immigrati non sono umani",
    "le donne sono meno umane degli uomini",
    "i trans non sono persone", "gli africani non sono umani", "i froci non sono esseri umani",
    "nessun ebreo è un essere umano", "gli zingari sono meno umani degli animali",
    # ruin, disgrace, plague
    "i migranti sono una rovina", "gli islamici sono una piaga", "le donne sono una disgrazia",
    "i rom sono la rovina di questo paese", "gli ebrei sono una piaga per il mondo",
    "i trans sono una vergogna", "gli stranieri sono una disgrazia per l'italia",
    "i neri sono la piaga dell'europa", "i gay sono la rovina dei giovani",
    # next member I see
    "il prossimo arabo che vedo lo accoltello", "il prossimo nero che incontro lo ammazzo",
    "la prossima zingara che vedo le spacco la faccia", "il prossimo gay che vedo lo pesto",
    "il prossimo rom che si avvicina lo uccido",
    # slurs with digits or symbols
    "n3gri di merda", "sei un fr0cio", "quella z0ccola", "ebreo d1 merda tornatene a casa",
    "sporchi n€gri", "r0tto in culo",
    "i pakistani vengono qui a sfruttare il nostro welfare",
    "i cinesi non sono persone normali, sono insetti",
)

HELD_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che bella giocata", "porca puttana che rimonta", "minchia che fortuna",
    "che palle questa lag, vabbè gg", "madonna che tiro assurdo",
    # coming here, harmless purpose
    "i nigeriani vengono qui a lavorare nei campi", "i turisti vengono in italia a visitare roma",
    "gli studenti stranieri vengono qui a imparare", "i miei amici vengono qui a giocare",
    "i tedeschi vengono qui a fare le vacanze",
    "gli africani vengono qui a cercare una vita migliore",
    "i ladri sono venuti qui a rubare la bici", "i musulmani vengono qui a pregare",
    # humanity, clean
    "i robot non sono persone", "le macchine non sono esseri umani", "i cani non sono umani",
    "dire che i rom non sono esseri umani è odio", "tutti gli immigrati sono esseri umani",
    "i neri sono persone come tutti",
    "nessuno è meno umano di un altro",
    "i vampiri non sono umani",
    "i personaggi del gioco non sono persone vere",
    # ruin, clean
    "la siccità è una piaga", "questa tassa è una rovina", "la mafia è la piaga del sud",
    "i migranti non sono una piaga", "chi dice che le donne sono una rovina è un cretino",
    "gli immigrati sono una risorsa", "il governo è una disgrazia",
    "la grandine è stata la rovina del raccolto",
    # next one, clean
    "la prossima partita che vedo la guardo con te", "il prossimo rom che incontro lo saluto",
    "il prossimo nero che vince le olimpiadi sarà famoso",
    # reported views, counter-speech
    "alcuni dicono che i nigeriani vengono qui a spacciare, è falso",
    "non è vero che i rom non sono umani", "non voglio che i profughi muoiano in mare",
    "molti credono che gli stranieri rubino, ma i dati dicono il contrario",
    "h0 v1nto la partita", "gg wp 3z",
    "i turisti cinesi vengono qui a fare shopping", "gli anziani sono una risorsa, non una piaga",
)
