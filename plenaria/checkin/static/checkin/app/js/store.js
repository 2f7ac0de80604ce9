// What the device keeps in IndexedDB: settings and the checkpoint's list ("kv"), the scans waiting to be sent
// ("queue", by scan id) and the photos kept for offline use ("photos", by photo address).

const DB_NAME = "plenaria-checkin";
const DB_VERSION = 1;

let opened = null;

function promised(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function open() {
  if (!opened) {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("kv");
      db.createObjectStore("queue", { keyPath: "scan_id" });
      db.createObjectStore("photos");
    };
    opened = promised(request);
  }
  return opened;
}

async function withStore(name, mode, work) {
  const db = await open();
  const transaction = db.transaction(name, mode);
  const done = new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
  const result = await work(transaction.objectStore(name));
  await done;
  return result;
}

export const kv = {
  get: (key) => withStore("kv", "readonly", (store) => promised(store.get(key))),
  set: (key, value) => withStore("kv", "readwrite", (store) => promised(store.put(value, key))),
  remove: (key) => withStore("kv", "readwrite", (store) => promised(store.delete(key))),
};

export const queue = {
  add: (scan) => withStore("queue", "readwrite", (store) => promised(store.put(scan))),
  all: async () => {
    const scans = await withStore("queue", "readonly", (store) => promised(store.getAll()));
    return scans.sort((a, b) => a.scanned_at.localeCompare(b.scanned_at));
  },
  count: () => withStore("queue", "readonly", (store) => promised(store.count())),
  removeMany: (ids) =>
    withStore("queue", "readwrite", async (store) => {
      for (const id of ids) {
        await promised(store.delete(id));
      }
    }),
};

export const photos = {
  get: (url) => withStore("photos", "readonly", (store) => promised(store.get(url))),
  set: (url, dataUrl) => withStore("photos", "readwrite", (store) => promised(store.put(dataUrl, url))),
  keys: () => withStore("photos", "readonly", (store) => promised(store.getAllKeys())),
  removeMany: (urls) =>
    withStore("photos", "readwrite", async (store) => {
      for (const url of urls) {
        await promised(store.delete(url));
      }
    }),
};

// Everything but the scans waiting to be sent (a revoked or unpaired device keeps no list and no photos).
export async function forgetCheckpoint() {
  await withStore("photos", "readwrite", (store) => promised(store.clear()));
  for (const key of ["token", "list", "listFetchedAt"]) {
    await kv.remove(key);
  }
}
