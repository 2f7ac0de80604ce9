// Keeping the device up to date while the network is there: sending the scans made offline (each once: the server
// counts a scan id once, however often it is sent), downloading the checkpoint's list, and keeping photos.

import { DeviceRefused, RequestRefused } from "./api.js";
import { indexList } from "./judge.js";
import { kv, photos, queue } from "./store.js";

const BATCH = 500;
const PHOTO_SIDE = 360;
const PHOTOS_PER_ROUND = 60;

// What the server is sent of a queued scan (the queue also keeps what the device decided, for its own report).
function outgoing(scan) {
  const sent = { scan_id: scan.scan_id, scanned_at: scan.scanned_at, direction: scan.direction, admitted: scan.admitted };
  if (scan.badge_id) sent.badge_id = scan.badge_id;
  else sent.secret = scan.secret;
  return sent;
}

function emptySummary() {
  return { received: 0, recorded: 0, duplicates: 0, admitted: 0, refused: 0, conflicts: [], rejected: 0 };
}

function addReport(summary, report) {
  for (const key of ["received", "recorded", "duplicates", "admitted", "refused"]) {
    summary[key] += report[key];
  }
  for (const result of report.results) {
    if (result.conflict && !result.duplicate) {
      summary.conflicts.push({
        name: result.participant && result.participant.name,
        reason: result.reason,
        message: result.message,
      });
    }
  }
}

export class Syncer {
  constructor({ api, onDone }) {
    this.api = api;
    this.onDone = onDone;
    this.running = null;
  }

  // Sends every queued scan; resolves to the summary, or null when there was nothing to send.
  syncNow() {
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = null));
    }
    return this.running;
  }

  async run() {
    const scans = await queue.all();
    if (!scans.length) {
      return null;
    }
    const summary = emptySummary();
    for (let start = 0; start < scans.length; start += BATCH) {
      await this.send(scans.slice(start, start + BATCH), summary);
    }
    this.onDone(summary);
    return summary;
  }

  // A batch the server refuses as a whole (a scan it cannot read) is halved until the unreadable scans are alone;
  // those are dropped and counted, so that one of them does not hold back the others for ever.
  async send(scans, summary) {
    try {
      const report = await this.api.sync(scans.map(outgoing));
      addReport(summary, report);
    } catch (error) {
      if (!(error instanceof RequestRefused)) {
        throw error;
      }
      if (scans.length > 1) {
        const middle = Math.ceil(scans.length / 2);
        await this.send(scans.slice(0, middle), summary);
        await this.send(scans.slice(middle), summary);
        return;
      }
      summary.rejected += 1;
    }
    await queue.removeMany(scans.map((scan) => scan.scan_id));
  }
}

// The checkpoint's list, downloaded and kept; returns its index.
export async function refreshList(api) {
  const list = await api.checkpointList();
  const fetchedAt = new Date().toISOString();
  await kv.set("list", list);
  await kv.set("listFetchedAt", fetchedAt);
  return { index: indexList(list), fetchedAt };
}

export async function storedList() {
  const list = await kv.get("list");
  return list ? { index: indexList(list), fetchedAt: await kv.get("listFetchedAt") } : { index: null, fetchedAt: null };
}

function readAsDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

// A small JPEG as a data: address (the page's policy allows images from there, not from blob: addresses).
async function smallPhoto(blob) {
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL("image/jpeg", 0.85);
  } catch {
    return readAsDataUrl(blob);
  }
}

// The photo at `url` (a data: address), from the device if kept, else downloaded and kept; null if there is none.
export async function photoFor(api, url, { download = true } = {}) {
  const kept = await photos.get(url);
  if (kept || !download) {
    return kept || null;
  }
  const blob = await api.photo(url);
  if (!blob) {
    return null;
  }
  const dataUrl = await smallPhoto(blob);
  await photos.set(url, dataUrl);
  return dataUrl;
}

// Keeps, a few at a time, the photos of the people on the list, and forgets those of people no longer on it.
export async function keepPhotos(api, index) {
  const wanted = new Set(index.admitted.map((person) => person.photo_url).filter(Boolean));
  const kept = new Set(await photos.keys());
  await photos.removeMany([...kept].filter((url) => !wanted.has(url)));
  let fetched = 0;
  for (const url of wanted) {
    if (fetched >= PHOTOS_PER_ROUND) {
      break;
    }
    if (kept.has(url)) {
      continue;
    }
    try {
      await photoFor(api, url);
    } catch (error) {
      if (error instanceof DeviceRefused) throw error;
      return; // the network went away: next round
    }
    fetched += 1;
  }
}
