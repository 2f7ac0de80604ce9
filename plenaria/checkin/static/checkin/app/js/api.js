// The device API, called with the device's token. Three kinds of failure matter to the app: the network is not
// there (go on offline), the device is refused (revoked or unknown token), or the server did not accept a request.

const TIMEOUT_MS = 6000;

export class NetworkError extends Error {}

export class DeviceRefused extends Error {
  constructor(code, detail) {
    super(detail || code);
    this.code = code;
  }
}

export class RequestRefused extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

export function isOnline() {
  return navigator.onLine !== false;
}

export class Api {
  constructor({ token, language, urls }) {
    this.token = token;
    this.language = language;
    this.urls = urls;
  }

  async fetch(url, options = {}) {
    if (!isOnline()) {
      throw new NetworkError("offline");
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeout || TIMEOUT_MS);
    let response;
    try {
      response = await fetch(url, {
        method: options.method || "GET",
        headers: {
          Authorization: `Device ${this.token}`,
          "Accept-Language": this.language,
          ...(options.body ? { "Content-Type": "application/json" } : {}),
        },
        body: options.body ? JSON.stringify(options.body) : undefined,
        cache: "no-store",
        credentials: "omit",
        signal: controller.signal,
      });
    } catch (error) {
      throw new NetworkError(String(error));
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 401 || response.status === 403) {
      const body = await response.json().catch(() => ({}));
      throw new DeviceRefused(body.code || "device_invalid", body.detail);
    }
    if (response.status >= 500 || response.status === 429) {
      throw new NetworkError(`HTTP ${response.status}`);
    }
    return response;
  }

  async json(url, options) {
    const response = await this.fetch(url, options);
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new RequestRefused(response.status, body);
    }
    return body;
  }

  checkpointList() {
    return this.json(this.urls.list);
  }

  redeem(scan) {
    return this.json(this.urls.scan, { method: "POST", body: scan });
  }

  sync(scans) {
    return this.json(this.urls.sync, { method: "POST", body: { scans }, timeout: 30000 });
  }

  async photo(url) {
    const response = await this.fetch(url);
    if (!response.ok) {
      return null;
    }
    return response.blob();
  }
}
