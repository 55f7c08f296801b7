"""The sixth hate probe's tuning part (issue 8, hateprobe6): templates per functionality.

Written before the rules were read, as a functional suite is built: two or three
templates per functionality, each filled with every group (hate_probe6_support.fill).
Its misses were studied; its figures are in-sample. The held-back part is in
hate_probe6_heldback_cases.py.
"""

from __future__ import annotations

from tests.core.scoring.hate_probe6_support import EN_GROUPS, IT_GROUPS, Case, fill

EN_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("derog_attr", "{Gc} are disgusting."),
    ("derog_attr", "All {G} are so stupid and lazy."),
    ("derog_attr", "{Gc} are all liars and thieves."),
    ("dehum", "{Gc} are vermin."),
    ("dehum", "{Gc} are nothing but parasites."),
    ("dehum", "{Gc} are subhuman."),
    ("animal", "{Gc} are like rats."),
    ("animal", "{Gc} are just dirty animals."),
    ("animal_emoji", "{Gc} are such 🐍🐍"),
    ("animal_emoji", "{Gc} = 🐀"),
    ("derog_impl", "{Gc} belong in a zoo."),
    ("derog_impl", "{Gc} are a plague on this country."),
    ("threat_dir", "I'm going to hurt {G}."),
    ("threat_dir", "I will kill every {S} I see."),
    ("threat_call", "{Gc} should all be killed."),
    ("threat_call", "Someone should shoot all the {G}."),
    ("only_good_dead", "The only good {S} is a dead {S}."),
    ("only_good_dead", "the only good {G} are dead {G}"),
    ("exclusion", "No {G} allowed."),
    ("exclusion", "{Gc} are not welcome here."),
    ("exclusion", "{Gc} should not be allowed to vote."),
    ("hatred", "I despise {G}."),
    ("hatred", "I hate {G} so much."),
    ("hatred", "{Gc} disgust me."),
    ("normative", "{Gc} should know their place."),
    ("normative", "{Gc} should not have any rights."),
    ("question", "Why are {G} so stupid?"),
    ("question", "Why are all {G} such scum?"),
    ("opinion", "I think {G} are worthless."),
    ("opinion", "In my opinion {G} are inferior."),
    ("pronoun_sent", "I hate them. {Gc}, I mean."),
    ("pronoun_sent", "{Gc}? They are all scum."),
    ("pronoun_clause", "I've met many {G} and I hate every single one of them."),
    ("pronoun_clause", "{Gc} think they're equal but they are just vermin."),
    ("neg_positive", "{Gc} are never intelligent."),
    ("neg_positive", "{Gc} will never be good at anything."),
    ("slur", "Typical {SLUR} behaviour."),
    ("slur", "{SLURS} everywhere, disgusting."),
    ("prof_hate", "fucking {G}."),
    ("prof_hate", "{Gc} are fucking disgusting."),
    ("spell_swap", "I hate {Gswap}."),
    ("spell_swap", "{Gc} are dsigusting."),
    ("spell_del", "I hate {Gdel}."),
    ("spell_del", "{Gc} are disgustng."),
    ("spell_space_add", "I hate {Gsp}."),
    ("spell_space_add", "{Gc} are s c u m."),
    ("spell_space_del", "ihate{Gns}"),
    ("spell_space_del", "{Gc} aretotal scum."),
    ("spell_leet", "{Gleet} are disgusting."),
    ("spell_leet", "i h4te {G}"),
)

EN_NON_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("counter_quote", "Saying '{G} are vermin' is disgusting."),
    ("counter_quote", 'If you think "{G} are scum" you need to leave.'),
    ("counter_ref", "Stop saying {G} are animals, it's wrong."),
    ("counter_ref", "People who call {G} parasites are the real problem."),
    ("negated_hate", "{Gc} are not vermin."),
    ("negated_hate", "I don't hate {G}."),
    ("neutral", "I met two {G} at the conference."),
    ("neutral", "There are many {G} in my town."),
    ("positive", "I love {G}."),
    ("positive", "{Gc} are great."),
    ("prof_positive", "{Gc} are fucking amazing."),
)

