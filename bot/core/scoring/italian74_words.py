"""Words of the italian74 round (issue 8, targeting_italian74.py): a named group said never
to change or "made that way" ("questi africani non cambieranno mai", "i rom sono fatti
così, non c'è niente da fare"), a group sent home by a first-plural clitic call with no
group named ("mandiamoli tutti a casa loro"), "we" all fed up with a group ("siamo tutti
stufi degli stranieri"), and a nationality that is a team in a sports line ("siamo stufi
dei tedeschi in questo torneo")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The stereotype (lexicons/it/identity_attack.txt): a named group right before the
# frame, the frame closing its clause ("gli zingari non cambiano mai", "i rom sono fatti
# così"); "gli olandesi non cambiano mai modulo" goes on to an object and is no verdict.
NEVER_CHANGE: Final[frozenset[str]] = frozenset({
    "non cambieranno mai", "non cambiano mai", "sono fatti cosi", "sono fatte cosi",
    "sono cosi e basta",
})
# The fatalistic tail after a pause, read only after such a frame or after "<group> sono
# così": "i nigeriani sono così, non c'è niente da fare", "..., è nel loro sangue"
# ("nel sangue", "nel loro sangue" and "nella loro natura" are older lines, read here in
# this shape).
FATAL_TAILS: Final[frozenset[str]] = frozenset({
    "non c e niente da fare", "c e poco da fare", "nel sangue", "nel loro sangue",
    "nella loro natura",
})
SO: Final[tuple[str, ...]] = ("sono", "cosi")  # the bare frame a tail may follow
# After the frame, a word that starts a new clause or only colours it: "non cambiano mai
# [e] mai cambieranno", "non cambieranno mai [purtroppo]".
FRAME_ENDS: Final[frozenset[str]] = frozenset({
    "e", "ma", "purtroppo", "ormai", "eh", "tanto", "proprio", "davvero", "piu", "lo",
})
# An acceptance or praise after the frame in its sentence makes it "born this way", no
# stereotype: "i gay sono fatti così e va benissimo", "..., non c'è niente di male", "... e
# li amiamo", "i napoletani sono fatti così, sempre allegri"; not after "non" ("... e non
# va bene").
ACCEPTING: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("va", "bene"), ("va", "benissimo"), ("vanno", "bene"), ("vanno", "benissimo"),
    ("e", "giusto"), ("e", "normale"), ("e", "bello"), ("e", "bellissimo"),
    ("niente", "di", "male"), ("nulla", "di", "male"), ("niente", "di", "sbagliato"),
    ("nulla", "di", "sbagliato"), ("meno", "male"), ("li", "amo"), ("li", "amiamo"),
    ("le", "amo"), ("le", "amiamo"), ("li", "adoro"), ("le", "adoro"), ("ci", "piacciono"),
    ("sono", "bellissimi"), ("sono", "bellissime"), ("sono", "stupendi"),
    ("sono", "meravigliosi"), ("sono", "meravigliose"), ("li", "rispetto"),
    ("li", "rispettiamo"), ("li", "accettiamo"), ("accettiamoli",), ("rispettiamoli",),
    ("orgogliosi",), ("orgogliose",), ("fieri",), ("fiere",), ("allegri",), ("allegre",),
    ("simpatici",), ("simpatiche",), ("generosi",), ("generose",), ("gentili",),
    ("ospitali",), ("fantastici",), ("fantastiche",), ("adorabili",),
})
ACCEPT_SPAN: Final[int] = 3  # the longest acceptance
ACCEPT_REACH: Final[int] = 8  # tokens after the frame read for an acceptance
TAIL_REACH: Final[int] = 3  # tokens between the pause and the tail: ", [ce l hanno] nel sangue"
# --- Sent home by a clitic call (lexicons/it/threat.txt): the call, then a home of their
# own (italian50's HOMES): "mandiamoli tutti a casa loro", "mandateli tutti al loro paese".
CALLS: Final[frozenset[str]] = frozenset({
    "mandiamoli tutti", "mandiamole tutte", "mandateli tutti", "mandatele tutte",
    "mandiamoli via", "mandateli via",
})
# The calls home, a group's only when "loro" follows them: the round's own lines, and
# italian3's ("mandiamoli a casa"), whose older reading stands outside the shape.
OWN_CALLS_HOME: Final[frozenset[str]] = frozenset({
    "mandateli a casa", "mandiamole a casa", "mandatele a casa",
})
CALLS_HOME: Final[frozenset[str]] = OWN_CALLS_HOME | {
    "mandiamoli a casa", "rimandiamoli a casa", "rimandateli a casa",
}
THEIRS: Final[str] = "loro"
# Between the call and the home: "mandiamoli [via tutti], a casa loro".
CALL_FILLERS: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "via", "subito", "quanti", "quante", "quanto", "prima",
})
FILLER_REACH: Final[int] = 3
# Guests, kids or friends named, or a plain reason, make it a trip home, not an expulsion:
# "gli ospiti sono stanchi, mandiamoli a casa loro con un taxi"; office holders named make
# it a vote ("mandiamoli tutti a casa loro, i ministri incapaci").
PLAIN_HOME: Final[frozenset[str]] = frozenset({
    "ospiti", "invitati", "bambini", "bimbi", "ragazzi", "ragazze", "ragazzini", "figli",
    "amici", "clienti", "nonni", "parenti", "alunni", "studenti", "giocatori", "colleghi",
    "stanchi", "stanche", "sonno", "tardi", "presto", "taxi", "macchina", "auto", "scuola",
    "ubriachi", "malati", "finito", "finita", "politici", "ministri", "deputati",
    "senatori", "parlamentari", "governo", "sindaco", "consiglieri", "dirigenti",
})
PLAIN_REACH: Final[int] = 12  # tokens either side of the call read for a plain reason
# Another's words: a saying verb before the hit in its sentence, beyond italian11's
# REPORTING ("chi grida mandiamoli tutti a casa loro ...").
SHOUTING: Final[frozenset[str]] = frozenset({
    "grida", "gridano", "urla", "urlano", "scrivete", "dite", "dicendo", "gridando",
})
SAYING_REACH: Final[int] = 8  # tokens back from the hit read for the saying verb
# --- "We" all fed up (lexicons/it/identity_attack.txt), read as italian73's "siamo
# stufi": the group after it in the clause.
WE_ALL_FED_UP: Final[frozenset[str]] = frozenset({
    "siamo tutti stufi", "siamo tutte stufe", "siamo tutti stanchi", "siamo tutte stanche",
})
# --- A nationality that names a team: "siamo stufi dei tedeschi in questo torneo". Only
# nations that field teams; never a race, a religion or a continent's people.
TEAM_NATIONS: Final[frozenset[str]] = frozenset({
    "tedeschi", "francesi", "inglesi", "spagnoli", "olandesi", "brasiliani", "argentini",
    "portoghesi", "belgi", "croati", "svizzeri", "danesi", "svedesi", "norvegesi",
    "polacchi", "americani", "giapponesi", "messicani", "greci", "austriaci", "uruguaiani",
})
SPORT: Final[frozenset[str]] = frozenset({
    "torneo", "finale", "semifinale", "campionato", "girone", "partita", "partite",
    "mondiali", "coppa", "gol", "squadra", "nazionale", "olimpiadi", "rigori", "classifica",
    "qualificazioni", "modulo", "allenatore", "calcio", "match", "playoff",
})
SPORT_REACH: Final[int] = 10  # tokens either side of the nation read for the sport
# fmt: on
