"""Countries grouped by the six regions of the 2001 regional consultations that prepared the Congress (Bangkok,
Rabat, Dhaka, Montevideo, Budapest, Philadelphia), for statistics. Arab and African States met together in Rabat."""

from django.utils.translation import gettext_lazy as _

REGIONS = {
    "east_asia_pacific": _("East Asia and Pacific"),
    "arab_africa": _("Arab and African States"),
    "south_asia": _("South Asia"),
    "latin_america_caribbean": _("Latin America and Caribbean"),
    "europe_central_asia": _("Europe and Central Asia"),
    "north_america": _("North America"),
}

_MEMBERS = {
    "east_asia_pacific": "AS AU BN CK CN FJ FM GU HK ID JP KH KI KP KR LA MH MM MN MO MP MY NC NR NU NZ PF PG PH "
    "PW SB SG TH TL TO TV TW VN VU WS",
    "arab_africa": "AE AO BF BH BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IQ JO KE KM KW LB "
    "LR LS LY MA MG ML MR MU MW MZ NA NE NG OM PS QA RE RW SA SC SD SH SL SN SO SS ST SY SZ TD TG TN TZ UG YE YT "
    "ZA ZM ZW",
    "south_asia": "AF BD BT IN IR LK MV NP PK",
    "latin_america_caribbean": "AG AI AR AW BB BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM "
    "KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI",
    "europe_central_asia": "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE "
    "IL IM IS IT JE KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TJ TM TR UA UZ VA XK",
    "north_america": "BM CA GL PM US",
}

REGION_OF_COUNTRY = {code: region for region, codes in _MEMBERS.items() for code in codes.split()}


def region_of(country_code: str) -> str | None:
    return REGION_OF_COUNTRY.get(country_code or "")