EN_NON_HATEFUL_FIXED: tuple[tuple[str, str], ...] = (
    ("friendly_prof", "Holy shit, what a fucking game."),
    ("friendly_prof", "fuck yes, we won"),
    ("friendly_prof", "this shit is so good lol"),
    ("friendly_prof", "damn that was a sick play"),
    ("abuse_object", "I hate mondays so much."),
    ("abuse_object", "This update is absolute garbage."),
)

# Abuse of a non-protected group: hostile to this bot (it nudges kindness, not only
# hate speech), so it is reported apart and not counted as a false flag or a hit.
EN_NONPROTECTED: tuple[str, ...] = (
    "I hate politicians.",
    "Ministers are vermin.",
    "Lawyers are parasites.",
    "Bankers should all be shot.",
)

IT_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("derog_attr", "{AGc} sono {tutti} ladri."),
    ("derog_attr", "{AGc} sono disgustos{o}."),
    ("dehum", "{AGc} sono parassiti."),
    ("dehum", "{AGc} sono feccia."),
    ("animal", "{AGc} sono animali."),
    ("animal", "{AGc} sono come i ratti."),
    ("threat_dir", "Ammazzerò {tutti} {AG}."),
    ("threat_dir", "Farò del male {aAG}."),
    ("threat_call", "{AGc} andrebbero uccis{o}."),
    ("threat_call", "Bisogna sterminare {AG}."),
    ("only_good_dead", "L'{unico} {S} {buono} è {un} {S} {morto}."),
    ("exclusion", "Niente {G} qui."),
    ("exclusion", "{AGc} non sono benvenut{o} qui."),
    ("hatred", "Odio {AG}."),
    ("hatred", "Detesto {AG}."),
    ("question", "Perché {AG} sono così stupid{o}?"),
    ("opinion", "Secondo me {AG} sono inferiori."),
    ("opinion", "Penso che {AG} siano feccia."),
    ("pronoun", "{li} odio. {AGc}, intendo."),
    ("pronoun", "{AGc}? Sono {tutti} feccia."),
    ("neg_positive", "{AGc} non sono mai intelligenti."),
    ("neg_positive", "{AGc} non saranno mai brav{o} in niente."),
    ("prof_hate", "{G} di merda."),
    ("prof_hate", "Cazzo di {G}."),
    ("slur", "Ci sono troppi {SLURS} qui."),
    ("spell_space_add", "Odio {Gsp}."),
    ("spell_leet", "{AGc} sono 1nferiori."),
    ("spell_del", "Odio {Gdel}."),
)

IT_NON_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("counter_quote", "Dire che {AG} sono feccia è inaccettabile."),
    ("counter_ref", "Smettila di dire che {AG} sono animali."),
    ("negated_hate", "{AGc} non sono parassiti."),
    ("negated_hate", "Non odio {AG}."),
    ("neutral", "Ho conosciuto due {G} al lavoro."),
    ("neutral", "Nel mio quartiere vivono molt{o} {G}."),
    ("positive", "Adoro {AG}."),
    ("positive", "{AGc} sono fantastic{o}."),
)

IT_NON_HATEFUL_FIXED: tuple[tuple[str, str], ...] = (
    ("friendly_prof", "Cazzo che partita!"),
    ("friendly_prof", "Porca puttana, ho perso di nuovo."),
    ("friendly_prof", "minchia che bello"),
    ("abuse_object", "Odio il lunedì."),
)

IT_NONPROTECTED: tuple[str, ...] = (
    "Odio i politici.",
    "I ministri sono parassiti.",
)


def _fixed(rows: tuple[tuple[str, str], ...], lang: str) -> tuple[Case, ...]:
    return tuple((func, "-", text, lang) for func, text in rows)


EN_HATEFUL: tuple[Case, ...] = fill(EN_HATEFUL_T, EN_GROUPS, "en")
IT_HATEFUL: tuple[Case, ...] = fill(IT_HATEFUL_T, IT_GROUPS, "it")
EN_NON_HATEFUL: tuple[Case, ...] = fill(EN_NON_HATEFUL_T, EN_GROUPS, "en") + _fixed(
    EN_NON_HATEFUL_FIXED, "en"
)
IT_NON_HATEFUL: tuple[Case, ...] = fill(IT_NON_HATEFUL_T, IT_GROUPS, "it") + _fixed(
    IT_NON_HATEFUL_FIXED, "it"
)
