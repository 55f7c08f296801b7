"""The second forum probe's comments (issue 8, forum2): Reddit in subreddit styles.

Written fresh, before the scorer's rules or the first forum probe were read, in
the voice of subreddits the first probe covers little: r/relationship_advice,
r/AmItheAsshole verdicts, r/politics and r/worldnews, r/nba and r/soccer
rivalry, r/gaming and r/pcmasterrace, r/unpopularopinion, r/TwoXChromosomes,
r/europe, r/italy (Italian) and r/teenagers. Each comment is labelled hostile
or not, with a kind:

hostile kinds: ``commenter`` (at another commenter, "you"), ``op`` (at the OP or a
verdict's subject), ``third`` (a person the thread talks about), ``figure`` (a
public figure), ``group`` (a non-protected group: fans, voters, mods), ``identity``
(an identity group: derogation, stereotype, dehumanisation), ``slur``, ``harm``
(a threat or a call for harm);
clean kinds: ``profanity`` (swearing aimed at no one: emphasis, joy, a situation,
a policy, an event), ``counter`` (counter-speech, reported or quoted abuse),
``self`` (self-directed), ``neutral`` (ordinary talk, verdicts without insult,
disagreement, neutral or warm mentions of groups and figures).

HOLDOUT (forum2_holdout_comments.py) was written last, after the rules were tuned, and never
tuned on. The r/italy comments are in forum2_probe_italy.py, the ones in no
subreddit's voice in forum2_probe_general.py.

Print the per-kind table with `.venv/bin/python -m tests.core.scoring.forum2_probe_support`.
"""

from __future__ import annotations

from tests.core.scoring.forum2_probe_general import GENERAL
from tests.core.scoring.forum2_probe_italy import ITALY
from tests.core.scoring.forum2_probe_support import Comment
from tests.core.scoring.forum2_probe_support import comments_of as _rows

_RELATIONSHIPS = _rows(
    "relationship_advice",
    (
        ("third", "Your boyfriend is a manipulative piece of shit, leave him."),
        ("third", "He sounds like an absolute loser tbh"),
        ("third", "Your MIL is a nasty old bitch and your husband is a spineless coward"),
        ("op", "Honestly OP you sound exhausting and entitled, no wonder she left"),
        ("op", "you're an idiot if you take him back"),
        ("third", "Your girlfriend is a gold digging whore, dump her"),
        ("third", "this dude is a creep and a predator"),
        ("op", "OP is clearly the problem here, what a clown"),
        ("identity", "Women like your wife are parasites"),
        ("third", "Your sister is a vile, jealous hag"),
        ("identity", "Men are trash, every single one of them"),
        ("op", "lol you're pathetic, grow a spine"),
        ("third", "your son is a spoiled little shit"),
        ("neutral", "Your boyfriend's behaviour is not okay, please talk to someone"),
        ("neutral", "He sounds controlling, please be careful"),
        ("neutral", "That's a huge red flag, OP"),
        ("neutral", "Couples therapy helped us a lot, maybe try it?"),
        ("counter", "He called me a stupid bitch in front of my kids. What do I do?"),
        ("counter", "My ex told me I was worthless for years. I'm finally out."),
        ("profanity", "damn that's rough buddy"),
        ("profanity", "shit, I'm so sorry you went through that"),
        ("profanity", "holy fuck, 20 years together, congrats you two"),
        ("profanity", "that's so fucked up, I'm sorry"),
        ("profanity", "what a shitty thing to happen to you"),
        ("self", "I feel like such an idiot for not seeing it sooner"),
        ("self", "I fucked up the conversation with her last night, how do I fix it"),
        ("neutral", "my brother is annoying but I love him"),
    ),
)

