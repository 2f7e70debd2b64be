"""An example decruft rule plugin (see decruft's docs/plugins.md)."""

from __future__ import annotations

from lxml import etree

import decruft

_PAYWALL = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' paywall ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' premium-teaser ')]"
)


def paywall(state: decruft.State) -> None:
    """Paywall teasers: "Subscribe to keep reading" boxes that cut the article.

    Elements whose class is ``paywall`` or ``premium-teaser`` are removed and
    recorded under this rule's name.
    """
    for el in _PAYWALL(state.root):
        if el.getparent() is not None:
            state.remove(el, "paywall")


# Run before the built-in "newsletter" rule, which would otherwise claim some of these boxes.
paywall.before = "newsletter"  # type: ignore[attr-defined]
