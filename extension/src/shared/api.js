// The WebExtension namespace: Firefox's promise-based `browser`, else
// Chrome's `chrome` (promise-based too in Manifest V3).
export const api = globalThis.browser ?? globalThis.chrome;
