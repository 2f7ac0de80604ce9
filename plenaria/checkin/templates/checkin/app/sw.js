// The check-in app's service worker: keeps the app (page, scripts, styles, decoder, icons) so that it opens and
// reloads without network. The API is never answered from here: the app keeps its own data for offline use.
"use strict";

const CACHE = "{{ cache_name }}";
const SHELL = {{ shell_json|safe }};
const PAGE = {{ page_url_json|safe }};
const NETWORK_WAIT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names
          .filter((name) => name.startsWith("{{ cache_prefix }}") && name !== CACHE)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); }
    );
  });
}

// The page: from the network when it answers soon (a newer version), else the copy kept.
async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_WAIT_MS);
    if (response.ok) {
      await cache.put(PAGE, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await cache.match(PAGE);
    if (kept) {
      return kept;
    }
    throw error;
  }
}

// Scripts, styles and icons: the copy kept (this worker is replaced when any of them changes).
async function asset(request) {
  const kept = await caches.match(request, { cacheName: CACHE });
  return kept || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate" && url.pathname === PAGE) {
    event.respondWith(page(request));
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(asset(request));
  }
});
