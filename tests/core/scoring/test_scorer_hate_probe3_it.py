"""Third functional hate-speech probe, Italian (issue 8, hateprobe3).

Written before reading the scorer's rules or the earlier probes, in fresh
Italian wordings per HateCheck functionality (with the groups of its Italian
suite: Jews and Roma too), labelled as HateCheck labels, scored at default
settings. The misses and false flags measured then are data below; a case
leaves those lists when the scorer gets it right, and the counts may only improve.

After this round's rules (read from these misses, so in-sample): recall 150/164 (91.5%),
non-hateful flagged 0/74; the held-out batch in test_scorer_hate_probe3_fresh.py
says how far they generalise.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from tests.core.scoring.hate_probe3_support import AIMED_AT_PERSON, Case, expand, flagged


def _group(article: str, noun: str, one: str, ending: str, **slurs: str) -> dict[str, str]:
    """A group's forms: `o` is the plural adjective ending, `di`/`a` the joined articles."""
    forms = {
        "G": f"{article} {noun}",
        "g": noun,
        "S": one,
        "s": one.split(" ", 1)[1],
        "ness": "ness" + one.split(" ", 1)[0],
        "o": ending,
        "li": "le" if ending == "e" else "li",
        "di": f"de{'l' if article == 'le' else ''}{article} {noun}",
        "a": f"a{'l' if article == 'le' else ''}{article} {noun}",
    }
    return forms | slurs


GROUPS = (
    _group("le", "donne", "una donna", "e", X="una puttana", Xb="puttana", XP="puttane"),
    _group("le", "persone trans", "una persona trans", "e", X="un viado", Xb="viado",
           XP="viados"),
    _group("i", "gay", "un gay", "i", X="un frocio", Xb="frocio", XP="froci"),
    _group("i", "neri", "un nero", "i", X="un negro", Xb="negro", XP="negri"),
    _group("i", "disabili", "un disabile", "i", X="un mongoloide", Xb="mongoloide",
           XP="mongoloidi"),
    _group("i", "musulmani", "un musulmano", "i"),
    _group("gli", "immigrati", "un immigrato", "i"),
    _group("gli", "ebrei", "un ebreo", "i", X="un giudeo", Xb="giudeo", XP="giudei"),
    _group("gli", "zingari", "uno zingaro", "i"),
)  # fmt: skip

