"""The hatecheck20 probe (issue 8): every functional category of an English hate suite
(hostile and contrast) across women, trans people, gay people, black people, disabled
people, muslims, immigrants/refugees and jews, weighted to the shapes hatecheck19 left
(a woman belongs at home, the next group member gets a beating, singular "refugee",
pronoun references across sentences, spelling variations, denouncing a phrase). Tuning
lines, written before any rule code was read. kind = the functional category.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # derogation
    (True, "derog", "a woman belongs at home"),
    (True, "derog", "every woman belongs at home"),
    (True, "derog", "a girl belongs at home with the kids"),
    (True, "derog", "a refugee is a parasite"),
    (True, "derog", "every refugee is a criminal"),
    (True, "derog", "a refugee is nothing but a leech"),
    (True, "derog", "disabled people are a burden on everyone"),
    (True, "derog", "jews are disgusting"),
    (False, "derog_contrast", "a woman belongs at home if she wants to be there"),
    (False, "derog_contrast", "a refugee is a person like any other"),
    (False, "derog_contrast", "my cat belongs at home"),
    # threats
    (True, "threat", "the next trans person I see gets a beating"),
    (True, "threat", "the next muslim I meet gets a bullet"),
    (True, "threat", "the next gay guy I see is getting punched"),
    (True, "threat", "the next immigrant I see is getting stabbed"),
    (True, "threat", "any refugee who comes here gets a beating"),
    (False, "threat_contrast", "the next person I see gets a hug"),
    (False, "threat_contrast", "the next boss I see gets a beating"),
    (False, "threat_contrast", "the next trans person I see gets a compliment"),
    # pronoun references
    (True, "ref", "I met a muslim today. They are all terrorists."),
    (True, "ref", "Immigrants? They're vermin."),
    (True, "ref", "I saw some gay people at the mall. They disgust me."),
    (True, "ref", "There's a new black family next door. They are animals."),
    (True, "ref", "Refugees again. They are parasites."),
    (True, "ref", "women? they're all stupid"),
    (False, "ref_contrast", "I met a muslim today. They were really kind."),
    (False, "ref_contrast", "Immigrants? They're our neighbours."),
    (False, "ref_contrast", "I saw some gay people at the mall. They were holding hands."),
    (False, "ref_contrast", "The rats got in again. They are vermin."),
    # spelling variations
    (True, "spell", "m u s l i m s are scum"),
    (True, "spell", "gay ppl r disgusting"),
    (True, "spell", "j e w s are rats"),
    (True, "spell", "w0men are trash"),
    (True, "spell", "muslms are scum"),
    (True, "spell", "trans ppl r freaks"),
    (True, "spell", "imigrants are vermin"),
    (True, "spell", "bl4ck people are animals"),
    (False, "spell_contrast", "m u s l i m s are welcome here"),
    (False, "spell_contrast", "gay ppl r awesome"),
    (False, "spell_contrast", "w0men are amazing"),
    # counter-speech, denouncing, quoting
    (False, "counter", "calling gays a lower form of life is vile"),
    (False, "counter", "calling muslims vermin is disgusting"),
    (False, "counter", "saying a refugee is a parasite is cruel"),
    (False, "counter", "if you think women belong at home you are wrong"),
    (False, "counter", '"the next trans person I see gets a beating" is a sick thing to post'),
    (False, "counter", "people who call jews rats should be ashamed"),
    # negation, questions, opinions
    (True, "negate", "trans people will never be real women"),
    (True, "question", "why are disabled people such a drain?"),
    (True, "opinion", "I really think a refugee is a parasite"),
    (False, "negate_contrast", "gay people are not disgusting"),
    (False, "question_contrast", "why do people hate muslims?"),
    # friendly profanity, neutral and positive mentions
    (False, "profanity_nh", "fucking hell that was a great game"),
    (False, "profanity_nh", "holy shit my refugee friend just got her citizenship"),
    (False, "neutral", "a refugee moved in next door"),
    (False, "positive", "trans people are wonderful"),
)
