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

HOLDOUT was written last, after the rules were tuned, and never tuned on.

Print the per-kind table with `.venv/bin/python -m tests.core.scoring.forum2_probe_comments`.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple


class Comment(NamedTuple):
    """One probe comment: its subreddit style, kind, text and label."""

    sub: str
    kind: str
    text: str
    hostile: bool


_HOSTILE_KINDS = frozenset(
    {"commenter", "op", "third", "figure", "group", "identity", "slur", "harm"}
)


def _rows(sub: str, rows: tuple[tuple[str, str], ...]) -> tuple[Comment, ...]:
    return tuple(Comment(sub, kind, text, kind in _HOSTILE_KINDS) for kind, text in rows)


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

_GENERAL = _rows(
    "general",
    (
        ("commenter", "Found the incel"),
        ("commenter", "What a dumb cunt"),
        ("op", "This OP is a troll and a liar"),
        ("commenter", "you people are vermin"),
        ("harm", "Kill all the landlords"),
        ("harm", "someone should shoot that guy"),
        ("harm", "i hope you get cancer"),
        ("harm", "I hope your dog dies"),
        ("group", "the mods here are power tripping losers"),
        ("third", "the guy in the video is a total scumbag"),
        ("group", "anyone who defends this is a clown"),
        ("third", "He's a pedo, look at his history"),
        ("commenter", "Bro you're actually so dumb it hurts"),
        ("commenter", "Keep crying snowflake"),
        ("commenter", "fuck off back to twitter"),
        ("commenter", "eat shit"),
        ("commenter", "fuck you and your whole family"),
        ("slur", "f4ggots ruin everything"),
        ("slur", "typical n1gger behaviour"),
        ("slur", "what a fucking tranny"),
        ("neutral", "r/europe is awesome today"),
        ("neutral", "Italians gesturing is my favourite thing"),
        ("counter", "I'm gay and I love this sub"),
        ("counter", "As a Muslim, thank you for this"),
        ("counter", "Racism against Asians is still racism"),
        ("profanity", "holy shit this is amazing"),
        ("profanity", "fuck yeah congrats!"),
        ("profanity", "congrats OP, that's fucking huge"),
        ("profanity", "fuck cancer"),
        ("profanity", "fuck mondays"),
        ("profanity", "you magnificent bastard, it worked"),
        ("profanity", "it's a shit show over there"),
        ("profanity", "ugh the traffic today was hell"),
        ("profanity", "this sub is fun as hell"),
        ("profanity", "fucking nailed it"),
        ("profanity", "damn this thread is wholesome as fuck"),
    ),
)

