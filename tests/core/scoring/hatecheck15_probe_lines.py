"""The hatecheck15 probe's tuning lines (issue 8): the English HateCheck functions the
default scorer still missed after hatecheck14 (negative attributes outside the lexicon,
often two joined by "and"; positive traits denied of a group or of one member, "a roma
will never be honest"; orders of distrust and exclusion, "don't ever believe a muslim",
"I'd never vote for a woman"; "X are a pile of shit"; "X should be ashamed of
themselves"), and the non-hateful contrasts that must stay clean (the same words about a
person, an object or a non-protected group, counter-speech and quotes, neutral and
positive mentions, friendly profanity). Written before any rule code was read, after
scoring fresh lines through the main scorer. kind = the function.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # negative attributes, often two joined
    (True, "derog_neg_attrib", "women are emotional and irrational"),
    (True, "derog_neg_attrib", "women are hysterical"),
    (True, "derog_neg_attrib", "women are irrational"),
    (True, "derog_neg_attrib", "women are so emotional"),
    (True, "derog_neg_attrib", "immigrants are lazy"),
    (True, "derog_neg_attrib", "black people are ugly"),
    (True, "derog_neg_attrib", "trans people are weird"),
    (True, "derog_neg_attrib", "trans people are creepy and predatory"),
    (True, "derog_neg_attrib", "why are immigrants so lazy?"),
    (True, "derog_neg_attrib", "why do women always lie?"),
    # positive traits denied
    (True, "negated_pos", "a roma will never be honest"),
    (True, "negated_pos", "a jew will never be generous"),
    (True, "negated_pos", "a woman can never be rational"),
    (True, "negated_pos", "a gay man will never be a real man"),
    (True, "negated_pos", "women are never logical"),
    (True, "negated_pos", "jews are never generous"),
    (True, "negated_pos", "immigrants are never grateful"),
    (True, "negated_pos", "not a single muslim is trustworthy"),
    (True, "negated_pos", "there is no such thing as an honest roma"),
    # distrust and exclusion
    (True, "exclusion", "don't ever believe a muslim"),
    (True, "exclusion", "don't ever believe a jew"),
    (True, "exclusion", "don't trust immigrants with anything"),
    (True, "exclusion", "don't trust a woman with money"),
    (True, "exclusion", "don't let gay people adopt"),
    (True, "exclusion", "don't let a trans person near your kids"),
    (True, "exclusion", "keep muslims out of our neighbourhood"),
    (True, "exclusion", "don't hire immigrants"),
    (True, "exclusion", "never date a black girl"),
    (True, "exclusion", "I'd never let my daughter marry a muslim"),
    (True, "exclusion", "I would never vote for a woman"),
    (True, "exclusion", "I'd never work with a trans person"),
    (True, "exclusion", "I'd never rent my flat to a roma"),
    (True, "exclusion", "I would never rent to an immigrant"),
    (True, "exclusion", "I'd never vote for a muslim"),
    # dehumanising filth
    (True, "dehumanisation", "immigrants are a pile of shit"),
    (True, "dehumanisation", "muslims are a bunch of shit"),
    (True, "dehumanisation", "women are pieces of shit"),
    (True, "dehumanisation", "women are a bunch of shit"),
    # normative shaming
    (True, "threat_norm", "gays should be ashamed of themselves"),
    (True, "threat_norm", "trans people should be ashamed"),
    (True, "threat_norm", "women should be ashamed of themselves"),
    (True, "threat_norm", "immigrants should be ashamed"),
    (True, "threat_norm", "muslims should be embarrassed to exist"),
    (True, "threat_norm", "women should stay silent"),
    (True, "threat_norm", "women should shut up"),
    # clean: the same words about a person, an object, a non-protected group
    (False, "neutral", "women are emotional beings and that's fine"),
    (False, "neutral", "my sister is emotional after the wedding"),
    (False, "neutral", "the movie was emotional"),
    (False, "neutral", "a roma will never be forgotten in this town"),
    (False, "neutral", "he will never be honest with me"),
    (False, "neutral", "immigrants are never given a fair chance"),
    (False, "neutral", "women are never paid enough"),
    (False, "neutral", "black people are never treated fairly by the police"),
    (False, "neutral", "never trust a politician"),
    (False, "neutral", "don't ever believe a car salesman"),
    (False, "neutral", "don't trust anyone who hates immigrants"),
    (False, "neutral", "I'd never hire someone who is racist"),
    (False, "neutral", "I would never vote for a racist"),
    (False, "neutral", "I'd never vote for that party"),
    (False, "neutral", "never date a guy who hates women"),
    (False, "neutral", "don't let racists near your kids"),
    (False, "neutral", "this pizza is a pile of shit"),
    (False, "neutral", "my car is a pile of shit"),
    (False, "neutral", "this game is a bunch of shit"),
    (False, "neutral", "homophobes should be ashamed of themselves"),
    (False, "neutral", "you should be ashamed of how you treat immigrants"),
    (False, "neutral", "racists should be ashamed"),
    (False, "positive", "gays should be proud of themselves"),
    (False, "positive", "women should be proud"),
    (False, "positive", "trans people should be free to live their lives"),
    (False, "neutral", "women should be paid the same as men"),
    (False, "neutral", "women should stay safe walking home"),
    (False, "neutral", "why do women earn less than men?"),
    (False, "neutral", "why are immigrants treated so badly?"),
    (False, "positive", "immigrants are hard working"),
    (False, "positive", "disabled people are strong"),
    (False, "positive", "trans people are valid"),
    # counter-speech and quotes
    (False, "counter", "saying women are irrational is sexist nonsense"),
    (False, "counter", "it's wrong to say a roma will never be honest"),
    (False, "counter", "don't believe people who say muslims are terrorists"),
    (False, "counter", "if you think immigrants are a pile of shit, you're the problem"),
    (False, "counter", "statements like 'black people can't be trusted' are racist"),
    # friendly profanity beside a group
    (False, "profanity_nh", "fucking hell, women's football is amazing"),
    (False, "profanity_nh", "shit, my gay friend got married"),
    (False, "profanity_nh", "damn, the muslim bakery has the best bread"),
    (False, "profanity_nh", "holy fuck, black people invented so much music"),
    (False, "profanity_nh", "fuck yeah trans rights"),
    (False, "profanity_nh", "I'm a woman and I'm fucking proud"),
)
