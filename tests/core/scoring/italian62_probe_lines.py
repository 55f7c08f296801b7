"""The italian62 probe (issue 8): harm wished on a whole group in Italian, the group
left to "tutti" or to the thread ("speriamo che affoghino tutti", "magari crepassero
tutti", "che crepino"), or wished through the boats that carry it ("speriamo che
affondino i barconi", "magari affondasse il gommone"); and the clean lines in the same
words that must stay clean (wishes that are no harm, harm wished on things, idioms such
as "morire dal ridere", negations, questions, news and reported speech). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a harm wished on "all of them" or on "them", the group left to the thread
    "che affondino tutti", "speriamo che affoghino tutti", "magari annegassero tutti",
    "che crepino tutti quanti", "spero che muoiano tutti", "magari morissero tutti",
    "speriamo che brucino tutti", "che marciscano tutti in galera",
    "spero che crepino", "speriamo che affoghino", "che crepino",
    "magari crepassero tutte", "mi auguro che muoiano tutti quanti",
    "speriamo che anneghino tutti in mare", "spero proprio che crepino tutti",
    "che brucino tutti all'inferno", "magari affogassero tutti quanti",
    "ci auguriamo che crepino tutti", "speriamo solo che muoiano tutti",
    "spero che schiattino tutti", "magari schiattassero tutti quanti",
    "basta, che crepino tutti", "speriamo che marciscano tutte",
    # the boats that carry the group wished sunk
    "speriamo che affondino i barconi", "magari affondassero tutti i barconi",
    "spero che affondino tutti i gommoni", "speriamo che affondi il barcone",
    "magari affondasse il gommone", "che affondino quei barconi",
    "spero che affondi la prossima carretta del mare",
    "speriamo che affondino tutte le carrette del mare",
    "magari affondassero le navi delle ong", "che affondi il barcone con tutti a bordo",
    "spero che affondino i barconi prima di arrivare",
    "speriamo che il prossimo barcone affondi",
)

TUNE_CLEAN: tuple[str, ...] = (
    # wishes that are no harm
    "spero che vincano tutti", "speriamo che arrivino sani e salvi",
    "speriamo che stiano tutti bene", "magari venissero tutti alla festa",
    # negated, asked, feared
    "speriamo che non affondino", "spero che non muoiano tutti",
    "magari non affogassero più", "speriamo che i barconi non affondino",
    "e se affondassero tutti?", "ho paura che muoiano tutti in quel naufragio",
    # harm wished on things, idioms
    "spero che affondi questa legge", "che crepi il lupo",
    "speriamo che affondino le sue proposte", "spero che affondino tutte le sue idee",
    "speriamo che muoiano tutti i pesci del lago? no grazie",
    "magari bruciassero tutti i documenti falsi", "spero che brucino tutti i grassi",
    "speriamo che muoiano tutti dal ridere", "che crepino dal ridere tutti",
    "spero che spariscano tutti i brufoli", "magari sparissero tutte le zanzare",
    "speriamo che affondino la squadra avversaria ai rigori",
    # news, reports, counter-speech
    "il barcone è affondato ieri", "ha detto che spera che affondino, vergogna",
    "dice che spera che muoiano tutti, che schifo",
    "chi scrive che crepino tutti dovrebbe vergognarsi",
    "non si può dire speriamo che affondino i barconi",
    "i barconi affondano e nessuno fa niente",
    "il gommone è affondato al largo di lampedusa",
    "scrivere magari affogassero tutti è disumano",
    "spero che la nave delle ong arrivi in porto",
    "speriamo che i soccorsi arrivino prima che affondino",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca miseria ho perso il treno",
    "che figata di concerto cazzo", "merda, mi si è rotto il telefono",
    "minchia che caldo oggi", "vaffanculo alla pioggia, di nuovo",
)
