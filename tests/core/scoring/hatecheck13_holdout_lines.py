"""The thirteenth HateCheck-style probe's held-back lines (issue 8, hatecheck13): written
after the probe and before any rule code was read, counted only before the rules and
after them. kind = language and function.
"""

from __future__ import annotations

# (hostile, kind, text)
HOLDOUT: tuple[tuple[bool, str, str], ...] = (
    # expressed hate
    (True, "en-emote", "I despise trans people"),
    (True, "en-emote", "I really hate refugees"),
    (True, "en-emote", "I can't bear black people"),
    (True, "en-emote", "muslims disgust me"),
    # negative attributes
    (True, "en-attrib", "gypsies are liars and cheats"),
    (True, "en-attrib", "asians are sneaky and dishonest"),
    (True, "en-attrib", "women are emotional and irrational"),
    (True, "en-attrib", "immigrants are dirty and smelly"),
    # dehumanisation
    (True, "en-dehum", "jews are rats"),
    (True, "en-dehum", "refugees are a cancer"),
    (True, "en-dehum", "gay people are degenerate filth"),
    (True, "en-dehum", "black people are monkeys"),
    # implicit derogation
    (True, "en-implicit", "women should stay in the kitchen"),
    (True, "en-implicit", "asians belong in a zoo"),
    (True, "en-implicit", "too many immigrants in this country"),
    (True, "en-implicit", "refugees are a plague on society"),
    (True, "en-implicit", "muslims don't belong in civilised countries"),
    (True, "en-implicit", "this country would be better off without gypsies"),
    (True, "en-implicit", "trans people are a danger to our children"),
    (True, "en-implicit", "disabled people are a drain on resources"),
    # direct threats
    (True, "en-threat", "I will kill all immigrants"),
    (True, "en-threat", "I'm going to beat up every trans person I see"),
    (True, "en-threat", "I'll stab any muslim who comes near me"),
    # normative threats
    (True, "en-normthreat", "all gays should be shot"),
    (True, "en-normthreat", "jews deserve to die"),
    (True, "en-normthreat", "women like that should be beaten"),
    (True, "en-normthreat", "refugees should be left to drown"),
    # slurs
    (True, "en-slur", "that faggot should shut his mouth"),
    (True, "en-slur", "those kikes run the banks"),
    # profanity-based hate
    (True, "en-profhate", "fuck all muslims"),
    (True, "en-profhate", "immigrants are fucking scum"),
    (True, "en-profhate", "fucking gypsies everywhere"),
    # pronoun reference
    (True, "en-clause", "gay people are everywhere and I hate them"),
    (True, "en-clause", "I saw some refugees earlier and they looked like animals"),
    (True, "en-sentence", "I met some black people yesterday. They are disgusting."),
    (True, "en-sentence", "Disabled people? They are worthless."),
    # negated positive
    (True, "en-negpos", "women are never any good"),
    (True, "en-negpos", "no muslim can be trusted"),
    (True, "en-negpos", "immigrants will never be intelligent"),
    # questions and opinions
    (True, "en-question", "aren't refugees just vermin?"),
    (True, "en-question", "why are trans people so disgusting?"),
    (True, "en-opinion", "I think women are worthless"),
    (True, "en-opinion", "if you ask me, black people are inferior"),
    # spelling variants
    (True, "en-spell", "musl1ms are scum"),
    (True, "en-spell", "i h8 muslims"),
    (True, "en-spell", "gyspies are thieves"),
    (True, "en-spell", "I hate immigrnts"),
    (True, "en-spell", "blackpeople are trash"),
    (True, "en-spell", "d i s g u s t i n g gays"),
    (True, "en-dehum", "refugees are vermin lol"),
    (True, "en-spell", "tr@nnies are sick"),
    (True, "en-negpos", "a roma will never be honest"),
    (True, "en-negpos", "don't ever believe a muslim, they lie to your face"),
    (True, "en-normthreat", "the immigrants should all just die"),
    # clean: neutral and positive
    (False, "en-neutral", "a lot of muslims live in my street"),
    (False, "en-neutral", "the refugees arrived on tuesday"),
    (False, "en-neutral", "my aunt is a gay woman"),
    (False, "en-neutral", "we had a talk about roma history today"),
    (False, "en-positive", "trans people are so brave"),
    (False, "en-positive", "I love my jewish friends"),
    (False, "en-positive", "women make brilliant surgeons"),
    (False, "en-positive", "asian food is the best"),
    # clean: negated hate
    (False, "en-neghate", "I don't hate immigrants"),
    (False, "en-neghate", "black people are not apes, obviously"),
    (False, "en-neghate", "disabled people are not a drain on anything"),
    (False, "en-neghate", "I would never say women belong in the kitchen"),
    (False, "en-neghate", "no one should kill muslims"),
    # clean: counter-speech and quotes
    (False, "en-counter", "saying 'gays are scum' is wrong"),
    (False, "en-counter", "you say jews are vermin? shame on you"),
    (False, "en-counter", "people who say refugees should drown are monsters"),
    (False, "en-counter", "the sign said 'immigrants out' and we tore it down"),
    (False, "en-counter", "calling trans people freaks is bigotry"),
    (False, "en-counter", "I'm sick of hearing that women are stupid"),
    (False, "en-counter", "he said all muslims are terrorists and I reported him"),
    # clean: abuse of objects
    (False, "en-object", "I hate tuesdays"),
    (False, "en-object", "this phone is garbage"),
    (False, "en-object", "cockroaches are disgusting"),
    (False, "en-object", "mosquitoes are a plague on this town"),
    (False, "en-object", "I'm going to kill this level"),
    (False, "en-object", "this traffic makes me sick"),
    # clean: slur homonyms and reclaimed
    (False, "en-homonym", "I bought a bundle of faggots for the fire"),
    (False, "en-homonym", "the dam broke and flooded the valley"),
    (False, "en-reclaimed", "queer and proud, see you at pride"),
    (False, "en-reclaimed", "us dykes are going bowling tonight"),
    # clean: friendly profanity (kind "en-prof": held back, judged by the cap, not line by line)
    (False, "en-prof", "fuck yeah the trans choir won"),
    (False, "en-prof", "shit, the muslim bakery is closed today"),
    (False, "en-prof", "damn that gay wedding was fucking beautiful"),
    (False, "en-prof", "holy fuck my jewish grandma can cook"),
    (False, "en-prof", "fucking love these refugees' football team"),
    # clean: more neutral and counter
    (False, "en-neutral", "women should be paid the same"),
    (False, "en-neutral", "immigrants should get faster visas"),
    (False, "en-neutral", "refugees belong in safe housing, not camps"),
    (False, "en-neutral", "are there many asians in your class?"),
    (False, "en-positive", "I think disabled people are inspiring"),
    (False, "en-neghate", "gypsies are not thieves, that's a stereotype"),
    (False, "en-counter", "'all gays should be shot' is the vilest thing I've read"),
    (False, "en-object", "I will destroy this pizza"),
    (False, "en-object", "spiders belong outside"),
)
