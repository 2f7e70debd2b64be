"""Build src/decruft/data/given_names.txt: common given names in Latin-script languages.

The names are the first-name lists of Faker's person providers (MIT licence, "Copyright (c)
2012 Daniele Faraglia"), one locale after another, and the nicknames of the ``nicknames``
package's hand-curated table of English names (Apache-2.0, Carlton Northern and Nick Crews:
"Paddy", "Steffie"), each also spelt in "-i" as German pet names are ("Bennie", "Benni").
Both are needed only to run this script, never by decruft itself:

    pip install --target /tmp/names faker==40.63.0 nicknames==1.0.1
    PYTHONPATH=/tmp/names python scripts/build_given_names.py

Kept: names of one word (a hyphenated name counts as one: "Hans-Jürgen"), letters only,
two letters or more; of the nicknames, only pet names (:func:`_pet_name`: "Paddy", not the
table's "Ash", "Court" or "Dutch").
"""

from __future__ import annotations

import importlib
from importlib import metadata
from pathlib import Path

#: Faker locales whose person provider lists first names, in Latin script.
LOCALES = (
    "cs_CZ da_DK de_AT de_CH de_DE en en_GB en_IE en_US es es_AR es_CL es_CO es_ES es_MX et_EE fi_FI fr_BE "
    "fr_CA fr_CH fr_FR ga_IE hr_HR hu_HU id_ID is_IS it_IT lt_LT lv_LV nl_BE nl_NL no_NO pl_PL pt_BR pt_PT "
    "ro_RO sk_SK sl_SI sv_SE tr_TR"
).split()
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
OUT = Path(__file__).resolve().parent.parent / "src" / "decruft" / "data" / "given_names.txt"


def _names(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: set[str] = set()
    for attribute in ATTRIBUTES:
        value = getattr(provider, attribute, None)
        if isinstance(value, (list, tuple, dict, set, frozenset)):
            found.update(name for name in value if isinstance(name, str))
    return found


#: A nickname counts only as a pet name: at least this many letters, ending in "-ie", "-y" or "-i",
#: opening with the first two letters of its full name ("Paddy" of Patrick, "Steffie" of Stephanie).
PET_LETTERS = 5
_PET_ENDINGS = ("ie", "y", "i")
#: Pet names of the nicknames table that are also common English words (or slurs).
_NOT_PET = frozenset({"corny", "glory", "honey", "nanny", "nappy", "pokey", "prissy", "tabby", "trannie", "franniey", "dicey"})


def _pet_name(nickname: str, name: str) -> bool:
    """Is ``nickname`` (of the full ``name``) a pet name: letters only, :data:`PET_LETTERS` or more,
    ending in a pet name's ending, opening as ``name`` does, no common English word?"""
    return (
        nickname.isalpha()
        and len(nickname) >= PET_LETTERS
        and nickname.endswith(_PET_ENDINGS)
        and nickname[:2] == name[:2]
        and nickname not in _NOT_PET
    )


def _spellings(name: str) -> set[str]:
    """``name``, and its spelling in "-i" where it ends in "-ie" or "-y" (not "-ey"): the German
    and Scandinavian pet name ("bennie" -> "benni", "paddy" -> "paddi")."""
    for ending in ("ie", "y"):
        if name.endswith(ending) and not name.endswith("ey"):
            return {name, name[: -len(ending)] + "i"}
    return {name}


def _nicknames() -> set[str]:
    """The pet names of the ``nicknames`` package's table (``name2`` of ``name1``), capitalised, each
    with its spelling in "-i"."""
    import csv
    from importlib import resources

    with resources.files("nicknames").joinpath("names.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    pets = {row["name2"] for row in rows if _pet_name(row["name2"], row["name1"])}
    return {spelling.capitalize() for pet in pets for spelling in _spellings(pet)}


def _kept(name: str) -> bool:
    return len(name) >= 2 and name.replace("-", "").isalpha() and not name.startswith("-")


def _licence() -> str:
    """Faker's licence text, as its distribution ships it."""
    files = metadata.files("faker") or []
    path = next(f for f in files if f.name.startswith("LICENSE"))
    return path.read_text(encoding="utf-8").strip()


def main() -> None:
    names: set[str] = set()
    for locale in LOCALES:
        names |= {name for name in _names(locale) if _kept(name)}
    known = {name.casefold() for name in names}
    names |= {name for name in _nicknames() if name.casefold() not in known}
    header = [
        "# Common given names in Latin-script languages, one a line: decruft reads a line as a",
        "# person's name by them (a byline printed as a name alone).",
        f"# Source: the first-name lists of Faker {metadata.version('faker')} (faker.providers.person,",
        f"# locales {' '.join(LOCALES)}), and the pet names of nicknames {metadata.version('nicknames')}",
        "# (its hand-curated table of English names and nicknames), each also spelt in -i.",
        "# Licences: MIT (Faker, the notice below) and Apache-2.0 (nicknames, Copyright Carlton Northern",
        "# and Nick Crews). Built by scripts/build_given_names.py.",
        "#",
    ]
    header += [f"# {line}".rstrip() for line in _licence().splitlines()]
    OUT.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
