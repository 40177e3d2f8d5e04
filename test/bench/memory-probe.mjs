// Preloaded into the soak's gateway (`node --import`): writes `process.memoryUsage()` and the size
// of every WebAssembly memory (PGlite's PostgreSQL heap) to BENCH_MEMORY_PROBE_FILE every second,
// so the bench can tell V8's heap from buffers and from PGlite. Adds no work to requests.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_MEMORY_PROBE_FILE;
if (file) {
  const memories = [];
  // PGlite creates its memory itself and hands it to the instance (dynamic linking): track the constructor.
  const Memory = WebAssembly.Memory;
  WebAssembly.Memory = class TrackedMemory extends Memory {
    constructor(descriptor) {
      super(descriptor);
      memories.push(this);
    }
  };
  const mb = (bytes) => Math.round(bytes / 104857.6) / 10;
  const write = () => {
    const usage = process.memoryUsage();
    const snapshot = {
      rss: mb(usage.rss),
      heapTotal: mb(usage.heapTotal),
      heapUsed: mb(usage.heapUsed),
      external: mb(usage.external),
      arrayBuffers: mb(usage.arrayBuffers),
      ...(memories.length ? { wasm: mb(memories.reduce((sum, m) => sum + m.buffer.byteLength, 0)) } : {}),
    };
    try {
      writeFileSync(file, JSON.stringify(snapshot));
    } catch {
      // the bench removed its folder: nothing to report to
    }
  };
  setInterval(write, 1000).unref();
}
