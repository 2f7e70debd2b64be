"""Class names that say what an element is, without those that name a post's topics.

A blog engine classes each post by its categories and tags (WordPress's ``post_class``:
``post-7 post type-post status-publish hentry category-social-media tag-links``). Those
classes name what the post is about, not what the element is: a post tagged "links" is no
link list, one filed under "Social Media" no share bar. Where an element's class names it
a post (:data:`data/patterns.toml` ``[post-classes] marker``), its taxonomy classes
(``taxonomy``) are left out before the class is read for what it names.
"""

from __future__ import annotations

import functools
import re

from ._data import toml


@functools.cache
def _post_patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...] | None]:
    """The post markers and the taxonomy classes, each a whole class name, and the markers'
    literal openings lower-cased (None when one is not known): an ASCII class string holding
    none of them names no post, and the marker regex (slow: it is tried at every position) is
    not run on it."""
    from .rules._prefilter import literal_openings  # the rules package reads this module

    data: dict[str, list[str]] = toml("patterns.toml")["post-classes"]
    marker, taxonomy = ("|".join(f"(?:{f})" for f in data[key]) for key in ("marker", "taxonomy"))
    openings = {text.lower() for fragment in data["marker"] for text in literal_openings(fragment)}
    return (
        re.compile(rf"(?<!\S)(?:{marker})(?!\S)", re.IGNORECASE),
        re.compile(rf"(?<!\S)(?:{taxonomy})(?!\S)", re.IGNORECASE),
        None if "" in openings else tuple(sorted(openings)),
    )


def own_classes(cls: str | None) -> str | None:
    """``cls`` without the taxonomy classes of a post ("tag-links", "category-social-media");
    unchanged where the class does not name a post, or names no topic."""
    if not cls or "-" not in cls:
        return cls
    marker, taxonomy, openings = _post_patterns()
    if openings is not None and cls.isascii():
        lowered = cls.lower()
        for text in openings:
            if text in lowered:
                break
        else:
            return cls
    if marker.search(cls) is None:
        return cls
    return " ".join(taxonomy.sub(" ", cls).split())
