#!/usr/bin/env python3
"""Search in the document library, and its document pages, with 10,000 documents in seven languages.

    python bench/library.py                      # SQLite in a temporary directory
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/library.py
    make bench LIBRARY_BENCH_ARGS="--documents 2000"   # options: python bench/library.py --help

1. Loads --documents documents (10,000) into a throwaway database: titles, summaries and one to three files each
   (a few KB of text per file, in English, French, Spanish, Arabic, Russian, Chinese or Japanese, made of a
   vocabulary of the congress's subject), inserted with bulk_create, then indexed one by one with
   `plenaria.library.search.index_document`, as the services do after each change. It reports how long each took.
2. Times `search_documents` in-process over a mix of queries (single words, two words, Chinese and Japanese
   queries, queries with filters, empty queries listing documents with their facets), as an anonymous reader sees
   the library: p50, p95 and p99 per kind of query and overall.
3. Starts gunicorn and times the same mix over HTTP on the library page (--search-clients, keep-alive), then
   measures the document pages' throughput (--concurrency connections) with wrk (/usr/bin/wrk) when it is
   installed, else with threads.

Everything runs on 127.0.0.1. The database is a new PostgreSQL database on the server of DATABASE_URL (or
--database-url), dropped at the end, or SQLite in a temporary directory. The settings generated for the run turn
the public page cache off (--page-cache-seconds 0), so that every page is built for every request. It prints
figures; it does not fail on them.
"""

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inquiries import ThrowawayDatabase, Timings, percentile, run_in_threads
from public_pages import (
    HOST,
    STATUS_SCRIPT,
    BenchError,
    Deadline,
    Gunicorn,
    _free_port,
    _manage,
    _others_busy_before,
    _parse_wrk,
    _raise_keyboard_interrupt,
)

SLUG = "bench-library"
TARGET_P95_MS = 50
WRK = "/usr/bin/wrk"
LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh-hans", "ja"]
# How often each language is a document's first language (then one or two others, half of the time).
LANGUAGE_WEIGHTS = [40, 15, 15, 8, 8, 7, 7]
TYPES = [
    "background-paper",
    "regional-outcome",
    "country-statement",
    "progress-report",
    "draft-outcome",
    "explanatory-statement",
    "press-release",
    "press-kit",
    "rapporteur-report",
]
THEMES = ["coordination", "prevention", "protection", "recovery", "participation"]
REGIONS = [
    "east-asia-pacific",
    "arab-african",
    "south-asia",
    "latin-america-caribbean",
    "europe-central-asia",
    "north-america",
    "global",
]
# Most documents are public; the rest are for participants, governments or the secretariat.
ACCESS = ["public"] * 16 + ["participants"] * 2 + ["governments", "secretariat"]

