"""The olid6 round's probe lines (issue 8, ninth session), written before reading any miss
or any rule.

Tweet- and comment-style lines in four shapes of attack on a person or group: a person
spoken of in the third person called a liar, traitor, fraud, disgrace, clown, loser or
hypocrite ("@USER he is a fraud", "Pelosi is a disgrace"); the reader given a negative
description without a classic insult word ("you are the problem", "you are a
disgrace to your office"); profanity aimed at the reader or a named person ("fuck
you", "screw him", "he's full of shit"); contempt for a political group ("liberals are
insane", "conservatives are all cowards"). Clean lines: the same words used of nobody
or reported, political groups named without contempt, and swearing at nothing (OLID's
UNT control).

TUNE_* are studied; the held-back batch is olid6_holdout_lines.py.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person spoken of: liar, traitor, fraud, disgrace, clown, loser, hypocrite
    "@USER he is a fraud",
    "@USER she is a total fraud",
    "@USER he's a traitor",
    "@USER Obama is a traitor",
    "@USER Pelosi is a disgrace",
    "@USER that man is a disgrace to the badge",
    "@USER he is such a hypocrite",
    "@USER she's a liar and everyone knows it",
    "@USER this guy is a clown",
    "@USER what a clown",
    "@USER what a loser",
    "@USER he is a complete loser",
    "@USER the senator is a coward",
    "@USER Feinstein is a liar",
    "@USER your president is a con man",
    "@USER he is a joke",
    "@USER she is an embarrassment",
    "@USER he's a puppet for the NRA",
    "@USER what a hypocrite this woman is",
    "@USER Kavanaugh is a liar and a drunk",
    # the reader given a negative description, no classic insult word
    "@USER you are the problem",
    "@USER you are part of the problem",
    "@USER you are a disgrace to your office",
    "@USER you are a joke",
    "@USER you're an embarrassment to the party",
    "@USER you are everything wrong with this country",
    "@USER you are a fraud",
    "@USER you're a hypocrite",
    "@USER you have no shame",
    "@USER you have zero credibility",
    "@USER you are not a real christian",
    "@USER you are a terrible person",
    "@USER you're a sellout",
    "@USER you are a traitor",
    # profanity aimed at the reader or a named person
    "@USER fuck you",
    "@USER fuck him",
    "@USER fuck that guy",
    "@USER screw you",
    "@USER screw her",
    "@USER you're full of shit",
    "@USER he is full of shit",
    "@USER go to hell",
    "@USER she can go to hell",
    "@USER kiss my ass",
    "@USER eat shit",
    "@USER you fucking liar",
    "@USER shut the fuck up",
    "@USER fuck off",
    "@USER fuck Trump",
    "@USER you're a piece of shit",
    # contempt for a political group
    "@USER liberals are insane",
    "@USER liberals are the worst",
    "@USER conservatives are all cowards",
    "@USER democrats are traitors",
    "@USER republicans are spineless",
    "@USER the left is a mental illness",
    "@USER leftists are so stupid",
    "@USER libtards will never learn",
    "@USER antifa are terrorists",
    "@USER typical liberal hypocrisy",
    "@USER the GOP is full of liars",
    "@USER MAGA people are brainwashed",
    "@USER these liberals are pathetic",
    "@USER conservatives are racists",
)

# Swearing at nothing (studied): the UNT control.
TUNE_SWEARING: tuple[str, ...] = (
    "@USER fuck this is so good",
    "@USER holy fuck what a comeback",
    "@USER shit happens",
    "@USER damn right",
    "@USER hell yes, vote tomorrow",
    "@USER this is fucking insane news",
    "@USER what the fuck, really?",
    "@USER shit, I forgot my ballot",
    "@USER fuck cancer",
    "@USER fuck the rain today",
    "@USER this shit is hilarious",
    "@USER damn that hurts",
    "@USER fucking love this",
    "@USER hell of a speech",
    "@USER oh hell, here we go",
    "@USER fucking brilliant",
    "@USER fuck it, I'm going",
    "@USER fucking ridiculous weather",
    "@USER fuck yeah",
    "@USER this is a shitty day",
)

# Clean otherwise (studied): the same words of nobody or reported, groups without contempt.
TUNE_OTHER_CLEAN: tuple[str, ...] = (
    "@USER he is a fraud investigator",
    "@USER she works in fraud prevention",
    "@USER the clown show at the fair was fun",
    "@USER the kids loved the clown",
    "@USER he is not a traitor",
    "@USER she called him a traitor on air",
    "@USER he said the senator was a fraud",
    "@USER is he a hypocrite? maybe not",
    "@USER he is a joker in the best way",
    "@USER that's a disgrace to the sport, the refereeing",
    "@USER you are not the problem",
    "@USER you are part of the solution",
    "@USER you are a joy",
    "@USER you are a credit to your office",
    "@USER you have my vote",
    "@USER you are a real christian, thank you",
    "@USER you are the best",
    "@USER liberals are voting in record numbers",
    "@USER conservatives are meeting on friday",
    "@USER democrats are holding a rally",
    "@USER republicans are split on the bill",
    "@USER the left is organizing in ohio",
    "@USER liberals and conservatives both love this dog",
    "@USER I'm a liberal and I approve",
    "@USER as a conservative I agree",
    "@USER the GOP convention starts monday",
    "@USER antifa was at the march",
    "@USER screw the lid on tight",
    "@USER go to the polls early",
    "@USER she went to hell and back this year",
    "@USER I'm full of pizza",
    "@USER kiss your mom for me",
    "@USER eat something, you'll feel better",
    "@USER he is a loser in the election but a good man",
    "@USER don't call him a liar, he's honest",
    "@USER the loser of the debate gets to host next year",
    "@USER the fraud case was dismissed",
    "@USER you are wrong about this one",
    "@USER you are so right",
    "@USER she is a great senator",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN

# The round's second part (studied), written before its rules: a third person's "ass",
# an exclamation at a person in a reply, a mouthpiece or puppet for someone, everything
# wrong with something, the reader's lost credibility. (Five lines first written here
# repeated lines studied above or held back in olid6_holdout_lines.py, and are dropped.)
TUNE2_HOSTILE: tuple[str, ...] = (
    "@USER I hope they beat his ass",
    "@USER kick her sorry ass out",
    "@USER lock their corrupt asses up",
    "@USER his fat ass should resign",
    "@USER somebody whoop his ass",
    "@USER what a hypocrite",
    "@USER what a creep",
    "@USER what a pathetic little man",
    "@USER she is a shill for the banks",
    "@USER you are a mouthpiece for the left",
    "@USER he is everything that is wrong with congress",
    "@USER you have lost all credibility",
)

TUNE2_CLEAN: tuple[str, ...] = (
    "@USER she worked her ass off",
    "@USER I laughed my ass off",
    "@USER his assistant sent it",
    "@USER what a win",
    "@USER what a beautiful day",
    "@USER what a joke, I love it",
    "@USER he is a spokesman for the mayor",
    "@USER a puppet show for the kids",
    "@USER this is everything wrong with the app",
    "@USER you are everything to us",
    "@USER you have no idea",
    "@USER the study has no credibility",
    "@USER he has so much integrity",
)
