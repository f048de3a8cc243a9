"""Claim extraction: article text in, quantities and claims out. Never imports Django.

``extract_quantities(text)`` lists every quantity with its exact span, scaled value,
pint unit (or counted noun) and interval; ``extract_claims(text)`` reads each one in
context: subject, metric, period, baseline, change and links to related claims.
"""

from factcheck.extraction.claims import extract_claims
from factcheck.extraction.quantities import extract_quantities

__all__ = ["extract_claims", "extract_quantities"]