_AITA = _rows(
    "AmItheAsshole",
    (
        ("op", "YTA and you're a selfish prick"),
        ("op", "YTA. What a spoiled brat you are."),
        ("op", "YTA, you absolute moron"),
        ("op", "YTA and honestly a terrible mother"),
        ("third", "ESH but your husband is a complete asshole"),
        ("third", "NTA, your brother is a fucking leech"),
        ("op", "YTA. You sound like a narcissistic asshole"),
        ("op", "YTA you entitled little shit"),
        ("third", "NTA but your in-laws are disgusting people"),
        ("op", "YTA, christ you're dense"),
        ("op", "YTA and a bigot, just admit it"),
        ("op", "Jesus OP, you're a monster"),
        ("op", "YTA, what kind of sick freak does that"),
        ("neutral", "YTA, you should apologise to your sister"),
        ("neutral", "YTA for this one, sorry"),
        ("neutral", "NTA. Your house, your rules."),
        ("neutral", "ESH, you both handled it badly"),
        ("neutral", "INFO: did you tell him beforehand?"),
        ("neutral", "NTA, she owes you an apology"),
        ("profanity", "NTA, holy shit what a story"),
        ("profanity", "NTA and what the fuck is wrong with that wedding"),
        ("profanity", "NTA, that's some bullshit rule"),
        ("profanity", "NTA, the whole situation is fucked"),
        ("profanity", "fucking hell, that's a lot to deal with. NTA"),
        ("self", "Update: I was the asshole, I apologised and we're fine now"),
    ),
)

_POLITICS = _rows(
    "politics",
    (
        ("figure", "Trump is a fucking moron"),
        ("figure", "Biden is a senile old fool"),
        ("figure", "MTG is a braindead lunatic"),
        ("group", "Every Republican voter is a brainwashed idiot"),
        ("group", "Liberals are mentally ill, plain and simple"),
        ("group", "conservatives are subhuman garbage"),
        ("figure", "Musk is a manchild with a ketamine problem"),
        ("figure", "Boris Johnson is a lying sack of shit"),
        ("harm", "Hang every politician who voted for this"),
        ("harm", "Those protesters should be run over"),
        ("commenter", "you must be a bot, nobody is this stupid"),
        ("commenter", "Found the MAGA idiot"),
        ("commenter", "Imagine being this much of a bootlicker"),
        ("commenter", "Shut up, tankie"),
        ("commenter", "Go back to r/conservative you dipshit"),
        ("commenter", "typical leftist snowflake, cry more"),
        ("figure", "Pelosi is a corrupt old hag"),
        ("neutral", "Trump's tariffs will raise prices for everyone"),
        ("neutral", "Biden gave a speech today about the economy"),
        ("neutral", "Congress passed the bill 220 to 210"),
        ("neutral", "you're wrong, the bill passed in 2019"),
        ("neutral", "source? that sounds made up"),
        ("neutral", "That's a terrible take, here's why: the numbers don't add up"),
        ("profanity", "that's some bullshit policy"),
        ("profanity", "this economy is fucked"),
        ("profanity", "the bill is absolute garbage"),
        ("profanity", "this law is dumb as hell"),
        ("profanity", "that press conference was a clusterfuck"),
        ("profanity", "my landlord raised the rent again, fuck this economy"),
        ("profanity", "honestly fuck the housing market"),
        ("profanity", "the rent is too damn high"),
        ("profanity", "what the fuck is this ruling"),
        ("counter", "He literally said 'kill all the protesters', how is that not banned?"),
    ),
)

_WORLDNEWS = _rows(
    "worldnews",
    (
        ("figure", "Putin is a murderous rat"),
        ("identity", "Immigrants are ruining this country, send them all back"),
        ("identity", "the russians are orcs, all of them"),
        ("identity", "Israelis are animals"),
        ("identity", "Palestinians are animals"),
        ("identity", "Muslims are a cancer on Europe"),
        ("identity", "Chinese people eat anything, disgusting race"),
        ("identity", "Jews control the media, wake up"),
        ("identity", "Black people are naturally violent"),
        ("identity", "Mexicans are rapists and drug dealers"),
        ("identity", "Indians are dirty scammers"),
        ("identity", "these savages should be deported"),
        ("neutral", "Putin met with Xi today"),
        ("neutral", "Musk's company announced layoffs"),
        ("neutral", "Muslims around the world are celebrating Eid"),
        ("neutral", "Immigrants make up 14% of the workforce"),
        ("neutral", "that documentary about the Nazis was chilling"),
        ("neutral", "The Holocaust must never be forgotten"),
        ("counter", "Jews have been scapegoated for centuries"),
        ("counter", "immigrants are not criminals, the data is clear"),
        ("counter", "saying 'immigrants are animals' is dehumanising, stop"),
        ("counter", "my coworker said all Muslims are terrorists and HR did nothing"),
        ("profanity", "holy shit, the footage from the earthquake is horrifying"),
        ("profanity", "fucking finally, took them long enough"),
        ("profanity", "Brexit was a shitshow"),
        ("profanity", "the sanctions are a fucking joke"),
        ("profanity", "fucking hell, that's terrifying"),
    ),
)

