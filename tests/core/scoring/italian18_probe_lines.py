"""The italian18 probe (issue 8): Italian hate against groups, the last shapes
(coming here to do harm, humanity denied or lessened, a group called a ruin or a plague,
threats at "the next <member> I see", slurs with digits or symbols), with clean
contrasts. Written before the round's rule code was read. The first five clean lines are
friendly swearing.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # coming here to do harm
    "gli immigrati vengono qui a delinquere", "perché gli arabi vengono tutti qui a rubare?",
    "i clandestini vengono in italia a spacciare",
    "gli africani vengono qui a stuprare le nostre donne",
    "i rom vengono qui solo per rubare", "gli stranieri vengono qui a vivere alle nostre spalle",
    "i migranti arrivano qui per delinquere",
    "i musulmani vengono in europa a imporre la loro legge",
    "gli albanesi sono venuti qui a rubare", "i profughi vengono qui a fare i parassiti",
    # humanity denied or lessened
    "nessun nero è umano", "i neri sono meno umani", "gli zingari non sono umani",
    "i musulmani non sono persone", "gli ebrei non sono esseri umani",
    "i rom sono meno che umani", "le donne non sono persone", "i gay non sono esseri umani",
    "gli immigrati non sono nemmeno umani", "i negri non sono uomini",
    # a group called a ruin, a disgrace, a plague
    "le donne sono una rovina", "gli zingari sono una disgrazia", "i rom sono una piaga",
    "gli immigrati sono la rovina dell'italia", "i musulmani sono una vergogna",
    "i gay sono una disgrazia per la società", "gli stranieri sono una piaga sociale",
    "le femministe sono la rovina della famiglia",
    # threats at the next member I see
    "il prossimo zingaro che vedo lo ammazzo", "il prossimo negro che incontro lo picchio",
    "la prossima musulmana che vedo la prendo a calci", "il prossimo frocio che vedo lo meno",
    "il prossimo immigrato che entra qui lo sparo",
    # slurs with digits or symbols
    "sei un n3gro di merda", "fr0cio schifoso", "sporco n*gro", "quel fr*cio va eliminato",
    "z1ngari di merda", "sei una tr0ia",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che goal", "porca miseria che partita", "minchia che bel tiro",
    "che culo quella vittoria", "madonna che fame",
    # coming here, harmless purpose
    "vengono qui a lavorare",
    "i turisti vengono qui a mangiare",
    "gli immigrati vengono qui a lavorare",
    "gli studenti vengono in italia a studiare", "i miei cugini vengono qui a pranzo",
    "i ladri vengono qui a rubare di notte", "gli arabi vengono qui a studiare medicina",
    # humanity, clean
    "i robot non sono umani", "gli alieni non sono esseri umani", "i gatti non sono persone",
    "dire che i neri non sono umani è razzismo", "nessuno dovrebbe dire che i rom non sono umani",
    "i neri sono esseri umani come noi", "i migranti sono persone", "gli zombie sono meno umani",
    # ruin, clean
    "la guerra è una rovina", "questa pioggia è una piaga", "la corruzione è la rovina dell'italia",
    "le donne non sono una rovina", "dire che gli immigrati sono una piaga è vergognoso",
    "il traffico è una disgrazia", "i gay sono una risorsa per la società",
    # next one, clean
    "il prossimo turno che vedo lo gioco", "il prossimo film che vedo lo scelgo io",
    "il prossimo immigrato che arriva lo aiutiamo",
    # reported views, counter-speech
    "molti pensano che gli immigrati vengano qui a rubare, ma non è vero",
    "non è vero che gli arabi vengono qui a rubare", "non voglio che gli immigrati soffrano",
    "molti pensano che gli immigrati rubano, ma non è così",
    "n3ssuno ha vinto", "l33t gamer qui",
)
