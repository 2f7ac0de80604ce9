// The check-in app: pairing, scanning (typed, handheld scanner, camera, or a person found by name), online or
// offline, and keeping the device in step with the server.

import { Api, DeviceRefused, isOnline, NetworkError } from "./api.js";
import { forDirection, judgeBadgeId, judgeCode, newScanId, sha256Hex, search } from "./judge.js";
import { CameraScanner, configureDecoder } from "./scanner.js";
import { fill, Screens } from "./screens.js";
import { forgetCheckpoint, kv, queue } from "./store.js";
import { keepPhotos, photoFor, refreshList, storedList, Syncer } from "./sync.js";

const TICK_MS = 15000;
const LIST_EVERY_MS = 5 * 60 * 1000;

const config = JSON.parse(document.getElementById("checkin-config").textContent);
const strings = config.strings;
const screens = new Screens(config);
const $ = (id) => document.getElementById(id);

const state = { api: null, syncer: null, index: null, fetchedAt: null, timer: null, camera: null };

// --- Status and pairing -------------------------------------------------------------------------------------

async function showStatus() {
  screens.showStatus({
    online: isOnline(),
    checkpoint: state.index && state.index.checkpoint,
    listCount: state.index ? state.index.admitted.length : 0,
    listFetchedAt: state.fetchedAt,
    queued: await queue.count(),
  });
}

function showPairing(message) {
  $("ck-scan").hidden = true;
  $("ck-pair").hidden = false;
  screens.message("ck-pair-message", message);
  $("ck-token").focus();
}

function showScanning() {
  $("ck-pair").hidden = true;
  $("ck-scan").hidden = false;
  $("ck-code").focus();
}

function tokenFromAddress() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token");
  if (token) {
    // Out of the address bar and the history at once: the token is the device's only key.
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  return token;
}

async function deviceRefused(error) {
  stopDevice();
  await forgetCheckpoint();
  await queue.removeMany((await queue.all()).map((scan) => scan.scan_id));
  state.index = null;
  state.fetchedAt = null;
  showPairing(error.code === "device_revoked" ? strings.deviceRevoked : strings.deviceInvalid);
}

function stopDevice() {
  clearInterval(state.timer);
  if (state.camera) state.camera.stop();
  state.api = null;
  state.syncer = null;
}

// A new pairing code replaces the one kept, unless scans made with the old one still wait to be sent.
async function adopt(token) {
  const kept = await kv.get("token");
  if (kept && kept !== token) {
    if ((await queue.count()) > 0) {
      screens.message("ck-status-message", strings.unpairBlocked);
      return start(kept);
    }
    await forgetCheckpoint();
  }
  await kv.set("token", token);
  return start(token);
}

async function start(token) {
  stopDevice();
  state.api = new Api({ token, language: config.language, urls: config.urls });
  state.syncer = new Syncer({ api: state.api, onDone: (summary) => screens.showReport(summary) });
  Object.assign(state, await storedList());
  if (!state.index) {
    showPairing(strings.pairing);
  }
  await showStatus();
  if (await keepInStep({ force: true })) {
    showScanning();
  }
  state.timer = setInterval(() => keepInStep({ force: false }), TICK_MS);
}

// Sends the waiting scans, then refreshes the list (at once if forced, else every few minutes) and the photos.
// Returns false when the device has been refused.
async function keepInStep({ force }) {
  const api = state.api;
  if (!api || !isOnline()) {
    await showStatus();
    return Boolean(api);
  }
  try {
    await state.syncer.syncNow();
    const due = !state.fetchedAt || Date.now() - Date.parse(state.fetchedAt) > LIST_EVERY_MS;
    if (force || due) {
      Object.assign(state, await refreshList(api));
      keepPhotos(api, state.index).catch(() => {});
    }
  } catch (error) {
    if (error instanceof DeviceRefused) {
      await deviceRefused(error);
      return false;
    }
    if (!(error instanceof NetworkError)) throw error;
  } finally {
    if (state.api === api) await showStatus();
  }
  return true;
}

// --- Scanning -----------------------------------------------------------------------------------------------

function direction() {
  return document.querySelector("input[name=ck-direction]:checked").value;
}

async function listed(scan) {
  if (!state.index) return null;
  if (scan.badge_id) return state.index.byId.get(scan.badge_id) || null;
  return state.index.byHash.get(await sha256Hex(scan.secret)) || null;
}

async function record(scan, judgeLocally) {
  screens.message("ck-status-message", "");
  if (isOnline()) {
    try {
      const result = await state.api.redeem(scan);
      return showServerResult(result, scan);
    } catch (error) {
      if (error instanceof DeviceRefused) return deviceRefused(error);
      if (!(error instanceof NetworkError)) {
        screens.message("ck-status-message", strings.scanFailed);
        return;
      }
    }
  }
  const verdict = forDirection(await judgeLocally(), scan.direction);
  await queue.add({ ...scan, admitted: verdict.admitted });
  const person = verdict.person;
  let photo = { missing: "none" };
  if (person && person.photo_url) {
    const kept = await photoFor(state.api, person.photo_url, { download: false });
    photo = kept ? { src: kept } : { missing: "offline" };
  }
  screens.showResult({ ...verdict, direction: scan.direction, offline: true, photo });
  await showStatus();
}

