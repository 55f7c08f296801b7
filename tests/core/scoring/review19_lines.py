"""The nineteenth review (issue 8), written before reading hatecheck20's or italian19's code or
tests: lines in the shapes those rounds built (a group "belongs at home", harm to the next one
met, "get rid of", "no <group> is", a claim asked and answered "no", "who else thinks",
spaced-out groups, worth lines of a group, Italian "vengono qui e", a group named then judged,
"le rom", "quella zingara", "non servi a niente", praise answering a jab), in forms they may
over-read (banter, game talk, reported speech, counter-speech, quotes, denials, questions
answered "no", self-directed lines, neutral and positive group mentions), and a third of
hostile lines in the same shapes that must stay caught."""

from __future__ import annotations

# fmt: off

REVIEW_CLEAN: tuple[str, ...] = (
    # hatecheck20: belongs at home, belongs in a cage
    "the trophy belongs at home with the fans",
    "my grandma still says a woman belongs at home, so old fashioned",
    "nobody believes a woman belongs at home anymore",
    "my hamster belongs in a cage or he escapes",
    # hatecheck20: harm to the next one met
    "the next goblin that spawns gets a beating",
    "any zombie that walks by is getting shot lol",
    "a muslim man is getting beaten in the video, someone call the police",
    "the news says a gay couple is getting punched outside bars every weekend",
    # hatecheck20: get rid of, denials, answered no, who else
    "let's get rid of racism against arabs",
    "we need to get rid of the stereotypes about women",
    "no muslim person is a terrorist",
    "no gay person is a disease",
    "are women inferior? no, that's nonsense",
    "who else thinks women are amazing engineers?",
    "I'll never agree that immigrants are criminals",
    "calling jews rats is disgusting",
    "w o m e n r awesome",
    # hatecheck20: worth and threat lines said of no group
    "the tax is such a drain on my wallet",
    "my laptop needs a bullet lol",
    "defenders better watch their backs on the counter",
    "the villain will pay in blood in the final chapter",
    "my roommate contributes nothing to the groceries lol",
    "the lag is never going to be normal on this server",
    "nobody should ever hire a contractor without references",
    # italian19
    "i turisti vengono qui e mangiano la pizza",
    "gli immigrati vengono qui e pagano le tasse",
    "Gli italiani? Simpatici e rumorosi.",
    "Le donne? Fortissime, hanno vinto la coppa.",
    "Gli immigrati? Non è vero che rubano.",
    "I rom? Ne ho conosciuti di bravissimi.",
    "questo cavo non serve a niente",
    "io non capisco niente di calcio",
    "le rom del nintendo sono tutte piratate",
    "ti credi tanto bravo? lo sei davvero, complimenti",
)

REVIEW_HOSTILE: tuple[str, ...] = (
    "every woman belongs at home cooking",
    "the next jew I see is getting punched",
    "a gay belongs in a cage",
    "disabled people contribute nothing to society",
    "immigrants are a blight on this country",
    "trans people are never going to be normal",
    "no one should ever hire a black person",
    "muslims better watch their backs",
    "let's get rid of every gay in this town",
    "who else thinks women are dumb?",
    "g a y s r disgusting",
    "gli immigrati vengono qui e spacciano",
    "Gli ebrei? Ladri e bugiardi.",
    "quella zingara è una ladra schifosa",
    "non servi a un cazzo, esci dalla squadra",
    "tutte le rom sono sporche",
)
