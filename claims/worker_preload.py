"""Imported by the workers' forkserver (``claims.workers``) before it forks any worker: Django set up, and with
it the admin and the engine, once for all the workers it will start.

Importing this module sets Django up; nothing else should import it. It opens no database connection, so no
worker inherits one.
"""

import django

django.setup()
