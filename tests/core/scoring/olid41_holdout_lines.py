"""The olid41 held-back lines (issue 8): other wordings of the round's shape, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "that stupid bitch blocked me", "this old hag keeps complaining about my car",
    "that lazy slob lied about paying rent", "this sneaky rat told the boss on me",
    "that whiny brat is complaining again", "this fat cow said i was rude",
    "that greedy pig lied about the money", "that little snake is lying again",
    "this nasty bitch reported my post", "that arrogant prick is at it again",
    "this spineless weasel voted for it anyway", "that miserable hag tweeted about me again",
    "this crazy bitch is texting my boyfriend", "that ugly troll commented on my photo again",
    "that shady snake claims he never took it", "ugh this dumb cow keeps lying",
    "honestly that pathetic loser still thinks he's right",
    "that sad old creep keeps messaging me", "this two faced cow lied to everyone",
    "lol that dumb bitch really said that",
    "the moron tweeted about me again", "the idiot is lying again",
    "the dumb bitch blocked me on everything", "the old hag is complaining again",
    "the creep is texting me again", "the stupid clown lied about it",
    "a bitch is talking trash about me at work", "the fool claims he won the debate",
    "the jerk reported my account", "that piece of trash lied about everything",
    "the piece of garbage voted against us", "the lazy slob is whining again",
    "a moron just told me the earth is flat", "the hypocrite tweeted about morals again",
    "the loser blocked me after the game", "the rat snitched to the teacher",
    "the prick is at it again", "the cow said i stole her seat",
    "the idiot posted my address", "the little weasel lied to the ref",
)

HELD_CLEAN: tuple[str, ...] = (
    "that stupid dog keeps barking all night", "the old cow is grazing by the fence",
    "this little rat chewed through the cable", "that fat pig rolled in the mud",
    "the snake slid under the porch", "that piece of junk broke down again",
    "the piece of trash blew into the yard", "the rat blocked the pipe again",
    "that bitch of a dog had six puppies", "the bat is hanging in the barn",
    "the clown told a joke at the circus", "the clown said goodbye to the children",
    "the old hag in the story lied to the prince",
    "she called him a moron and blocked him", "he said the idiot tweeted it, not me",
    "calling him a fat pig for complaining is mean",
    "don't call her an old hag, she said sorry",
    "\"that dumb bitch blocked me\" is a line from the movie",
    "it's wrong to call someone a loser for losing",
    "this dumb bitch locked herself out again lol", "i'm the moron who blocked my own mum",
    "that crazy bitch is my sister and i adore her",
    "this silly cow said she misses me 😂 love her",
    "the old lady complained about the noise", "that little boy said thank you",
    "the new manager is complaining about the weather", "my neighbour lied about the fence lol",
    "did the idiot block you as well?", "is the old hag still complaining?",
    "he's not a jerk, he just said no", "she's no fool, she said the right thing",
    "the old man is at it again with his garden", "the kids are texting me again",
    "the guy who tweeted it apologised", "that woman said hello to me",
    "the player is complaining to the ref", "the dog is at it again with the shoes",
    "the cat is yelling for food again", "my phone is at it again",
    "this old laptop keeps crashing",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was close", "shit yeah that was a great night",
    "damn this coffee is strong as hell", "fuck me that was a long day",
    "this shit slaps lol", "hell yes let's fucking go",
)
