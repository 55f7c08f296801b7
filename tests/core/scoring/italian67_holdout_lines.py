"""The italian67 held-back lines (issue 8): other wordings of the same shapes as
italian67_probe_lines.py, written at the same time, counted only at the start and at
the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli ucraini sono nazisti", "i russi sono tutti nazisti", "gli ebrei sono tutti nazisti",
    "gli americani sono nazisti", "i sionisti sono tutti nazisti",
    "gli ucraini sono solo nazisti", "i russi sono un popolo di nazisti",
    "gli ucraini sono neonazisti", "gli inglesi sono tutti nazisti",
    "le femministe sono tutte naziste", "i musulmani sono nazisti",
    "ormai i russi sono tutti nazisti", "per me gli ucraini sono nazisti",
    "gli israeliani sono tutti nazisti", "gli ebrei sono dei nazisti",
    "gli americani sono un branco di nazisti", "sti russi sono nazisti",
    "gli ucraini sono nazisti punto", "i sionisti sono dei neonazisti",
    "gli ebrei sono un popolo di nazisti",
    "i nazisti ucraini sparano sui civili", "morte ai nazisti ucraini",
    "i crimini dei nazisti ucraini", "quei nazisti ucraini",
    "gli ebrei nazisti comandano", "sti russi nazisti", "russi nazisti",
    "neonazisti ucraini dappertutto", "gli americani nazisti",
    "l europa arma i nazisti ucraini", "i sionisti nazisti",
    "altri soldi ai nazisti ucraini", "stop armi ai neonazisti ucraini",
    "quegli ebrei nazisti", "gli ucraini nazisti bombardano le citta",
    "i russi nazisti bombardano kiev", "zelensky e i suoi nazisti ucraini",
    "sempre i soliti nazisti ucraini", "i nazisti israeliani uccidono",
    "quei neonazisti ucraini di azov",
)

HELD_CLEAN: tuple[str, ...] = (
    "i nazisti invasero la polonia nel 1939", "gli ebrei furono deportati dai nazisti",
    "i nazisti tedeschi occuparono roma", "molti tedeschi sostennero i nazisti",
    "nel 1942 molti tedeschi erano nazisti", "i partigiani hanno combattuto i nazisti",
    "i nazisti sterminarono gli ebrei", "un documentario sui nazisti",
    "gli ucraini non sono tutti nazisti", "i russi non sono nazisti",
    "non tutti i russi sono nazisti", "gli israeliani non sono nazisti",
    "dire che i russi sono nazisti e una sciocchezza",
    "la tv russa dice che gli ucraini sono nazisti",
    "il cremlino dice che gli ucraini sono nazisti",
    "chi dice che gli ucraini sono nazisti mente",
    "non e vero che gli ebrei siano nazisti",
    "i russi sono nazisti?", "credi davvero che gli ucraini siano nazisti?",
    "i nazisti erano criminali", "detesto i nazisti", "i neonazisti sono pericolosi",
    "la croce uncinata era il simbolo dei nazisti", "nazisti e fascisti erano alleati",
    "gli ebrei e i nazisti in un romanzo", "mio bisnonno ha combattuto i nazisti",
    "i sovietici hanno sconfitto i nazisti", "gli ucraini difendono il loro paese",
    "gli ucraini sono un popolo fiero", "i russi sono ottimi ballerini",
    "un saggio sugli ebrei perseguitati dai nazisti",
    "gli americani sbarcarono in normandia contro i nazisti",
    "i nazisti perseguitarono gli omosessuali", "le donne sotto i nazisti",
    "gli inglesi bombardarono i nazisti", "il mio vicino e ucraino",
    "i russi che conosco sono simpatici", "gli ebrei italiani e le leggi razziali",
    "i nazisti odiavano gli ebrei", "i film sui nazisti mi annoiano",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca miseria ho bucato la gomma", "minchia che traffico",
    "madonna che fame", "che palle sta pioggia", "porco cane ho perso le chiavi",
)

# fmt: on
