"""The hatecheck57 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # hate with profanity
    "goddamn immigrants are fucking everywhere", "gay people are fucking gross",
    "black people are shit at everything", "fuck all muslims, every single one",
    "disabled people are fucking useless",
    # implicit derogation
    "typical muslim, always plotting something", "naturally the woman crashed the car",
    "of course the trans person is mentally ill", "just like a black guy to rob someone",
    "typical immigrant, living off benefits",
    # comparisons
    "women are like dogs, they need a leash", "disabled people are like parasites",
    "gay people spread like a virus", "immigrants are like locusts",
    "black people are animals, nothing more",
    # reference in a second sentence
    "I saw a gay couple at the park. They are all perverts.",
    "An immigrant opened a shop here. They are all thieves.",
    "My cousin dated a black guy. They are all criminals.",
    "A woman was driving the bus. They are too dumb for that.",
    "We got a muslim teacher. They are terrorists, all of them.",
    # negated positive statements
    "trans people are never going to be real women", "no muslim has ever been trustworthy",
    "black people are not worth hiring", "women never have anything smart to say",
    "disabled people are not real people",
    # questions
    "why are gay people so disgusting?", "why are black people so stupid?",
    "why are trans people such freaks?", "why are immigrants allowed to exist here?",
    # opinions
    "i honestly believe muslims are evil", "personally i think disabled people are a waste",
    "if you ask me, women are inferior", "tbh i think immigrants are scum",
    "i feel like trans people are all mentally ill",
    # slurs alone or with a verb
    "shut up faggot", "those niggers again", "go away dyke", "all these fags everywhere",
    "trannies, every one of them", "get out of here tranny",
)

HELD_CLEAN: tuple[str, ...] = (
    # counter-speech
    "calling immigrants locusts is vile", "'typical woman' is a sexist phrase, stop it",
    "he said black people are animals and got reported", "saying gay people are gross is hateful",
    "you can't call muslims terrorists, that's bigoted",
    "it's wrong to say disabled people are a waste",
    "she called him a faggot and i reported her", "denying trans people exist is hate",
    # neutral / positive, with profanity
    "fuck yes, black women in science are killing it", "gay people are fucking brilliant",
    "muslims pray five times a day", "disabled people are valued members of our team",
    "immigrants built this city", "women are strong as hell", "trans people are never a threat",
    "why are so many immigrants nurses here?", "i honestly believe muslims are kind",
    "i saw a gay couple at the park. they were so cute.",
    "no woman should be paid less than a man",
    "personally i think disabled athletes are incredible",
    # non-protected targets or objects
    "fucking pigeons are everywhere", "why are spiders so disgusting?",
    "tbh i think landlords are scum", "this phone is fucking useless",
    "wasps are like a plague in summer", "of course the cat stole it",
    "typical british weather, raining again", "my laptop is shit at everything",
    "why are mondays such a drag?", "the printer is like a disease on this office",
    # reclaimed by the in-group
    "as a lesbian, we dykes are the best at fixing things",
    "as a queer person i love being queer", "my fellow crips and i went to the gig",
    "as trans people we call ourselves trannies sometimes, it's fine",
    "as a woman, i call my girls bitches lovingly", "we queers run this town",
    "me and my queer friends had brunch", "speaking as a gay guy, us fags are fabulous",
    "as a disabled woman, we crips get things done",
    "as a black man, my brothers and i stick together",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me that was good", "shit that's hot", "holy fuck what a goal",
    "damn it, the bus left", "hell yeah pizza night", "fucking finally, friday",
)
