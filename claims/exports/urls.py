"""URLs of the admin's export view; included under /exports/ by factcheck/urls.py."""

from django.contrib import admin
from django.urls import path

from claims.exports.admin import article_export

app_name = "claims_exports"

urlpatterns = [
    # admin_view: staff login required, the same session and CSRF rules as the admin itself.
    path("article/<int:pk>/<slug:fmt>/", admin.site.admin_view(article_export), name="article"),
]
