// What the operator sees: the full-screen result of a scan, the report of a sync, and the status lines. Every
// text comes from the page (rendered in the operator's language), never from this file.

const ADMITTED_SHOWN_MS = 6000;

const $ = (id) => document.getElementById(id);

export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));
}

export class Screens {
  constructor(config) {
    this.strings = config.strings;
    this.reasons = config.reasons;
    this.language = config.language;
    this.hideTimer = null;
    $("ck-next").addEventListener("click", () => this.hideResult());
    $("ck-result").addEventListener("click", (event) => {
      if (event.target.id !== "ck-photo") this.hideResult();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.hideResult();
    });
    $("ck-report-close").addEventListener("click", () => ($("ck-report").hidden = true));
  }

  reasonLabel(code, message) {
    return this.reasons[code] || message || code;
  }

  // result: { admitted, reason, message, person: { name, name_in_own_script, category, category_code },
  //           direction, offline, photo: { src } | { missing: "offline" | "none" } }
  showResult(result) {
    clearTimeout(this.hideTimer);
    const overlay = $("ck-result");
    overlay.classList.toggle("is-admitted", result.admitted);
    overlay.classList.toggle("is-refused", !result.admitted);
    overlay.classList.toggle("is-offline", Boolean(result.offline));
    $("ck-verdict-text").textContent = result.admitted ? this.strings.admitted : this.strings.refused;
    const showReason = result.reason && result.reason !== "admitted";
    $("ck-reason").textContent = showReason ? this.reasonLabel(result.reason, result.message) : "";
    $("ck-reason").hidden = !showReason;
    const person = result.person;
    $("ck-name").textContent = person ? person.name : this.strings.unknownPerson;
    $("ck-own-name").textContent = (person && person.name_in_own_script) || "";
    $("ck-own-name").hidden = !(person && person.name_in_own_script);
    $("ck-category").textContent = person ? this.categoryText(person) : "";
    $("ck-direction-shown").textContent =
      result.direction === "out" ? this.strings.directionOut : this.strings.directionIn;
    $("ck-offline-mark").hidden = !result.offline;
    this.showPhoto(person, result.photo);
    overlay.hidden = false;
    document.body.classList.add("has-result");
    // A plain admission leaves by itself; a refusal, or an admission with something to do, waits for the operator.
    if (result.admitted && !showReason) {
      this.hideTimer = setTimeout(() => this.hideResult(), ADMITTED_SHOWN_MS);
    }
  }

  categoryText(person) {
    const code = fill(this.strings.category, { code: person.category_code || "" });
    return person.category ? `${code} · ${person.category}` : code;
  }

  showPhoto(person, photo) {
    const image = $("ck-photo");
    const message = $("ck-photo-message");
    const hasPhoto = Boolean(person && photo && photo.src);
    image.hidden = !hasPhoto;
    $("ck-compare").hidden = !hasPhoto;
    if (hasPhoto) {
      image.src = photo.src;
      image.alt = fill(this.strings.photoAlt, { name: person.name });
    } else {
      image.removeAttribute("src");
      image.alt = "";
    }
    message.hidden = hasPhoto || !person;
    message.textContent = photo && photo.missing === "offline" ? this.strings.photoOffline : this.strings.noPhoto;
  }

  // A photo that arrives after the result is shown (it is fetched separately).
  updatePhoto(person, photo) {
    if (!$("ck-result").hidden) this.showPhoto(person, photo);
  }

  hideResult() {
    clearTimeout(this.hideTimer);
    $("ck-result").hidden = true;
    document.body.classList.remove("has-result");
  }

  get resultShown() {
    return !$("ck-result").hidden;
  }

  // summary: { received, recorded, duplicates, admitted, refused, conflicts: [{ name, reason, message }], rejected }
  showReport(summary) {
    const counts = $("ck-report-counts");
    counts.replaceChildren();
    const lines = [
      [this.strings.syncSent, summary.recorded],
      [this.strings.syncAdmitted, summary.admitted],
      [this.strings.syncRefused, summary.refused],
      [this.strings.syncConflicts, summary.conflicts.length],
    ];
    if (summary.duplicates) lines.push([this.strings.syncDuplicates, summary.duplicates]);
    if (summary.rejected) lines.push([this.strings.syncRejected, summary.rejected]);
    for (const [template, count] of lines) {
      const item = document.createElement("li");
      item.textContent = fill(template, { count });
      counts.append(item);
    }
    const list = $("ck-report-conflict-list");
    list.replaceChildren();
    for (const conflict of summary.conflicts) {
      const item = document.createElement("li");
      const name = document.createElement("strong");
      name.textContent = conflict.name || this.strings.unknownPerson;
      item.append(name, document.createTextNode(` — ${this.reasonLabel(conflict.reason, conflict.message)}`));
      list.append(item);
    }
    $("ck-report-conflicts").hidden = summary.conflicts.length === 0;
    $("ck-report").hidden = false;
    $("ck-report").classList.toggle("has-conflicts", summary.conflicts.length > 0);
  }

  showStatus({ online, checkpoint, listCount, listFetchedAt, queued }) {
    const network = $("ck-network");
    network.textContent = online ? this.strings.online : this.strings.offline;
    network.classList.toggle("is-offline", !online);
    $("ck-checkpoint").textContent = checkpoint || "";
    const listInfo = [];
    if (listFetchedAt) {
      listInfo.push(fill(this.strings.listCount, { count: listCount }));
      const time = new Date(listFetchedAt).toLocaleTimeString(this.language, { hour: "2-digit", minute: "2-digit" });
      listInfo.push(fill(this.strings.listUpdated, { time }));
    } else {
      listInfo.push(this.strings.listMissing);
    }
    $("ck-list-info").textContent = listInfo.join(" · ");
    $("ck-queue-info").textContent = fill(this.strings.queueCount, { count: queued });
    $("ck-queue-info").classList.toggle("has-queue", queued > 0);
    $("ck-sync-now").hidden = queued === 0;
  }

  message(id, text) {
    const element = $(id);
    element.textContent = text || "";
    element.hidden = !text;
  }
}