_SPORTS = _rows(
    "nba_soccer",
    (
        ("figure", "LeBron is a whiny crybaby fraud"),
        ("group", "Refs are blind fucking idiots tonight"),
        ("group", "Celtics fans are the most insufferable losers on earth"),
        ("figure", "Draymond should be banned for life, dirty thug"),
        ("figure", "Simmons is a soft bum"),
        ("group", "Lakers fans are braindead"),
        ("figure", "Pogba is a lazy waste of money"),
        ("group", "Man U fans are the dumbest fanbase"),
        ("group", "Messi fanboys are delusional cretins"),
        ("figure", "Ronaldo is a washed up narcissist"),
        ("figure", "the referee is a corrupt cunt"),
        ("identity", "Scousers are all thieves"),
        ("commenter", "you clearly know fuck all about football, muppet"),
        ("figure", "Arteta is a fraud and a clown"),
        ("neutral", "LeBron is the GOAT, fight me"),
        ("neutral", "Celtics in 6"),
        ("neutral", "Messi is a wizard"),
        ("neutral", "Ronaldo's still got it at 39"),
        ("neutral", "refs missed a clear handball"),
        ("neutral", "That was a dirty foul but not a red"),
        ("neutral", "Arteta has done a great job this season"),
        ("profanity", "what a fucking goal"),
        ("profanity", "that dunk was filthy holy shit"),
        ("profanity", "Jesus christ that tackle was nasty"),
        ("profanity", "the refereeing in this league is a fucking joke"),
        ("profanity", "bullshit call, that was never a foul"),
        ("profanity", "we got absolutely shit on last night"),
        ("profanity", "our defense was shit today"),
        ("profanity", "hot damn what a game"),
        ("profanity", "FUCK YES WE WON THE LEAGUE"),
        ("profanity", "that free kick was fucking unreal"),
        ("profanity", "fucking brilliant performance from the whole squad"),
    ),
)

_GAMING = _rows(
    "gaming_pcmr",
    (
        ("group", "Console players are braindead"),
        ("commenter", "Imagine paying $70 for this, you people are idiots"),
        ("group", "The devs are lazy incompetent hacks"),
        ("commenter", "Shut up nerd nobody asked"),
        ("commenter", "you're a fucking idiot if you buy a 4060"),
        ("figure", "Todd Howard is a lying snake"),
        ("commenter", "Go touch grass you basement dwelling loser"),
        ("group", "gamers are the most pathetic demographic"),
        ("group", "This sub is full of whiny manchildren"),
        ("harm", "Kys, seriously"),
        ("commenter", "lol what a retard take"),
        ("commenter", "found the fanboy, cope harder idiot"),
        ("commenter", "ur a f*cking idi0t"),
        ("neutral", "Console or PC, just enjoy your games"),
        ("neutral", "Just built my first PC!"),
        ("neutral", "the 4060 is overpriced for what it is"),
        ("neutral", "Todd Howard said it just works lol"),
        ("neutral", "this boss killed me 20 times"),
        ("neutral", "Kill the lights, it's movie time"),
        ("profanity", "this game is fucking gorgeous"),
        ("profanity", "the new patch is total shit"),
        ("profanity", "my PC is a piece of shit, it crashed again"),
        ("profanity", "fuck windows updates"),
        ("profanity", "goddamn that's a clean setup"),
        ("profanity", "damn, that's one ugly build but it works"),
        ("profanity", "bro this ps5 game is sick as fuck"),
        ("profanity", "GPU prices are fucking insane"),
        ("profanity", "fuck nvidia pricing"),
        ("profanity", "this shit slaps"),
        ("profanity", "what the fuck did I just watch"),
        ("profanity", "this is fucking brilliant"),
        ("self", "I'm a dumbass, forgot to plug in the GPU power cable"),
    ),
)

_UNPOPULAR = _rows(
    "unpopularopinion",
    (
        ("identity", "Fat people are disgusting and lazy"),
        ("group", "Vegans are insufferable morons"),
        ("group", "People who have kids are selfish breeders"),
        ("identity", "Boomers are useless parasites"),
        ("identity", "Trans people are mentally ill freaks"),
        ("identity", "gay people shouldn't be allowed near kids"),
        ("identity", "Women shouldn't be allowed to vote"),
        ("commenter", "Your opinion is dumb and so are you"),
        ("op", "OP is a loser who never got laid"),
        ("group", "Poor people are poor because they're stupid"),
        ("group", "Redditors are the most insufferable people alive"),
        ("neutral", "pineapple on pizza is damn good, fight me"),
        ("neutral", "I think you're wrong about this, but I see where you're coming from"),
        ("neutral", "Happy pride month everyone!"),
        ("neutral", "Gay couples have been able to marry here since 2015"),
        ("counter", "Trans people are people. End of story."),
        ("counter", "Stop calling people retarded, it hurts"),
        ("profanity", "sick as hell take honestly"),
        ("profanity", "screw it, I'm buying it"),
        ("profanity", "shit happens, you'll get the next one"),
        ("profanity", "the ending of that season was shit"),
    ),
)

