import pytest

from polemos.ingest.language import detect_language


@pytest.mark.parametrize("text,lang", [
    ("The army said on Monday that it had retaken the town after two days of fighting.", "en"),
    ("L'armée a annoncé lundi qu'elle avait repris la ville après deux jours de combats.", "fr"),
    ("El ejército dijo el lunes que había recuperado la ciudad tras dos días de combates.", "es"),
    ("Die Armee teilte am Montag mit, dass sie die Stadt nach zwei Tagen zurückerobert hat.", "de"),
    ("Армия заявила в понедельник, что вернула контроль над городом после двух дней боев и что", "ru"),
])
def test_detects_language(text, lang):
    assert detect_language(text) == lang


def test_names_only_is_unknown():
    assert detect_language("Kharkiv Odesa Lviv Dnipro Kherson Mariupol Bakhmut Avdiivka") is None
