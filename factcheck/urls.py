"""URL configuration: the admin is the reviewer's workspace; /api/ is for other systems."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from claims.api.main import api

admin.site.site_header = "factcheck"
admin.site.site_title = "factcheck"
admin.site.index_title = "Claim review"

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
    path("exports/", include("claims.exports.urls")),
    path("api/", api.urls),
]
