/**
 * Coverage entries with their place in their file, so a check can name `coverage/<payer>.yaml:
 * entries[3].status` for an entry it found in the merged catalog (which keeps file order).
 */

/** Each entry with its field path in its own file (`entries[3]`), in catalog order. */
export function located<E extends { file: string }>(coverage: readonly E[]): { entry: E; at: string }[] {
  const index = new Map<string, number>();
  return coverage.map((entry) => {
    const i = index.get(entry.file) ?? 0;
    index.set(entry.file, i + 1);
    return { entry, at: `entries[${i}]` };
  });
}
