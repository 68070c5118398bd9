"""Customer names as the lists sort them."""

from __future__ import annotations

from app.domain.parties import sort_name


def test_case_accents_and_stroked_letters_are_set_aside() -> None:
    names = ["Zeta AG", "ärzte GmbH", "Łódź Sp.", "Müller", "mueller", "Bauer", "Çağrı", "Øre"]
    assert sorted(names, key=sort_name) == [
        "ärzte GmbH",
        "Bauer",
        "Çağrı",
        "Łódź Sp.",
        "mueller",
        "Müller",
        "Øre",
        "Zeta AG",
    ]
    assert sort_name("  Straße ") == "strasse" and sort_name("ÆON") == "aeon"
    assert sort_name("Ελλάδα") == "ελλαδα"  # other scripts keep their letters, without tonos