_ITALY = _rows(
    "italy",
    (
        ("commenter", "sei un coglione"),
        ("commenter", "che idiota che sei"),
        ("op", "OP sei proprio un cretino"),
        ("figure", "Salvini è un buffone"),
        ("identity", "i meridionali sono tutti fannulloni"),
        ("identity", "gli immigrati sono bestie, rimandateli a casa"),
        ("commenter", "stai zitto imbecille"),
        ("third", "il tuo ragazzo è un pezzo di merda"),
        ("group", "questi politici sono dei ladri schifosi"),
        ("identity", "i napoletani sono tutti ladri"),
        ("commenter", "vaffanculo tu e le tue opinioni"),
        ("commenter", "sei un troll del cazzo"),
        ("commenter", "che commento del cazzo, sei un ignorante"),
        ("identity", "le femministe sono delle isteriche"),
        ("harm", "gli zingari andrebbero cacciati tutti"),
        ("slur", "froci di merda"),
        ("third", "quella è una troia"),
        ("group", "i tifosi della juve sono dei ladri"),
        ("figure", "Meloni è una fascista ignorante"),
        ("commenter", "ma vai a cagare, deficiente"),
        ("commenter", "sei un povero sfigato"),
        ("neutral", "Salvini ha parlato oggi in Senato"),
        ("neutral", "la Juve ha vinto 2-0"),
        ("neutral", "i napoletani fanno la pizza migliore"),
        ("neutral", "sono d'accordo con OP"),
        ("neutral", "qualcuno sa consigliarmi un buon ristorante a Bologna?"),
        ("neutral", "benvenuto nel sub!"),
        ("neutral", "non sono d'accordo, ma rispetto la tua opinione"),
        ("neutral", "la Meloni ha annunciato una nuova legge"),
        ("counter", "dire 'i napoletani sono ladri' è razzismo puro"),
        ("counter", "mi hanno chiamato frocio per strada oggi, che tristezza"),
        ("counter", "i migranti non sono bestie, sono persone"),
        ("profanity", "cazzo che bello"),
        ("profanity", "che cazzo di partita ragazzi"),
        ("profanity", "porca puttana, che freddo oggi"),
        ("profanity", "minchia che gol"),
        ("profanity", "questa legge è una stronzata"),
        ("profanity", "questa riforma è una merda"),
        ("profanity", "mi sono rotto il cazzo di questo traffico"),
        ("profanity", "cazzo, mi dispiace tanto"),
        ("profanity", "il treno è in ritardo, che merda"),
        ("profanity", "ma che cazzo sta succedendo in parlamento"),
        ("self", "sono un coglione, ho dimenticato le chiavi"),
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
    + _GENERAL
    + _ITALY
)

# Written last, after the rules were tuned, and never tuned on: its before/after
# figures are the round's honest estimate.
HOLDOUT: tuple[Comment, ...] = _rows(
    "holdout",
    (
        ("op", "YTA, you're an insufferable control freak"),
        ("op", "YTA and a coward for hiding it from her"),
        ("third", "Your dad sounds like a bully and a creep"),
        ("third", "NTA, your cousin is a leech, cut her off"),
        ("third", "your wife is a manipulative liar, get a lawyer"),
        ("third", "that teacher is a sadist"),
        ("third", "my stepmom is a psycho bitch"),
        ("op", "OP you're delusional and a bit of a creep"),
        ("commenter", "Found the troll"),
        ("commenter", "imagine being this much of a loser"),
        ("commenter", "you're a sad little man"),
        ("commenter", "cope and seethe, idiot"),
        ("commenter", "shut the fuck up, dumbass"),
        ("commenter", "nobody asked you, clown"),
        ("commenter", "go back to your basement, incel"),
        ("commenter", "you are genuinely the dumbest person on this sub"),
        ("figure", "Zuckerberg is a soulless lizard freak"),
        ("figure", "Netanyahu is a war criminal and a pig"),
        ("figure", "Macron is an arrogant prick"),
        ("figure", "Kanye is an antisemitic lunatic"),
        ("figure", "Harry Maguire is a useless donkey"),
        ("figure", "the ref today was a blind moron"),
        ("group", "Chelsea fans are scum"),
        ("group", "Liverpool fans are the worst people alive"),
        ("group", "crypto bros are braindead losers"),
        ("group", "landlords are parasites, all of them"),
        ("group", "cops are pigs"),
        ("identity", "Muslims are all terrorists"),
        ("identity", "Gypsies are thieving scum"),
        ("identity", "Arabs are savages"),
        ("identity", "trans women are men in dresses, freaks"),
        ("identity", "gays are disgusting perverts"),
        ("identity", "Africans are monkeys"),
        ("identity", "women are hysterical and stupid"),
        ("identity", "Jews are greedy rats"),
        ("identity", "Romanians are thieves"),
        ("harm", "all of them should be shot"),
        ("harm", "I hope you choke"),
        ("harm", "go kill yourself"),
        ("slur", "what a dumb faggot"),
        ("slur", "shut up retard"),
        ("commenter", "sei un idiota patentato"),
        ("commenter", "ma stai zitto, cretino"),
        ("third", "tua suocera è una vipera"),
        ("figure", "Renzi è un pagliaccio"),
        ("identity", "i rumeni sono tutti ladri"),
        ("identity", "gli zingari sono feccia"),
        ("profanity", "holy shit, what a comeback"),
        ("profanity", "fuck yeah, finally got the job!"),
        ("profanity", "that's bullshit, the landlord can't do that legally"),
        ("profanity", "damn, rough day huh"),
        ("profanity", "that final was fucking insane"),
        ("profanity", "shit, I totally forgot about that"),
        ("profanity", "the new tax plan is pure bullshit"),
        ("profanity", "fuck the heat this summer"),
        ("profanity", "this mod is fucking awesome"),
        ("profanity", "hell no, don't sign that lease"),
        ("profanity", "goddamn this is beautiful"),
        ("profanity", "what the hell happened to this sub"),
        ("profanity", "your cat is a little shit and I love him"),
        ("profanity", "the whole process is a fucking mess"),
        ("profanity", "fuck, this made me cry"),
        ("profanity", "damn good question"),
        ("profanity", "cazzo, che notizia"),
        ("profanity", "che schifo di tempo oggi"),
        ("profanity", "porca vacca, complimenti"),
        ("neutral", "YTA, but you can still fix this"),
        ("neutral", "NTA. Your kid, your call."),
        ("neutral", "Your husband needs therapy, not an ultimatum"),
        ("neutral", "my ex is a nurse, she works nights"),
        ("neutral", "Found the answer on page two, thanks"),
        ("neutral", "Imagine being able to afford a house lol"),
        ("neutral", "Macron gave a speech in Marseille"),
        ("neutral", "Chelsea fans sang all game"),
        ("neutral", "Muslims fast during Ramadan"),
        ("neutral", "Arabs invented algebra"),
        ("neutral", "my teacher is strict but fair"),
        ("counter", "calling Africans monkeys is vile racism"),
        ("counter", "he told me 'women are stupid' and I walked out"),
        ("counter", "nobody should call you a retard for asking"),
        ("self", "I'm such a dumbass, I sent it to the wrong person"),
        ("self", "I was a total asshole to her and I regret it"),
        ("neutral", "tua suocera è una cuoca fantastica"),
        ("neutral", "Renzi ha presentato un nuovo partito"),
        ("counter", "dire che i rumeni sono ladri è razzismo"),
    ),
)


def table(comments: tuple[Comment, ...]) -> dict[str, tuple[int, int]]:
    """Flagged and total per kind, under the default scorer."""
    from bot.core.scoring.scorer import Scorer

    scorer = Scorer()
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for comment in comments:
        total[comment.kind] += 1
        flagged[comment.kind] += scorer.score(comment.text).hostile
    return {kind: (flagged[kind], total[kind]) for kind in sorted(total)}


if __name__ == "__main__":
    for name, rows in (("probe", PROBE), ("holdout", HOLDOUT)):
        hostile = [c for c in rows if c.hostile]
        print(name, len(rows), "comments,", len(hostile), "hostile")
        for kind, (hit, count) in table(rows).items():
            print(f"  {kind:10} {hit:3}/{count:3}")
