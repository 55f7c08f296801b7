"""The hatecheck40 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "immigrunts are cockroaches", "i hate refugies so much", "muslems are scum",
    "mexecans are animals", "homosaxuals are freaks", "lesbiens should die",
    "afrikans are savages", "pakistenis are rapists", "i despise immigrints",
    "all refugies should be deported", "christiens are idiots", "indiens are filthy",
    "jews are vermen", "women are stoopud", "muslims are terrarists",
    "immigrants are anamals", "black people are inferiar", "gays are disgustang",
    "trans people are degenarates", "refugees are parasotes", "disabled people are usiless",
    "jews are subhuman scum", "trans people are abominetions", "gays should be exterminoted",
    "muslims are criminils", "women are inferier", "black people are animuls",
    "immigrunts are parasotes", "jews are rapistz", "muslims are animalz",
    "i hate refugies they are all criminels",
    "musilms are scum", "g4ys should d1e", "black people are s c u m", "ihatemuslims",
    "wmen are trash", "j*ws are rats", "gayz are disgusting", "kil all gays",
    "politicans are parasites",
)

HELD_CLEAN: tuple[str, ...] = (
    "immigrunts are welcome in our town", "refugies need our help", "my mexecan friend is great",
    "lesbiens deserve respect", "homosaxuals can marry here now", "afrikans have rich cultures",
    "muslems are my neighbours", "christiens and muslems eat together",
    "immigrunts are not cockroaches", "no one should say refugies are parasotes",
    "saying jews are vermen is hateful", "are women really stoopud? no",
    "she posted 'gays are disgustang' and was reported",
    "my coworker says muslims are terrarists and its wrong",
    "calling trans people degenarates is cruel",
    "stop calling muslims animalz",
    "i hate tuesdays", "this weather is disgustang", "math is stoopud",
    "the animuls in the park are sweet", "the plants have parasotes on the leaves",
    "i h a t e homework", "the vermen in the attic are gone",
    "the bustards flew over the field", "the slipper fits", "the glass will shatter",
    "the hikers reached the top", "i love indian food", "the refuges in the hills are open",
    "the lasers are bright", "inferior quality paint peels", "women are brilliant",
    "i hate how immigrants get treated", "muslims are lovely people", "jews are welcome here",
    "gays are people too", "trans people are valid", "refugees are humans",
    "black people are beautiful", "disabled people are strong",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this song slaps", "damn right we did it", "shit that was close",
    "fucking awesome game", "hell yeah pizza night", "oh shit it snowed",
)
