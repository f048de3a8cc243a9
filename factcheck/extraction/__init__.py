"""Claim extraction: article text in, quantities and claims out. Never imports Django."""

from factcheck.extraction.quantities import extract_quantities

__all__ = ["extract_quantities"]
