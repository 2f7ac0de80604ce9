from django.urls import path

from .views import public

app_name = "congresses"

urlpatterns = [
    path("", public.index, name="index"),
    path("<slug:congress_slug>/", public.home, name="home"),
    path("<slug:congress_slug>/stockholm-to-yokohama/", public.stockholm, name="stockholm"),
    path("<slug:congress_slug>/participation/", public.participation, name="participation"),
    path("<slug:congress_slug>/youth-event/", public.youth, name="youth"),
    path(
        "<slug:congress_slug>/youth-event/for-young-people/",
        public.youth_guide,
        {"section": "for-young-people"},
        name="youth-guide-young-people",
    ),
    path(
        "<slug:congress_slug>/youth-event/for-parents-and-guardians/",
        public.youth_guide,
        {"section": "for-parents-and-guardians"},
        name="youth-guide-guardians",
    ),
    path("<slug:congress_slug>/regional-consultations/", public.consultations, name="consultations"),
    path("<slug:congress_slug>/venue-and-travel/", public.venue, name="venue"),
    path("<slug:congress_slug>/contacts/", public.contacts, name="contacts"),
]
