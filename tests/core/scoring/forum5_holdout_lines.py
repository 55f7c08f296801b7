"""The fifth forum probe's held-back batch (issue 8, forum5): Reddit-style comments in
the same shapes as forum5_probe_lines.py, in new wording, written after the tuning lines
and before any forum5 rule. Counted only at the start and at the end of the round; which
lines are missed is not read before the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a person in the thread inside a longer comment
    "scrolled through your replies and you are honestly a joyless little goblin",
    "the guy arguing with everyone in this thread is a total dipshit",
    "why does every post from you read like a drunk toddler wrote it, you dolt",
    "OP is a spoiled brat and the comments are right to roast him",
    "your whole account is you whining, you insufferable crybaby",
    "this poster is an utter dunce and it shows in every sentence",
    "you write like a pompous windbag who swallowed a thesaurus",
    "the top comment is from a certified idiot, as usual",
    # sneering at the poster
    "imagine being proud of a comment this stupid",
    "you must be a blast at parties with opinions like that, said no one",
    "bet you think you're the smartest guy in every room lmao",
    "you've clearly never left your mom's basement",
    "tell me you're fourteen without telling me you're fourteen",
    "nobody here cares what you think, pal",
    "log off and go make some friends, loser",
    # group as a kind of people
    "people who drive like that are braindead morons",
    "anyone defending this company is a corporate simp with no spine",
    "libertarians are selfish idiots, every one of them",
    "the boomers in my town are senile fools",
    "zoomers are illiterate and proud of it",
    "the folks in that subreddit are mouth breathing troglodytes",
    "these tiktok kids are brainless sheep",
    "influencer types are vapid empty husks",
    "everyone who buys that brand is a pretentious tool",
    # you people / these idiots / the morons who
    "you people will believe literally anything",
    "these morons keep voting against their own interests",
    "the idiots who park like this deserve to get towed",
    "the clowns in charge of this sub ruin everything",
    "anyone who still believes this is a gullible fool",
    "if you think this is fine you're part of the problem and an idiot",
    # accusations
    "you're a liar and you've been caught twice in this thread",
    "classic shill behaviour, who's paying you",
    "quit the gaslighting, you manipulative snake",
    "you're a fraud and the whole sub knows it",
    "you dishonest little worm, that's not what the article says",
    # profanity aimed at a person
    "seriously dude, you're being a massive dick to everyone here",
    "I'm done with this thread, you're all a bunch of fucking idiots",
    "piss off, nobody wants you here, jackass",
    "this guy is such a fucking loser lol",
    "you're a cunt for posting that about a dead kid",
    # contempt for the person
    "your brain must be running on a single hamster wheel",
    "it's people like you that make this site unbearable",
    "you have the emotional maturity of a spoiled twelve year old",
    "congrats on being the dumbest comment I've read all week",
    "you're not worth the time it takes to downvote",
)

HELD_CLEAN: tuple[str, ...] = (
    # disagreement about arguments and things
    "this argument is ridiculous and ignores basic economics",
    "that's a moronic design choice by the developers",
    "hard disagree, the evidence points the other way",
    "the article is garbage and the sources are weak",
    "this policy is idiotic and will hurt small businesses",
    "the ending of that book was so dumb",
    "your math is off, it should be 40 not 400",
    "that plan is insane, no way it passes",
    # quoting or reporting insults
    "a guy at work called me a loser for bringing lunch, weird flex",
    "she kept calling her ex a liar but he had the receipts",
    "the word 'simp' has lost all meaning",
    "my dad used to call everyone he disagreed with a moron",
    "someone replied 'found the virgin' to my post and I laughed",
    "being called a shill for liking a product is so tiring",
    # self-deprecation
    "I'm a complete idiot with money, don't take my advice",
    "I'm such a loser, I spent my friday reorganising my spice rack",
    "I was dumb enough to buy the deluxe edition",
    "call me a boomer but I prefer physical books",
    "I'm an absolute clown, I locked my keys in the car again",
    # sarcasm about ideas and situations
    "oh sure, let's just cancel the whole season, brilliant",
    "what a genius idea to schedule maintenance on launch day",
    "nobody: absolutely nobody: the devs: let's remove the map",
    "imagine thinking a 2% raise covers inflation",
    "cope is all we can do until the next patch",
    # groups without derogation
    "libertarians I've met are usually pretty thoughtful",
    "zoomers are way better with video editing than I am",
    "the people in that subreddit were really helpful with my build",
    "these kids worked so hard on their science fair projects",
    "anyone who still believes in this team deserves a medal for loyalty",
    "people who drive trucks need bigger parking spaces",
    "you people made my day, thank you",
    # accusation words about things
    "the ad is a lie, the product looks nothing like that",
    "I swear I'm not a bot, I just type fast",
    "the scale must be lying, I can't have gained that much",
    # friendly long comments
    "you are honestly the most helpful person in this sub",
    "great write up OP, saving this for later",
    "you nailed it, that's exactly what happened to me",
    "I disagree with you but I appreciate the civil discussion",
    "the mods here are patient saints",
    "you're right and I was being stubborn, sorry",
)

HELD_SWEARING: tuple[str, ...] = (
    "this fucking heat is killing me",
    "shit, I forgot my charger at home",
    "holy shit the new trailer looks amazing",
    "fuck yeah, the update finally dropped",
    "my shitty laptop can't run anything",
    "the ending was fucking beautiful",
    "damn this coffee is strong",
    "hell of a game last night",
    "what a fucking week, glad it's over",
    "this crap weather ruined the picnic",
    "the bastard printer jammed again",
    "bloody hell that was close",
)
