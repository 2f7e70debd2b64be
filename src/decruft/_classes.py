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
def _post_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The post markers and the taxonomy classes, each a whole class name."""
    data: dict[str, list[str]] = toml("patterns.toml")["post-classes"]
    marker, taxonomy = ("|".join(f"(?:{f})" for f in data[key]) for key in ("marker", "taxonomy"))
    return re.compile(rf"(?<!\S)(?:{marker})(?!\S)", re.IGNORECASE), re.compile(
        rf"(?<!\S)(?:{taxonomy})(?!\S)", re.IGNORECASE
    )


def own_classes(cls: str | None) -> str | None:
    """``cls`` without the taxonomy classes of a post ("tag-links", "category-social-media");
    unchanged where the class does not name a post, or names no topic."""
    if not cls or "-" not in cls:
        return cls
    marker, taxonomy = _post_patterns()
    if marker.search(cls) is None:
        return cls
    return " ".join(taxonomy.sub(" ", cls).split())
