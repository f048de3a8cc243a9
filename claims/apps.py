from django.apps import AppConfig
from django.db.models.signals import pre_save


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Articles and claims"

    def ready(self) -> None:
        from claims.models import Article, Claim
        from claims.stored_text import guard_claim, guard_text

        # Stored texts never change and every claim quotes its article (see claims.stored_text).
        pre_save.connect(guard_text, sender=Article, dispatch_uid="claims.article.immutable_text")
        pre_save.connect(guard_claim, sender=Claim, dispatch_uid="claims.claim.spans")
