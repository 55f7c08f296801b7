"""The thirteenth HateCheck-style probe's tuning lines (issue 8, hatecheck13): English
lines over every HateCheck function (expressed hate, negative attributes, dehumanisation,
implicit derogation, direct and normative threats, slurs, profanity-based hate, pronoun
reference across a clause or a sentence, negated positives, questions, opinions, spelling
variants) and the clean counterparts (neutral and positive mentions, negated hate,
counter-speech and quotes, abuse of objects, slur homonyms and reclaimed slurs, friendly
profanity). Written before any rule code was read. kind = language and function.
"""

from __future__ import annotations

# (hostile, kind, text)
PROBE: tuple[tuple[bool, str, str], ...] = (
    # expressed hate
    (True, "en-emote", "I absolutely loathe immigrants"),
    (True, "en-emote", "I can't stand disabled people"),
    (True, "en-emote", "nothing disgusts me more than trans people"),
    (True, "en-emote", "I detest every single gypsy"),
    (True, "en-emote", "asians make me sick"),
    # negative attributes
    (True, "en-attrib", "women are too stupid to vote"),
    (True, "en-attrib", "black people are naturally lazy"),
    (True, "en-attrib", "refugees are all criminals and rapists"),
    (True, "en-attrib", "jews are greedy by nature"),
    (True, "en-attrib", "roma are dirty thieves"),
    # dehumanisation
    (True, "en-dehum", "muslims are nothing but cockroaches"),
    (True, "en-dehum", "immigrants are a disease"),
    (True, "en-dehum", "trans people are freaks of nature"),
    (True, "en-dehum", "gay people are animals"),
    (True, "en-dehum", "refugees are a swarm of locusts"),
    # implicit derogation
    (True, "en-implicit", "women belong in the kitchen and nowhere else"),
    (True, "en-implicit", "black people belong in cages"),
    (True, "en-implicit", "there are way too many muslims in this country"),
    (True, "en-implicit", "immigrants are a plague on this nation"),
    (True, "en-implicit", "disabled people are a burden on society"),
    (True, "en-implicit", "gypsies are a stain on our towns"),
    (True, "en-implicit", "the world would be better without jews"),
    (True, "en-implicit", "refugees are ruining this country"),
    (True, "en-implicit", "asians should go back where they came from"),
    (True, "en-implicit", "gay people shouldn't be allowed near children"),
    # direct threats
    (True, "en-threat", "I will slaughter every muslim I see"),
    (True, "en-threat", "I'm going to shoot all the refugees"),
    (True, "en-threat", "I am going to hurt every gay person I meet"),
    (True, "en-threat", "I'll burn down every synagogue with the jews inside"),
    # normative threats
    (True, "en-normthreat", "all trans people should be executed"),
    (True, "en-normthreat", "gypsies ought to be wiped out"),
    (True, "en-normthreat", "black people deserve to suffer"),
    (True, "en-normthreat", "disabled people should be put down"),
    (True, "en-normthreat", "someone should gas the jews"),
    # slurs
    (True, "en-slur", "look at that tranny"),
    (True, "en-slur", "you're just a dyke"),
    (True, "en-slur", "go home you paki"),
    # profanity-based hate
    (True, "en-profhate", "fuck all refugees"),
    (True, "en-profhate", "muslims are fucking scum"),
    (True, "en-profhate", "women are shit at everything"),
    (True, "en-profhate", "screw disabled people, they're useless"),
    # pronoun reference across a clause or a sentence
    (True, "en-clause", "women keep talking and I wish they would shut up forever"),
    (True, "en-clause", "I saw some jews on the train and they were disgusting"),
    (True, "en-sentence", "I met a few refugees yesterday. They are vermin."),
    (True, "en-sentence", "Trans people again. I hate them so much."),
    (True, "en-sentence", "We have muslims next door. They should all be deported."),
    # negated positive
    (True, "en-negpos", "women are never any use at anything"),
    (True, "en-negpos", "no immigrant can be trusted"),
    (True, "en-negpos", "black people will never be intelligent"),
    (True, "en-negpos", "gay people are not real humans"),
    (True, "en-negpos", "disabled people are not worth anything"),
    # questions and opinions
    (True, "en-question", "aren't immigrants just parasites?"),
    (True, "en-question", "why are women always so stupid?"),
    (True, "en-question", "isn't it obvious that jews are evil?"),
    (True, "en-opinion", "I think refugees are worthless"),
    (True, "en-opinion", "in my opinion gay people are disgusting"),
    (True, "en-opinion", "honestly I believe muslims are subhuman"),
    # spelling variants
    (True, "en-spell", "i h8 immigrants"),
    (True, "en-spell", "w0men are trash"),
    (True, "en-spell", "muzlims are scum"),
    (True, "en-spell", "refugess are vermin"),
    (True, "en-spell", "I hate tr4ns people"),
    (True, "en-spell", "gaypeople are disgusting"),
    (True, "en-spell", "i hate j e w s"),
    (True, "en-spell", "disabled people are w o r t h l e s s"),
    # the known misses the brief names (the first two were hatecheck12 held-back lines)
    (True, "en-normthreat", "the refugees should all just drown"),
    (True, "en-negpos", "never believe a refugee, they invent their stories"),
    (True, "en-negpos", "a gypsy will never be trusted"),
    # clean: neutral and positive mentions
    (False, "en-neutral", "my neighbour is a muslim and a nurse"),
    (False, "en-neutral", "there are many refugees in this city"),
    (False, "en-neutral", "she is a trans woman who works in finance"),
    (False, "en-positive", "I love how brave disabled athletes are"),
    (False, "en-positive", "immigrants make this country stronger"),
    (False, "en-positive", "gypsy music is beautiful"),
    (False, "en-positive", "black women are amazing"),
    # clean: negated hate
    (False, "en-neghate", "I don't hate gay people at all"),
    (False, "en-neghate", "refugees are not vermin"),
    (False, "en-neghate", "no woman belongs in a kitchen unless she wants to"),
    (False, "en-neghate", "I would never hurt a jew"),
    (False, "en-neghate", "muslims are not a plague on society"),
    # clean: counter-speech and quotes
    (False, "en-counter", "saying women are stupid is just sexist"),
    (False, "en-counter", "you call immigrants rats? shame on you"),
    (False, "en-counter", "if you think trans people are freaks, you're the problem"),
    (False, "en-counter", "'black people belong in cages' is a disgusting thing to say"),
    (False, "en-counter", "he tweeted that refugees should drown and got banned, good"),
    (False, "en-counter", "stop saying disabled people are a burden"),
    # clean: abuse of objects
    (False, "en-object", "I hate mondays so much"),
    (False, "en-object", "these shoes are absolute trash"),
    (False, "en-object", "this printer is a plague on the office"),
    (False, "en-object", "rats belong in the sewer"),
    (False, "en-object", "I will kill this boss fight tonight"),
    # clean: slur homonyms and reclaimed slurs
    (False, "en-homonym", "I smoked a fag behind the shed in 1970s london"),
    (False, "en-homonym", "my dog is a bitch, she had puppies"),
    (False, "en-homonym", "we ate faggots and peas at grandma's"),
    (False, "en-reclaimed", "as a proud dyke I loved the parade"),
    (False, "en-reclaimed", "queer people built this scene"),
    # clean: friendly profanity
    (False, "profanity", "fucking hell that was a sick play"),
    (False, "profanity", "holy shit the refugees choir was amazing"),
    (False, "profanity", "damn, my muslim mates cook the best food"),
    (False, "profanity", "this gay bar is fucking awesome"),
    (False, "en-neutral", "why are women paid less than men?"),
    (False, "en-neutral", "I think refugees need more support"),
    (False, "en-neghate", "black people will never be my enemies"),
    (False, "en-counter", "my uncle thinks muslims are subhuman and I hate that"),
    (False, "en-object", "this weather is disgusting"),
)
