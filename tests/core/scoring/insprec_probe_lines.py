"""The insult-precision probe's lines (issue 8), written before reading the rules.

Comment-section talk in the register of news and forum comments: clean lines swear at
nothing, insult things, ideas, policies, teams and products, banter with friends, agree
and disagree, quote, report, ask about words and run themselves down; hostile lines are
aimed at the reader ("you"), the poster, or a third person (a commenter, a public figure,
"this guy"). About a tenth of each is Italian.

TUNE_* were studied; HELD_* were written after the rest and measured only at the start
and the end of the round, never read for misses. SWEARING_* are the clean lines that
swear at nothing (the friendly-profanity control).
"""

from __future__ import annotations

# fmt: off

# Aimed at the reader, the poster or a third person (studied).
TUNE_HOSTILE: tuple[str, ...] = (
    # at the reader / the commenter above
    "you are a complete moron", "you're too stupid to understand basic math",
    "shut up you ignorant fool", "go crawl back under your rock, troll",
    "nobody asked for your opinion, idiot", "you clearly have the IQ of a potato",
    "what a pathetic little man you are", "you sound like a brainless sheep",
    "you're a disgusting excuse for a human being", "get lost loser",
    "learn to read before you post, dumbass", "you are the dumbest commenter on this site",
    "you're a hypocrite and a liar", "typical libtard, all emotion and no brain",
    "you ignorant redneck", "are you really this dense or just pretending?",
    "your mother should have kept you in the basement", "go back to your trailer park, hick",
    "you're nothing but a paid shill", "wow you are one ugly bitch",
    "do the world a favor and stop breathing", "I hope you choke on your own words",
    "you're a waste of oxygen", "crawl back into your hole you coward",
    "stfu you uneducated twit", "you obviously failed high school, moron",
    "sit down clown", "you're an embarrassment to your family",
    "you pompous windbag", "keep talking, fool, you only prove how clueless you are",
    "you are a sad lonely troll with nothing better to do", "grow a brain",
    "your comment is as worthless as you are", "you're a racist piece of garbage",
    "shut your mouth, you arrogant prick", "hey genius, try thinking for once, moron",
    "your stupidity is breathtaking", "what a clueless tool you are",
    "you bigoted asshole", "go away, nobody likes you",
    "you smug little jerk", "only an idiot like you would believe that",
    # at a third person or public figure
    "the mayor is a corrupt crook and a liar", "that senator is a spineless coward",
    "this guy is a total idiot", "the poster above is a moron",
    "he is the stupidest man to ever hold office", "she's a dishonest hag",
    "the author of this article is an ignorant hack", "this reporter is a clown",
    "that coach is a clueless buffoon", "the guy who wrote this is a complete fool",
    "he's a lying sack of crap", "what a bunch of morons run this city",
    "the CEO is a greedy pig", "these commenters are all brain-dead sheep",
    "Obama is a fraud", "her husband is a creep and a loser",
    "the governor is a pathetic joke", "that referee is a blind idiot",
    "anyone who votes for him is a moron", "the people running this paper are idiots",
    "what an ass this politician is", "the landlord is a greedy scumbag",
    "that columnist is a racist bigot", "the commissioner is a useless parasite",
    "the troll above needs to get a life", "this idiot shouldn't be allowed near a microphone",
    # Italian
    "sei un idiota", "stai zitto, cretino", "sei proprio un ignorante",
    "il sindaco è un ladro e un buffone", "quel giornalista è un coglione",
    "vai a quel paese, imbecille", "sei una vergogna", "questo tizio è un deficiente",
)

# Profanity aimed at nobody (studied).
TUNE_SWEARING: tuple[str, ...] = (
    "holy shit, that game last night was insane", "damn, that's a lot of money",
    "what the hell is going on with gas prices", "this weather is fucking brutal",
    "shit happens, move on", "hell yeah, finally some good news",
    "fuck yes, we won the championship", "damn right they should fix the roads",
    "bullshit, the numbers don't add up", "holy crap this article is long",
    "that's some crazy shit right there", "oh shit, I forgot to vote",
    "goddamn traffic on the bridge again", "the fucking printer jammed again",
    "what the fuck happened to customer service", "this is a shitty situation for everyone",
    "damn good point", "hell, I'd pay double for that",
    "pretty fucking cool", "this tax is bullshit",
    "crap, the link is broken", "fuck this heat wave",
    "that was a badass play", "no shit, sherlock moments everywhere in this story",
    "my ass hurts from sitting in that stadium", "the food there is shit",
    "the hell with it, I'm buying one", "damn those prices are high",
    "that concert kicked ass", "shit, I didn't know that",
    "well, fuck, there goes my weekend", "the whole fucking system is broken",
    "bloody hell what a match", "this shit is hilarious",
    "son of a bitch, the power went out again", "holy fuck that is expensive",
    # Italian
    "cazzo che freddo oggi", "porca miseria, ho perso il treno", "che schifo di tempo",
    "merda, ho dimenticato le chiavi",
)

