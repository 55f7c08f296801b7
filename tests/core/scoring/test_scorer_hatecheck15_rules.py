"""Table tests for targeting_hatecheck15.py and its lexicon lines (issue 8): orders of
distrust and exclusion with a group after them, filth heaped on a group, shame or silence
told to a group, a group kept out of a place, virtues denied and judging words said of a
group. The lines are fresh: written after each rule, never seen by it. English only: the
rules read English shapes (the Italian suite's shapes are other rounds')."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = [
    # an order not to believe a group
    "don't ever believe a refugee",
    "dont believe anything an immigrant tells you",
    "do not believe a word these muslims say",
    "never ever trust a jew",
    "don't ever believe a gay man",
    # an order not to let a group do something
    "don't let muslims build mosques here",
    "dont let muslims run for office",
    "do not let immigrants into our town",
    "don't let trans people teach kids",
    "dont let black people move in",
    # what the writer will never do with a group
    "I'd never vote for a jew",
    "I would never work with a muslim",
    "never marry a black man",
    "I'd never be friends with a gay person",
    "we should never elect a trans person",
    # filth heaped on a group
    "refugees are a pile of garbage",
    "jews are all just a bunch of shit",
    "trans people are a load of crap",
    "gay men are a steaming pile of shit",
    "black people are a bunch of trash",
    # shame or silence told to a group
    "muslims should be ashamed of themselves",
    "black people should feel ashamed",
    "jews ought to be ashamed",
    "women should just shut up",
    "immigrants should keep quiet",
    # a group kept out of a place
    "keep jews out of our schools",
    "kick immigrants out of our town",
    "get all muslims out of this country",
    # virtues denied (praise_denied lines)
    "women are never rational",
    "a muslim will never be sincere",
    "not a single jew is generous",
    "gay people are never mature",
    "immigrants will never be grateful",
    # judging words said of a group (said_of_group lines)
    "women are hysterical and petty",
    "gay men are so dramatic",
    "muslims are sly and treacherous",
    "immigrants are freeloading scum",
    "black people are so rude",
    # fixed at their own depth: an order's "don't"/"dont" (hateprobe4), "a roma" after an
    # English word (forum_words), "near your kids" (hateprobe7_words)
    "don't trust a muslim with your money",
    "don't ever hire a woman",
    "don't respect gay people",
    "dont trust refugees",
    "don't ever trust an immigrant",
    "a roma will always steal from you",
    "a roma can't be trusted",
    "never believe a roma",
    "you can't trust a roma",
    "a roma is never honest",
    "never let a jew near your children",
    "don't let muslims near your kids",
    "keep immigrants away from your kids",
    "I'd never let a black guy near your daughter",
    "dont let gay men near ur kids",
    "women should stay at home",
    "immigrants should go back home",
    # bad habits said of a group (group_ruin lines) and a group said to lie
    "roma always steal",
    "why do muslims always cheat at business?",
    "trans people scam everyone",
    "arabs stink",
    "refugees mooch off the state",
    "why do jews always lie?",
    "black people lie about everything",
    "women are always lying",
    "immigrants lie to get benefits",
    "trans women lie to everyone",
    # identity denied to one member (hatecheck10's claims), "no such thing as an honest ..."
    "a lesbian will never be a real woman",
    "a gay guy will never be a real man",
    "trans men will never be a real man",
    "a black woman will never be a real woman to me",
    "a disabled man will never be a real man",
    "there's no such thing as an honest jew",
    "there is no such thing as a smart woman",
    "there's no such thing as a trustworthy immigrant",
    "no such thing as an intelligent black person",
    # a child kept from marrying or dating one of a group
    "I'd never let my sister marry a muslim man",
    "never let my kids marry immigrants",
    "I'll never let my daughter marry a jew, ever",
    "i would never let my son marry a black girl",
    # a swear at a group with no praise stays aimed; "predators", "property" said of a group
    "fucking immigrants, best thing is to deport them",
    "fucking muslims are not great people",
    "fucking jews everywhere",
    "damn immigrants ruin everything",
    "fucking gays were loud and disgusting",
    "trans women are predators",
    "women are property of men",
    "gay men are all predators",
    "immigrants are predators",
    # "can't"/"won't" deny a virtue (hateprobe4); watched or kept apart; children or fate
    # denied; taught a lesson; not wanted near; "incompatible" said of a group
    "jews can't be honest",
    "immigrants won't ever be civilised",
    "women can't be logical",
    "gay people can't be normal",
    "a muslim can't be loyal to this country",
    "roma should be kept apart from everyone",
    "trans people must be monitored",
    "immigrants should be registered and tracked",
    "gay men should be watched around kids",
    "jews need to be segregated",
    "trans people shouldn't have kids",
    "muslims should not have children",
    "immigrants deserve what's coming to them",
    "every roma deserves what is coming",
    "somebody needs to teach these muslims a lesson",
    "let's teach the immigrants a lesson",
    "we will teach those trans freaks a lesson",
    "i'll teach those jews a lesson",
    "time to teach some gays a lesson",
    "we don't want any muslims here",
    "i dont want gay people near my house",
    "i do not want immigrants living on my street",
    "we don't want any jews in this club",
    "i don't want trans people around my family",
    "muslims are incompatible with western values",
    "immigrants are incompatible with our culture",
    "immigrants won't ever be civilised",
]

CLEAN = [
    # the same orders about a person, a thing or a belief
    "don't believe everything you read online",
    "I don't believe muslims are violent",
    "don't ever believe a used car salesman",
    "I don't believe a muslim did this",
    "don't believe the hype",
    # care, or a non-identity target
    "don't let immigrants drown at sea",
    "don't let the kids play in the rain",
    "never let your dog eat grapes",
    "don't let women walk home alone at night",
    "don't let racists win",
    # no group after the refusal
    "I'd never vote for a liar",
    "I would never work with him again",
    "never marry someone you met last week",
    "I'd never be friends with a bully",
    "never sell your car to a stranger",
    # filth said of things, denied or reported
    "my laptop is a pile of garbage",
    "the referees are a bunch of shit tonight",
    "these drivers are a load of crap",
    "not all immigrants are a pile of shit, most are great",
    "saying women are a bunch of trash is disgusting",
    # shame denied, or told to no group
    "women should never feel ashamed of their bodies",
    "no immigrant should be ashamed of their accent",
    "politicians should be ashamed",
    "i'm so embarrassed lol",
    "you should be ashamed of that joke",
    # things kept out
    "keep the dog out of our kitchen",
    "get the trash out of our garage",
    # no group, or not a virtue denied
    "women are never paid fairly",
    "the weather will never be stable",
    "he is never grateful",
    "immigrants are never thanked enough",
    "not a single muslim was hurt",
    # said of a person or a thing
    "my cat is so dramatic",
    "the ending was emotional",
    "this waiter is rude",
    "politicians are manipulative",
    "the market is unstable",
    # the depth fixes' contrasts, and on the way home (hateprobe5)
    "don't trust the polls",
    "don't ever hire a contractor without a quote",
    "don't trust anyone who mocks muslims",
    "don't respect cheaters",
    "dont trust the forecast",
    "sono andato a roma ieri",
    "vivo a roma da dieci anni",
    "il treno per andare a roma \u00e8 in ritardo",
    "a roma fa caldo",
    "ci vediamo a roma sabato",
    "keep the knives away from your kids",
    "don't let strangers near your kids",
    "I don't mind gay people near your kids",
    "never let the dog near your children",
    "keep medicine away from your kids",
    "women should stay safe driving home",
    "immigrants should stay safe travelling home for the holidays",
    "girls should be careful walking home late",
    "gay people should get home safe tonight",
    "muslims should stay safe heading home after prayers",
    # habits and lies said of a person or a non-identity group, or the view denied
    "my cousin steals fries off my plate",
    "that striker always cheats",
    "I don't think refugees steal anything",
    "not all roma steal",
    "muslims never cheat",
    "I don't believe women lie about that",
    "no muslim lies more than anyone else",
    "my dog lies on the sofa",
    "kids lie sometimes",
    "politicians lie all day",
    # the same said of a person or a thing
    "my brother will never be a real man in dad's eyes, says the movie",
    "a boy will never be a real man without a father, my nan says",
    "the robot will never be a real man",
    "he'll never be a real man",
    "there's no such thing as an honest politician",
    "there is no such thing as a smart fridge that works",
    "no such thing as a peaceful protest anymore",
    "there's no such thing as a trustworthy used car",
    "there is no such thing as an intelligent design",
    # the same refusal with no group
    "I'd never let my daughter marry a gambler",
    "I would never let my son date someone so rude",
    "never let my kids marry before they finish school",
    "I'd never let my sister marry that guy",
    "we'd never let my son date at twelve",
    # a swear beside a group in a line of praise; the nouns said of animals and things
    "that fucking jewish comedian was hilarious",
    "the fucking muslim food stall was incredible",
    "my fucking gay neighbours throw epic parties",
    "bloody hell the black choir was gorgeous",
    "the fucking trans actress was brilliant in that role",
    "sharks are predators",
    "this land is property of the crown",
    "the kids threw objects at the wall",
    "cats are natural predators",
    "those objects are fragile",
    # the same said of people who are no identity group, of things, or denied
    "women can't be paid less by law",
    "my phone can't be trusted to hold a charge",
    "immigrants can't be deported without a hearing",
    "he can't be honest with himself",
    "the results can't be normal",
    "prisoners should be monitored",
    "kids should be watched at the pool",
    "the samples must be kept separate",
    "cars should be registered every year",
    "no refugee should be tracked like a criminal",
    "teenagers shouldn't have kids",
    "he deserves what's coming, he cheated",
    "nobody should have kids they can't feed",
    "people who can't afford it shouldn't have children",
    "this will teach the kids a lesson about sharing",
    "teach your dog a lesson with treats",
    "that loss taught us a lesson",
    "the teacher gave a lesson on islam",
    "i'll teach my students a lesson on the holocaust",
    "i don't want any cake",
    "i don't want women to feel unsafe",
    "i dont want muslims hurt",
    "we don't want any trouble here",
    "these cables are incompatible with my laptop",
    "our schedules are incompatible",
    "the drivers are incompatible",
    "women won't be equal until we fight",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile
