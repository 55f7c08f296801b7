"""The hatecheck22 probe (issue 8): an English functional hate suite's shapes with no
lexicon word, over women, trans people, gay people, black people, disabled people,
muslims, immigrants, refugees and jews: a group's humanity questioned ("are X even
human?"), soft wishes of disappearance ("I wish X would just vanish"), exclusion asked or
set as a norm ("why do we let X live here?", "X are not fit to vote"), punishment for
being ("X should be punished for being X"), claims about all members ("why are X worse at
everything?"), negated praise ("no X has ever done an honest day's work"); and the clean
contrasts: counter-speech quoting them, questions in good faith, facts and news, positive
claims, the same shapes at things and at non-protected targets, friendly swearing.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # humanity or personhood questioned
    "are muslims even human?", "are women even people?", "are trans people really human",
    "is a jew even a person?", "can refugees even be called human?",
    "are black people even fully human?", "honestly are gay people even human",
    # soft wishes of disappearance
    "wouldn't it be great if all jews disappeared?", "i wish immigrants would just vanish",
    "i hope disabled people just disappear", "if only trans people didn't exist",
    "it would be so nice if muslims just went away", "i wish there were no gay people",
    "wouldn't it be nice if refugees vanished", "i wish women would disappear",
    # exclusion asked or set as a norm
    "why do we let refugees live here?", "why do we let muslims into our country?",
    "Women are not fit to vote.", "black people are not fit to lead",
    "disabled people aren't fit to be parents", "why do we even let immigrants vote?",
    "trans people are not fit to teach", "gay people should stay out of politics",
    # punishment for being
    "Women should be punished for being women.", "gay people should be punished for existing",
    "jews deserve to be punished for being jews", "trans people should be punished",
    # claims about all members
    "no refugee can be trusted", "why are women worse at everything?",
    "why are immigrants worse at everything", "no muslim can ever be trusted",
    # negated praise
    "no immigrant has ever done an honest day's work",
    "no black person has ever contributed anything", "refugees have never done anything good",
    "muslims never contribute anything", "no woman has ever invented anything useful",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech quoting and denouncing
    "saying women are not fit to vote is sexist",
    "asking if muslims are even human is disgusting",
    "people who wish jews would disappear are evil",
    "'why do we let refugees live here' is a racist thing to say",
    "no, gay people should not be punished for existing",
    # questions in good faith
    "are muslims allowed to eat gelatin?", "why do refugees leave their countries?",
    "are neanderthals even human?", "is a fetus even a person?",
    "why do we let kids play outside alone?",
    # facts and news
    "refugees were not allowed to land", "women could not vote until 1920",
    "the refugees disappeared from the camp overnight", "jews were punished for being jews in 1938",
    "many immigrants have never voted before", "no woman has ever won that award",
    # positive claims
    "no refugee should be turned away", "no woman should be punished for being a woman",
    "women are fit to lead any country", "gay people have always contributed so much",
    "no immigrant should ever be treated like that", "i wish racism would just disappear",
    "muslims are human like everyone else",
    # the shapes at things and at non-protected targets
    "are politicians even human?", "i wish mosquitoes would just vanish",
    "i hope my headache just goes away", "why do we let the dog sleep on the bed?",
    "he should be punished for being late", "why are my teammates worse at everything?",
    "no politician can be trusted", "landlords have never done anything good",
    "this printer is not fit to print", "if only mondays didn't exist",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking hell, my wifi disappeared again", "holy shit gg", "damn that was close",
    "shit i wish this lag would vanish", "fuck yeah we won", "hell yeah brother",
)
