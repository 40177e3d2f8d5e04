// Monaco runs its language services in web workers. The build emits each worker as its own
// file next to the page's script (see scripts/build-explorer.mjs), so they load from the gateway.
const workerUrl = (name: string) => new URL(`./${name}.worker.js`, import.meta.url);

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "json") return new Worker(workerUrl("json"));
    if (label === "graphql") return new Worker(workerUrl("graphql"));
    return new Worker(workerUrl("editor"));
  },
};
