"""The one reader of a copyright line's holder, shared by the HTML and the text mode."""

from __future__ import annotations

import pytest

from decruft.metadata._copyright import copyright_names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("© 2019 Jane Roe • Weitere Rechte siehe Impressum", ["Jane Roe"]),
        ("Copyright (c) 2012- Jane Roe. All rights reserved.", ["Jane Roe"]),
        ("© Copyright 2009-2012 Jane Roe | Impressum", ["Jane Roe"]),
        ("IMPRESSUM | DATENSCHUTZ | COPYRIGHT JANE ROE | THEME", ["JANE ROE"]),
        ("Webdesign und alle Inhalte © by Jane Roe | Impressum", ["Jane Roe"]),
        # A company, a picture's credit, a caption's credit: no author.
        ("© 2020 Lee Enterprises. All rights reserved.", []),
        ("© 2022 Jane Verlag GmbH", []),
        ("© Foto: Jane Roe", []),
        ("Lake at dawn © Jane Roe", []),
        ("No mark here, Jane Roe", []),
    ],
)  # fmt: skip
def test_a_copyright_line_names_its_holder(line: str, names: list[str]) -> None:
    assert copyright_names(line) == names
