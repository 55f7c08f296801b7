"""The fifth forum probe's tuning lines (issue 8, forum5): Reddit-style comments written
before any forum5 rule code was read, in the shapes a forum's hostility takes when it is
longer and less direct than chat: a person in the thread derogated inside a longer
comment, a group derogated as a kind of people, contempt through "you people" / "these
idiots" / "anyone who thinks X is a moron", accusations of lying or shilling, and
profanity aimed at a person mid-comment. The clean lines share their words: profanity
about things, strong disagreement with an argument, quoted or reported insults,
self-deprecation, sarcasm about ideas."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person in the thread, derogated inside a longer comment
    "honestly the guy who wrote this post is a complete clown and should log off",
    "I read your whole comment and you are genuinely one of the dumbest posters on here",
    "not sure why anyone upvoted this, the author is clearly a halfwit",
    "you clearly have no idea what you're talking about, you absolute muppet",
    "OP sounds like an insufferable prick, no wonder his roommates left",
    "this commenter is such a smug little weasel, every reply is the same",
    "the person who made this thread needs their head examined, what a nutcase",
    "you've posted this garbage five times now, you pathetic attention seeker",
    "every single comment from you is braindead nonsense",
    "your posting history says everything, you're a miserable troll",
    # sneering at the poster without a classic insult noun
    "imagine typing all that and still being wrong, couldn't be me",
    "you really thought you did something with this comment huh",
    "bro really woke up and chose stupidity today",
    "the confidence of someone this uninformed is honestly impressive",
    "tell me you've never had a job without telling me you've never had a job",
    "sir this is a wendy's, nobody cares about your manifesto",
    "literally nobody asked for your opinion, go back to lurking",
    "get off the internet and go outside for once in your life",
    "this is what happens when you let children post on reddit",
    "ok grandpa, time for your nap",
    # a group as a kind of people
    "anyone who still votes for that party is a gullible moron",
    "the people who defend this are the dumbest humans alive",
    "redditors who post this stuff are the most insufferable losers on the planet",
    "gamers are the whiniest manbabies in existence",
    "all these influencers are talentless parasites",
    "landlords are scum, the lot of them",
    "tankies are deranged lunatics",
    "the mods of this sub are spineless cowards",
    "anti vaxxers are too stupid to be allowed to breed",
    "city people are soft, useless and entitled",
    "the fans of this show are genuinely mentally deficient",
    "everyone in that fandom is a creepy degenerate",
    # contempt through you people / these idiots / the morons who
    "you people are exhausting and should be ignored",
    "these clowns will upvote anything that confirms their bias",
    "the morons who designed this law should be fired into the sun",
    "these idiots in the comments think they know better than doctors",
    "the geniuses downvoting me can't even read",
    "anyone who thinks the earth is flat is a certified moron",
    "if you believe this headline you're an idiot, plain and simple",
    "whoever thought this was a good idea is a fucking idiot",
    # accusations
    "you're lying and everyone in this thread can see it",
    "stop lying, you paid shill",
    "you are a corporate bootlicker and it's embarrassing",
    "this account is obviously a bot or a paid troll",
    "nice try, astroturfer, nobody buys it",
    "you are arguing in bad faith like always, you dishonest hack",
    # profanity aimed at a person inside a longer comment
    "I've read this sub for years and you are the biggest asshole I've seen on it",
    "mate you can fuck right off with that attitude",
    "I don't care what your flair says, you're a fucking tool",
    "what a shithead move, and you're a shithead for defending it",
    "nobody wants your shitty takes, dickhead",
    "go fuck yourself, you condescending prick",
    # dismissal with contempt for the person
    "your opinion is worthless because you are worthless",
    "you are the reason warning labels exist",
    "people like you should not be allowed near a keyboard",
    "must be hard going through life with two brain cells",
    "you have the reading comprehension of a toddler",
    "talking to you is like talking to a brick wall with less intelligence",
)

TUNE_CLEAN: tuple[str, ...] = (
    # strong disagreement about an argument, not a person
    "this take is completely wrong and here is why",
    "that argument is stupid, the numbers don't support it at all",
    "I strongly disagree, the study you linked says the opposite",
    "this is a terrible idea and the policy will backfire",
    "that's a dumb rule and the mods should change it",
    "the logic here falls apart the moment you look at the sources",
    "your point about taxes is just not accurate",
    "this headline is misleading garbage from a clickbait site",
    "the plot of season two was idiotic",
    "that law is moronic and everyone knows it won't work",
    # quoting or reporting an insult
    "someone in the other thread called me a moron for asking, rude",
    "my boss called me an idiot in front of everyone and I quit",
    "people keep calling him a shill but I don't see the evidence",
    "the word 'degenerate' gets thrown around way too much on here",
    "he said 'you people' and the whole room went quiet",
    "calling someone a bootlicker isn't an argument",
    # self-deprecation
    "I'm such an idiot, I forgot to save the file again",
    "I was a total clown in my twenties",
    "call me a moron but I still like the original better",
    "I'm the dumbest person in my friend group and I'm fine with it",
    "I'm a lazy bastard and I'll admit it",
    # sarcasm about ideas / situations
    "oh great, another update that breaks everything, genius move by the devs",
    "wow what a brilliant plan, raise prices and lose customers",
    "nobody asked for this feature but here we are",
    "imagine paying 70 dollars for a game that crashes on launch",
    "touch grass is good advice honestly, I went hiking and felt better",
    "found the bug, it was a missing semicolon",
    # about groups without derogation
    "landlords in my city keep raising rent and tenants are struggling",
    "boomers I work with are actually great at teaching",
    "the mods of this sub do a great job, thank you",
    "gamers tend to have strong opinions about controllers",
    "people who defend this law usually point to crime statistics",
    "anyone who thinks this through will see the costs",
    "these people deserve better healthcare",
    "you people are awesome, thanks for all the help",
    # lying/shill words used about things
    "the chart is lying to you, the y axis starts at 90",
    "is this post an ad? feels like shill marketing",
    "I'm not lying, the bus was three hours late",
    # long and friendly
    "thanks for the detailed write up, I learned a lot from your comment",
    "you're absolutely right, I was wrong about the dates",
    "OP you are a legend for posting the fix",
    "this sub is the best part of my day honestly",
)

TUNE_SWEARING: tuple[str, ...] = (
    "this fucking patch broke my save again",
    "shit happens, just reinstall and move on",
    "holy fuck that's cool, how long did it take to build",
    "the weather this week has been absolute shit",
    "fuck me this recipe is good",
    "damn, that ending hit hard",
    "my fucking car died on the highway today",
    "well shit, guess I'm buying a new phone",
    "the traffic here is fucking insane",
    "this bullshit paperwork took me four hours",
    "hell yeah, finally got the platinum trophy",
    "that's a badass tattoo",
    "what the fuck is this price increase",
    "goddamn that view is beautiful",
)