TEMPLATES = (
    ("derog_emotion_h", "Odio {G} con tutto il cuore."),
    ("derog_emotion_h", "{G} mi fanno schifo."),
    ("derog_emotion_h", "Non sopporto più {G}, mi danno il voltastomaco."),
    ("derog_emotion_h", "Provo solo disgusto per {G}."),
    ("derog_emotion_h", "Mi fanno ribrezzo tutt{o} quest{o} {g}."),
    ("derog_emotion_h", "Detesto {G}, sono insopportabili."),
    ("derog_attrib_h", "{G} sono tutt{o} ladr{o}."),
    ("derog_attrib_h", "{G} sono stupid{o} e pigr{o}."),
    ("derog_attrib_h", "{G} sono sporch{o} e violent{o}."),
    ("derog_attrib_h", "Non ci si può mai fidare {di}, sono tutt{o} bugiard{o}."),
    ("derog_attrib_h", "{G} sono schifos{o} e inutili."),
    ("derog_attrib_h", "{G} non hanno nessuna morale."),
    ("derog_dehum_h", "{G} sono solo dei parassiti."),
    ("derog_dehum_h", "{G} sono bestie, niente di più."),
    ("derog_dehum_h", "{G} sono la feccia della società."),
    ("derog_dehum_h", "{G} sono una piaga per questo paese."),
    ("derog_dehum_h", "{G} sono spazzatura umana."),
    ("derog_dehum_h", "{G} sono topi di fogna."),
    ("derog_impl_h", "{G} dovrebbero stare in gabbia, non in mezzo a noi."),
    ("derog_impl_h", "Meglio un cane come vicino che {S}."),
    ("derog_impl_h", "È normale odiare {G}, lo fanno tutti."),
    ("derog_impl_h", "Avere {G} nel quartiere è come avere i topi in casa."),
    ("derog_impl_h", "{G} sono buon{o} solo a pulire i cessi."),
    ("derog_impl_h", "Non c'è niente di male a volere {G} fuori dal nostro paese."),
    ("threat_dir_h", "Giuro che ammazzerò tutt{o} {G} che incontro."),
    ("threat_dir_h", "Andrò a bruciare le case {di}."),
    ("threat_dir_h", "Prenderò a calci {G} finché non scappano."),
    ("threat_dir_h", "State attent{o}, {g}, vi verremo a prendere uno per uno."),
    ("threat_dir_h", "Farò soffrire {G} finché non implorano pietà."),
    ("threat_dir_h", "Alla prima occasione sparo a {S}."),
    ("threat_norm_h", "{G} andrebbero fucilat{o} tutt{o}."),
    ("threat_norm_h", "Bisognerebbe sterminare {G}."),
    ("threat_norm_h", "Il mondo sarebbe migliore se {G} fossero tutt{o} mort{o}."),
    ("threat_norm_h", "È nostro dovere cacciare {G} dal paese con la forza."),
    ("threat_norm_h", "{G} meritano di essere impiccat{o}."),
    ("threat_norm_h", "{G} dovrebbero essere rinchius{o} e lasciat{o} morire di fame."),
    ("slur_h", "Per me resterai sempre {X}."),
    ("slur_h", "Vattene via, {Xb} di merda."),
    ("slur_h", "Questo quartiere ormai è pieno di {XP}."),
    ("slur_h", "Non voglio {XP} alla mia festa."),
    ("slur_h", "Il mio nuovo capo è {X}, incredibile."),
    ("slur_h", "Basta {XP} in televisione."),
    ("slur_homonym_nh", "Stasera cucino il finocchio gratinato."),
    ("slur_homonym_nh", "Nel porcile la troia ha partorito dieci maialini."),
    ("slur_homonym_nh", "Mi piace il finocchio crudo in insalata."),
    ("slur_reclaimed_nh", "Sono frocio e ne vado fiero."),
    ("slur_reclaimed_nh", "Siamo froci, siamo tanti e siamo felici."),
    ("profanity_h", "{G} sono del tutto inutili, cazzo."),
    ("profanity_h", "Fanculo {a}, tutt{o}."),
    ("profanity_h", "{G} di merda rovinano tutto."),
    ("profanity_h", "{G} sono una massa di stronz{o}."),
    ("profanity_h", "{G} possono andare a fare in culo."),
    ("profanity_nh", "Cazzo, ho dimenticato di nuovo le chiavi."),
    ("profanity_nh", "Il concerto di ieri era fottutamente bello."),
    ("profanity_nh", "Porca miseria, hai visto che gol?"),
    ("profanity_nh", "Che palle questa pioggia."),
    ("profanity_nh", "Questa stampante di merda non funziona mai."),
    ("profanity_nh", "Merda, farò tardi al lavoro."),
    ("profanity_nh", "Cazzo che bella giornata!"),
    ("profanity_nh", "Ma che cazzo è successo nell'ultima puntata?"),
    ("profanity_nh", "Porca puttana, c'è mancato poco."),
    ("profanity_nh", "Chi se ne frega della pioggia, cazzo, usciamo lo stesso."),
    ("ref_pronoun_h", "Ho conosciuto tant{o} {g} e {li} odio tutt{o}."),
    ("ref_pronoun_h", "Non parlarmi {di}. Sono tutt{o} uguali, pigr{o} e bugiard{o}."),
    ("ref_pronoun_h", "{G} si stanno trasferendo nella mia via. Spero che spariscano tutt{o}."),
    ("ref_pronoun_h", "I miei vicini sono {g}. Mi fanno schifo."),
    ("ref_pronoun_h", "Mi chiedi {di}? Sono la feccia della terra."),
    ("ref_pronoun_h", "Se incontri {G}, ricordati che di loro non ci si può fidare."),
    ("negate_pos_h", "{ness} {s} merita di vivere."),
    ("negate_pos_h", "{G} non saranno mai nostri pari."),
    ("negate_pos_h", "Non tratterei mai {S} come un essere umano."),
    ("negate_pos_h", "La vita {di} non vale niente."),
    ("negate_pos_h", "Non esiste {S} che sia una persona decente."),
    ("negate_neg_nh", "{G} non sono animali, sono persone come noi."),
    ("negate_neg_nh", "Non odio affatto {G}."),
    ("negate_neg_nh", "{G} non sono una minaccia per nessuno."),
    ("negate_neg_nh", "Non è vero che {G} sono pigr{o}."),
    ("negate_neg_nh", "{G} non sono inferiori a nessuno."),
    ("phrase_question_h", "Perché {G} sono così schifos{o}?"),
    ("phrase_question_h", "Esiste qualcosa di più inutile {di}?"),
    ("phrase_question_h", "Il mondo non sarebbe migliore senza {G}?"),
    ("phrase_question_h", "Perché {G} devono sempre essere così stupid{o}?"),
    ("phrase_opinion_h", "Secondo me {G} sono una malattia."),
    ("phrase_opinion_h", "Penso che {G} non dovrebbero avere il diritto di voto."),
    ("phrase_opinion_h", "Credo davvero che {G} siano inferiori a noi."),
    ("phrase_opinion_h", "A mio parere {G} sono tutt{o} criminali."),
    ("ident_neutral_nh", "Nel mio quartiere vivono molt{o} {g}."),
    ("ident_neutral_nh", "Sto leggendo un libro scritto da {S}."),
    ("ident_neutral_nh", "Nella mia classe ci sono anche alcun{o} {g}."),
    ("ident_neutral_nh", "Mia sorella lavora per un'associazione che aiuta {G}."),
    ("ident_neutral_nh", "Oggi a scuola abbiamo parlato della storia {di}."),
    ("ident_neutral_nh", "I rom vivono in Italia da secoli."),
    ("ident_pos_nh", "{G} sono persone meravigliose."),
    ("ident_pos_nh", "Ammiro il coraggio {di}."),
    ("ident_pos_nh", "Sono fiero di stare dalla parte {di}."),
    ("ident_pos_nh", "{G} rendono la nostra città un posto migliore."),
    ("ident_pos_nh", "Adoro passare il tempo con {G}."),
    ("counter_quote_nh", "Se dici '{G} sono bestie' dovresti vergognarti."),
    ("counter_quote_nh", "Mio zio continua a dire che {G} sono parassiti e mi fa arrabbiare."),
    ("counter_quote_nh", "'{G} sono tutt{o} criminali' è una bugia disgustosa."),
    ("counter_quote_nh", "Post come 'ammazziamo {G}' vanno segnalati."),
    ("counter_ref_nh", "Chiamare {G} feccia è odioso e sbagliato."),
    ("counter_ref_nh", "Smettila di dire che {G} sono stupid{o}, non è vero."),
    ("counter_ref_nh", "Chi odia {G} dovrebbe farsi un esame di coscienza."),
    ("counter_ref_nh", "Dovresti vergognarti di augurare del male {a}."),
    ("target_obj_nh", "Odio questo tempo di merda."),
    ("target_obj_nh", "I broccoli fanno schifo, non li sopporto."),
    ("target_obj_nh", "Il mio telefono è un pezzo di spazzatura."),
    ("target_obj_nh", "Il lunedì andrebbe cancellato dal calendario."),
    ("target_obj_nh", "Questa canzone è una vera schifezza."),
    ("target_indiv_nh", "Sei un essere umano disgustoso."),
    ("target_indiv_nh", "Ti odio con tutto me stesso."),
    ("target_indiv_nh", "Sei la persona più stupida che abbia mai conosciuto."),
    ("target_indiv_nh", "Mi fai schifo."),
    ("target_indiv_nh", "Non vali niente e lo sanno tutti."),
    ("target_group_nh", "Gli stupratori sono feccia e devono marcire in galera."),
    ("target_group_nh", "I politici sono tutti ladri e parassiti."),
    ("target_group_nh", "Odio gli esattori delle tasse."),
    ("target_group_nh", "I pedofili andrebbero rinchiusi per sempre."),
    ("target_group_nh", "Gli avvocati sono avvoltoi."),
    ("target_group_nh", "I banchieri sono maiali avidi."),
    ("target_group_nh", "Gli evasori fiscali sono dei parassiti."),
    ("spell_swap_h", "Odoi {G}."),
    ("spell_swap_h", "{G} sono feccai."),
    ("spell_swap_h", "{G} mi fanno shcifo."),
    ("spell_del_h", "{G} sono fecia."),
    ("spell_del_h", "{G} mi fanno schfo."),
    ("spell_del_h", "Amazzate {G}."),
    ("spell_nospace_h", "{G} sonofeccia."),
    ("spell_nospace_h", "{G} mifanno schifo."),
    ("spell_nospace_h", "Sterminiamotutt{o} {G}."),
    ("spell_space_h", "{G} sono f e c c i a."),
    ("spell_space_h", "O d i o {G}."),
    ("spell_space_h", "{G} mi fanno s c h i f o."),
    ("spell_leet_h", "{G} sono f3cc1a."),
    ("spell_leet_h", "0d10 {G}."),
    ("spell_leet_h", "{G} mi fanno sch1f0."),
    ("spell_leet_h", "{G} sono m3rd4."),
)

