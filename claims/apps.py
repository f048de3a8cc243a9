from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Articles and claims"

    def ready(self) -> None:
        from claims.models import Article, Claim
        from claims.stored_text import guard_claim, guard_text
        from claims.text_index import install_after_migrate

        # Stored texts never change and every claim quotes its article (see claims.stored_text).
        pre_save.connect(guard_text, sender=Article, dispatch_uid="claims.article.immutable_text")
        pre_save.connect(guard_claim, sender=Claim, dispatch_uid="claims.claim.spans")
        # A later migration that rebuilds a table on SQLite drops the search triggers with it.
        post_migrate.connect(install_after_migrate, sender=self, dispatch_uid="claims.text_index")
