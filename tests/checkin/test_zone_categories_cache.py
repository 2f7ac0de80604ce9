"""Every scan asks which categories its zone admits; the answer is kept in the cache, and a change of the zone's
categories is seen by the next scan."""

import pytest

from plenaria.checkin.selectors import zone_category_ids

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_zone_category_ids_are_read_once_then_kept(plenary, django_assert_num_queries):
    expected = frozenset(plenary.categories.values_list("pk", flat=True))
    assert zone_category_ids(zone=plenary) == expected

    with django_assert_num_queries(0):
        assert zone_category_ids(zone=plenary) == expected


def test_zone_category_ids_follow_a_category_added_or_removed(media_centre, delegates):
    assert delegates.pk not in zone_category_ids(zone=media_centre)

    media_centre.categories.add(delegates)
    assert delegates.pk in zone_category_ids(zone=media_centre)

    delegates.access_zones.remove(media_centre)
    assert delegates.pk not in zone_category_ids(zone=media_centre)

    media_centre.categories.add(delegates)
    assert delegates.pk in zone_category_ids(zone=media_centre)
    delegates.access_zones.clear()
    assert delegates.pk not in zone_category_ids(zone=media_centre)
