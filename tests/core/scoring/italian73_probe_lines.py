"""The italian73 probe (issue 8): hostility said in the first person plural, a negated
verb of bearing or a fed-up phrase said of a named group ("noi non sopportiamo gli
ebrei", "siamo stufi degli immigrati", "non ne possiamo più degli zingari"), which the
older rules read only in the first person singular; and a negated first-plural opinion
or saying verb before a claim about a group, which denies it ("non pensiamo che i neri
siano inferiori"). The clean lines use the same words: things, counter-speech, denials,
reports, asked reports and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a negated first-plural verb of bearing, a group after it
    "noi non sopportiamo gli ebrei", "noi non tolleriamo i musulmani",
    "noi proprio non sopportiamo i rumeni", "noi qui non tolleriamo gli zingari",
    "non sopportiamo gli albanesi", "non li sopportiamo gli arabi",
    "non le sopportiamo le lesbiche", "qui non sopportiamo i gay",
    "non tolleriamo più i cinesi", "noi italiani non sopportiamo gli africani",
    "sinceramente non sopportiamo i musulmani", "non li tolleriamo piu sti zingari",
    "nel server non sopportiamo i trans", "in famiglia non sopportiamo gli ebrei",
    "noi proprio non tolleriamo i gay", "io e mio fratello non sopportiamo i neri",
    "a casa nostra non tolleriamo i rom", "non sopportiamo piu i rifugiati",
    "noi non tolleriamo le donne musulmane",
    # the group first, then the verb with its pronoun
    "noi gli ebrei non li sopportiamo", "gli zingari non li tolleriamo",
    "i musulmani proprio non li sopportiamo",
    # fed up, in the first person plural
    "siamo stufi degli immigrati", "siamo stufi marci dei musulmani",
    "non ne possiamo più degli zingari", "noi non ne possiamo piu dei rumeni",
    "siamo stanchi dei neri", "siamo stanche degli ebrei",
    "siamo tutti stufi degli stranieri", "ragazzi siamo stufi dei marocchini",
    "onestamente non ne possiamo piu degli immigrati", "siamo stanchi di questi immigrati",
    "non ne possiamo più di sti musulmani", "siamo stufe dei musulmani",
    "siamo davvero stufi dei cinesi",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same verbs said of things
    "noi non sopportiamo il caldo", "non tolleriamo i ritardi",
    "siamo stufi di questo governo", "non ne possiamo più di questa pioggia",
    "siamo stanchi dei soliti lag", "noi non sopportiamo il lunedì",
    "non li sopportiamo questi bug", "siamo stufi marci delle tasse",
    "odiamo il lunedì", "non sopportiamo il caldo",
    # said of hatred: counter-speech
    "noi non tolleriamo il razzismo", "non sopportiamo chi insulta gli ebrei",
    "siamo stufi di chi odia i musulmani", "non ne possiamo più del razzismo contro i neri",
    "qui non tolleriamo insulti ai gay", "siamo stanchi di vedere gli zingari trattati male",
    # denied, reported, or kind
    "non è vero che non sopportiamo gli ebrei",
    "dicono che non sopportiamo i musulmani, ma non è vero", "noi non odiamo nessuno",
    "noi amiamo i nostri vicini musulmani", "siamo fieri dei nostri amici gay",
    # a negated first-plural opinion or saying verb before the claim
    "non pensiamo che i neri siano inferiori", "non crediamo che gli ebrei siano avidi",
    "non diciamo che i musulmani sono terroristi",
    "non pensiamo affatto che gli zingari siano ladri",
    "noi non crediamo che i gay siano malati",
    "non diremo mai che gli immigrati sono criminali",
    # asked or denied reports of someone else's words
    "chi ti ha detto che sei un mezzo uomo?", "ma chi vi ha detto che siete dei falliti?",
    "quello è un coglione, dice mio padre, ma non è vero",
    # third persons praised
    "sto tizio è un genio", "quel mod è bravissimo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo ragazzi che serata", "porca troia che caldo oggi", "minchia che lag stasera",
    "merda abbiamo perso di nuovo", "che cazzo di partita ragazzi", "porca miseria siamo in finale",
)
