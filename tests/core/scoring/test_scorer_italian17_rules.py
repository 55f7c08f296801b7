"""Shapes of the italian17 round (targeting_italian17, italian17_words, its lexicon and
cue lines, the scorer's reading of "arabo", "nero", "femmina" and the singular
nationalities), at default settings: a named group said to despise, ruin or live off
something general, "puzza" said of a group, the singulars after a generic determiner,
dehumanising nouns said of a group, places a group is told to go back to; with the
look-alikes that stay clean (other subjects, particular objects, denials and reports,
colours, languages, species, food and drink). Past the round's own probe lines, each
rule's lines were written after it and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a group + a verb of contempt, harm or living off others + a general object
    "i marocchini disprezzano la nostra religione",
    "gli zingari sfruttano i nostri servizi",
    "gli islamici invadono le nostre scuole",
    "le femministe odiano la famiglia",
    "i gay corrompono la società",
    "gli immigrati ci derubano",
    "i rumeni sporcano tutto",
    "gli ebrei avvelenano il mondo",
    "i migranti inquinano la nostra cultura",
    "gli stranieri approfittano di tutto",
    "i musulmani islamizzano l'europa",
    "il clandestino succhia i nostri soldi",
    "l'islamico disprezza la nostra cultura",
    "i musulmani odiano l'italia",
    "gli stranieri sfruttano il nostro paese",
    "gli immigrati? ci sfruttano",
    # gerunds after "stanno", participles after "hanno", infinitives after wanting
    "gli stranieri stanno sfruttando il nostro paese",
    "i rom stanno sporcando le nostre città",
    "gli islamici hanno invaso l'europa",
    "gli immigrati vogliono distruggere la nostra cultura",
    "i musulmani vogliono invadere l'europa",
    "gli immigrati cercano di distruggere la nostra cultura",
    # two verbs joined by "e" share the group and the object
    "gli ebrei controllano e sfruttano il mondo",
    "i musulmani sfruttano e disprezzano il nostro paese",
    "gli islamici arrivano e disprezzano le nostre leggi",
    "i profughi mangiano e sporcano tutto",
    "gli zingari entrano e derubano le nostre case",
    "le femministe odiano e disprezzano gli uomini",
    "gli albanesi vengono e sfruttano il nostro welfare",
    # living off others, replacing, subjugating; animals said of a group
    "gli stranieri vivono a sbafo",
    "gli immigrati vivono a spese nostre",
    "i rom vivono di elemosina e furti",
    "il clandestino campa di sussidi",
    "i musulmani ci vogliono sottomettere",
    "gli immigrati ci stanno sostituendo",
    "gli africani sostituiscono gli italiani",
    "i musulmani vogliono sottomettere le donne",
    "gli immigrati colonizzano le nostre città",
    "gli ebrei sono dei vampiri",
    "i rom sono delle iene",
    # "loro" for the group named before
    "conosco tanti musulmani. loro disprezzano la nostra cultura",
    "ho visto i rom ieri, loro sporcano tutto",
    "odio gli immigrati. sfruttano il nostro paese",
    # respect, acceptance and duty refused; "non si integrano"
    "gli immigrati non rispettano le nostre leggi",
    "i musulmani non accettano la nostra cultura",
    "gli zingari non pagano le tasse",
    "gli immigrati non si integrano",
    "i musulmani non si integreranno mai",
    "gli stranieri se ne fregano delle nostre regole",
    "gli immigrati non vogliono integrarsi",
    "gli africani non rispettano le nostre tradizioni",
    "i rom non pagano mai le tasse",
    "l'islamico non accetta i nostri valori",
    "le femministe se ne fregano della famiglia",
    "i nigeriani non si integrano mai",
    # "noi" and men as the general object
    "i musulmani disprezzano noi italiani",
    "gli immigrati odiano noi",
    "le donne sfruttano gli uomini",
    # "come mai" asks why; "mai" denies nothing there (fixed in hatecheck9)
    "come mai gli immigrati sfruttano il nostro paese?",
    "come mai gli immigrati rubano sempre?",
    "come mai i rom puzzano?",
    # "puzza" said of a group
    "l'africano puzza",
    "il rom puzza",
    "lo zingaro puzza di alcol",
    # the singulars read as the people
    "l'arabo è un ladro",
    "nessun arabo è affidabile",
    "un arabo non è affidabile",
    "il nero è inferiore",
    "il nero è una bestia",
    "la femmina è un oggetto",
    "la femmina non capisce niente",
    "il marocchino ruba sempre",
    "nessun albanese è onesto",
    "il cinese è un ladro",
    "secondo me il nigeriano spaccia",
    "la rumena è una ladra",
    "ogni tunisino è un delinquente",
    # living off others, said of a group
    "gli zingari sono degli scrocconi",
    "l'immigrato è uno sfaticato",
    "i rom sono tutti accattoni",
    "gli africani sono dei lavativi",
    "i profughi sono approfittatori",
    # dehumanising nouns said of a group
    "i migranti sono un'infestazione",
    "gli stranieri sono una sciagura",
    "gli albanesi sono una calamità",
    "i rom sono un flagello per l'italia",
    "gli immigrati sono scarti",
    "i musulmani sono un'epidemia",
    "le femministe sono una disgrazia",
    "gli zingari sono pattume",
    "i clandestini sono melma",
    "gli ebrei sono una lebbra",
    # "nessun" denying a virtue or worth stays an attack
    "nessun clandestino è onesto",
    "nessun arabo è affidabile",
    "nessuna femmina merita rispetto",
    "nessun musulmano è una brava persona",
    "nessuna donna è intelligente",
    "nessun ebreo è onesto",
    "nessun immigrato è una persona per bene",
    # "le persone nere" keeps its judging words for the rules (the gate knew no "nere")
    "le persone nere sono una sciagura",
    "le persone nere sono un flagello",
    # places a group is said to belong in (fixed in hateprobe5)
    "le donne appartengono alla cucina",
    "la donna appartiene alla cucina",
    "gli immigrati appartengono al loro paese",
    # places a group is told to go back to
    "i neri devono tornare nella giungla",
    "i gay dovrebbero tornare nell'armadio",
    "le donne devono restare nella stalla",
    "gli zingari devono tornare nelle baracche",
    "gli arabi dovrebbero tornare nel deserto",
)

CLEAN = (
    # other subjects, particular objects, denials and reports
    "i padroni sfruttano i braccianti",
    "i musulmani disprezzano la violenza",
    "i russi invadono l'ucraina",
    "la pioggia rovina tutto",
    "gli immigrati sfruttano l'occasione per imparare",
    "le donne sfruttano il loro talento",
    "i migranti odiano la guerra",
    "non è vero che gli immigrati sfruttano il paese",
    "dire che i rom sporcano le città è razzismo",
    "mio fratello odia il lunedì",
    "gli ebrei odiano l'antisemitismo",
    "le donne odiano la violenza sulle donne",
    "la mafia sfrutta gli immigrati",
    "i caporali sfruttano gli stranieri",
    "gli immigrati non sfruttano nessuno",
    "i turisti invadono la città d'estate",
    "il gatto sporca tutto",
    "la polizia sfrutta il sistema",
    "i tifosi invadono il campo",
    "odia gli arabi chi non li conosce",
    # the one harmed, a game, a war, a name in no group; "mai" still denies after "non"
    "l'immigrato sfruttato nel nostro paese",
    "l'immigrato è stato sfruttato nel nostro paese",
    "voglio distruggere il boss cazzo",
    "cazzo, voglio distruggere tutto",
    "i russi hanno invaso l'ucraina",
    "dobbiamo impedire ai padroni di sfruttare gli immigrati",
    "gli immigrati non rubano mai",
    "i ragazzi arrivano e sporcano tutto",
    "i turisti arrivano e invadono le nostre spiagge",
    "gli immigrati arrivano e lavorano nei campi",
    "i padroni arrivano e sfruttano gli immigrati",
    "gli immigrati vivono in italia",
    "le donne sostituiscono gli uomini al lavoro",
    "gli anziani vivono di pensione",
    "il vino campano è buono",
    "mio zio vive a sbafo da noi",
    "i giornalisti sono sciacalli",
    "le scarpe nere sono una schifezza",
    # "nessun <group> è <insult>" denies it of every member
    "nessun musulmano è un terrorista",
    "nessuna donna è una puttana",
    "nessun ebreo è un parassita",
    "nessun immigrato è un delinquente",
    "nessuna donna è una troia",
    "nessun rom è feccia",
    "nessun africano è una bestia",
    "le persone nere sono fantastiche",
    "parlavo con mio padre. loro sfruttano il paese",
    "i padroni? loro sfruttano i braccianti",
    "i ricchi non pagano le tasse",
    "mio figlio non rispetta le regole",
    "non è vero che gli immigrati non rispettano le nostre leggi",
    "gli immigrati rispettano le nostre leggi",
    "i turisti se ne fregano delle regole",
    "gli immigrati non pagano l'affitto perché sono poveri",
    "i giovani se ne fregano della politica",
    "gli studenti non rispettano le regole della scuola",
    "i bambini non accettano mai le regole",
    "lo stato non paga le pensioni",
    "il gatto se ne frega di tutto",
    "questi immigrati non pagano le tasse? falso",
    # "puzza" of a thing, and the idiom
    "il formaggio puzza",
    "qui puzza di bruciato",
    "il nero puzza di bruciato",
    # colours, languages, species, food and drink
    "il ristorante cinese fa schifo",
    "prendo un marocchino al bar, che schifo la giornata",
    "ho mangiato da un cinese ieri, schifo totale",
    "il vino albanese è orribile",
    "studio l'arabo ma è difficilissimo, che palle",
    "vesto il nero, sono uno stronzo elegante",
    "il nero ti sta da dio cazzo",
    "la femmina del leone è una bestia feroce",
    "un nero opaco fa schifo sulla macchina",
    "il cinese è una lingua difficile",
    "l'arabo è una lingua di merda",
    "il cinese è una lingua del cazzo",
    "parlo arabo",
    "una gatta femmina",
    # dehumanising nouns said of things, denied or reported
    "questo film è una schifezza",
    "la grandine è una sciagura",
    "i rifiuti sono in strada da giorni",
    "la siccità è un flagello",
    "il covid è stato un'epidemia",
    "le zanzare sono un flagello",
    "mio figlio è una disgrazia a scuola",
    "i rom non sono pattume",
    "dire che i migranti sono un'infestazione è razzismo",
    "gli immigrati vivono nella sporcizia per colpa dello stato",
    "se rifiuti l'invito mi offendo",
    # living off others, said of one person, the reader, politicians, a cat, or denied
    "mio cugino è uno scroccone",
    "sei uno scroccone",
    "non è vero che gli immigrati sono scrocconi",
    "i politici sono approfittatori",
    "quel gatto è uno sfaticato",
    # places said of others
    "i piatti appartengono alla cucina",
    "la casa appartiene a mia nonna",
    "i bambini devono tornare a casa",
    "il cane deve restare nella stalla",
    "la giacca deve tornare nell'armadio",
    "dobbiamo tornare nel deserto per il rally",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_italian17_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_italian17_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
