"""Site memory: learn a site's template from several of its pages.

The blocks that repeat, with the same text at the same place, on most pages of a host
(menus, rails, footers, "Most Read", newsletter boxes) are the site's template, not
its articles. :class:`Learner` reads pages (HTML or text scrapes, any hosts, any order)
and :class:`SiteMemory` holds what it learned, per host, as TOML site rules:

>>> from decruft.sitememory import SiteMemory
>>> memory = SiteMemory.learn([(url, page_bytes), ...])
>>> memory.save("site-rules/")                       # reviewable rule files
>>> extractor = decruft.Extractor(site_memory=memory)  # or site_memory="site-rules/"

Removals are recorded as ``site-memory``; ``disable=["site-memory"]`` switches it off.
See docs/site-memory.md.
"""

from __future__ import annotations

from ._apply import RULE
from ._blocks import normalize
from ._learn import MIN_PAGES, MIN_SHARE, HostTemplate, Learner, host_of
from ._memory import SiteMemory, to_toml

__all__ = ["HostTemplate", "Learner", "MIN_PAGES", "MIN_SHARE", "RULE", "SiteMemory", "host_of", "normalize", "to_toml"]
