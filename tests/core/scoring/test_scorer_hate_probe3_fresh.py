"""Third hate probe, held-out check (issue 8, hateprobe3): fresh templates in English
and Italian, written after this round's rules and never used to tune them.

The probe files (test_scorer_hate_probe3_en/_it.py) were read to write the rules, so
their figures after the rules are in-sample. These were written last, in new wordings
per functionality, and measured once: the scorer before the round flagged 28/58
English and 29/58 Italian hateful cases, after it 34/58 and 37/58; no non-hateful case
either time. The misses are data below; the counts may only improve.
"""

from __future__ import annotations

from tests.core.scoring.hate_probe3_support import Case, CaseSuite, CaseSuiteChecks, expand
from tests.core.scoring.test_scorer_hate_probe3_en import GROUPS as EN_GROUPS
from tests.core.scoring.test_scorer_hate_probe3_it import GROUPS as IT_GROUPS

EN_T = (
    ("derog_emotion_h", "I cannot stand the sight of {P}."),
    ("derog_emotion_h", "Just thinking about {P} makes me angry."),
    ("derog_emotion_h", "{P} are so annoying I could scream."),
    ("derog_attrib_h", "{P} are always lying."),
    ("derog_attrib_h", "{P} are lazy parasites."),
    ("derog_attrib_h", "{P} are too dumb to run anything."),
    ("derog_dehum_h", "{P} are rodents."),
    ("derog_dehum_h", "{P} are an infection."),
    ("derog_dehum_h", "{P} are not people, they are animals."),
    ("derog_impl_h", "{P} belong in the gutter."),
    ("derog_impl_h", "We'd all be better off if {P} left."),
    ("threat_dir_h", "I'm coming for every {s} in this city."),
    ("threat_dir_h", "I'll hurt any {s} who comes near me."),
    ("threat_norm_h", "{P} should be wiped out."),
    ("threat_norm_h", "{P} must be eliminated."),
    ("threat_norm_h", "Someone should bomb {P}."),
    ("slur_h", "Get lost, {X}."),
    ("slur_h", "Only a {X} would do that."),
    ("profanity_h", "{P} can fuck off."),
    ("profanity_h", "Shitty {P} everywhere."),
    ("profanity_nh", "Holy fuck, what a save!"),
    ("profanity_nh", "This weather is shit today."),
    ("ref_pronoun_h", "{P} again? They make me sick."),
    ("ref_pronoun_h", "I can't stand {P}, they are all the same."),
    ("negate_pos_h", "{P} are never to be trusted."),
    ("negate_pos_h", "{P} don't deserve to breathe."),
    ("negate_neg_nh", "{P} are not criminals."),
    ("phrase_question_h", "Why do {P} smell so bad?"),
    ("phrase_opinion_h", "I believe {P} are a plague."),
    ("ident_neutral_nh", "I went to a talk given by {S}."),
    ("ident_pos_nh", "{P} are awesome."),
    ("counter_quote_nh", "'Kill all {P}' is not an opinion, it is a threat."),
    ("counter_ref_nh", "Whoever says {P} are vermin should be ashamed."),
    ("target_obj_nh", "I hate traffic jams."),
    ("spell_swap_h", "{P} are scmu."),
    ("spell_del_h", "I hat {P} so much."),
    ("spell_leet_h", "{P} are tr@sh."),
)
IT_T = (
    ("derog_emotion_h", "Non sopporto la vista {di}."),
    ("derog_emotion_h", "Solo pensare {a} mi fa arrabbiare."),
    ("derog_emotion_h", "{G} sono così irritanti che urlerei."),
    ("derog_attrib_h", "{G} mentono sempre."),
    ("derog_attrib_h", "{G} sono parassiti pigri."),
    ("derog_attrib_h", "{G} sono troppo stupid{o} per gestire qualsiasi cosa."),
    ("derog_dehum_h", "{G} sono roditori."),
    ("derog_dehum_h", "{G} sono un'infezione."),
    ("derog_dehum_h", "{G} non sono persone, sono animali."),
    ("derog_impl_h", "{G} stanno bene nella fogna."),
    ("derog_impl_h", "Staremmo tutti meglio se {G} se ne andassero."),
    ("threat_dir_h", "Verrò a prendere tutt{o} {G} di questa città."),
    ("threat_dir_h", "Farò del male a {S} che mi si avvicina."),
    ("threat_norm_h", "{G} dovrebbero essere spazzat{o} via."),
    ("threat_norm_h", "{G} devono essere eliminat{o}."),
    ("threat_norm_h", "Qualcuno dovrebbe bombardare {G}."),
    ("slur_h", "Sparisci, {Xb}."),
    ("slur_h", "Solo {X} farebbe una cosa del genere."),
    ("profanity_h", "{G} possono andare affanculo."),
    ("profanity_h", "{G} di merda ovunque."),
    ("profanity_nh", "Porca troia, che parata!"),
    ("profanity_nh", "Oggi il tempo fa cagare."),
    ("ref_pronoun_h", "Ancora {G}? Mi fanno vomitare."),
    ("ref_pronoun_h", "Non sopporto {G}, sono tutt{o} uguali."),
    ("negate_pos_h", "Non ci si può mai fidare {di}."),
    ("negate_pos_h", "{G} non meritano di respirare."),
    ("negate_neg_nh", "{G} non sono criminali."),
    ("phrase_question_h", "Perché {G} puzzano così tanto?"),
    ("phrase_opinion_h", "Credo che {G} siano una piaga."),
    ("ident_neutral_nh", "Sono andato a una conferenza tenuta da {S}."),
    ("ident_pos_nh", "{G} sono grandios{o}."),
    ("counter_quote_nh", "'Ammazziamo {G}' non è un'opinione, è una minaccia."),
    ("counter_ref_nh", "Chi dice che {G} sono vermi dovrebbe vergognarsi."),
    ("target_obj_nh", "Odio gli ingorghi."),
    ("spell_swap_h", "{G} sono fecica."),
    ("spell_del_h", "Odi {G} così tanto."),
    ("spell_leet_h", "{G} sono m3rd@."),
)

