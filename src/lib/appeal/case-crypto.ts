/**
 * Locking a case file with a passphrase, in the reader's browser (WebCrypto; Node 24 has the same API, so
 * the unit tests run the real thing). A key is derived from the passphrase with PBKDF2-HMAC-SHA256 and a
 * random salt, and the text is sealed with AES-GCM (256-bit key, random 96-bit IV): a wrong passphrase or
 * any changed byte makes opening fail, never a garbled text. Salt and IV are new for every file. Nothing
 * here is sent anywhere, and the passphrase is never stored.
 */

/**
 * What OWASP's Password Storage Cheat Sheet recommends for PBKDF2-HMAC-SHA256 (600,000 iterations;
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2), so that
 * guessing passphrases against a lost file stays slow. Files record their count, and opening accepts
 * counts from this up to MAX_ITERATIONS, so a later version may raise it without breaking older files.
 */
export const PBKDF2_ITERATIONS = 600_000;
/** A larger count in a file is damage (or a file meant to freeze the page while it derives the key). */
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** What a locked file carries beside the sealed text. Every value but the counts is base64. */
export interface Sealed {
  kdf: 'PBKDF2-SHA256';
  cipher: 'AES-GCM-256';
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  // In slices: spreading a megabyte into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The bytes of a base64 text, or undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, c: Crypto) {
  // The same passphrase typed on another device may reach us in another Unicode form (é as one character
  // or as e + accent); NFC makes them the same bytes.
  const material = await c.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return c.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Seals `text` with `passphrase`. `bound` is authenticated but not hidden (the file's format and version):
 * a file whose header was changed no longer opens.
 */
export async function seal(text: string, passphrase: string, bound: string, c: Crypto = crypto): Promise<Sealed> {
  const salt = c.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = c.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS, c);
  const enc = new TextEncoder();
  const data = await c.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(bound) },
    key,
    enc.encode(text),
  );
  return {
    kdf: 'PBKDF2-SHA256',
    cipher: 'AES-GCM-256',
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(salt),
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
}

/** Checks the shape of what a file says is sealed; undefined for anything else. */
export function asSealed(v: unknown): Sealed | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as Record<string, unknown>;
  const it = s['iterations'];
  const ok =
    s['kdf'] === 'PBKDF2-SHA256' &&
    s['cipher'] === 'AES-GCM-256' &&
    typeof it === 'number' &&
    Number.isInteger(it) &&
    it >= PBKDF2_ITERATIONS &&
    it <= MAX_ITERATIONS &&
    fromBase64(String(s['salt']))?.length === SALT_BYTES &&
    fromBase64(String(s['iv']))?.length === IV_BYTES &&
    typeof s['data'] === 'string' &&
    fromBase64(s['data']) !== undefined;
  return ok ? (s as unknown as Sealed) : undefined;
}

/**
 * Opens a sealed text; undefined when it will not open. AES-GCM cannot tell a wrong passphrase from a
 * changed byte: both fail the same check, and callers must say so.
 */
export async function unseal(
  s: Sealed,
  passphrase: string,
  bound: string,
  c: Crypto = crypto,
): Promise<string | undefined> {
  const salt = fromBase64(s.salt);
  const iv = fromBase64(s.iv);
  const data = fromBase64(s.data);
  if (!salt || !iv || !data) return undefined;
  try {
    const key = await deriveKey(passphrase, salt, s.iterations, c);
    const plain = await c.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(bound) },
      key,
      data,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}
