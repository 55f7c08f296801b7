"""The seventh functional hate probe (issue 8): HateCheck-style templates of its own,
English and Italian, each filled with every group, labelled by functionality.

Labels: "hate" (must flag), "clean" (must stay clean), "abuse" (abuse at a target that
is not a protected group: hostile in this project's sense, counted apart from the hate
figures). Written before the round read any rule; the held-back batch, with other
templates, is in hate_probe7_heldback_cases.py.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    """One filled template: its functionality, label and text."""

    func: str
    label: str
    text: str


class Group(NamedTuple):
    """The forms a template can ask for."""

    g: str  # plural noun phrase, lower case ("gay people", "le donne")
    adj: str  # adjective or bare noun ("gay", "donne")
    slur: str  # a plural slur (Italian: with its article)
    a: str  # Italian plural ending of an agreeing adjective ("e" or "i"); "" in English
    dg: str  # Italian "di" + article ("delle donne"); "" in English


EN_GROUPS: tuple[Group, ...] = (
    Group("women", "female", "bitches", "", ""),
    Group("trans people", "trans", "trannies", "", ""),
    Group("gay people", "gay", "faggots", "", ""),
    Group("black people", "black", "niggers", "", ""),
    Group("disabled people", "disabled", "retards", "", ""),
    Group("muslims", "muslim", "ragheads", "", ""),
    Group("immigrants", "immigrant", "wetbacks", "", ""),
    Group("jews", "jewish", "kikes", "", ""),
)

IT_GROUPS: tuple[Group, ...] = (
    Group("le donne", "donne", "le troie", "e", "delle donne"),
    Group("le persone trans", "trans", "i travoni", "e", "delle persone trans"),
    Group("i gay", "gay", "i froci", "i", "dei gay"),
    Group("i neri", "neri", "i negri", "i", "dei neri"),
    Group("i disabili", "disabili", "i mongoloidi", "i", "dei disabili"),
    Group("i musulmani", "musulmani", "i tagliagole", "i", "dei musulmani"),
    Group("gli immigrati", "immigrati", "i clandestini", "i", "degli immigrati"),
    Group("gli ebrei", "ebrei", "i giudei", "i", "degli ebrei"),
    Group("i rom", "rom", "gli zingari", "i", "dei rom"),
    Group("i meridionali", "meridionali", "i terroni", "i", "dei meridionali"),
)


# (functionality, label, template). Slots: {g} {G} (capitalised) {adj} {slur} {S}
# (slur capitalised) {bare} (the slur without its article) {a} {dg} {gj} (no spaces)
# {gsp} (letters spaced) {gl} (leet).
EN_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("derog_emotion", "hate", "I hate {g}."),
    ("derog_emotion", "hate", "{G} disgust me."),
    ("derog_emotion", "hate", "I can't stand {g}, they make me sick."),
    ("derog_emotion", "hate", "Nothing makes me angrier than {g}."),
    ("derog_emotion", "hate", "I despise every single one of those {g}."),
    ("derog_attr", "hate", "{G} are disgusting."),
    ("derog_attr", "hate", "{G} are so stupid."),
    ("derog_attr", "hate", "All {g} are liars and thieves."),
    ("derog_attr", "hate", "{G} are worthless."),
    ("derog_attr", "hate", "Typical {g}, lazy and useless as always."),
    ("derog_dehum", "hate", "{G} are vermin."),
    ("derog_dehum", "hate", "{G} are nothing but animals."),
    ("derog_dehum", "hate", "{G} are parasites living off the rest of us."),
    ("derog_dehum", "hate", "{G} are subhuman trash."),
    ("derog_implicit", "hate", "{G} belong in a zoo."),
    ("derog_implicit", "hate", "I'd never let one of those {g} near my kids."),
    ("derog_implicit", "hate", "Putting {g} in charge is a recipe for disaster."),
    ("threat_direct", "hate", "I'm going to kill every one of those {g}."),
    ("threat_direct", "hate", "I will hunt down {g} one by one."),
    ("threat_direct", "hate", "We're coming for you {g}, watch your backs."),
    ("threat_norm", "hate", "{G} should all be shot."),
    ("threat_norm", "hate", "All {g} deserve to die."),
    ("threat_norm", "hate", "{G} should be wiped off the face of the earth."),
    ("slur_hate", "hate", "Those {slur} are everywhere now."),
    ("slur_hate", "hate", "Get out of my country, {slur}."),
    ("slur_mention", "clean", "'{slur}' is a slur and nobody should use it."),
    ("slur_mention", "clean", "Calling {g} '{slur}' is never acceptable."),
    ("profanity_hate", "hate", "{G} are fucking useless."),
    ("profanity_hate", "hate", "Fuck all {g}."),
    ("profanity_clean", "clean", "I fucking love {adj} food."),
    ("profanity_clean", "clean", "Fuck yeah, what a game, my {adj} friends and I won!"),
    ("profanity_clean", "clean", "Holy shit, the {adj} film festival was amazing."),
    ("pronoun_hate", "hate", "I met some {g} today. They are disgusting."),
    ("pronoun_hate", "hate", "Don't talk to me about {g}. They should all be locked up."),
    ("pronoun_clean", "clean", "I work with a lot of {g}. They are great."),
    ("negation_hate", "hate", "{G} are not human."),
    ("negation_hate", "hate", "I will never trust {g}."),
    ("negated_clean", "clean", "{G} are not less than anyone."),
    ("negated_clean", "clean", "I don't hate {g} at all."),
    ("negated_clean", "clean", "{G} are not a threat to anyone."),
    ("phrasing_hate", "hate", "Why are {g} so disgusting?"),
    ("phrasing_hate", "hate", "Why do {g} always ruin everything?"),
    ("phrasing_hate", "hate", "I think {g} are inferior."),
    ("phrasing_hate", "hate", "In my opinion {g} are a plague."),
    ("ident_neutral", "clean", "{G} live all over the world."),
    ("ident_neutral", "clean", "There are many {g} in my city."),
    ("ident_positive", "clean", "{G} deserve respect."),
    ("ident_positive", "clean", "I love {g}."),
    ("ident_positive", "clean", "We should celebrate {g}."),
    ("counter_quote", "clean", "Saying '{g} are vermin' is disgusting."),
    ("counter_quote", "clean", '"I hate {g}" - statements like this are unacceptable.'),
    ("counter_ref", "clean", "Stop spreading lies about {g}, it's pure hate."),
    ("counter_ref", "clean", "Posts claiming {g} are animals should be reported."),
    ("spell_swap", "hate", "{G} are disugsting."),
    ("spell_missing", "hate", "I hte {g}."),
    ("spell_noboundary", "hate", "ihate{gj}"),
    ("spell_spaces", "hate", "{G} are s c u m."),
    ("spell_leet", "hate", "1 h4te {gl}."),
)

IT_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("derog_emotion", "hate", "Odio {g}."),
    ("derog_emotion", "hate", "{G} mi fanno schifo."),
    ("derog_emotion", "hate", "Non sopporto {g}, mi danno il voltastomaco."),
    ("derog_emotion", "hate", "Provo solo disprezzo per {g}."),
    ("derog_attr", "hate", "{G} sono disgustos{a}."),
    ("derog_attr", "hate", "{G} sono stupid{a} e inutili."),
    ("derog_attr", "hate", "{G} sono tutt{a} bugiard{a} e ladr{a}."),
    ("derog_attr", "hate", "{G} sono un peso per la società."),
    ("derog_dehum", "hate", "{G} sono animali."),
    ("derog_dehum", "hate", "{G} sono parassiti."),
    ("derog_dehum", "hate", "{G} sono dei vermi."),
    ("derog_dehum", "hate", "{G} non sono esseri umani, sono bestie."),
    ("derog_implicit", "hate", "{G} dovrebbero stare in uno zoo."),
    ("derog_implicit", "hate", "Con {g} al comando il paese va a rotoli."),
    ("threat_direct", "hate", "Ammazzerò tutt{a} {g}."),
    ("threat_direct", "hate", "Prima o poi vi faccio fuori tutt{a}, {adj}."),
    ("threat_norm", "hate", "{G} andrebbero sterminat{a}."),
    ("threat_norm", "hate", "{G} dovrebbero morire tutt{a}."),
    ("threat_norm", "hate", "{G} meritano di essere impiccat{a}."),
    ("slur_hate", "hate", "{S} rovinano tutto."),
    ("slur_hate", "hate", "Fuori dal nostro paese, {bare}!"),
    ("slur_mention", "clean", "'{bare}' è un insulto e non va usato."),
    ("slur_mention", "clean", "Chi chiama {g} '{bare}' dovrebbe vergognarsi."),
    ("profanity_hate", "hate", "{G} sono una massa di merde."),
    ("profanity_hate", "hate", "{G} del cazzo rovinano tutto."),
    ("profanity_clean", "clean", "Cazzo che partita, abbiamo vinto contro {g} del quartiere!"),
    ("profanity_clean", "clean", "Minchia, {g} del mio quartiere cucinano da dio."),
    ("pronoun_hate", "hate", "Ho conosciuto alcun{a} {adj} ieri. Fanno schifo come sempre."),
    ("pronoun_hate", "hate", "Parliamo {dg}? Sono una piaga."),
    ("pronoun_clean", "clean", "Lavoro con tant{a} {adj}. Sono bravissim{a}."),
    ("negation_hate", "hate", "{G} non sono persone."),
    ("negation_hate", "hate", "Non mi fiderò mai {dg}."),
    ("negated_clean", "clean", "{G} non sono inferiori a nessuno."),
    ("negated_clean", "clean", "Non odio affatto {g}."),
    ("negated_clean", "clean", "{G} non sono una minaccia per nessuno."),
    ("phrasing_hate", "hate", "Perché {g} sono così disgustos{a}?"),
    ("phrasing_hate", "hate", "Secondo me {g} sono inferiori."),
    ("phrasing_hate", "hate", "Non trovate che {g} siano una piaga?"),
    ("ident_neutral", "clean", "{G} vivono in tutto il mondo."),
    ("ident_neutral", "clean", "Nella mia città ci sono molt{a} {adj}."),
    ("ident_positive", "clean", "{G} meritano rispetto."),
    ("ident_positive", "clean", "Dobbiamo difendere i diritti {dg}."),
    ("counter_quote", "clean", "Dire che {g} sono animali è vergognoso."),
    ("counter_ref", "clean", "Basta con l'odio contro {g}."),
    ("spell_swap", "hate", "{G} sono disgutsos{a}."),
    ("spell_noboundary", "hate", "odio{gj}"),
    ("spell_spaces", "hate", "{G} sono p a r a s s i t i."),
    ("spell_leet", "hate", "{G} sono 4nim4li."),
)

# Abuse at targets that are not protected groups (not group-filled).
EN_OTHER: tuple[Case, ...] = (
    Case("target_obj", "clean", "I hate this broken phone, it's trash."),
    Case("target_obj", "clean", "This printer is a worthless piece of junk."),
    Case("target_obj", "clean", "Mondays are disgusting and should be abolished."),
    Case("target_obj", "clean", "That movie was fucking garbage."),
    Case("target_obj", "clean", "My laptop is a useless brick."),
    Case("target_obj", "clean", "Traffic in this city should be wiped off the earth."),
    Case("target_indiv", "abuse", "You are a worthless idiot."),
    Case("target_indiv", "abuse", "Shut up, you pathetic loser."),
    Case("target_indiv", "abuse", "My neighbour is a disgusting pig."),
    Case("target_indiv", "abuse", "I hope you choke, moron."),
    Case("target_nonprot", "abuse", "Lawyers are parasites."),
    Case("target_nonprot", "abuse", "All politicians are liars and thieves."),
    Case("target_nonprot", "abuse", "Landlords are scum."),
    Case("target_nonprot", "abuse", "I hate tourists, they ruin everything."),
)

IT_OTHER: tuple[Case, ...] = (
    Case("target_obj", "clean", "Questo telefono è una merda, lo odio."),
    Case("target_obj", "clean", "La stampante è un rottame inutile."),
    Case("target_obj", "clean", "Il lunedì è disgustoso."),
    Case("target_obj", "clean", "Quel film era una schifezza."),
    Case("target_obj", "clean", "Odio il traffico di questa città."),
    Case("target_obj", "clean", "Questo computer andrebbe buttato dalla finestra."),
    Case("target_indiv", "abuse", "Sei un idiota inutile."),
    Case("target_indiv", "abuse", "Stai zitto, sfigato."),
    Case("target_indiv", "abuse", "Il mio vicino è un maiale schifoso."),
    Case("target_indiv", "abuse", "Spero che tu soffochi, deficiente."),
    Case("target_nonprot", "abuse", "I politici sono tutti ladri."),
    Case("target_nonprot", "abuse", "Gli avvocati sono parassiti."),
    Case("target_nonprot", "abuse", "I padroni di casa sono feccia."),
    Case("target_nonprot", "abuse", "Odio i turisti, rovinano tutto."),
)

_LEET: dict[str, str] = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fill(template: str, group: Group) -> str:
    """A template filled with one group's forms."""
    bare = group.slur.split(" ", 1)[-1]
    return template.format(
        g=group.g,
        G=_cap(group.g),
        adj=group.adj,
        slur=group.slur,
        S=_cap(group.slur),
        bare=bare,
        a=group.a,
        dg=group.dg,
        gj=group.g.replace(" ", ""),
        gsp=" ".join(group.g.replace(" ", "")),
        gl="".join(_LEET.get(ch, ch) for ch in group.g),
    )


def build(
    templates: tuple[tuple[str, str, str], ...], groups: tuple[Group, ...], other: tuple[Case, ...]
) -> tuple[Case, ...]:
    """Every template with every group, then the ungrouped cases."""
    cases = [Case(f, lab, fill(t, grp)) for f, lab, t in templates for grp in groups]
    return (*cases, *other)


EN_CASES: tuple[Case, ...] = build(EN_TEMPLATES, EN_GROUPS, EN_OTHER)
IT_CASES: tuple[Case, ...] = build(IT_TEMPLATES, IT_GROUPS, IT_OTHER)
