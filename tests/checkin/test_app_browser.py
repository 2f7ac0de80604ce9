"""The check-in app in a real browser (Debian's Chromium driven by Playwright) against `live_server`: pairing from
the link, scanning with the code field (as a handheld scanner types), offline scans synced once with the conflicts
reported, finding a person by name, the camera (Chromium's fake camera showing a QR code), a revoked device, and the
app reloading without network."""

import io
import logging

import pytest
import qrcode
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from plenaria.badges.enums import RevocationReason
from plenaria.badges.models import Badge
from plenaria.badges.services import revoke_badge
from plenaria.checkin.enums import ScanOutcome
from plenaria.checkin.models import Scan
from plenaria.checkin.services import revoke_device
from plenaria.registration.enums import RegistrationStatus
from tests.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.test_accessibility import BLOCKING_IMPACTS, _describe
from tests.factories.badges import AccessZoneFactory, BadgeFactory, clear_young_person
from tests.factories.checkin import CheckpointFactory, DeviceFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import YouthEventFactory, YouthProfileFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TOKEN = "north-door-token"
CAMERA_SECRET = "camera-badge-secret-0001"
TIMEOUT_MS = 10_000
PHONE = {"width": 360, "height": 780}


def _fake_camera_video(path, content: str) -> None:
    """A few seconds of Y4M video (what Chromium's fake camera plays) of a QR code on a white page."""
    width, height = 640, 480
    code = qrcode.make(content, box_size=8, border=4).get_image().convert("L")
    frame = Image.new("L", (width, height), 255)
    frame.paste(code, ((width - code.width) // 2, (height - code.height) // 2))
    chroma = bytes([128]) * (width * height // 4)
    with open(path, "wb") as video:
        video.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _frame in range(10):
            video.write(b"FRAME\n" + frame.tobytes() + chroma + chroma)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory, playwright_driver):
    """Chromium with a fake camera that shows the QR code of CAMERA_SECRET, allowed without asking, for this module
    (launched from the session's Playwright driver: one runs per thread)."""
    video = tmp_path_factory.mktemp("camera") / "qr.y4m"
    _fake_camera_video(video, CAMERA_SECRET)
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
    yield browser
    browser.close()


@pytest.fixture
def context(chromium, live_server):
    context = chromium.new_context(viewport=PHONE, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    context.grant_permissions(["camera"], origin=live_server.url)
    yield context
    context.close()


@pytest.fixture
def requested(context):
    """Every address the browser asked for."""
    urls = []
    context.on("request", lambda request: urls.append(request.url))
    return urls


@pytest.fixture
def server_log():
    """What the server logs while the test runs (requests, errors)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    loggers = [logging.getLogger(name) for name in ("django.server", "django.request", "")]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield stream
    for logger, level in zip(loggers, previous, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


def _blocking(page) -> list:
    return [v for v in Axe().run(page).response["violations"] if v["impact"] in BLOCKING_IMPACTS]


def open_app(context, live_server, *, language="en", token=TOKEN):
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/checkin/app/#token={token}")
    return page


def wait_until_ready(page, count: int) -> None:
    page.locator("#ck-list-info").get_by_text(f"People on the list: {count}").wait_for()
    page.locator("#ck-code").wait_for()


def scan(page, code: str) -> None:
    page.locator("#ck-code").fill(code)
    page.locator("#ck-code").press("Enter")


def result_of(page, name: str) -> str:
    """The verdict shown once the result for `name` is on screen."""
    page.locator("#ck-result #ck-name").get_by_text(name, exact=True).wait_for()
    return page.locator("#ck-verdict-text").text_content()


def test_offline_scans_are_synced_once_and_a_badge_revoked_meanwhile_is_a_conflict(
    context, live_server, device, make_badge, requested, server_log, tmp_path
):
    people = [("Aiko", "Sato"), ("Bruno", "Diaz"), ("Chen", "Wei"), ("Dana", "Novak")]
    badges = [make_badge(given_name=given, family_name=family) for given, family in people]
    page = open_app(context, live_server)
    wait_until_ready(page, 4)
    address_after_pairing = page.url

    context.set_offline(True)
    page.locator("#ck-network").get_by_text("Offline").wait_for()
    revoke_badge(badge=badges[3], actor=None, reason=RevocationReason.LOST)
    verdicts = []
    for badge, (given, family) in zip(badges, people, strict=True):
        scan(page, badge.secret)
        verdicts.append(result_of(page, f"{given} {family.upper()}"))
        assert page.locator("#ck-offline-mark").is_visible()
    page.screenshot(path=tmp_path / "admitted-offline.png")
    page.locator("#ck-next").click()
    queued = page.locator("#ck-queue-info").text_content()
    stored_while_offline = Scan.objects.count()

    context.set_offline(False)
    page.locator("#ck-report").wait_for()
    page.locator("#ck-queue-info").get_by_text("Scans waiting to be sent: 0").wait_for()
    page.screenshot(path=tmp_path / "sync-report.png", full_page=True)

    assert verdicts == ["Admitted"] * 4
    assert (queued, stored_while_offline) == ("Scans waiting to be sent: 4", 0)
    admitted = Scan.objects.filter(result=ScanOutcome.ADMITTED)
    assert sorted(admitted.values_list("badge_id", flat=True)) == sorted(badge.pk for badge in badges[:3])
    assert list(Scan.objects.filter(conflict=True).values_list("badge_id", "reason")) == [
        (badges[3].pk, "revoked_badge")
    ]
    assert Scan.objects.count() == 4
    report = page.locator("#ck-report").inner_text()
    assert "Sent: 4" in report
    assert "Conflicts: 1" in report
    assert page.locator("#ck-report-conflict-list").inner_text() == (
        "Dana NOVAK — This badge is revoked. Keep it and call a supervisor."
    )
    assert "token" not in address_after_pairing
    assert not [url for url in requested if TOKEN in url]
    assert TOKEN not in server_log.getvalue()


def test_scan_whose_answer_was_lost_is_queued_and_counted_once(context, live_server, device, badge):
    page = open_app(context, live_server)
    wait_until_ready(page, 1)

    def lose_the_answer(route):
        route.fetch()  # the server records the scan…
        route.abort()  # …but its answer never reaches the device

    page.route("**/api/v1/checkin/scans/", lose_the_answer)
    scan(page, badge.secret)
    verdict = result_of(page, "Aiko SATO")
    checked_offline = page.locator("#ck-offline-mark").is_visible()
    page.unroute("**/api/v1/checkin/scans/")
    page.locator("#ck-next").click()
    page.locator("#ck-sync-now").click()
    page.locator("#ck-report").wait_for()

    assert (verdict, checked_offline) == ("Admitted", True)
    assert "Already received before: 1" in page.locator("#ck-report").inner_text()
    assert Scan.objects.count() == 1


def test_operator_finds_a_person_by_name_in_any_script_and_admits_them(
    context, live_server, device, make_badge
):
    make_badge(given_name="Hélène", family_name="Dupré", name_in_own_script="")
    tanaka = make_badge(given_name="Yui", family_name="Tanaka", name_in_own_script="田中 唯")
    page = open_app(context, live_server)
    wait_until_ready(page, 2)

    page.locator("#ck-search").fill("helene")
    accent_free = page.locator("#ck-results").inner_text()
    page.locator("#ck-search").fill("田中")
    page.locator("#ck-results button").first.click()
    online = result_of(page, "Yui TANAKA")
    page.locator("#ck-next").click()
    page.locator("#ck-search").fill(tanaka.participant.reference.lower())
    by_reference = page.locator("#ck-results").inner_text()

    assert "Hélène DUPRÉ" in accent_free
    assert online == "Admitted"
    assert "Yui TANAKA" in by_reference
    assert list(Scan.objects.values_list("badge_id", "result")) == [(tanaka.pk, "admitted")]


def test_person_found_by_name_offline_is_synced_by_badge_id(context, live_server, device, make_badge):
    sato = make_badge(given_name="Aiko", family_name="Sato")
    page = open_app(context, live_server)
    wait_until_ready(page, 1)

    context.set_offline(True)
    page.locator("#ck-search").fill("sato")
    page.locator("#ck-results button").first.click()
    offline = result_of(page, "Aiko SATO")
    context.set_offline(False)
    page.locator("#ck-report").wait_for()

    assert offline == "Admitted"
    assert list(Scan.objects.values_list("badge_id", "result", "was_offline")) == [
        (sato.pk, "admitted", True)
    ]


def _portrait() -> bytes:
    image = Image.new("RGB", (300, 400), "#c9d6e3")
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 70, 210, 200), fill="#8d5b3e")
    draw.rectangle((60, 230, 240, 400), fill="#0b3d6e")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_photo_is_shown_online_and_kept_for_offline_scans(
    context, live_server, device, badge, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    badge.participant.photo.save("photo.png", ContentFile(_portrait()))
    page = open_app(context, live_server)
    wait_until_ready(page, 1)

    scan(page, badge.secret)
    result_of(page, "Aiko SATO")
    page.locator("#ck-photo[src^='data:image/']").wait_for()
    page.screenshot(path=tmp_path / "admitted-online.png")
    page.locator("#ck-next").click()
    context.set_offline(True)
    scan(page, badge.secret)
    result_of(page, "Aiko SATO")
    offline_photo = page.locator("#ck-photo").get_attribute("src")

    assert offline_photo.startswith("data:image/")
    assert page.locator("#ck-compare").text_content() == "Compare the photo with the identity document."


def test_refused_badge_shows_the_reason_in_the_operators_language(
    context, live_server, congress, media_centre, make_badge, tmp_path
):
    DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=media_centre), token="media")
    delegate = make_badge(given_name="Aiko", family_name="Sato")
    page = open_app(context, live_server, language="ar", token="media")
    page.locator("#ck-code").wait_for()

    scan(page, delegate.secret)
    verdict = result_of(page, "Aiko SATO")
    page.screenshot(path=tmp_path / "refused-ar.png")

    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#ck-reason").text_content() == "هذه الشارة لا تسمح بدخول هذه المنطقة."
    assert verdict != "Admitted"
    assert list(Scan.objects.values_list("badge_id", "reason")) == [(delegate.pk, "wrong_zone")]


def test_camera_reads_the_badge_and_admits_it(context, live_server, device, badge):
    Badge.objects.filter(pk=badge.pk).update(secret=CAMERA_SECRET)  # the code the fake camera shows
    page = open_app(context, live_server)
    wait_until_ready(page, 1)

    page.locator("#ck-camera-toggle").click()
    page.locator("#ck-result:not([hidden])").wait_for(timeout=15_000)

    assert page.locator("#ck-verdict-text").text_content() == "Admitted"
    assert page.locator("#ck-name").text_content() == "Aiko SATO"
    assert Scan.objects.filter(badge=badge, result=ScanOutcome.ADMITTED).exists()


def test_device_is_paired_by_pasting_its_code(context, live_server, device, badge, requested):
    page = context.new_page()
    page.goto(f"{live_server.url}/en/checkin/app/")
    page.get_by_label("Pairing code").fill(TOKEN)
    page.get_by_role("button", name="Pair").click()
    wait_until_ready(page, 1)
    scan(page, badge.secret)

    assert result_of(page, "Aiko SATO") == "Admitted"
    assert page.locator("#ck-checkpoint").text_content() == "Plenary hall, north door"
    assert not [url for url in requested if TOKEN in url]


def test_revoked_device_is_told_and_forgets_its_list(context, live_server, device, badge):
    page = open_app(context, live_server)
    wait_until_ready(page, 1)
    revoke_device(device=device, actor=None)

    page.reload()
    message = page.locator("#ck-pair-message")
    message.wait_for()
    kept = page.evaluate(
        """async () => {
            const { kv } = await import("/static/checkin/app/js/store.js");
            return [await kv.get("token"), await kv.get("list")];
        }"""
    )

    assert message.text_content() == (
        "This device is revoked: it can no longer scan. Its saved list has been deleted."
    )
    assert kept == [None, None]


def test_app_opens_again_without_network_and_scans_from_the_kept_list(context, live_server, device, badge):
    page = open_app(context, live_server)
    wait_until_ready(page, 1)
    page.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller !== null")

    context.set_offline(True)
    reloaded = page.reload()
    wait_until_ready(page, 1)
    scan(page, badge.secret)

    assert reloaded.from_service_worker
    assert result_of(page, "Aiko SATO") == "Admitted"
    assert page.locator("#ck-offline-mark").is_visible()


def test_app_and_its_result_screen_have_no_serious_accessibility_violations(
    context, live_server, device, badge
):
    page = open_app(context, live_server)
    wait_until_ready(page, 1)
    on_scanning = _blocking(page)
    scan(page, badge.secret)
    result_of(page, "Aiko SATO")
    on_result = _blocking(page)

    assert on_scanning == [], _describe(on_scanning)
    assert on_result == [], _describe(on_result)


def test_offline_a_young_person_going_out_of_the_youth_area_is_sent_to_the_register_desk(
    context, live_server, congress
):
    """As the server answers online: admitted, with the instruction to sign out with the chaperone."""
    youth = CategoryFactory(
        congress=congress, slug="youth", badge_code="Y", name={"en": "Young participants"}
    )
    zone = AccessZoneFactory(
        congress=congress,
        slug="youth-area",
        categories=[youth],
        youth_event=YouthEventFactory(congress=congress),
    )
    DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=zone), token="youth-door-token")
    young = YouthProfileFactory(
        participant__category=youth,
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
        use_pseudonym=True,
        pseudonym="Hikari",
    )
    clear_young_person(young)
    badge = BadgeFactory(participant=young.participant)
    page = open_app(context, live_server, token="youth-door-token")
    wait_until_ready(page, 1)

    context.set_offline(True)
    page.locator("input[name=ck-direction][value=out]").check()
    scan(page, badge.secret)

    assert result_of(page, "Hikari") == "Admitted"
    assert page.locator("#ck-reason").text_content() == (
        "Sign-out at the register desk with the chaperone or an authorised adult."
    )
    assert page.locator("#ck-offline-mark").is_visible()
