"""The italian54 probe lines (issue 8): a named group derided or shut out without a slur:
trouble or a plague said to come with it ("dove ci sono i rom ci sono guai", "i neri
portano solo guai", "i gay sono come la peste"), kept away or not hired ("tenete i rom
lontani dai vostri figli", "ecco perché non si assumono donne"), and a few other implicit
forms ("tipico di un nero: ladro", "da un ebreo non mi aspetto niente di buono", "non
meritano nessun diritto"); clean lines in the same words (mosquitoes, medicines, risks,
counter-speech, reports, neutral mentions). Written before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "dove ci sono i rom ci sono guai", "dove ci sono musulmani ci sono solo guai",
    "dove ci sono ebrei ci sono sempre casini", "i neri portano solo guai",
    "gli zingari portano solo problemi", "le donne portano sempre guai",
    "i gay sono come la peste", "gli ebrei sono peggio della peste",
    "evitate i musulmani come la peste", "i trans creano solo problemi",
    "gli immigrati sono come un virus", "i disabili danno solo problemi",
    "i rom? come la peste", "gli immigrati portano degrado e malattie",
    "ecco perché non si assumono donne", "ecco perché non si assumono neri",
    "non assumete mai musulmani", "non bisogna assumere gli immigrati",
    "io non assumerei mai un gay", "mai assumere un ebreo",
    "tenete i rom lontani dai vostri figli", "tenete i gay lontani dai bambini",
    "teniamo gli immigrati lontani dalle nostre scuole",
    "tenete le persone trans lontane dai bagni delle donne",
    "non fate avvicinare i neri ai vostri figli", "non date lavoro agli zingari",
    "i disabili teneteli lontani dalle scuole normali",
    "tipico di un nero: ladro", "tipico dei rom, rubano sempre",
    "da un ebreo non mi aspetto niente di buono", "dai musulmani niente di buono",
    "le donne non meritano nessun diritto", "gli immigrati non meritano nessun diritto",
    "i neri sono una sciagura per questo paese", "dove arrivano gli immigrati arrivano i guai",
)

TUNE_CLEAN: tuple[str, ...] = (
    "dove ci sono zanzare ci sono guai", "dove ci sono lavori in corso ci sono problemi",
    "tenete i farmaci lontani dai bambini", "tenete i cani lontani dai vostri figli",
    "teniamo i telefoni lontani dal letto", "ecco perché non si assumono rischi",
    "ecco perché non si assumono stagisti senza esperienza",
    "è illegale dire che non si assumono donne",
    "chi dice che dove ci sono neri ci sono guai è razzista",
    "evito lo zucchero come la peste", "l'ho evitato come la peste tutto il giorno",
    "la peste nera uccise mezza europa", "i gatti portano solo guai in casa",
    "questo governo porta solo guai", "gli immigrati portano ricchezza e lavoro",
    "non è vero che i musulmani portano solo guai", "tenete i bambini lontani dal fuoco",
    "assumete più donne in azienda", "nella nostra azienda si assumono anche disabili",
    "non fate avvicinare i cani ai bambini piccoli", "tipico di un gatto: dormire tutto il giorno",
    "da un politico non mi aspetto niente di buono", "le donne meritano ogni diritto",
    "dove ci sono i rom ci sono anche tante famiglie povere", "i gay non portano guai a nessuno",
    "dicono che dove ci sono immigrati ci sono guai, ma i dati dicono il contrario",
    "non bisogna assumere persone senza contratto", "non assumete mai farmaci senza ricetta",
    "mai assumere antibiotici a caso", "io non assumo zuccheri dopo cena",
    "questo virus è come la peste", "i neri hanno vinto la partita, che gioia",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita ragazzi", "porca miseria, ho perso di nuovo",
    "che figata pazzesca, cazzo", "minchia che caldo oggi",
    "vaffanculo a sto lag", "merda, la pasta è scotta",
)
