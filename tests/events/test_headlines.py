"""Title Case headlines are parsed from a sentence-cased copy of the same length; what
the user sees comes from the original text. Headlines written for these tests."""
from __future__ import annotations

import pytest

from polemos.events.headlines import case_evidence, looks_title_case, parse_texts, sentence_case


def _one(ms, typ):
    got = [m for m in ms if m.type == typ]
    assert got, [(m.type, m.trigger) for m in ms]
    return got[0]


def _check_offsets(body, ms):
    for m in ms:
        assert body[m.trigger_start:m.trigger_end] == m.trigger
        assert body[m.start:m.end] == m.sentence
        for a in m.actors:
            if a.start is not None and body[a.start:a.end].strip():
                # the actor's name is spelt as in the original text
                assert a.name.lower() in body.lower()


def test_looks_title_case():
    assert looks_title_case("Ghana Deploys Troops To Northern Border After Raids")
    assert looks_title_case("UN Envoy Urges Sudan Rivals To Resume Talks")
    assert not looks_title_case("Ghana deployed troops to its northern border after raids.")
    assert not looks_title_case("Ghana Deploys Troops To Northern Border After Raids.")
    assert not looks_title_case("Troops Deployed")          # too short to tell


def test_sentence_case_keeps_length_names_and_acronyms(nlp):
    src = "UN Envoy Urges Sudan Rivals To Resume Talks In Nairobi"
    out = sentence_case(src, nlp)
    assert len(out) == len(src)
    assert out == "UN envoy urges Sudan rivals to resume talks in Nairobi"
    out = sentence_case("Peru Expels Bolivian Diplomat Over Spy Row", nlp)
    assert out == "Peru expels Bolivian diplomat over spy row"


def test_sentence_case_non_ascii_keeps_length(nlp):
    # "İ".lower() is two characters: such a word keeps its case
    for src in ("Protesters Gather In İzmir Square Despite Ban",
                "Police Disperse Crowds In Bogotá And Medellín",
                "İŞÇİLER Strike At Ports Across Türkiye"):
        out = sentence_case(src, nlp)
        assert len(out) == len(src)
    assert sentence_case("Protesters Gather In İzmir Square Despite Ban", nlp) == \
        "protesters gather in İzmir square despite ban"


def test_article_evidence_keeps_names():
    body = ("Kestrel Holdings said on Monday that it would appeal. Workers at Kestrel "
            "walked out, and a kestrel was seen nesting on the roof.\n"
            "The union said the strike would go on while Marlow, the site manager, refused talks.\n")
    ev = case_evidence(body)
    assert ev.get("marlow") is True           # capitalised in mid-sentence only: a name
    assert ev.get("strike") is False          # lower case only: a word
    assert "kestrel" not in ev                # both: no evidence
    assert sentence_case("Marlow Refuses Talks With Strikers", None, ev).startswith("Marlow")


def test_normal_sentence_not_changed(nlp):
    texts = ["Ghana deployed troops to its northern border after raids on Tuesday.",
             "The Army Said Nothing."]
    out = parse_texts(texts, ["", ""], nlp)
    assert out[0] is texts[0] and out[1] is texts[1]


@pytest.mark.parametrize("headline, typ, trigger, source", [
    ("Ghana Deploys Troops To Northern Border After Raids", "MOBILIZE", "Deploys", "Ghana"),
    ("Peru Expels Bolivian Diplomat Over Spy Row", "SANCTION", "Expels", "Peru"),
    ("Rebels Free Seven Hostages In Eastern Province", "RETREAT", "Free", "Rebels"),
    ("UN Envoy Urges Sudan Rivals To Resume Talks", "REQUEST", "Urges", "UN Envoy"),
    ("Farmers Protest Fuel Prices Outside Parliament In Kampala", "PROTEST", "Protest", "Farmers"),
    ("Mongolia Accuses Neighbour Of Cyberattack On Election Servers", "ACCUSE", "Accuses", "Mongolia"),
])
def test_headline_events(extract, headline, typ, trigger, source):
    ms = extract(headline)
    m = _one(ms, typ)
    assert m.trigger == trigger                      # as written, capitalised
    assert headline[m.trigger_start:m.trigger_end] == trigger
    src = [a for a in m.actors if a.role == "source"]
    assert src and src[0].name == source
    assert headline[src[0].start:src[0].end] == source
    _check_offsets(headline, ms)


def test_headline_target_and_summary_as_written(extract):
    ms = extract("Peru Expels Bolivian Diplomat Over Spy Row")
    m = _one(ms, "SANCTION")
    tgt = [a for a in m.actors if a.role == "target"]
    assert tgt and tgt[0].name == "Bolivian Diplomat" and tgt[0].country == "BOL"
    m = _one(extract("UN Envoy Urges Sudan Rivals To Resume Talks"), "REQUEST")
    assert m.attributed_to in (None, "UN Envoy")


def test_headline_inside_article_keeps_offsets(extract):
    body = ("Überall in der Region: a note from our correspondent in São Paulo.\n\n"
            "Protesters Block Roads Across Bogotá As Truckers’ Strike Enters Third Day\n\n"
            "Truck drivers blocked main roads into the capital on Wednesday, the police said.\n")
    ms = extract(body)
    _check_offsets(body, ms)
    head = [m for m in ms if m.sentence.startswith("Protesters Block")]
    m = _one(head, "PROTEST")
    assert m.trigger == "Block"
    src = [a for a in m.actors if a.role == "source"]
    assert src and src[0].name == "Protesters"
    assert body[src[0].start:src[0].end] == "Protesters"
