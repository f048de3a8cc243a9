"""The HTTP API under /api/ (django-ninja): schema at /api/openapi.json, docs at /api/docs."""
