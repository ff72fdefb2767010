"""The event lexicon (data/triggers.json), loaded once and compiled into lookups.

Also builds the set of surface forms of every trigger (inflections generated from the
lemmas plus a small irregular table) used by the cheap sentence prefilter."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

DATA_DIR = Path(__file__).resolve().parent / "data"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                "MOBILIZE", "COERCE", "ASSAULT")

# English irregular verb forms of trigger lemmas (past, participle): the prefilter sees
# raw words, not lemmas.
IRREGULAR = {
    "strike": ["struck", "stricken"], "shoot": ["shot"], "fight": ["fought"], "meet": ["met"],
    "hold": ["held"], "withdraw": ["withdrew", "withdrawn"], "take": ["took", "taken"],
    "seek": ["sought"], "send": ["sent"], "give": ["gave", "given"], "beat": ["beaten"],
    "overrun": ["overran"], "blow": ["blew", "blown"], "break": ["broke", "broken"],
    "hit": ["hit"], "cut": ["cut"], "shut": ["shut"], "wage": ["waged"], "begin": ["began", "begun"],
    "tell": ["told"], "say": ["said"], "freeze": ["froze", "frozen"], "forbid": ["forbade"],
    "lay": ["laid"], "flee": ["fled"], "undertake": ["undertook", "undertaken"],
    "overwhelm": ["overwhelmed"], "step": ["stepped"], "ban": ["banned"], "jail": ["jailed"],
    "fly": ["flew", "flown"], "swear": ["swore", "sworn"], "slay": ["slew", "slain"],
    "sit": ["sat"], "set": ["set"], "lend": ["lent"], "arise": ["arose"],
    "sink": ["sank", "sunk"], "lead": ["led"], "bring": ["brought"], "rise": ["rose", "risen"],
    "throw": ["threw", "thrown"], "build": ["built"], "stand": ["stood"], "forgive": ["forgave", "forgiven"],
    "speak": ["spoke", "spoken"], "uphold": ["upheld"],
    "write": ["wrote", "written"], "feed": ["fed"], "unfreeze": ["unfroze", "unfrozen"],
    "come": ["came"], "go": ["went", "gone"], "leap": ["leapt", "leaped"], "pay": ["paid"],
    "withhold": ["withheld"], "rip": ["ripped"], "chain": ["chained"], "bar": ["barred"],
    "lean": ["leant"],
}

# Forms the small English model lemmatises wrongly ("raped" -> "rap"): word -> lemma.
LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape"}


@dataclass(frozen=True)
class Entry:
    type: str
    mode: Optional[str]
    weak: bool = False
    obj: frozenset[str] = frozenset()
    obj_not: frozenset[str] = frozenset()
    prt: frozenset[str] = frozenset()
    subj_sector: frozenset[str] = frozenset()
    alts: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    multiword: dict[tuple[str, ...], Entry]
    weak_mods: frozenset[str]
    weak_governors: frozenset[str]
    light_verbs: frozenset[str]
    absorbing: frozenset[str]
    mode_cues: dict[str, str]
    reporting: frozenset[str]
    planned_governors: frozenset[str]
    ongoing_governors: frozenset[str]
    negators: frozenset[str]
    hyp_marks: frozenset[str]
    hyp_aux: frozenset[str]
    planned_aux: frozenset[str]
    not_actor_objects: frozenset[str]
    place_nouns: frozenset[str]
    # nouns naming people who protest ("protesters", "rioters"): their violent or
    # obstructing acts and their demands are PROTEST (PLOVER: demands in the form of
    # demonstrations are PROTEST)
    protest_actors: frozenset[str] = field(default=frozenset())
    forms: frozenset[str] = field(default=frozenset())
    # surface form -> words one of which must also occur (constrained verbs only)
    needs: dict[str, frozenset[str]] = field(default_factory=dict)


def _entry(v: Any) -> Entry:
    if isinstance(v, list):
        return Entry(type=v[0], mode=v[1])
    alts = tuple({**a, "mods": frozenset(a.get("mods", ())), "obj": frozenset(a.get("obj", ())),
                  "gov": frozenset(a.get("gov", ())), "obj2": frozenset(a.get("obj2", ())),
                  "dobj": frozenset(a.get("dobj", ())),
                  "subj_sector": frozenset(a.get("subj_sector", ())),
                  "prt": frozenset(a["prt"].split("|")) if a.get("prt") else frozenset()}
                 for a in v.get("alts", ()))
    return Entry(type=v["type"], mode=v.get("mode"), weak=bool(v.get("weak")),
                 obj=frozenset(v.get("obj", ())), obj_not=frozenset(v.get("obj_not", ())),
                 prt=frozenset(v["prt"].split("|")) if v.get("prt") else frozenset(),
                 subj_sector=frozenset(v.get("subj_sector", ())), alts=alts)


def inflections(lemma: str, verb: bool) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if verb:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out |= {stem + "ed", stem + "ing", lemma + "d", lemma + "ed"}
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
                and lemma[-3] not in "aeiou":
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        out |= set(IRREGULAR.get(lemma, ()))
    return out


def _forms_of(words: Iterable[str]) -> frozenset[str]:
    return frozenset(f for w in words for f in inflections(w, True))


def _require(needs: dict[str, Optional[frozenset[str]]], form: str,
             words: Optional[frozenset[str]]) -> None:
    """Record that ``form`` cues a trigger only with one of ``words`` nearby (None: on its
    own). A form free through any entry stays free; constraints of several entries add up."""
    if words is None or (form in needs and needs[form] is None):
        needs[form] = None
    else:
        needs[form] = (needs.get(form) or frozenset()) | words


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    d = json.loads((DATA_DIR / "triggers.json").read_text(encoding="utf-8"))
    verbs = {k: _entry(v) for k, v in d["verbs"].items()}
    nouns = {k: _entry(v) for k, v in d["nouns"].items()}
    multi = {tuple(k.split()): _entry(v) for k, v in d["multiword"].items()}
    forms: set[str] = set()
    needs: dict[str, Optional[frozenset[str]]] = {}
    for k, e in verbs.items():
        cue = _cue_words(e)
        for f in inflections(k, True):
            forms.add(f)
            # a form is free when any entry it may come from needs no particular object
            _require(needs, f, cue)
    for k in nouns:
        for f in inflections(k, False):
            forms.add(f)
            needs[f] = None
    for k in multi:
        # the multiword's least common word: "on strike" is cued by "strike", not "on";
        # and its other content words must occur too ("say no to" needs "no" besides "say")
        key = max((w for w in k if w not in _FUNCTION_WORDS), key=len, default=k[-1])
        rest = _forms_of(w for w in k if w != key and w not in _FUNCTION_WORDS)
        for f in inflections(key, True):
            forms.add(f)
            _require(needs, f, rest or None)
    forms |= {"ceasefire", "cease-fire"}
    for f, need in _codebook_cues().items():
        forms.add(f)
        _require(needs, f, need)
    return Lexicon(
        verbs=verbs, nouns=nouns, multiword=multi,
        weak_mods=frozenset(d["weak_support"]["mods"]),
        weak_governors=frozenset(d["weak_support"]["governors"]),
        light_verbs=frozenset(d["light_verbs"]), absorbing=frozenset(d["absorbing"]),
        mode_cues=dict(d["mode_cues"]), reporting=frozenset(d["reporting_verbs"]),
        planned_governors=frozenset(d["planned_governors"]),
        ongoing_governors=frozenset(d["ongoing_governors"]),
        negators=frozenset(d["negators"]), hyp_marks=frozenset(d["hypothetical_marks"]),
        hyp_aux=frozenset(d["hypothetical_aux"]), planned_aux=frozenset(d["planned_aux"]),
        not_actor_objects=frozenset(d["event_objects_not_actors"]),
        place_nouns=frozenset(d["place_nouns"]), forms=frozenset(forms),
        protest_actors=frozenset(d.get("protest_actors", ())),
        needs={f: n for f, n in needs.items() if n is not None})


# Words the codebook rules (codebook.py) read without a lexicon entry of their own, each
# with the words one of which must also occur for the sentence to be worth parsing:
# "jointly repaired", "an explosive device ripped through", "forced residents to attend"
# (free); "the court ruled/found that ... breached" (a court or a breach); "keen to help",
# "plans to invest" (a cooperative act); "turned to donors for help" (a kind of help).
BREACH = frozenset("breach violate infringe contravene flout break discriminate".split())
GUILTY = frozenset("guilty liable culpable unconstitutional illegal unlawful".split())
COURTS = frozenset("court tribunal judge panel jury magistrate".split())
COOP_ACTS = frozenset("help assist cooperate collaborate talk negotiate discuss meet invest share "
                      "contribute support mediate engage facilitate host provide supply donate "
                      "finance fund rebuild reconstruct".split())
HELP = frozenset("help assistance aid support relief funding money loan protection".split())


def _codebook_cues() -> dict[str, Optional[frozenset[str]]]:
    court = _forms_of(COURTS | GUILTY | BREACH)
    coop, help_ = _forms_of(COOP_ACTS), _forms_of(HELP)
    cues: dict[str, Optional[frozenset[str]]] = {}
    for w in "jointly joint explosive explosives ied ieds mediator mediators".split():
        cues[w] = None
    for v, need in (("force", None), ("compel", None), ("coerce", None), ("rule", court),
                    ("find", court), ("plan", coop), ("intend", coop), ("turn", help_),
                    ("look", help_)):
        for f in inflections(v, True) | ({"found"} if v == "find" else set()):
            cues[f] = need
    for w in "keen ready willing prepared eager".split():
        cues[w] = coop
    return cues


_FUNCTION_WORDS = frozenset("on at with into down up of to the upon out off in for by from a an "
                            "state house".split())
_IRREGULAR_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people",
                     "policeman": "policemen", "serviceman": "servicemen"}


def _cue_words(e: Entry) -> Optional[frozenset[str]]:
    """Words one of which a sentence must contain for a verb with object or particle
    constraints to be a trigger there ("lift" needs "curfew", "sanctions", ...); None
    when the verb can be a trigger on its own."""
    if e.weak or not (e.obj or e.prt):
        return None
    words: set[str] = set()
    for group in [e.obj, e.prt] + [a["obj"] | a["dobj"] | a["prt"] for a in e.alts]:
        for w in group:
            words |= inflections(w, True) | {w + "s"}
            if w in _IRREGULAR_PLURAL:
                words.add(_IRREGULAR_PLURAL[w])
    if not e.obj:           # particle only: "pull out", "call for"
        words = set().union(*(inflections(w, True) for w in e.prt)) | words
    return frozenset(words)


def validate() -> list[str]:
    """Problems in the lexicon data (empty when consistent); used by a test."""
    lx = lexicon()
    bad = []
    for table in (lx.verbs, lx.nouns, lx.multiword):
        for k, e in table.items():
            if e.type not in PLOVER_TYPES:
                bad.append(f"{k}: unknown type {e.type}")
            for a in e.alts:
                if a["type"] not in PLOVER_TYPES:
                    bad.append(f"{k}: unknown alt type {a['type']}")
    return bad
