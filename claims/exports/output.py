"""Writing an export: atomically to a file (temp file, then rename) or straight to a stream."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO


def write_atomically(blocks: Iterable[bytes], path: Path) -> int:
    """Write to a temp file beside PATH and rename it into place, so PATH is whole or untouched."""
    directory = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    written = 0
    try:
        with os.fdopen(handle, "wb") as out:
            for block in blocks:
                out.write(block)
                written += len(block)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        # Including KeyboardInterrupt: a cancelled export must not leave a .part file behind.
        Path(temp).unlink(missing_ok=True)
        raise
    return written


def write_stream(blocks: Iterable[bytes], out: BinaryIO) -> int:
    written = 0
    for block in blocks:
        out.write(block)
        written += len(block)
    out.flush()
    return written
