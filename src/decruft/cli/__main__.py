"""``python -m decruft.cli``: the same as ``decruft``."""

import sys

from ._main import main

sys.exit(main())
