from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_save, pre_save


def link_new_revision(sender: type, instance: Any, created: bool, raw: bool = False, **kwargs: Any) -> None:
    """A new revision of a source is linked to the articles its earlier version had evidence for,
    whichever path stored it (command, admin or another helper), in the same transaction."""
    if created and not raw and instance.revision_of_id is not None:
        from sources.linking import link_revision

        link_revision(instance)


def check_new_article_revision(sender: type, instance: Any, created: bool, raw: bool = False, **kwargs: Any) -> None:
    """A new revision of a checked article is checked and linked again, in the same transaction."""
    if created and not raw and instance.revision_of_id is not None:
        from sources.linking import check_article_revision

        check_article_revision(instance)


class SourcesConfig(AppConfig):
    name = "sources"
    verbose_name = "Sources and evidence"

    def ready(self) -> None:
        from claims.models import Article
        from claims.stored_text import guard_text
        from sources.models import Source

        # A source's text never changes once stored (see claims.stored_text).
        pre_save.connect(guard_text, sender=Source, dispatch_uid="sources.source.immutable_text")
        post_save.connect(link_new_revision, sender=Source, dispatch_uid="sources.source.link_revision")
        post_save.connect(check_new_article_revision, sender=Article, dispatch_uid="sources.article.check_revision")
