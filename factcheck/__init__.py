"""factcheck: claim extraction and numeric consistency checking for news articles.

The package holds two things. The Django project (``settings``, ``urls``, ``wsgi``,
``asgi``) and the framework-free engine (everything else), which never imports
Django so it can be used from scripts, notebooks and benchmarks.
"""

ENGINE_VERSION = "0.1.0"
