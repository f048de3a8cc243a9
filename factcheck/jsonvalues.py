"""Values as strict JSON can carry them.

JSON has no NaN or infinity, and neither have the databases' JSON columns. An open bound the engine
reasons with (a window "over 3 years" has no upper end, an interval "more than 5" none either) is
written as null, which is what an open bound means there.
"""

from __future__ import annotations

import math
from typing import Any


def json_safe(value: Any) -> Any:
    """``value`` with every float that is not finite replaced by None, through dicts, lists and tuples."""
    kind = type(value)
    # The exact types first: a stored relation or finding holds thousands of values, mostly strings and ints.
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float or isinstance(value, float):
        return value if math.isfinite(value) else None
    if kind is dict or isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if kind is list or isinstance(value, (list, tuple)):  # a tuple of types: no union object built per call
        return [json_safe(item) for item in value]
    return value