# Other clean comment-section talk (studied).
TUNE_OTHER_CLEAN: tuple[str, ...] = (
    # insults at things, ideas, policies, products
    "this policy is stupid", "what a dumb idea", "that law is idiotic",
    "the new design is ugly as hell", "this article is garbage", "worst movie ever made",
    "the plan is moronic and will fail", "this app is trash", "that argument is ridiculous",
    "the whole bill is a joke", "this is the dumbest thing I've read all week",
    "their defense was pathetic tonight", "that stadium deal is a scam",
    "the ending was lame", "this phone is a piece of crap",
    "the update is useless", "what a stupid rule", "the referee's call was idiotic",
    "such a pointless meeting", "the budget is a disgrace",
    # friendly banter, praise, self-talk
    "you guys are killing it this season", "you're a genius, thanks for the tip",
    "lol you crazy bastard, congrats on the new job", "you're one lucky son of a gun",
    "I'm such an idiot, I left my wallet at home", "I was a fool to believe them",
    "call me stupid but I still like the old logo", "I feel like a moron for missing that",
    "you nailed it", "thanks man, you're the best",
    "haha you sick puppy, that joke was great", "you beast, that was a great comment",
    "dude, you're a legend", "my dumb dog ate the remote",
    "you're killing me with these puns",
    # agreement and disagreement without a target
    "exactly, that's a dumb policy", "agreed, the plan is stupid",
    "I disagree with you, but I respect your view", "you make a fair point",
    "you're right, it's a ridiculous situation", "I think you're wrong about the tax numbers",
    "he's right, that decision was idiotic", "good point, the whole thing is a mess",
    "sorry, but your math is off", "you might want to check the source again",
    # quotes, reported speech, questions about words
    "he called me an idiot and walked away", "she said the critics were morons, which is sad",
    "is 'moron' considered an insult these days?", "my boss called the plan stupid",
    "the article quotes him saying 'idiots run this country'", "calling people names won't help",
    "don't call her a liar without proof", "name-calling is why nobody reads these comments",
    "why do people call each other idiots online?", "it's not okay to call anyone stupid",
    # ambiguous words in their benign sense
    "that's a sick guitar solo", "the pig roast was delicious",
    "bring the right tool for the job", "the chicken was a bit dry",
    "the snake at the zoo was huge", "my kid is a little monkey",
    "these rats are taking over the subway", "the dogs were barking all night",
    "the jerk chicken place downtown is great", "we need a new garden hoe",
    "the bitch had six puppies", "that bull market won't last",
    "I'll have the turkey sandwich", "they dumped the trash at the curb",
    "the clown at the party was fun", "this dump of a hotel ruined the trip",
    "crazy weather today", "the cows are out in the field",
    # hypotheticals and sarcasm markers
    "I'd be an idiot to turn down that offer", "only a fool would buy that stock now, lol",
    "if I said that I'd look stupid", "nobody is stupid enough to believe that ad",
    # Italian
    "questa legge è una stupidaggine", "che idea stupida", "il film era una schifezza",
    "sono proprio un idiota, ho perso il portafoglio", "hai ragione, è una follia",
    "mi ha dato del cretino e se n'è andato",
)

TUNE_CLEAN: tuple[str, ...] = TUNE_SWEARING + TUNE_OTHER_CLEAN

# Written last, measured only at the start and the end (held back).
HELD_HOSTILE: tuple[str, ...] = (
    "you're a spineless little weasel", "shut up, you know nothing, dimwit",
    "you are beyond stupid", "go troll somewhere else, loser",
    "you have the brains of a doorknob", "what an arrogant jackass you are",
    "nobody cares what a clown like you thinks", "you're a pathetic attention seeker",
    "you ignorant hillbilly", "you're too dumb to breathe",
    "get a job, you lazy bum", "you're a coward hiding behind a keyboard",
    "you are a disgrace, go away", "stop lying, you fraud",
    "you brainwashed idiot", "take your meds, lunatic",
    "your ignorance is matched only by your ugliness", "you're an absolute imbecile",
    "the senator is a lying weasel", "that guy is a moron and everyone knows it",
    "the judge is a senile old fool", "this commenter is a paid troll and an idiot",
    "the police chief is a thug", "what a dumb broad she is",
    "the president is a clueless puppet", "the writer is a hack and a liar",
    "that pastor is a disgusting hypocrite", "the owner is a cheap greedy bastard",
    "these protesters are a bunch of idiots", "her son is a spoiled brat",
    "the moderator here is a power-tripping jerk", "that blogger is a total nutjob",
    "he is nothing but a loudmouth bully", "the manager is an incompetent fool",
    "sei un pagliaccio", "taci, idiota", "il ministro è un incapace e un bugiardo",
    "quel commentatore è un imbecille",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the bridge is finally open", "damn, what a finish",
    "fuck, I missed the bus again", "this traffic is bullshit",
    "the hell with these fees", "shit, that's actually good news",
    "what the fuck is this weather", "that was a fucking great speech",
    "crap, my coffee is cold", "damn straight",
    "cazzo, che partita", "porca puttana, è già lunedì",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "this proposal is idiotic", "what a stupid headline", "the new stadium is ugly",
    "the whole plan is a farce", "that website is garbage", "the sequel was dumb",
    "you guys crushed it tonight", "you lucky dog, enjoy the trip",
    "I'm a total idiot with computers", "call me crazy but I like it",
    "you're right, the law is ridiculous", "I respectfully disagree with you",
    "he called the mayor a clown in his speech", "is 'jerk' a rude word?",
    "don't call people morons, it helps nobody", "the tool shed needs a new roof",
    "the pork was delicious", "that was a sick trick on the skateboard",
    "the donkey at the farm was cute", "my cat is a little monster",
    "that idea is insane", "the schedule is a joke this year",
    "I'd be crazy to skip that sale", "only a fool would drive in this snow, stay home",
    "la riforma è una cavolata", "mi sento un cretino, ho sbagliato treno",
    "ha dato dell'idiota al ministro in diretta", "che film stupido",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
