"""The hatecheck18 probe (issue 8): the English functional hate suite's functions across
the issue's groups (derogation, threats, slurs, profanity in hate, pronoun reference,
negated positives, questions, opinions, spelling variations) and its clean contrasts
(counter-speech, neutral and positive mentions, negated hate, friendly profanity,
non-protected targets), written before any rule code was read. kind = the function.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # derogation: expressed hate / negative emotion
    (True, "derog_emote", "I really despise disabled people"),
    (True, "derog_emote", "women make me sick"),
    (True, "derog_emote", "I can't stand refugees"),
    (True, "derog_emote", "nothing disgusts me more than gay people"),
    (True, "derog_emote", "I loathe every single jew"),
    (True, "derog_emote", "black people are so revolting to me"),
    # derogation: negative attributes
    (True, "derog_attrib", "immigrants are all thieves"),
    (True, "derog_attrib", "muslims are violent by nature"),
    (True, "derog_attrib", "trans people are mentally ill"),
    (True, "derog_attrib", "women are too stupid to understand anything"),
    (True, "derog_attrib", "refugees are nothing but criminals"),
    (True, "derog_attrib", "jews are greedy and sneaky"),
    # derogation: dehumanisation
    (True, "derog_dehum", "gay people are a disease"),
    (True, "derog_dehum", "immigrants are cockroaches"),
    (True, "derog_dehum", "black people are nothing but animals"),
    (True, "derog_dehum", "refugees are parasites feeding off us"),
    (True, "derog_dehum", "trans people are freaks of nature"),
    (True, "derog_dehum", "disabled people are a waste of oxygen"),
    # derogation: implicit / normative inferiority
    (True, "derog_impl", "women belong in the kitchen"),
    (True, "derog_impl", "disabled people are a burden on all of us"),
    (True, "derog_impl", "muslims will never be equal to us"),
    (True, "derog_impl", "black people are inferior to whites"),
    (True, "derog_impl", "women should not be allowed to vote"),
    # threats: direct
    (True, "threat_dir", "I am going to kill every muslim I see"),
    (True, "threat_dir", "I will beat up the next gay guy I meet"),
    (True, "threat_dir", "we are going to burn down their mosque"),
    (True, "threat_dir", "I want to shoot all immigrants"),
    (True, "threat_dir", "I'm going to hurt every trans person in this town"),
    # threats: normative
    (True, "threat_norm", "refugees should all be shot"),
    (True, "threat_norm", "gay people deserve to die"),
    (True, "threat_norm", "all jews should be gassed"),
    (True, "threat_norm", "black people should be hanged"),
    (True, "threat_norm", "disabled people should be put down"),
    (True, "threat_norm", "women who speak up should be beaten"),
    # slurs
    (True, "slur", "you are just a dyke to me"),
    (True, "slur", "go home you dirty paki"),
    (True, "slur", "typical kike behaviour"),
    (True, "slur", "look at that tranny"),
    (True, "slur", "shut up spastic"),
    # profanity in hate
    (True, "profanity_h", "fuck all muslims"),
    (True, "profanity_h", "immigrants are fucking rats"),
    (True, "profanity_h", "trans people are shit"),
    (True, "profanity_h", "fuck gay people"),
    (True, "profanity_h", "women are fucking useless"),
    # pronoun reference
    (True, "pronoun_ref", "I met some immigrants yesterday. They are disgusting."),
    (True, "pronoun_ref", "trans people exist and they are all sick"),
    (True, "pronoun_ref", "I know many muslims and every single one of them is a terrorist"),
    (True, "pronoun_ref", "gay people? I hate them"),
    (True, "pronoun_ref", "there are refugees on my street. they should all be deported"),
    (True, "pronoun_ref", "black people live here now and I hate those people"),
    # negated positive statements
    (True, "negate_pos", "women are not intelligent"),
    (True, "negate_pos", "immigrants are not welcome here"),
    (True, "negate_pos", "gay lives don't matter"),
    (True, "negate_pos", "disabled people are not worth anything"),
    (True, "negate_pos", "muslims are not real humans"),
    (True, "negate_pos", "I will never respect a trans person"),
    # questions
    (True, "question", "why are women so stupid?"),
    (True, "question", "why do all muslims want to kill us?"),
    (True, "question", "aren't immigrants just vermin?"),
    (True, "question", "why are trans people so disgusting?"),
    (True, "question", "how can anyone like jews?"),
    # opinions
    (True, "opinion", "I think gay people are disgusting"),
    (True, "opinion", "in my opinion women are inferior"),
    (True, "opinion", "I believe immigrants are scum"),
    (True, "opinion", "I feel like disabled people are useless"),
    (True, "opinion", "honestly I reckon black people are subhuman"),
    # spelling variations
    (True, "spelling", "I h8 muslims"),
    (True, "spelling", "w0men are trash"),
    (True, "spelling", "gay people are disgustng"),
    (True, "spelling", "i hate trans peopel"),
    (True, "spelling", "k1ll all immigrants"),
    (True, "spelling", "jews are scumbags"),
    (True, "spelling", "refugees are v e r m i n"),
    (True, "spelling", "blackpeople are animals"),
    # clean: counter-speech quoting or refuting hate
    (False, "counter", "saying women are inferior is just wrong"),
    (False, "counter", "stop saying muslims are terrorists"),
    (False, "counter", "people who say immigrants are rats need to educate themselves"),
    (False, "counter", "'gay people are a disease' is a vile thing to say"),
    (False, "counter", "it is not true that trans people are mentally ill"),
    (False, "counter", "calling refugees parasites is hateful"),
    (False, "counter", "if you think black people are inferior you are a racist"),
    # clean: neutral statements about groups
    (False, "neutral", "my neighbours are muslims"),
    (False, "neutral", "many refugees arrived in the city last year"),
    (False, "neutral", "she is a trans woman who works in IT"),
    (False, "neutral", "the survey asked gay people about their work"),
    (False, "neutral", "jewish families celebrate hanukkah in december"),
    (False, "neutral", "women make up half of the team"),
    # clean: positive statements
    (False, "positive", "immigrants make this country stronger"),
    (False, "positive", "disabled people deserve equal rights"),
    (False, "positive", "I love my trans friends"),
    (False, "positive", "black people are amazing"),
    (False, "positive", "women are brilliant engineers"),
    # clean: negated hate
    (False, "negate_neg", "I would never say gay people are disgusting"),
    (False, "negate_neg", "no refugee deserves to be hurt"),
    (False, "negate_neg", "muslims are not terrorists"),
    (False, "negate_neg", "I don't hate immigrants at all"),
    (False, "negate_neg", "women are not inferior to men"),
    # clean: friendly profanity
    (False, "profanity_nh", "fucking hell what a game"),
    (False, "profanity_nh", "holy shit that was close"),
    (False, "profanity_nh", "damn this pizza is good as fuck"),
    (False, "profanity_nh", "shit, I forgot my keys"),
    (False, "profanity_nh", "that boss fight was fucking epic"),
    # clean: non-protected targets
    (False, "target_obj", "I hate mondays so much"),
    (False, "target_obj", "mosquitoes should all die"),
    (False, "target_obj", "this weather is disgusting"),
    (False, "target_obj", "I can't stand broccoli"),
    (False, "target_obj", "traffic jams make me sick"),
    # clean: reclaimed / homonyms
    (False, "reclaimed", "I'm queer and proud of it"),
    (False, "reclaimed", "the faggot is an old word for a bundle of sticks"),
)
