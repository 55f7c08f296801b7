"""The second forum probe's comments in no one subreddit's voice (issue 8, forum2):
Reddit-wide insults, slurs, calls for harm and the profanity around them, written with
the rest of the probe before the rules were read."""

from __future__ import annotations

from tests.core.scoring.forum2_probe_support import comments_of

GENERAL = comments_of(
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
