"""Hate against identity groups, function by function, English and Italian (issue 8).

A second functional suite in the manner of HateCheck, with other phrasings than
test_scorer_functional.py: each function has hateful cases that must be flagged
for every group and contrasting cases (the same words about things, counter-speech,
reporting, friendly swearing) that must stay clean. Templates are written for this
project. Every case runs at default settings (every shipped language).
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Severity

EN_GROUPS = ("women", "trans people", "gay people", "black people", "Muslims", "immigrants", "Jews")
EN_HATEFUL = {
    "expressed hate": (
        "I detest {G}.",
        "I absolutely loathe {G}.",
        "I have nothing but contempt for {G}.",
        "{G} make me want to puke.",
        "I can't stand being around {G}.",
        "I h8 {G}.",
    ),
    "negative attributes": (
        "{G} are repulsive.",
        "{G} are evil.",
        "All {G} are dishonest.",
        "{G} are all the same.",
        "Why are {G} always so lazy?",
    ),
    "dehumanisation": ("{G} are pests.", "{G} are a cancer on this country."),
    "exclusion": (
        "{G} should go back to where they came from.",
        "{G} don't belong in our society.",
        "{G} have no place here.",
        "Keep {G} away from our kids.",
        "Why can't {G} just disappear?",
    ),
    "threats in the passive": (
        "{G} should all be killed.",
        "{G} deserve to be shot.",
        "{G} must be exterminated.",
        "The world would be better without {G}.",
        "Someone should burn {G} alive.",
    ),
    "calls for harm": ("Kill {G}.", "We should kill {G}.", "I want to murder {G}."),
    "swearing at the group": ("Fucking {G}.", "Damn {G}, always whining.", "{G} are dickheads."),
    "sexual slurs said of the group": ("{G} are all sluts.",),
    "pronoun after the group": (
        "{G} think they are special. I hate them.",
        "I met some {G} and I hate every one of them.",
    ),
    "negated positives": ("I will never respect {G}.", "{G} are not worth anything."),
    "orders and questions": (
        "Get rid of {G}.",
        "Don't you think {G} are disgusting?",
        "{G} need to be put down.",
        "Nobody wants {G} around.",
    ),
    "a judging word before a noun, said of the group": (
        "{G} are disgusting creatures.",
        "Filthy {G}.",
        "{G} are less than human.",
    ),
    "spelling": ("{G} are disgustng.", "{G} are dsgusting.", "{G} are pathteic."),
}
EN_NOT_HATEFUL = {
    "about things": (
        "I detest jokes about {G} written by trolls.",
        "I can't stand waiting in queues.",
        "This patch is evil.",
        "My team would be better without lag.",
    ),
    "neutral and positive": (
        "I love {G}.",
        "A queer woman wrote this book about {G}.",
        "{G} were killed in the war, a tragedy.",
        "We should respect {G}.",
    ),
    "negated opinion": ("I don't think {G} are disgusting.",),
    "contempt for those who attack the group": (
        "I despise those who mock {G}.",
        "I hate anyone who attacks {G}.",
    ),
    "judging a thing": ("A stupid question about {G} came up.", "Get rid of the bugs first."),
    "counter-speech": (
        "It's wrong to claim {G} are inferior.",
        "Saying {G} should go back where they came from is racist.",
    ),
    "reported harm": ("They raped the women and killed the men, the report says.",),
}
# Friendly and untargeted swearing: never aimed at anyone.
EN_FRIENDLY = (
    "fuck me, missed again",
    "fuck this patch",
    "you're fucking insane at this game",
    "that guy is insane at this game",
    "Karma's a bitch.",
    "they walk all over you and stab you in the back",
    "holy shit gg",
    "fucking nice shot",
    "filthy rich with no friends",
    "Fuck, you look great",
    "You're a monster at this game",
)

IT_GROUPS = (
    ("le donne", "Le donne"),
    ("i gay", "I gay"),
    ("i neri", "I neri"),
    ("i musulmani", "I musulmani"),
    ("gli immigrati", "Gli immigrati"),
    ("gli ebrei", "Gli ebrei"),
)
IT_HATEFUL = {
    "minacce": (
        "Bruciamo {G}.",
        "Bruciamoli tutti, {G}.",
        "Non sarebbe bello se {G} sparissero?",
        "A morte {G}!",
        "Ammazzateli tutti, {G}.",
    ),
    "disgusto": ("Che schifo {G}.", "{C} sono un pericolo per tutti."),
    "stereotipi": (
        "{C} controllano il mondo.",
        "{C} portano solo malattie.",
        "{C} sono un peso.",
        "{C} dovrebbero stare zitti.",
        "Sterminiamo {G}.",
    ),
    "esclusione": (
        "{C} non devono avere diritti.",
        "{C} devono stare lontani dai nostri figli.",
    ),
    "parolacce": ("{C} mi hanno rotto il cazzo.",),
    "pronome dopo il gruppo": (
        "{C} si credono speciali. Li odio.",
        "Ho conosciuto {G}. Sono tutti ladri.",
    ),
}
IT_NOT_HATEFUL = {
    "cose": ("Bruciamo la legna.", "Questa patch mi ha rotto il cazzo.", "Che schifo di partita."),
    "neutro": ("Ho conosciuto {G}. Sono stanco.", "Parliamo di {G} domani."),
    "contro chi li attacca": ("Non sopporto chi odia {G}.",),
}
IT_FRIENDLY = (
    "vaffanculo sto lag",
    "cazzo che partita",
    "porca puttana che gol",
    "che schifo",
    "Che schifo, ho perso",
)


def _en(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    cases = []
    for function, templates in table.items():
        for template in templates:
            for group in EN_GROUPS:
                text = template.format(G=group)
                cases.append((function, text[0].upper() + text[1:]))
    return cases


def _it(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    return [
        (function, template.format(G=group, C=capital))
        for function, templates in table.items()
        for template in templates
        for group, capital in IT_GROUPS
    ]


@pytest.mark.parametrize(("function", "text"), _en(EN_HATEFUL) + _it(IT_HATEFUL))
def test_hateful_functions_are_flagged(scorer: Scorer, function: str, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, f"{function}: {verdict.explanation}"


@pytest.mark.parametrize(("function", "text"), _en(EN_NOT_HATEFUL) + _it(IT_NOT_HATEFUL))
def test_contrasting_cases_stay_clean(scorer: Scorer, function: str, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, f"{function}: {verdict.explanation}"


@pytest.mark.parametrize("text", EN_FRIENDLY + IT_FRIENDLY)
def test_friendly_swearing_stays_clean(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("group", EN_GROUPS)
def test_calls_for_harm_are_high_severity(scorer: Scorer, group: str) -> None:
    assert scorer.score(f"Kill {group}.").severity is Severity.HIGH
    assert scorer.score(f"{group} must be exterminated.").severity is Severity.HIGH


# --- the rules behind them, one line each ------------------------------------------


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        # A swear word curses a group only if it is an expletive, or a harm verb said as
        # an order or a wish; with a subject of its own it reports.
        ("fucking immigrants", True),
        ("kill muslims", True),
        ("I want to kill women", True),
        ("ISIS like to rape women", False),
        ("they raped the women", False),
        ("the story of a queer woman", False),
        # Digits tacked on a word are read as spaces; digits in leet stay letters.
        ("are u idioot22", True),
        ("noob123", True),
        ("win10 update", False),
        ("covid19 is bad", False),
        ("player22 is good", False),
        # An answer before a name for the reader does not deny it.
        ("no man you retard", True),
        ("No immigrant deserves to die", False),
        # "what a <word> <name>" is exclaimed at someone; a judging word about a thing is not.
        ("what a funny cunt", True),
        ("what a stupid question", False),
        # "claim" reports speech, unless it opens the sentence as an order.
        ("he claimed I was an idiot", False),
        ("claim your reward, idiot", True),
        # An order at a thing or an exclamation about oneself; at a person it stays.
        ("vaffanculo sto coglione", True),
        ("fuck me daddy", True),
        # A verb after "who" has a subject: no order to the reader.
        ("send nudes", True),
        ("who wants to send nudes lol", False),
        ("fuck me", True),
        ("fuck off", True),
        # A comma or a question between the words of a phrase parts two clauses.
        ("Fuck, you're right", False),
        ("Fuck. You.", True),
        ("fuck you, idiot", True),
        # "you", a couple of describing words, then a name-call that ends the clause.
        ("stop writing on my wall you shit faced slut", True),
        ("you met my brother, the idiot", False),
        # "sucks" is said of people or the room, not of things or life.
        ("he sucks", True),
        ("this team sucks", True),
        ("U ALL SUCK", True),
        ("life sucks", False),
        ("that sucks", False),
        ("this game sucks", False),
        # A name-call set apart at the very end is said to the reader, whatever came before.
        ("you said I was dumb, idiot", True),
        ("he called me an idiot", False),
        ("I'm such an idiot, lol", False),
        # Spaced-out group names are read whole.
        ("m u s l i m s are vermin", True),
        ("Gli i m m i g r a t i sono animali", True),
        # Chat taunts are said to the reader; excluding them is exclusion.
        ("cope harder", True),
        ("imagine being this bad", True),
        ("this server would be better without you", True),
        ("my team would be better without lag", False),
        # A phrase said of people is no name-call on a line of its own.
        ("nobody wants", False),
        ("controllano il mondo", False),
        ("animals", True),
        # Italian threats with a clitic pronoun or in the first person plural.
        ("lo impiccherei", True),
        ("sterilizziamo gli africani", True),
        # A long word read through a dropped or swapped letter; not its last letter.
        ("you are so pathteic", True),
        ("you are worthelss", True),
    ],
)
def test_rule(scorer: Scorer, text: str, hostile: bool) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile is hostile, verdict.explanation


def test_digit_tail_keeps_offsets(scorer: Scorer) -> None:
    """The match spans point into the text as sent, digits and all."""
    text = "are u idiot22"
    match = scorer.score(text).matches[0]
    assert text[match.start : match.end] == "idiot"
