/**
 * Saves text as a file made on this device: a `blob:` link the browser writes to disk. Nothing is fetched
 * or sent. Shared by the tools that offer "save as a file" (letters, the calendar file).
 */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started by now; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
