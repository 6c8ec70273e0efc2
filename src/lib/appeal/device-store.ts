/**
 * One item of the browser's storage, read, written and removed without ever throwing: storage may be full
 * (QuotaExceededError), turned off, or missing, and a tool must then say so instead of failing or claiming
 * a save that did not happen. The storage is handed in (src/components/tools/device-storage.ts finds the
 * browser's), so this stays pure and testable. Shared by the letter builder and the case file.
 */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The item, or null when there is none or storage cannot be read. */
export function readItem(store: Pick<Store, 'getItem'> | undefined, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes the item; false when the browser refuses. The caller must then tell the reader. */
export function writeItem(store: Pick<Store, 'setItem'> | undefined, key: string, value: string): boolean {
  try {
    if (!store) return false;
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes the item if it is there. True when it was there and is now gone. */
export function removeItem(store: Pick<Store, 'getItem' | 'removeItem'> | undefined, key: string): boolean {
  try {
    if (store?.getItem(key) === null || !store) return false;
    store.removeItem(key);
    return store.getItem(key) === null;
  } catch {
    return false;
  }
}