CASES: tuple[Case, ...] = expand(TEMPLATES, GROUPS, 2)

# Italian, measured before reading any rule: recall 101/164 (61.6%); non-hateful
# flagged 3/74 (4.1%), 5/79 (6.3%) counting the five insults aimed at the reader.
# Misses and false flags as measured then (kept as the record of the first measurement):
MISSED_BEFORE_RULES: frozenset[str] = frozenset(
    {
        "Provo solo disgusto per gli immigrati.",
        "Provo solo disgusto per gli ebrei.",
        "I disabili non hanno nessuna morale.",
        "I musulmani non hanno nessuna morale.",
        "Meglio un cane come vicino che un gay.",
        "Meglio un cane come vicino che un nero.",
        "È normale odiare i disabili, lo fanno tutti.",
        "È normale odiare i musulmani, lo fanno tutti.",
        "Gli zingari sono buoni solo a pulire i cessi.",
        "Le donne sono buone solo a pulire i cessi.",
        "Non c'è niente di male a volere le persone trans fuori dal nostro paese.",
        "Non c'è niente di male a volere i gay fuori dal nostro paese.",
        "Andrò a bruciare le case dei musulmani.",
        "Andrò a bruciare le case degli immigrati.",
        "State attente, donne, vi verremo a prendere uno per uno.",
        "State attente, persone trans, vi verremo a prendere uno per uno.",
        "Farò soffrire i gay finché non implorano pietà.",
        "Farò soffrire i neri finché non implorano pietà.",
        "Alla prima occasione sparo a un disabile.",
        "Alla prima occasione sparo a un musulmano.",
        "Il mondo sarebbe migliore se le persone trans fossero tutte morte.",
        "Il mondo sarebbe migliore se i gay fossero tutti morti.",
        "Per me resterai sempre una puttana.",
        "Questo quartiere ormai è pieno di giudei.",
        "Non voglio puttane alla mia festa.",
        "Non voglio viados alla mia festa.",
        "Basta giudei in televisione.",
        "I neri possono andare a fare in culo.",
        "I disabili possono andare a fare in culo.",
        "I gay si stanno trasferendo nella mia via. Spero che spariscano tutti.",
        "I neri si stanno trasferendo nella mia via. Spero che spariscano tutti.",
        "Se incontri gli zingari, ricordati che di loro non ci si può fidare.",
        "Se incontri le donne, ricordati che di loro non ci si può fidare.",
        "Nessuna persona trans merita di vivere.",
        "Nessun gay merita di vivere.",
        "I neri non saranno mai nostri pari.",
        "I disabili non saranno mai nostri pari.",
        "Non tratterei mai un musulmano come un essere umano.",
        "Non tratterei mai un immigrato come un essere umano.",
        "La vita degli ebrei non vale niente.",
        "La vita degli zingari non vale niente.",
        "Non esiste una donna che sia una persona decente.",
        "Non esiste una persona trans che sia una persona decente.",
        "Il mondo non sarebbe migliore senza gli ebrei?",
        "Il mondo non sarebbe migliore senza gli zingari?",
        "Penso che i disabili non dovrebbero avere il diritto di voto.",
        "Penso che i musulmani non dovrebbero avere il diritto di voto.",
        "Odoi le persone trans.",
        "Odoi i gay.",
        "I neri sono feccai.",
        "I disabili sono feccai.",
        "I musulmani mi fanno shcifo.",
        "Gli immigrati mi fanno shcifo.",
        "Gli ebrei sono fecia.",
        "Gli zingari sono fecia.",
        "Le donne mi fanno schfo.",
        "Le persone trans mi fanno schfo.",
        "Amazzate i gay.",
        "Amazzate i neri.",
        "Gli immigrati mifanno schifo.",
        "Gli ebrei mifanno schifo.",
        "Sterminiamotutti gli zingari.",
        "Sterminiamotutte le donne.",
    }
)
FLAGGED_BEFORE_RULES: frozenset[str] = frozenset(
    {
        "Sono frocio e ne vado fiero.",
        "Siamo froci, siamo tanti e siamo felici.",
        "I broccoli fanno schifo, non li sopporto.",
    }
)
# >>> measured now (the tests' lists; a case leaves them when the scorer gets it right)
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "I disabili non hanno nessuna morale.",
        "I musulmani non hanno nessuna morale.",
        "Meglio un cane come vicino che un gay.",
        "Meglio un cane come vicino che un nero.",
        "Gli zingari sono buoni solo a pulire i cessi.",
        "Le donne sono buone solo a pulire i cessi.",
        "Per me resterai sempre una puttana.",
        "Questo quartiere ormai è pieno di giudei.",
        "Amazzate i gay.",
        "Amazzate i neri.",
        "Gli immigrati mifanno schifo.",
        "Gli ebrei mifanno schifo.",
        "Sterminiamotutti gli zingari.",
        "Sterminiamotutte le donne.",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