async function showServerResult(result, scan) {
  const person = result.participant && { ...result.participant };
  const entry = person && (await listed(scan));
  if (entry) person.name_in_own_script = entry.name_in_own_script;
  const url = person && person.photo_url;
  const kept = url ? await photoFor(state.api, url, { download: false }) : null;
  screens.showResult({
    ...result,
    person,
    direction: scan.direction,
    offline: false,
    photo: kept ? { src: kept } : url ? {} : { missing: "none" },
  });
  if (url && !kept) {
    photoFor(state.api, url)
      .then((src) => screens.updatePhoto(person, src ? { src } : { missing: "none" }))
      .catch(() => screens.updatePhoto(person, { missing: "offline" }));
  }
  await showStatus();
}

function newScan(fields) {
  return { scan_id: newScanId(), scanned_at: new Date().toISOString(), direction: direction(), ...fields };
}

function scanCode(code) {
  const secret = code.trim();
  if (!secret || !state.api) return Promise.resolve();
  return record(newScan({ secret }), () => judgeCode(state.index, secret));
}

function scanPerson(badgeId) {
  if (!state.api) return Promise.resolve();
  return record(newScan({ badge_id: badgeId }), async () => judgeBadgeId(state.index, badgeId));
}

// --- Search -------------------------------------------------------------------------------------------------

function showSearch() {
  const query = $("ck-search").value;
  const results = $("ck-results");
  results.replaceChildren();
  if (!query.trim()) {
    screens.message("ck-search-message", "");
    return;
  }
  if (!state.index) {
    screens.message("ck-search-message", strings.listMissing);
    return;
  }
  const found = search(state.index, query);
  for (const person of found.people) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ck-person-choice";
    button.dataset.badgeId = person.badge_id;
    const name = document.createElement("span");
    name.className = "ck-choice-name";
    name.textContent = person.name;
    const details = document.createElement("span");
    details.className = "ck-choice-details";
    const parts = [person.name_in_own_script, person.reference, fill(strings.category, { code: person.category_code })];
    details.textContent = parts.filter(Boolean).join(" · ");
    button.append(name, details);
    const item = document.createElement("li");
    item.append(button);
    results.append(item);
  }
  screens.message("ck-search-message", found.people.length ? (found.more ? strings.searchMore : "") : strings.searchNone);
}

// --- Wiring -------------------------------------------------------------------------------------------------

function wire() {
  $("ck-pair-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const token = $("ck-token").value.trim();
    $("ck-token").value = "";
    if (token) adopt(token);
  });
  $("ck-code-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const code = $("ck-code").value;
    $("ck-code").value = "";
    $("ck-code").focus();
    scanCode(code);
  });
  $("ck-search").addEventListener("input", showSearch);
  $("ck-results").addEventListener("click", (event) => {
    const choice = event.target.closest("button[data-badge-id]");
    if (!choice) return;
    $("ck-search").value = "";
    showSearch();
    $("ck-code").focus();
    scanPerson(Number(choice.dataset.badgeId));
  });
  for (const radio of document.querySelectorAll("input[name=ck-direction]")) {
    radio.addEventListener("change", () => kv.set("direction", direction()));
  }
  $("ck-camera-toggle").addEventListener("click", toggleCamera);
  $("ck-sync-now").addEventListener("click", () => keepInStep({ force: true }));
  $("ck-unpair").addEventListener("click", unpair);
  window.addEventListener("hashchange", () => {
    const token = tokenFromAddress();
    if (token) adopt(token);
  });
  window.addEventListener("online", () => keepInStep({ force: true }));
  window.addEventListener("offline", showStatus);
}

async function toggleCamera() {
  const button = $("ck-camera-toggle");
  state.camera = state.camera || new CameraScanner($("ck-video"), scanCode);
  const on = !state.camera.running;
  screens.message("ck-camera-message", "");
  if (on) {
    try {
      $("ck-viewfinder").hidden = false;
      await state.camera.start();
    } catch (error) {
      $("ck-viewfinder").hidden = true;
      screens.message("ck-camera-message", error.message === "denied" ? strings.cameraDenied : strings.cameraUnavailable);
      return;
    }
  } else {
    state.camera.stop();
    $("ck-viewfinder").hidden = true;
  }
  button.setAttribute("aria-pressed", String(on));
  button.querySelector(".ck-when-off").hidden = on;
  button.querySelector(".ck-when-on").hidden = !on;
}

async function unpair() {
  if ((await queue.count()) > 0) {
    await keepInStep({ force: false });
    if ((await queue.count()) > 0) {
      screens.message("ck-status-message", strings.unpairBlocked);
      return;
    }
  }
  if (!window.confirm(strings.unpairConfirm)) return;
  stopDevice();
  await forgetCheckpoint();
  state.index = null;
  state.fetchedAt = null;
  showPairing("");
}

async function boot() {
  configureDecoder(config.urls.decoder);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(config.urls.serviceWorker, { scope: config.urls.scope }).catch(() => {});
  }
  wire();
  const saved = await kv.get("direction");
  if (saved) document.querySelector(`input[name=ck-direction][value=${saved === "out" ? "out" : "in"}]`).checked = true;
  const fromAddress = tokenFromAddress();
  if (fromAddress) return adopt(fromAddress);
  const token = await kv.get("token");
  return token ? start(token) : showPairing("");
}

boot();
