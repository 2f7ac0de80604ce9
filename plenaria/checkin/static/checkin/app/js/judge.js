// Deciding a scan offline from the checkpoint's list, and finding people in it by name or registration number.
// The list holds the SHA-256 of each admitted badge's code, never the code: a lost device cannot print badges.

const encoder = new TextEncoder();

function hex(bytes) {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// SHA-256 for pages outside a secure context (no crypto.subtle there), e.g. a test server on a local address.
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

function sha256Fallback(data) {
  const length = data.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 4, length * 8);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  const hash = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = hash;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = (hash[i] + value) | 0));
  }
  const out = new DataView(new ArrayBuffer(32));
  hash.forEach((value, i) => out.setUint32(i * 4, value));
  return hex(new Uint8Array(out.buffer));
}

export async function sha256Hex(text) {
  const data = encoder.encode(text);
  if (globalThis.crypto && crypto.subtle) {
    return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", data)));
  }
  return sha256Fallback(data);
}

export function newScanId() {
  if (globalThis.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// The list as kept: the server's answer, with indexes to decide a scan and to search.
export function indexList(list) {
  const byHash = new Map();
  const byId = new Map();
  for (const person of list.admitted) {
    byHash.set(person.secret_hash, person);
    byId.set(person.badge_id, person);
    person.searchText = [person.name, person.name_in_own_script, person.reference].map(fold).join("\n");
  }
  return { ...list, byHash, byId, revoked: new Set(list.revoked_hashes) };
}

// The device's own decision: { admitted, reason, person }.
export async function judgeCode(index, code) {
  if (!index) {
    return { admitted: false, reason: "no_list", person: null };
  }
  const digest = await sha256Hex(code);
  if (index.revoked.has(digest)) {
    return { admitted: false, reason: "revoked_badge", person: null, flagged: true };
  }
  const person = index.byHash.get(digest);
  if (!person) {
    return { admitted: false, reason: "not_listed", person: null };
  }
  return { admitted: true, reason: "admitted", person };
}

export function judgeBadgeId(index, badgeId) {
  const person = index && index.byId.get(badgeId);
  if (!person) {
    return { admitted: false, reason: index ? "not_listed" : "no_list", person: null };
  }
  return { admitted: true, reason: "admitted", person };
}

// Going out of a youth area, a young person is admitted with the instruction to sign out at the register desk (the
// register asks who collects them), as the server answers online.
export function forDirection(verdict, direction) {
  if (verdict.admitted && direction === "out" && verdict.person && verdict.person.sign_out_at_desk) {
    return { ...verdict, reason: "sign_out_at_desk" };
  }
  return verdict;
}

// Case-insensitive everywhere; accents ignored on Latin letters only (elsewhere a mark changes the letter, as the
// voicing marks of Japanese kana do), so other scripts are matched as typed.
export function fold(text) {
  return (text || "")
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

// People whose name (either script) or registration number holds every word of `query`.
export function search(index, query, limit = 20) {
  const words = fold(query).split(" ").filter(Boolean);
  if (!index || !words.length) {
    return { people: [], more: false };
  }
  const people = [];
  for (const person of index.admitted) {
    if (words.every((word) => person.searchText.includes(word))) {
      if (people.length === limit) {
        return { people, more: true };
      }
      people.push(person);
    }
  }
  return { people, more: false };
}
