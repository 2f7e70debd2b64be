"""Build src/decruft/data/given_names.txt: common given names in Latin-script languages.

The names are the first-name lists of Faker's person providers (MIT licence, "Copyright (c)
2012 Daniele Faraglia"), one locale after another. Faker is needed only to run this script,
never by decruft itself:

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker python scripts/build_given_names.py

Kept: names of one word (a hyphenated name counts as one: "Hans-Jürgen"), letters only,
two letters or more.
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
    header = [
        "# Common given names in Latin-script languages, one a line: decruft reads a line as a",
        "# person's name by them (a byline printed as a name alone).",
        f"# Source: the first-name lists of Faker {metadata.version('faker')} (faker.providers.person,",
        f"# locales {' '.join(LOCALES)}).",
        "# Licence: MIT (the notice below). Built by scripts/build_given_names.py.",
        "#",
    ]
    header += [f"# {line}".rstrip() for line in _licence().splitlines()]
    OUT.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
