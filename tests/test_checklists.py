"""A checklist's labels (a recipe's ingredients written as checkboxes to tick off) are the
article's text; every other ``<label>`` (a poll's radio buttons, a comment form's lone
"Notify me" box) is a control, removed by ``controls``."""

from __future__ import annotations

import decruft

INGREDIENTS = ["two ripe pears", "a cup of oat flakes", "a pinch of cinnamon", "three spoons of honey"]
STEPS = (
    "Peel the pears and cut them into thin slices, then lay them in a buttered dish. "
    "Mix the oat flakes with the cinnamon and the honey, and spread the mixture over the fruit. "
    "Bake for twenty-five minutes until the top is golden, and serve it warm with cold cream."
)


def _item(text: str, kind: str, i: int) -> str:
    return (
        f"<div class='item'><p class='name'><label class='check'><input type='{kind}' name='x{i}'>"
        f"<span class='box'></span>{text}</label></p><p class='amount'>{i + 1} pieces</p></div>"
    )


def _page(kind: str = "checkbox", items: list[str] = INGREDIENTS) -> str:
    rows = "".join(_item(text, kind, i) for i, text in enumerate(items))
    return f"""<html><head><title>Pear crumble</title></head><body>
<article><h1>Pear crumble</h1><h2>Ingredients</h2><div class='list'>{rows}</div>
<h2>Method</h2><p>{STEPS}</p><p>{STEPS}</p></article></body></html>"""


def test_checkbox_ingredients_stay() -> None:
    article = decruft.extract(_page(), fallback=False)
    for name in INGREDIENTS:
        assert name in article.text
    assert STEPS in article.text


def test_checkbox_labels_bound_by_id_stay() -> None:
    # The label names its checkbox (for=) instead of wrapping it.
    page = _page()
    for i in range(len(INGREDIENTS)):
        wrapped = f"<label class='check'><input type='checkbox' name='x{i}'>"
        page = page.replace(wrapped, f"<input type='checkbox' id='c{i}'><label class='check' for='c{i}'>", 1)
    article = decruft.extract(page, fallback=False)
    for name in INGREDIENTS:
        assert name in article.text


def test_radio_labels_are_controls() -> None:
    # A print-size choice written as radio buttons is no checklist.
    sizes = ["small print", "medium print", "large print"]
    article = decruft.extract(_page(kind="radio", items=sizes), fallback=False)
    assert not any(size in article.text for size in sizes)
    assert STEPS in article.text


def test_two_checkboxes_are_no_checklist() -> None:
    # A form's pair of boxes ("notify me", "remember me") stays a control.
    boxes = ["notify me of new posts", "remember my name here"]
    article = decruft.extract(_page(items=boxes), fallback=False)
    assert not any(box in article.text for box in boxes)