CASES: tuple[Case, ...] = expand(EN_T, EN_GROUPS, 2) + expand(IT_T, IT_GROUPS, 2)

# >>> measured now (the tests' lists; a case leaves them when the scorer gets it right)
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "I cannot stand the sight of women.",
        "I cannot stand the sight of trans people.",
        "We'd all be better off if immigrants left.",
        "We'd all be better off if women left.",
        "I hat women so much.",
        "I hat trans people so much.",
        "Solo pensare ai gay mi fa arrabbiare.",
        "Solo pensare ai neri mi fa arrabbiare.",
        "Le donne stanno bene nella fogna.",
        "Le persone trans stanno bene nella fogna.",
        "Verrò a prendere tutti i disabili di questa città.",
        "Verrò a prendere tutti i musulmani di questa città.",
        "Gli zingari dovrebbero essere spazzati via.",
        "Le donne dovrebbero essere spazzate via.",
        "Qualcuno dovrebbe bombardare i neri.",
        "Qualcuno dovrebbe bombardare i disabili.",
        "Solo un giudeo farebbe una cosa del genere.",
        "Non ci si può mai fidare dei neri.",
        "Non ci si può mai fidare dei disabili.",
        "I musulmani non meritano di respirare.",
        "Gli immigrati non meritano di respirare.",
        "Odi gli ebrei così tanto.",
        "Odi gli zingari così tanto.",
    }
)
KNOWN_FALSE_FLAGS: frozenset[str] = frozenset()
# <<< measured now


class TestSuite(CaseSuiteChecks):
    SUITE = CaseSuite(
        CASES,
        KNOWN_MISSES,
        KNOWN_FALSE_FLAGS,
        recall_floor=79,
        false_flag_ceiling=0,
    )
