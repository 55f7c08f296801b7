"""The hatecheck20 held-back batch (issue 8): fresh wording of every functional category
of an English hate suite (hostile and contrast), for women, trans people, gay people,
black people, disabled people, muslims, immigrants/refugees and jews. Written before any
rule code was read and counted only at the start and at the end of the round.
kind = the functional category.
"""

from __future__ import annotations

# (hostile, kind, text)
HOLDOUT: tuple[tuple[bool, str, str], ...] = (
    # derogation: emotion, attribute, dehumanisation, implicit
    (True, "derog", "I can't stand black people"),
    (True, "derog", "muslims are so primitive"),
    (True, "derog", "disabled people are worthless"),
    (True, "derog", "a refugee is a cockroach"),
    (True, "derog", "a refugee is just a freeloader"),
    (True, "derog", "women are too dumb to vote"),
    (True, "derog", "jews are a plague on this country"),
    (True, "derog", "a woman belongs at home cooking"),
    (True, "derog", "gay men are perverts"),
    # threats, direct and normative
    (True, "threat", "I'm going to hurt every gay person I find"),
    (True, "threat", "disabled people should be put down"),
    (True, "threat", "the next black guy I see gets a beating"),
    (True, "threat", "the next refugee I meet gets his head kicked in"),
    (True, "threat", "someone should shoot all the immigrants"),
    # slurs and profanity at groups
    (True, "slur", "shut up you tranny"),
    (True, "slur", "go back to your country you towelhead"),
    (True, "profanity_h", "fuck all muslims"),
    (True, "profanity_h", "women are fucking useless"),
    (True, "profanity_h", "refugees are shit"),
    # pronoun references, within and across sentences
    (True, "ref", "I work with a lot of women and they are all idiots"),
    (True, "ref", "Jews. They are the worst."),
    (True, "ref", "Saw a trans person on the bus. They make me sick."),
    (True, "ref", "Disabled people? They're a waste of space."),
    (True, "ref", "A refugee family moved in. They are filth."),
    (True, "ref", "Don't talk to me about gays. They're disgusting."),
    # negation of positives
    (True, "negate", "muslims are never honest"),
    (True, "negate", "no black person can be trusted"),
    (True, "negate", "women aren't capable of leading anything"),
    # questions and opinions
    (True, "question", "aren't immigrants just parasites?"),
    (True, "question", "why are trans people so disgusting?"),
    (True, "opinion", "in my opinion gay people are vile"),
    (True, "opinion", "I think jews are rats"),
    # spelling variations
    (True, "spell", "i m m i g r a n t s are rats"),
    (True, "spell", "fck all muslims"),
    (True, "spell", "tr4nnies are disgusting"),
    (True, "spell", "blk ppl r animals"),
    (True, "spell", "w o m e n are trash"),
    (True, "spell", "disabld people are worthless"),
    (True, "spell", "refugess are vermin"),
    (True, "spell", "g a y s should die"),
    (True, "spell", "wmn r stupid"),
    (True, "spell", "j3ws are parasites"),
    # contrasts: neutral and positive mentions
    (False, "neutral", "my neighbour is a refugee from Syria"),
    (False, "neutral", "the mosque hosts a muslim youth group"),
    (False, "neutral", "she came out as trans last year"),
    (False, "neutral", "a woman belongs to the chess club"),
    (False, "positive", "black people have given so much to music"),
    (False, "positive", "disabled athletes are incredible"),
    (False, "positive", "immigrants make this city great"),
    (False, "positive", "I love my gay friends"),
    (False, "positive", "jews are welcome here"),
    (False, "positive", "a refugee is a human being who deserves safety"),
    # contrasts: negated hate
    (False, "negate_neg", "women are not inferior"),
    (False, "negate_neg", "muslims are not terrorists"),
    (False, "negate_neg", "no refugee is a parasite"),
    # contrasts: counter-speech, quoting and denouncing
    (False, "counter", "calling disabled people a burden is disgusting"),
    (False, "counter", "saying jews are rats is vile antisemitism"),
    (False, "counter", "if you call black people animals you're a racist"),
    (False, "counter", '"women belong at home" is such an outdated idea'),
    (False, "counter", "he said immigrants are vermin and got banned, good"),
    (False, "counter", "stop calling trans people freaks"),
    (False, "counter", "anyone who says gays are disgusting is a bigot"),
    (False, "counter", "calling muslims a lower form of life is evil"),
    (False, "counter", "I can't believe someone wrote that refugees are parasites"),
    # contrasts: pronouns that praise
    (False, "ref_neg", "I met a trans woman today. She was lovely."),
    (False, "ref_neg", "Refugees? They're welcome here."),
    (False, "ref_neg", "Jews. They have a rich history."),
    (False, "ref_neg", "The wasps are back. They are disgusting."),
    # contrasts: spelling variations of friendly lines
    (False, "spell_neg", "m u s l i m s are my friends"),
    (False, "spell_neg", "gay ppl r great"),
    (False, "spell_neg", "w o m e n are strong"),
    # contrasts: abuse of objects, homonyms, reclaimed words
    (False, "target_obj", "this traffic is vermin"),
    (False, "target_obj", "these spreadsheets are disgusting"),
    (False, "target_obj", "the next bug I see gets squashed"),
    (False, "target_obj", "the next wall I see gets a beating"),
    (False, "homonym", "that cake looks so gay and colourful"),
    (False, "reclaimed", "we're queer and we're proud"),
    # friendly profanity
    (False, "profanity_nh", "fucking brilliant goal mate"),
    (False, "profanity_nh", "holy shit this pizza is good"),
    (False, "profanity_nh", "damn that was a fucking close one"),
    (False, "profanity_nh", "shit yeah we won"),
    (False, "profanity_nh", "my gay cousin is fucking hilarious"),
)
