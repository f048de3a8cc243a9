"""An extraction for tests/app/test_workers_store.py, in a module run_checks' worker processes can import.

It is the real extraction except on a text marked FAULT, where it fails as a crash in the engine
would. A test puts it in place of ``claims.batch_checks.extract_claims``; the command hands it to its
workers by name, so it must live in a module, not in the test.
"""

from __future__ import annotations

from factcheck.claim import Claim
from factcheck.extraction import extract_claims

FAULT = "int too large to convert to float"


def extract(text: str) -> list[Claim]:
    if "FAULT" in text:
        raise OverflowError(FAULT)
    return extract_claims(text)
