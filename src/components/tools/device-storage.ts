/**
 * This browser's storage, or undefined where even reading it is refused (some privacy settings throw on
 * `window.localStorage`). Read and write it through src/lib/appeal/device-store.ts, which never throws.
 * Shared by the tools that keep something on the device when the reader asks (letter draft, case file).
 */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