# The words of the documents, by language: the subject's own words first (they come up most often), then common
# ones. Chinese and Japanese are written without spaces.
VOCABULARY = {
    "en": "children child exploitation sexual commercial protection prevention recovery reintegration "
    "participation coordination cooperation trafficking government governments congress declaration agenda "
    "action plan national law laws police court victims survivors young people family community school "
    "tourism internet pornography prostitution poverty demand supply research monitoring report progress "
    "commitment region regional consultation rights convention protocol ratification extraterritorial "
    "the of and to in for with on by is are was be that this which from as at their its all more new",
    "fr": "enfants enfant exploitation sexuelle commerciale protection prévention réadaptation réinsertion "
    "participation coordination coopération traite gouvernement gouvernements congrès déclaration programme "
    "action plan national loi lois police tribunal victimes jeunes famille communauté école tourisme "
    "internet pornographie prostitution pauvreté demande offre recherche suivi rapport progrès engagement "
    "région régionale consultation droits convention protocole ratification "
    "le la les de des et à en pour avec sur par est sont était être que qui dans du au leur plus",
    "es": "niños niño niñas explotación sexual comercial protección prevención recuperación reintegración "
    "participación coordinación cooperación trata gobierno gobiernos congreso declaración programa acción "
    "plan nacional ley leyes policía tribunal víctimas jóvenes familia comunidad escuela turismo internet "
    "pornografía prostitución pobreza demanda oferta investigación seguimiento informe avance compromiso "
    "región regional consulta derechos convención protocolo ratificación "
    "el la los las de del y a en para con sobre por es son fue ser que este esta su sus más",
    "ar": "الأطفال الطفل الاستغلال الجنسي التجاري الحماية الوقاية التعافي الإدماج المشاركة التنسيق التعاون "
    "الاتجار الحكومة الحكومات المؤتمر الإعلان برنامج العمل خطة وطنية القانون القوانين الشرطة المحكمة "
    "الضحايا الشباب الأسرة المجتمع المدرسة السياحة الإنترنت الفقر الطلب البحث الرصد التقرير التقدم "
    "الالتزام المنطقة الإقليمية المشاورة الحقوق الاتفاقية البروتوكول التصديق "
    "في من على إلى عن مع هذا هذه التي الذي أن كان هي هو",
    "ru": "дети детей ребенка эксплуатация сексуальной коммерческой защита профилактика реабилитация "
    "участие координация сотрудничество торговля правительство правительства конгресс декларация "
    "программа действий план национальный закон законы полиция суд жертвы молодежь семья общество школа "
    "туризм интернет порнография проституция бедность спрос исследования мониторинг доклад прогресс "
    "обязательство регион региональная консультация права конвенция протокол ратификация "
    "и в на с по для от к о что это как его их все более",
    "zh-hans": "儿童 商业性 性剥削 保护 预防 康复 重返社会 参与 协调 合作 贩运 政府 大会 宣言 行动 计划 "
    "国家 法律 警察 法院 受害者 青年 家庭 社区 学校 旅游 互联网 色情 卖淫 贫困 需求 供应 研究 监测 "
    "报告 进展 承诺 区域 磋商 权利 公约 议定书 批准 的 和 在 是 了 对 与 为 各国 我们",
    "ja": "子ども 児童 商業的 性的搾取 保護 予防 回復 社会復帰 参加 調整 協力 人身取引 政府 会議 宣言 "
    "行動 計画 国内 法律 警察 裁判所 被害者 若者 家族 地域社会 学校 観光 インターネット ポルノ 貧困 "
    "需要 供給 研究 監視 報告 進捗 約束 地域 協議 権利 条約 議定書 批准 の は が を に と で も "
    "について における",
}
WORDS = {language: text.split() for language, text in VOCABULARY.items()}

# (kind, language of the reader, query, filters): the mix each pass runs through.
QUERIES = [
    ("one word", "en", "children", {}),
    ("one word", "en", "trafficking", {}),
    ("one word", "fr", "enfants", {}),
    ("one word", "es", "explotación", {}),
    ("one word", "ru", "детей", {}),
    ("one word", "ar", "الأطفال", {}),
    ("one word", "en", "extraterritorial", {}),
    ("two words", "en", "sexual exploitation", {}),
    ("two words", "en", "national plan", {}),
    ("two words", "fr", "traite enfants", {}),
    ("two words", "es", "trata niños", {}),
    ("two words", "ru", "защита детей", {}),
    ("Chinese/Japanese", "zh-hans", "性剥削", {}),
    ("Chinese/Japanese", "zh-hans", "儿童保护", {}),
    ("Chinese/Japanese", "ja", "性的搾取", {}),
    ("Chinese/Japanese", "ja", "子ども 保護", {}),
    ("with filters", "en", "children", {"theme": "protection"}),
    ("with filters", "en", "trafficking", {"region": "south-asia", "year": 2001}),
    ("with filters", "fr", "enfants", {"language": "fr"}),
    ("with filters", "es", "niños", {"document_type": "country-statement"}),
    ("empty, facets", "en", "", {}),
    ("empty, facets", "en", "", {"theme": "recovery"}),
    ("empty, facets", "ja", "", {"language": "ja", "year": 2000}),
]

SETTINGS = '''"""Settings of one run of bench/library.py (generated, deleted with its directory)."""

import os

from plenaria.config.settings import *  # noqa: F403
from plenaria.config.settings import DATABASES

STORAGES = {{
    "default": {{"BACKEND": "django.core.files.storage.FileSystemStorage"}},
    "staticfiles": {{"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
}}
WHITENOISE_USE_FINDERS = True
PRIVATE_MEDIA_ROOT = {private!r}
MEDIA_ROOT = {media!r}
CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}}}
# 0: every request builds its page, so that the figures are those of the search and of the page itself.
PUBLIC_PAGE_CACHE_SECONDS = {page_cache_seconds!r}
CELERY_BROKER_URL = None
CELERY_TASK_ALWAYS_EAGER = True
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# The web server's queries are stopped after --query-timeout, so that one slow search cannot stall the run.
if DATABASES["default"]["ENGINE"].endswith("postgresql") and os.environ.get("BENCH_STATEMENT_TIMEOUT_MS"):
    DATABASES["default"].setdefault("OPTIONS", {{}})["options"] = (
        "-c statement_timeout=" + os.environ["BENCH_STATEMENT_TIMEOUT_MS"]
    )
'''

