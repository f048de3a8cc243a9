"""The cycle collector held off while one article is read, and let run again after.

Reading a long article makes millions of short-lived objects (match objects, slices, keys, models), and every so
many of them the collector walks the whole heap, the article's claims and mentions included: about a twentieth of
the relation stage and a tenth of the extraction at 500 KB, and more the longer the article. Output does not
depend on it: what the run leaves behind is collected by the collector's next pass after it; a caller that had
turned the collector off keeps it off, and a pause inside another pause leaves the collector to the outer one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the ``with`` block, back on after it (even after a crash) if it was on before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