_TWOX = _rows(
    "TwoXChromosomes",
    (
        ("identity", "Women are too emotional to lead anything"),
        ("identity", "Feminists are ugly hateful hags"),
        ("identity", "Shut up and make me a sandwich"),
        ("third", "Your husband is a pig, honestly"),
        ("harm", "Men like that should be castrated"),
        ("third", "Stupid bitch deserved it"),
        ("third", "she's a slut, what did she expect"),
        ("identity", "this is why no one takes you women seriously"),
        ("neutral", "Women in tech still get paid less"),
        ("counter", "calling women 'hysterical' is sexist and you know it"),
        ("counter", "The comments calling her a whore are disgusting"),
        ("counter", "Women are not too emotional to lead, look at Merkel"),
        ("counter", "'Go back to your country' is something I hear weekly as a brown woman"),
        ("counter", "Nobody deserves to be called a slur, period."),
        ("profanity", "I'm so fucking proud of you"),
        ("profanity", "you're a fucking legend"),
        ("profanity", "damn girl, glow up"),
        ("profanity", "ugh cramps are hell"),
        ("self", "I feel like shit today"),
    ),
)

_EUROPE = _rows(
    "europe",
    (
        ("identity", "Gypsies are thieves, everyone knows it"),
        ("identity", "Poles are all plumbers and thieves"),
        ("identity", "Germans are humorless robots"),
        ("identity", "The French are cowards, always have been"),
        ("identity", "Brits are inbred idiots"),
        ("identity", "Albanians are criminals"),
        ("identity", "Turks go home"),
        ("harm", "Europe should sink the migrant boats"),
        ("identity", "Americans are fat and dumb"),
        ("identity", "Serbs are genocidal animals"),
        ("neutral", "Germans make great cars"),
        ("neutral", "I moved to Poland last year and love it"),
        ("neutral", "French food is elite"),
        ("neutral", "My grandma is Roma and makes the best food"),
        ("neutral", "the EU's migration policy is a mess"),
        ("counter", "Romani people face huge discrimination in Europe"),
        ("profanity", "italian trains are a fucking nightmare"),
        ("profanity", "the tories' budget is a fucking disaster"),
        ("profanity", "fuck that's cold, -20 in Helsinki today"),
    ),
)

_TEENAGERS = _rows(
    "teenagers",
    (
        ("commenter", "ur ugly lmao"),
        ("harm", "bro ur so cringe kys"),
        ("commenter", "stfu nobody likes you"),
        ("commenter", "ok loser"),
        ("commenter", "u look like a crackhead"),
        ("third", "my teacher is such a bitch fr"),
        ("third", "my brother is a dumbass"),
        ("commenter", "imagine being this fat lmao"),
        ("commenter", "ur a virgin loser"),
        ("third", "he's a fucking weirdo stay away"),
        ("neutral", "I'm 15 and I just got my first job"),
        ("neutral", "my teacher is actually so nice"),
        ("neutral", "I would die for this dog"),
        ("profanity", "I'm fucking dying lmao"),
        ("profanity", "lmao this is so fucking funny"),
        ("profanity", "oh fuck I forgot the test is tomorrow"),
        ("profanity", "this is the shittiest week of my life"),
        ("profanity", "hell yeah, that's a win"),
        ("profanity", "holy crap"),
        ("profanity", "you lucky bastard, enjoy it"),
        ("profanity", "dude you're a badass"),
        ("profanity", "you did fucking great"),
        ("self", "I'm such an idiot, I locked my keys in the car"),
    ),
)

PROBE: tuple[Comment, ...] = (
    _RELATIONSHIPS
    + _AITA
    + _POLITICS
    + _WORLDNEWS
    + _SPORTS
    + _GAMING
    + _UNPOPULAR
    + _TWOX
    + _EUROPE
    + _TEENAGERS
    + GENERAL
    + ITALY
)