# Run inside Django (`manage.py shell`): this file's functions, loaded by path.
IN_DJANGO = """
import json, runpy
bench = runpy.run_path(%(path)r, run_name="bench_library")
print(json.dumps(bench[%(function)r](**json.loads(%(arguments)r))))
"""


# --- Text ------------------------------------------------------------------------------------------------------------


def _sentence(rng: random.Random, language: str) -> str:
    words = WORDS[language]
    # Zipf-like: the first words of the list (the subject's) come up most often.
    picked = [words[min(int(rng.paretovariate(1.1)) - 1, len(words) - 1)] for _ in range(rng.randint(8, 18))]
    picked = [words[rng.randrange(len(words))] if rng.random() < 0.4 else word for word in picked]
    if language in ("zh-hans", "ja"):
        return "".join(picked) + "。"
    return " ".join(picked).capitalize() + "."


def text_in(rng: random.Random, language: str, size: int) -> str:
    """About `size` characters of paragraphs in `language`."""
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(_sentence(rng, language) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        length += len(paragraph)
    return "\n\n".join(paragraphs)


# --- Inside Django ---------------------------------------------------------------------------------------------------


def load_documents(*, count: int, seed: int) -> dict:
    """The congress, its document types and `count` published documents with one version and its files; then each
    document indexed. Returns what was loaded and how long it took."""
    import datetime

    from django.db import connection, transaction

    from plenaria.congresses.models import Congress
    from plenaria.library.models import (
        Document,
        DocumentFile,
        DocumentSearchEntry,
        DocumentType,
        DocumentVersion,
    )
    from plenaria.library.search import index_document

    rng = random.Random(seed)
    started = time.perf_counter()
    with transaction.atomic():
        congress = Congress.objects.create(
            slug=SLUG,
            name={"en": "Bench Congress"},
            city={"en": "Yokohama"},
            country="JP",
            starts_on=datetime.date(2001, 12, 17),
            ends_on=datetime.date(2001, 12, 20),
            time_zone="Asia/Tokyo",
            is_published=True,
        )
        types = [
            DocumentType.objects.create(congress=congress, slug=slug, name={"en": slug}, position=index)
            for index, slug in enumerate(TYPES)
        ]
        documents = Document.objects.bulk_create(
            [_document(rng, congress, types, index) for index in range(count)], batch_size=1000
        )
        versions = DocumentVersion.objects.bulk_create(
            [
                DocumentVersion(
                    document=document, number=1, label="Final", version_date=document.document_date
                )
                for document in documents
            ],
            batch_size=1000,
        )
        files = [file for version in versions for file in _files(rng, version)]
        DocumentFile.objects.bulk_create(files, batch_size=500)
    loaded = time.perf_counter()
    for document in Document.objects.filter(congress=congress).order_by("pk").iterator(chunk_size=500):
        index_document(document)
    indexed = time.perf_counter()
    # What autovacuum does soon after a bulk load in a live database: statistics for the planner, dead row
    # versions (every entry is written twice) cleared. Measuring before it has run measures an empty catalogue.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (Document, DocumentVersion, DocumentFile, DocumentSearchEntry):
                cursor.execute(f"VACUUM (ANALYZE) {model._meta.db_table}")
    return {
        "documents": len(documents),
        "files": len(files),
        "text_mb": sum(len(file.extracted_text.encode()) for file in files) / 1e6,
        "load_seconds": loaded - started,
        "index_seconds": indexed - loaded,
        "vacuum_seconds": time.perf_counter() - indexed,
    }


def _document(rng, congress, types, index):
    import datetime

    from django.utils import timezone

    from plenaria.library.models import Document

    languages = _languages(rng)
    date = datetime.date(1996, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    return Document(
        congress=congress,
        document_type=rng.choice(types),
        symbol=f"BENCH/{date.year}/{index}",
        title={language: text_in(rng, language, 60)[:120].rstrip(".。") for language in languages},
        summary={language: text_in(rng, language, 200)[:400] for language in languages},
        theme=rng.choice([*THEMES, ""]),
        region=rng.choice(REGIONS),
        organisation=rng.choice(["UNICEF", "ECPAT International", "NGO Group", "Council of Europe", ""]),
        document_date=date,
        access_level=rng.choice(ACCESS),
        status="published",
        published_at=timezone.now(),
    )


def _languages(rng) -> list[str]:
    first = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
    others = [language for language in LANGUAGES if language != first]
    return [first, *rng.sample(others, rng.choice([0, 0, 1, 2]))]


def _files(rng, version):
    from plenaria.library.models import DocumentFile

    for language in version.document.title:
        text = text_in(rng, language, rng.randint(1500, 5000))
        yield DocumentFile(
            version=version,
            language=language,
            file=f"library/bench/{version.document_id}-{language}.pdf",
            original_name=f"{version.document_id}-{language}.pdf",
            content_type="application/pdf",
            size=len(text.encode()),
            sha256="0" * 64,
            extracted_text=text,
            extraction_status="done",
        )


def _filters(values: dict):
    from plenaria.library.search import SearchFilters

    return SearchFilters(**values)


def search_in_process(*, passes: int, timeout_ms: int) -> dict:
    """Runs the query mix `passes` times as an anonymous reader; the latencies in ms by kind of query. On
    PostgreSQL a search stopped after `timeout_ms` counts as a timeout, and that query is not run again."""
    from django.contrib.auth.models import AnonymousUser
    from django.db import OperationalError, connection

    from plenaria.congresses.models import Congress
    from plenaria.library.search import search_documents
    from plenaria.library.selectors import visible_documents

    congress = Congress.objects.get(slug=SLUG)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {int(timeout_ms)}")
    latencies: dict[str, list[float]] = {kind: [] for kind, *_ in QUERIES}
    timeouts: dict[str, int] = {}
    stopped: set[int] = set()
    for number in range(passes + 1):  # the first pass warms up
        for position, (kind, language, query, filters) in enumerate(QUERIES):
            if position in stopped:
                timeouts[kind] += 1
                continue
            started = time.perf_counter()
            try:
                documents = visible_documents(user=AnonymousUser(), congress=congress)
                results = search_documents(
                    documents=documents, query=query, filters=_filters(filters), language=language
                )
                [str(hit.snippet) for hit in results.items]
            except OperationalError:  # stopped by the statement timeout
                stopped.add(position)
                timeouts[kind] = timeouts.get(kind, 0) + 1
                continue
            if number:
                latencies[kind].append(1000 * (time.perf_counter() - started))
    slow = [QUERIES[position][2] for position in sorted(stopped)]
    return {"latencies": latencies, "timeouts": timeouts, "stopped": slow}


def find_pages() -> dict:
    """The address of the library page and those of 200 public documents' pages, from the names of the public
    library's URLs: the list takes only the congress, a document's page the congress and the document."""
    from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse
    from django.utils import translation

    from plenaria.library.models import Document

    def names(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from names(pattern.url_patterns, pattern.namespace or namespace)
            elif namespace == "library" and pattern.name:
                yield pattern.name

    def address(name, **kwargs):
        try:
            return reverse(f"library:{name}", kwargs={"congress_slug": SLUG, **kwargs})
        except NoReverseMatch:
            return None

    public = Document.objects.filter(congress__slug=SLUG, access_level="public").order_by("?")
    pks = list(public.values_list("pk", flat=True)[:200])
    candidates = list(dict.fromkeys(names(get_resolver().url_patterns)))
    # Not a feed, a file or the press releases' page: the documents' list and a document's page.
    plain = [
        name for name in candidates if not any(word in name for word in ("feed", "file", "press", "atom"))
    ]
    with translation.override("en"):
        lists = [name for name in plain if address(name)]
        pages = [name for name in plain if address(name, pk=pks[0])]
        return {
            "list": address(lists[0]) if lists else None,
            "documents": [address(pages[0], pk=pk) for pk in pks] if pages else [],
            "names": candidates,
        }


# --- Outside Django: the run --------------------------------------------------------------------------------------

# The library page's query parameters for each search filter.
PARAMETERS = {
    "document_type": "type",
    "theme": "theme",
    "region": "region",
    "language": "language",
    "year": "year",
}

# wrk: each request asks for the next document page of the list; responses that are not a 200 are counted.
PAGES_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def _environment(workdir: Path, database: ThrowawayDatabase, page_cache_seconds: int) -> dict[str, str]:
    (workdir / "plenaria_bench_settings.py").write_text(
        SETTINGS.format(
            private=str(workdir / "private"),
            media=str(workdir / "media"),
            page_cache_seconds=page_cache_seconds,
        )
    )
    env = dict(os.environ)
    env.pop("PLENARIA_DEMO", None)
    env.update(
        DATABASE_URL=database.url,
        DJANGO_SETTINGS_MODULE="plenaria_bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(workdir), env.get("PYTHONPATH", "")])),
        SECRET_KEY="bench-only-" + secrets.token_hex(24),
        PLENARIA_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def _in_django(env, deadline, function: str, at_most: int = 600, **arguments):
    script = IN_DJANGO % {
        "path": str(Path(__file__).resolve()),
        "function": function,
        "arguments": json.dumps(arguments),
    }
    output = _manage(env, deadline, "shell", "-c", script, at_most=at_most)
    return json.loads(output.strip().splitlines()[-1])


def _search_url(path: str, language: str, query: str, filters: dict) -> str:
    """The library page in the reader's language, with the query and the filters."""
    parameters = {"q": query} if query else {}
    parameters.update({PARAMETERS[name]: value for name, value in filters.items()})
    localized = "/" + language + "/" + path.split("/", 2)[2]  # /en/<slug>/documents/ → /<language>/…
    return localized + ("?" + urlencode(parameters) if parameters else "")


def search_over_http(port: int, path: str, passes: int, concurrency: int) -> dict:
    """The query mix `passes` times from `concurrency` keep-alive clients, after one pass to warm up the
    workers; the timings by kind of query."""
    _searches(port, path, 1, concurrency)
    return _searches(port, path, passes, concurrency)


def _searches(port: int, path: str, passes: int, concurrency: int) -> dict:
    requests = [(kind, _search_url(path, *rest)) for _ in range(passes) for kind, *rest in QUERIES]
    random.Random(passes).shuffle(requests)
    timings: dict[str, Timings] = {kind: Timings() for kind, *_ in QUERIES}
    stopped: set[str] = set()  # stopped by the statement timeout (a 500): not asked again

    def work(index, state):
        kind, url = requests[index]
        if url in stopped:
            timings[kind].failed("timeout", url)
            return
        if "http" not in state:
            state["http"] = http.client.HTTPConnection(HOST, port, timeout=60)
        started = time.perf_counter()
        try:
            state["http"].request("GET", url)
            response = state["http"].getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as error:
            state.pop("http").close()
            timings[kind].failed(type(error).__name__, str(error))
            return
        if response.status == 200:
            timings[kind].ok(time.perf_counter() - started)
        else:
            stopped.update([url] if response.status >= 500 else [])
            timings[kind].failed(f"HTTP {response.status}", url)

    seconds, _ = run_in_threads(len(requests), concurrency, work)
    return {"timings": timings, "seconds": seconds, "count": len(requests)}


def pages_throughput(port: int, paths: list[str], options, deadline, workdir: Path) -> dict:
    """Document pages per second: wrk over the list of pages, or threads when wrk is not installed."""
    if Path(WRK).exists():
        script = workdir / "pages.lua"
        quoted = ", ".join(json.dumps(path) for path in paths)
        script.write_text(STATUS_SCRIPT + PAGES_SCRIPT % {"paths": quoted})
        command = [
            WRK,
            "-t2",
            f"-c{options.concurrency}",
            f"-d{options.duration}s",
            "--timeout",
            "5s",
            "--latency",
        ]
        done = subprocess.run(
            [*command, "-s", str(script), f"http://{HOST}:{port}/"],
            capture_output=True,
            text=True,
            timeout=deadline.left(options.duration + 30),
            check=False,
        )
        result = _parse_wrk(done.stdout, "document pages", 2, options.concurrency)
        not_ok = (
            done.stdout.split("bench-status not_ok=")[-1].split()[0] if "bench-status" in done.stdout else "?"
        )
        return {
            "tool": "wrk",
            "rps": result.rps,
            "p50": result.p50_ms,
            "p99": result.p99_ms,
            "not_ok": not_ok,
        }
    timings = Timings()

    def work(index, state):
        if "http" not in state:
            state["http"] = http.client.HTTPConnection(HOST, port, timeout=60)
        started = time.perf_counter()
        state["http"].request("GET", paths[index % len(paths)])
        response = state["http"].getresponse()
        response.read()
        if response.status == 200:
            timings.ok(time.perf_counter() - started)
        else:
            timings.failed(f"HTTP {response.status}")

    count = 200 * options.concurrency
    seconds, _ = run_in_threads(count, options.concurrency, work)
    ms = [1000 * value for value in timings.latencies]
    return {
        "tool": "threads",
        "rps": len(ms) / seconds,
        "p50": percentile(ms, 0.5),
        "p99": percentile(ms, 0.99),
        "not_ok": timings.error_count,
    }


def main() -> int:
    options = _parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="plenaria-bench-library-"))
    database = ThrowawayDatabase(options.database_url or os.environ.get("DATABASE_URL") or None, workdir)
    if database.server_url:
        database.name = f"plenaria_bench_library_{secrets.token_hex(4)}"
        database.url = urlsplit(database.server_url)._replace(path=f"/{database.name}").geturl()
        database.label = f"PostgreSQL {database.name} (throwaway)"
    deadline = Deadline(options.max_seconds)
    env = _environment(workdir, database, options.page_cache_seconds)
    server = None
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        database.create()
        print(f"Preparing {database.label}: migrate, then {options.documents} documents…", flush=True)
        _manage(env, deadline, "migrate", "--noinput", "-v0", at_most=600)
        loaded = _in_django(env, deadline, "load_documents", at_most=3600, count=options.documents, seed=2001)
        print(
            f"Loaded {loaded['documents']} documents, {loaded['files']} files ({loaded['text_mb']:.0f} MB of text) "
            f"in {loaded['load_seconds']:.1f} s; indexed in {loaded['index_seconds']:.1f} s; "
            f"vacuumed and analysed in {loaded['vacuum_seconds']:.1f} s.",
            flush=True,
        )
        print(f"Searching in-process: {options.passes} passes of {len(QUERIES)} queries…", flush=True)
        in_process = _in_django(
            env, deadline, "search_in_process", passes=options.passes, timeout_ms=1000 * options.query_timeout
        )
        pages = _in_django(env, deadline, "find_pages")
        env["BENCH_STATEMENT_TIMEOUT_MS"] = str(1000 * options.query_timeout)
        server = Gunicorn(
            env, _free_port(), SimpleNamespace(workers=options.workers, worker_class="sync", threads=1)
        )
        server.start(deadline)
        idle_load = _others_busy_before()
        over_http = throughput = None
        if pages["list"]:
            print(f"Searching over HTTP on {pages['list']}…", flush=True)
            over_http = search_over_http(
                server.port, pages["list"], options.http_passes, options.search_clients
            )
        if pages["documents"]:
            print("Document pages…", flush=True)
            throughput = pages_throughput(server.port, pages["documents"], options, deadline, workdir)
        _report(options, database, loaded, in_process, over_http, throughput, pages, idle_load)
        return 0
    except BenchError as error:
        print(f"\nBENCHMARK FAILED: {error}", file=sys.stderr)
        if server is not None:
            server.print_log_tail()
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
    finally:
        if server is not None:
            server.stop()
        try:
            database.drop()
        except Exception as error:
            print(f"Could not drop {database.name}: {error}", file=sys.stderr)
        if options.keep:
            print(f"Kept {workdir} (settings, SQLite database).")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def _parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=10_000, help="documents to load (10000)")
    parser.add_argument("--passes", type=int, default=20, help="in-process passes over the query mix (20)")
    parser.add_argument("--http-passes", type=int, default=20, help="passes over HTTP (20)")
    parser.add_argument(
        "--search-clients",
        type=int,
        default=1,
        help="concurrent clients searching over HTTP (1: latency alone)",
    )
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent clients on document pages (8)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk on the document pages (10)")
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_CONCURRENCY", "0")) or 2 * (os.cpu_count() or 1) + 1,
        help="gunicorn workers (default: WEB_CONCURRENCY, else 2 × CPUs + 1)",
    )
    parser.add_argument(
        "--page-cache-seconds",
        type=int,
        default=0,
        help="lifetime of the anonymous public page cache (0: off, every page is built)",
    )
    parser.add_argument(
        "--query-timeout",
        type=int,
        default=10,
        help="seconds after which PostgreSQL stops a search (10); the query then counts as a timeout",
    )
    parser.add_argument("--database-url", default=None, help="PostgreSQL server (default: DATABASE_URL)")
    parser.add_argument("--max-seconds", type=int, default=3600, help="upper bound of the whole run (3600)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    return parser.parse_args()


def _row(kind: str, ms: list[float], errors: int = 0) -> str:
    return (
        f"{kind:<18} {len(ms):>6} {errors:>6} {percentile(ms, 0.5):>8.1f} {percentile(ms, 0.95):>8.1f}"
        f" {percentile(ms, 0.99):>8.1f} {max(ms, default=float('nan')):>8.1f}"
    )


def _table(title: str, by_kind: dict[str, list[float]], errors: dict[str, int]) -> list[float]:
    header = f"{title:<18} {'runs':>6} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    print(header)
    print("-" * len(header))
    every = []
    for kind, ms in by_kind.items():
        print(_row(kind, ms, errors.get(kind, 0)))
        every.extend(ms)
    print(_row("all", every, sum(errors.values())))
    print()
    return every


def _report(options, database, loaded, in_process, over_http, throughput, pages, idle_load) -> None:
    import django

    print()
    print("Plenaria document library: search and document pages (127.0.0.1)")
    print(f"  database : {database.label}")
    print(
        f"  library  : {loaded['documents']} documents, {loaded['files']} files, {loaded['text_mb']:.0f} MB of text"
        f" in {len(LANGUAGES)} languages; public page cache "
        + (f"{options.page_cache_seconds} s" if options.page_cache_seconds else "off")
    )
    print(
        f"  gunicorn : {options.workers} sync workers; {options.search_clients} client(s) searching, "
        f"{options.concurrency} on document pages"
    )
    print(
        f"  machine  : {os.cpu_count()} CPUs; Python {sys.version.split()[0]}, Django {django.get_version()}"
    )
    if idle_load is not None:
        print(f"  before   : other processes kept {idle_load:.0f}% of a CPU busy")
    print(
        f"Loading: bulk_create {loaded['load_seconds']:.1f} s; index_document "
        f"{1000 * loaded['index_seconds'] / max(loaded['documents'], 1):.1f} ms per document "
        f"({loaded['index_seconds']:.0f} s in all)"
    )
    print()
    every = _table("search_documents", in_process["latencies"], in_process["timeouts"])
    if in_process["stopped"]:
        print(f"Stopped after {options.query_timeout} s (errors above): {', '.join(in_process['stopped'])}")
        print()
    http_every = []
    if over_http:
        timings = over_http["timings"]
        http_every = _table(
            "library page",
            {kind: [1000 * value for value in timed.latencies] for kind, timed in timings.items()},
            {kind: timed.error_count for kind, timed in timings.items()},
        )
        print(f"Library page over HTTP: {over_http['count'] / over_http['seconds']:.0f} searches/s.")
        for kind, timed in timings.items():
            if timed.error_count:
                print(f"  errors ({kind}): {timed.errors}; first: {timed.first_error}")
    else:
        print(
            f"No public library page found (library URL names: {pages['names'] or 'none'}): HTTP not measured."
        )
    if throughput:
        print(
            f"Document pages ({throughput['tool']}, {options.concurrency} connections): {throughput['rps']:.0f} "
            f"requests/s, p50 {throughput['p50']:.1f} ms, p99 {throughput['p99']:.1f} ms, "
            f"{throughput['not_ok']} not 200."
        )
    p95 = percentile(every, 0.95)
    # A search that was stopped, or failed, misses the aim whatever the others did.
    verdict = "met" if p95 < TARGET_P95_MS and not sum(in_process["timeouts"].values()) else "NOT met"
    line = f"Aim (search p95 under {TARGET_P95_MS} ms): {verdict} in-process ({p95:.1f} ms)"
    if http_every:
        http_p95 = percentile(http_every, 0.95)
        failed = sum(timed.error_count for timed in over_http["timings"].values())
        line += f"; {'met' if http_p95 < TARGET_P95_MS and not failed else 'NOT met'} over HTTP ({http_p95:.1f} ms)"
    print(line + ".")


if __name__ == "__main__":
    sys.exit(main())
