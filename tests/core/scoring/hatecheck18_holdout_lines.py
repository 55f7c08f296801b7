"""The hatecheck18 held-back batch (issue 8): fresh wording across the functional hate
suite's categories and clean contrasts, written before any rule code was read and counted
only at the start and at the end of the round. kind = the function.
"""

from __future__ import annotations

# (hostile, kind, text)
HOLDOUT: tuple[tuple[bool, str, str], ...] = (
    # derogation: expressed hate
    (True, "derog_emote", "I detest muslims"),
    (True, "derog_emote", "trans people disgust me"),
    (True, "derog_emote", "I absolutely hate refugees"),
    (True, "derog_emote", "jews make my skin crawl"),
    # derogation: negative attributes
    (True, "derog_attrib", "black people are lazy"),
    (True, "derog_attrib", "women are so dumb"),
    (True, "derog_attrib", "immigrants are dirty and dangerous"),
    (True, "derog_attrib", "gay men are all perverts"),
    # derogation: dehumanisation
    (True, "derog_dehum", "muslims are a cancer on this country"),
    (True, "derog_dehum", "disabled people are vegetables"),
    (True, "derog_dehum", "women are property"),
    (True, "derog_dehum", "refugees are an infestation"),
    # derogation: implicit / normative inferiority
    (True, "derog_impl", "a woman's place is in the home"),
    (True, "derog_impl", "trans people should not have rights"),
    (True, "derog_impl", "immigrants are worth less than us"),
    (True, "derog_impl", "gay people are a lower form of life"),
    # threats: direct
    (True, "threat_dir", "I'm going to stab the next refugee I see"),
    (True, "threat_dir", "I will murder every gay person here"),
    (True, "threat_dir", "I am going to hunt down black people"),
    (True, "threat_dir", "we will slaughter the jews"),
    # threats: normative
    (True, "threat_norm", "muslims should be wiped out"),
    (True, "threat_norm", "trans people deserve to be beaten"),
    (True, "threat_norm", "immigrants ought to be executed"),
    (True, "threat_norm", "disabled people should be exterminated"),
    # slurs
    (True, "slur", "get out of here you faggot"),
    (True, "slur", "what a dumb spic"),
    (True, "slur", "you are a filthy towelhead"),
    (True, "slur", "shut it, retard"),
    # profanity in hate
    (True, "profanity_h", "fuck every immigrant"),
    (True, "profanity_h", "black people are fucking trash"),
    (True, "profanity_h", "screw the jews"),
    (True, "profanity_h", "fucking dykes ruin everything"),
    # pronoun reference
    (True, "pronoun_ref", "I saw a group of muslims. They are filth."),
    (True, "pronoun_ref", "disabled people are everywhere and I hate all of them"),
    (True, "pronoun_ref", "women? they are worthless"),
    (True, "pronoun_ref", "gay people moved in next door, those people are disgusting"),
    # negated positive statements
    (True, "negate_pos", "black lives don't matter"),
    (True, "negate_pos", "trans people are not normal"),
    (True, "negate_pos", "refugees are not human beings"),
    (True, "negate_pos", "women are not capable of thinking"),
    # questions
    (True, "question", "why are gay people so gross?"),
    (True, "question", "why do immigrants have to be so filthy?"),
    (True, "question", "aren't disabled people just useless?"),
    (True, "question", "why are jews so greedy?"),
    # opinions
    (True, "opinion", "I think muslims are vile"),
    (True, "opinion", "in my view trans people are abominations"),
    (True, "opinion", "I believe women are worthless"),
    (True, "opinion", "I'm convinced refugees are scum"),
    # spelling variations
    (True, "spelling", "muzzies are scum"),
    (True, "spelling", "i h4te women"),
    (True, "spelling", "g a y s are disgusting"),
    (True, "spelling", "imigrants are rats"),
    (True, "spelling", "disabled ppl are useles"),
    # clean: counter-speech
    (False, "counter", "saying trans people are freaks is disgusting"),
    (False, "counter", "you can't just call muslims terrorists"),
    (False, "counter", "whoever wrote 'women are trash' should be ashamed"),
    (False, "counter", "no, immigrants are not criminals"),
    (False, "counter", "it's racist to claim black people are lazy"),
    (False, "counter", "I hate it when people call gay people sick"),
    # clean: neutral
    (False, "neutral", "there are many muslims in my class"),
    (False, "neutral", "my cousin is gay and lives in berlin"),
    (False, "neutral", "the refugees were given housing"),
    (False, "neutral", "two women run the bakery downstairs"),
    (False, "neutral", "disabled people use the ramp at the back"),
    (False, "neutral", "the jewish community centre opens at nine"),
    (False, "neutral", "black people make up a large part of the city"),
    # clean: positive
    (False, "positive", "trans people are valid"),
    (False, "positive", "I admire immigrants for their courage"),
    (False, "positive", "muslims are lovely people"),
    (False, "positive", "we should welcome refugees"),
    (False, "positive", "gay couples make great parents"),
    (False, "positive", "women are strong"),
    # clean: negated hate
    (False, "negate_neg", "I would never call women stupid"),
    (False, "negate_neg", "disabled people are not a burden"),
    (False, "negate_neg", "nobody should hurt trans people"),
    (False, "negate_neg", "jews don't control the media"),
    (False, "negate_neg", "I don't think immigrants are dangerous"),
    # clean: friendly profanity
    (False, "profanity_nh", "fuck yeah we won"),
    (False, "profanity_nh", "this song is so fucking good"),
    (False, "profanity_nh", "holy fuck that view is amazing"),
    (False, "profanity_nh", "shit happens, we go again"),
    (False, "profanity_nh", "damn that was a good meal"),
    # clean: non-protected targets
    (False, "target_obj", "I hate tuesdays"),
    (False, "target_obj", "spiders are disgusting"),
    (False, "target_obj", "rats are vermin"),
    (False, "target_obj", "this traffic makes me want to scream"),
    (False, "target_obj", "wasps should all be exterminated"),
    (False, "target_obj", "I detest cold coffee"),
    (False, "counter", "claiming refugees are vermin is dehumanising"),
    (False, "neutral", "a trans man spoke at the conference"),
    (False, "positive", "black women inspire me every day"),
    (False, "negate_neg", "gay people are not disgusting, you are wrong"),
    (False, "profanity_nh", "oh shit I'm late again"),
    (False, "target_obj", "I can't stand this printer"),
    (False, "target_obj", "politics is a disease"),
    # clean: reclaimed / homonym
    (False, "reclaimed", "as a queer woman I love this"),
    (False, "reclaimed", "we are here, we are queer"),
)
