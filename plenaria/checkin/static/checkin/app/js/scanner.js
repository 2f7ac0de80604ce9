// Reading QR codes from the camera: the browser's own BarcodeDetector where it reads QR codes, otherwise jsQR
// (vendored, loaded only when needed). The same code seen again within a few seconds is read once.

const FRAME_INTERVAL_MS = 150;
const SAME_CODE_PAUSE_MS = 3000;
const MAX_SIDE = 720;

let decoderUrl = null;
let loadingJsQR = null;

export function configureDecoder(url) {
  decoderUrl = url;
}

function loadJsQR() {
  if (globalThis.jsQR) {
    return Promise.resolve(globalThis.jsQR);
  }
  if (!loadingJsQR) {
    loadingJsQR = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = decoderUrl;
      script.onload = () => resolve(globalThis.jsQR);
      script.onerror = () => reject(new Error("decoder"));
      document.head.append(script);
    });
  }
  return loadingJsQR;
}

async function nativeDetector() {
  if (!("BarcodeDetector" in globalThis)) {
    return null;
  }
  try {
    const formats = await BarcodeDetector.getSupportedFormats();
    return formats.includes("qr_code") ? new BarcodeDetector({ formats: ["qr_code"] }) : null;
  } catch {
    return null;
  }
}

// A function that reads the QR code in an image source (video, canvas, image), or returns null.
export async function makeDecoder() {
  const detector = await nativeDetector();
  if (detector) {
    return async (source) => {
      const codes = await detector.detect(source);
      return codes.length ? codes[0].rawValue : null;
    };
  }
  const jsQR = await loadJsQR();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (source) => {
    const width = source.videoWidth || source.naturalWidth || source.width;
    const height = source.videoHeight || source.naturalHeight || source.height;
    if (!width || !height) {
      return null;
    }
    const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
    return code ? code.data : null;
  };
}

export class CameraScanner {
  constructor(video, onCode) {
    this.video = video;
    this.onCode = onCode;
    this.stream = null;
    this.timer = null;
    this.last = { code: null, at: 0 };
  }

  get running() {
    return this.stream !== null;
  }

  // Throws "unavailable" (no camera, or not a secure page) or "denied".
  async start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw new Error("unavailable");
    }
    const decode = await makeDecoder();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 } },
        audio: false,
      });
    } catch (error) {
      throw new Error(error && error.name === "NotAllowedError" ? "denied" : "unavailable");
    }
    this.video.srcObject = this.stream;
    await this.video.play();
    this.loop(decode);
  }

  loop(decode) {
    this.timer = setTimeout(async () => {
      if (!this.running) {
        return;
      }
      try {
        const code = this.video.readyState >= 2 ? await decode(this.video) : null;
        const now = Date.now();
        if (code && (code !== this.last.code || now - this.last.at > SAME_CODE_PAUSE_MS)) {
          this.last = { code, at: now };
          this.onCode(code);
        } else if (code) {
          this.last.at = now;
        }
      } catch {
        // A frame that cannot be read is skipped.
      }
      if (this.running) {
        this.loop(decode);
      }
    }, FRAME_INTERVAL_MS);
  }

  stop() {
    clearTimeout(this.timer);
    if (this.stream) {
      this.stream.getTracks().forEach((track) => track.stop());
    }
    this.stream = null;
    this.video.srcObject = null;
  }
}
