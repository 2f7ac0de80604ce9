import pytest
import rules

pytestmark = [pytest.mark.unit, pytest.mark.django_db]


def test_manage_devices_secretariat_may_and_other_staff_may_not(congress, make_staff):
    secretariat = make_staff(congress, "can_change_congress")
    editor = make_staff(congress, "can_change_content")

    assert rules.has_perm("checkin.manage_devices", secretariat, congress) is True
    assert rules.has_perm("checkin.manage_devices", editor, congress) is False
