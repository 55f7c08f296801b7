"""The sixth hate probe's held-back part (issue 8, hateprobe6): one template per functionality.

Written last, after the tuning templates and before any rule code was read, in wordings
of its own; filled for every group and measured only at the start and at the end of
the round, never read for misses.
"""

from __future__ import annotations

from tests.core.scoring.hate_probe6_support import EN_GROUPS, IT_GROUPS, Case, fill

HELD_EN_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("derog_attr", "{Gc} are pathetic and useless."),
    ("dehum", "{Gc} are subhuman garbage."),
    ("animal", "{Gc} are pigs, all of them."),
    ("animal_emoji", "{Gc} 🐷🐷🐷"),
    ("derog_impl", "{Gc} are a cancer on society."),
    ("threat_dir", "I'm going to beat up the next {S} I meet."),
    ("threat_call", "We need to wipe out {G}."),
    ("only_good_dead", "Only good {S}? A dead one."),
    ("exclusion", "Keep {G} out of this server."),
    ("hatred", "{Gc} make me sick."),
    ("normative", "{Gc} should be treated like second-class citizens."),
    ("question", "Why do {G} always have to be so disgusting?"),
    ("opinion", "Honestly I feel {G} are trash."),
    ("pronoun_sent", "Don't talk to me about {G}. They're disgusting."),
    ("pronoun_clause", "You can't trust {G}, they are all liars."),
    ("neg_positive", "No {S} has ever been worth anything."),
    ("slur", "Look at that {SLUR} over there."),
    ("prof_hate", "Fuck all {G}."),
    ("spell_swap", "{Gswap} are worthless."),
    ("spell_del", "{Gdel} are worthless."),
    ("spell_space_add", "{Gc} are t r a s h."),
    ("spell_space_del", "killall{Gns}"),
    ("spell_leet", "{Gleet} are trash."),
)

HELD_EN_NON_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("counter_quote", '"I hate {G}" is not an acceptable thing to say here.'),
    ("counter_ref", "Calling {G} subhuman is hate speech and it ends now."),
    ("negated_hate", "Nobody here thinks {G} are worthless."),
    ("neutral", "We were talking about {G} in class today."),
    ("positive", "{Gc} make this community better."),
    ("prof_positive", "Damn, I love {G} so fucking much."),
)

HELD_IT_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("derog_attr", "{AGc} sono stupid{o} e pigr{o}."),
    ("dehum", "{AGc} non sono esseri umani, sono spazzatura."),
    ("animal", "{AGc} sono bestie."),
    ("threat_dir", "Giuro che {li} ammazzo, {AG}."),
    ("threat_call", "Bruciamo {tutti} {AG}."),
    ("only_good_dead", "{Un} {S} {buono} è {un} {S} {morto}."),
    ("exclusion", "{AGc} non dovrebbero votare."),
    ("hatred", "{AGc} mi fanno schifo."),
    ("question", "Perché {AG} sono {tutti} dei parassiti?"),
    ("opinion", "Per me {AG} valgono meno di zero."),
    ("pronoun", "Non parlarmi {diAG}. Mi fanno schifo."),
    ("neg_positive", "{AGc} non valgono niente."),
    ("prof_hate", "Fanculo {AG}."),
    ("slur", "Guarda quei {SLURS}."),
    ("spell_space_add", "{AGc} sono f e c c i a."),
)

HELD_IT_NON_HATEFUL_T: tuple[tuple[str, str], ...] = (
    ("counter_quote", "Chi dice che {AG} sono bestie è un razzista."),
    ("negated_hate", "{AGc} non sono inferiori a nessuno."),
    ("neutral", "Stasera parliamo {diAG} in tv."),
    ("positive", "{AGc} rendono migliore questo paese."),
)

HELD_EN_HATEFUL: tuple[Case, ...] = fill(HELD_EN_HATEFUL_T, EN_GROUPS, "en")
HELD_EN_NON_HATEFUL: tuple[Case, ...] = fill(HELD_EN_NON_HATEFUL_T, EN_GROUPS, "en")
HELD_IT_HATEFUL: tuple[Case, ...] = fill(HELD_IT_HATEFUL_T, IT_GROUPS, "it")
HELD_IT_NON_HATEFUL: tuple[Case, ...] = fill(HELD_IT_NON_HATEFUL_T, IT_GROUPS, "it")
