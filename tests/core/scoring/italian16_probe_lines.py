"""The italian16 probe (issue 8): Italian hate speech at default settings in the shapes
italian15 left: singular verbs of group-only phrases, "il rom" and singular generic
subjects, dehumanising nouns said of a group, a judging word followed by more words,
split words. Written before the round's rule code was read. The first five clean lines
are friendly swearing.
"""

from __future__ import annotations

# fmt: off

PROBE_HOSTILE: tuple[str, ...] = (
    # singular verbs of group-only phrases
    "l'islamico odia i cristiani", "l'ebreo comanda il mondo", "il musulmano odia le donne",
    "l'ebreo possiede tutti i giornali", "lo zingaro vive di furti",
    "l'immigrato vive alle nostre spalle", "il negro non ha voglia di lavorare",
    # il rom / singular generic
    "il rom è un ladro", "il rom non lavora mai", "il rom ruba sempre",
    "la donna è inferiore all'uomo", "la donna deve stare zitta", "la donna non sa guidare",
    "il disabile è un costo per la società", "il gay è una malattia",
    "la donna non ragiona", "il disabile non serve a niente",
    # dehumanising nouns of a group
    "i musulmani sono un cancro", "gli immigrati sono una peste", "i gay sono una malattia",
    "gli ebrei sono un cancro per il mondo", "i rom sono una piaga sociale",
    "gli stranieri sono un'infezione", "i migranti sono un'invasione di locuste",
    "le femministe sono un tumore", "i neri sono scimmie",
    # judging word followed by more words
    "secondo me il musulmano è violento di natura", "per me l'immigrato è criminale per natura",
    "gli zingari sono ladri dalla nascita", "i musulmani sono violenti per cultura",
    "l'ebreo è avido per natura", "le donne sono stupide da sempre",
    # split words
    "gli e brei sono vermi", "i ne gri sono scimmie", "le d o n n e sono inferiori",
    "i f r o c i devono morire", "gli im migrati sono parassiti",
)

PROBE_CLEAN: tuple[str, ...] = (
    # friendly swearing
    "cazzo che partita ragazzi", "porca miseria che gol", "minchia che colpo, grande",
    "vaffanculo, mi hai fatto ridere troppo", "cavolo che fortuna hai avuto",
    # neutral / positive mentions
    "il rom che abita accanto è gentilissimo", "la donna che mi ha aiutato era medico",
    "il disabile ha vinto la gara di nuoto", "l'islamico del negozio mi ha fatto lo sconto",
    "l'ebreo nel film è il protagonista", "parlo arabo e un po' di cinese",
    "mia nonna parla il rom", "la lingua rom è antica",
    "i musulmani celebrano il ramadan", "gli immigrati lavorano nei campi",
    "la donna è la nuova presidente", "il disabile ha diritto al parcheggio",
    # news
    "il rom è stato arrestato ieri", "un immigrato è stato arrestato per furto",
    "l'islamico arrestato ieri era ricercato", "la donna è stata investita in centro",
    # counter-speech
    "dire che i musulmani sono un virus è razzismo", "non è vero che l'ebreo controlla le banche",
    "chi dice che la donna non capisce niente è un ignorante",
    "smettetela di dire che gli immigrati sono una piaga",
    "il razzismo è una piaga", "la corruzione è un cancro", "il covid è un virus",
    "questo bug è una piaga", "la burocrazia è una malattia",
    # judging word followed by more words, clean
    "secondo me il film è violento per natura", "il leone è violento per natura",
    "il mio gatto è pigro per natura",
    # split words clean
    "ci sono mus ica e balli", "gli e venti di oggi",
)