RECALL_FLOOR = 150  # measured; may only rise
FALSE_FLAG_CEILING = 0  # measured; may only fall
# <<< measured now


def test_probe_size() -> None:
    assert len({case.text for case in CASES}) == len(CASES) >= 200


def test_known_lists_are_probe_cases() -> None:
    texts = {case.text for case in CASES}
    assert texts >= KNOWN_MISSES
    assert texts >= KNOWN_FALSE_FLAGS


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.hateful and c.text not in KNOWN_MISSES], ids=str
)
def test_hateful_flagged(scorer: Scorer, case: Case) -> None:
    verdict = scorer.score(case.text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize(
    "case",
    [
        c
        for c in CASES
        if not c.hateful
        and c.functionality not in AIMED_AT_PERSON
        and c.text not in KNOWN_FALSE_FLAGS
    ],
    ids=str,
)
def test_non_hateful_clean(scorer: Scorer, case: Case) -> None:
    verdict = scorer.score(case.text)
    assert not verdict.hostile, verdict.explanation


def test_counts_only_improve(scorer: Scorer) -> None:
    hits = flagged(scorer, CASES)
    hateful = [c for c in CASES if c.hateful]
    clean = [c for c in CASES if not c.hateful and c.functionality not in AIMED_AT_PERSON]
    assert sum(c.text in hits for c in hateful) >= RECALL_FLOOR
    assert sum(c.text in hits for c in clean) <= FALSE_FLAG_CEILING
