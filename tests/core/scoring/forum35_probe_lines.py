"""The forum35 probe (issue 8): forum posts (Gab/Reddit style) that call for people named
by a contempt label to be executed: "those filthy traitors must hang", "the pedos should
be shot", "lynch the traitors", "death to the traitors", "find the bastards and hang
them"; and the lines in the same words that must stay clean (history and news told in
the past, pests and animals, "hang out", things hung up, reports, questions, negations).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the labelled people as the subject of a modal execution call
    "those filthy traitors must hang", "the traitors should all hang for this",
    "these scumbags need to be executed", "every one of those pedos should be shot",
    "the degenerates in congress must be hanged", "that lying bastard needs to be hanged",
    "these savages deserve to be executed", "the commie scum should be lynched",
    "those traitors ought to hang", "this filth needs hanging", "all pedos must be executed",
    "the libtard traitors need to be shot", "these animals need to be hanged",
    # the labelled people as the object of an execution order
    "hang the traitors", "lynch those pedos", "execute the traitors already",
    "hang every last one of these bastards", "behead the savages",
    "publicly hang the scumbags", "round up the traitors and hang them",
    # "death to" and the like
    "death to the traitors", "death penalty for all pedos", "firing squad for the scumbags",
    "the rope for every traitor", "gallows for the traitors!!!",
    # the label first, then "hang them"
    "find the guilty bastards and hang them", "these animals, hang them all in the square",
    "traitors, every one of them. hang them", "the pedos? hang them",
    "these scumbags ruined the country, hang them", "the filthy traitors, lynch them",
    # the label among more words
    "the traitors in washington must hang", "honestly these degenerates should be hanged",
    "the traitorous bastards should hang", "hang the treasonous scumbags now",
)

TUNE_CLEAN: tuple[str, ...] = (
    # history and news told in the past, reports and quotes
    "the traitors were hanged in 1946", "in 1865 the conspirators were hanged",
    "he said the traitors must hang", "the mob shouted death to the traitors, the article says",
    "she tweeted that the pedos should be shot and got banned",
    # questions and negations, counter-speech
    "should the traitors hang?", "nobody thinks the traitors should be executed",
    "the traitors must not hang without a trial", "saying the pedos should be shot is insane",
    "no one deserves to be lynched, not even the traitors",
    # pests and animals
    "the rats in the basement need to be poisoned", "that rabid dog needs to be shot",
    "the animals are hanged upside down at the slaughterhouse",
    # "hang" as spending time or putting things up
    "hang out with the bastards from work tonight lol", "hang the pictures in the hallway",
    "the bastards hung up on me twice", "hang on, the traitors episode is starting",
    "hang the lights before the party", "we hung out with the pedo hunters team",
    # the label with no execution call
    "the traitors got away with it again", "the scumbags stole my bike",
    "those pedos belong in prison", "the traitors should resign",
    "these degenerates need to get a job", "the bastards need to be voted out",
    # the execution words with no label
    "the painting needs to be hung higher", "execute the plan at dawn",
    "the shot needs to be executed perfectly", "death to the patriarchy lol",
    "hang the flag on the porch", "the firing squad scene in that film was brutal",
    "he shot the traitor in the movie, what a scene",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that hanging garden is fucking gorgeous",
    "damn, the finale of traitors was fucking wild",
    "fuck yeah, we executed that raid perfectly",
    "shit, i hung the shelf crooked again",
    "this fucking movie about the gallows is so damn good",
    "hell yeah, friday night hang with the crew, fuck work",
)
