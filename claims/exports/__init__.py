"""Audit-report exports: a builder per format, all streaming from chunked queries.

``formats.FORMATS`` maps a format name to its renderer; the ``export_audit``
command and the admin actions in ``claims.exports.admin`` both go through it.
"""
