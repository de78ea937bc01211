/**
 * Idempotency keys for the family's "do it once" requests (create an application, submit it): one key per
 * intent, kept across double taps and retries, so the server answers a repeat with the first result.
 */

/** A random UUID v4; also over plain http on a LAN address, where crypto.randomUUID does not exist. */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The key of the current intent. An intent is named by what it acts on (e.g. 'submit:<id>:<version>'): the
 * same name gives the same key until `settle` says the server gave a definite answer; a new name (the
 * family changed the draft) gives a new key.
 */
export class IntentKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  keyFor(intent: string): string {
    let key = this.keys.get(intent);
    if (!key) {
      key = this.generate();
      this.keys.set(intent, key);
    }
    return key;
  }

  /**
   * After an answer. Success keeps the key (a late second tap replays the first answer); so do a network
   * failure and a 5xx (the retry must be recognised as the same request, which may have gone through).
   * A refusal (4xx) ends the intent: the server stored nothing, and trying again after fixing something
   * is a new request.
   */
  settle(intent: string, failure: { status: number } | null): void {
    if (!failure || failure.status === 0 || failure.status >= 500) return;
    this.keys.delete(intent);
  }
}

/** One per page load: a reload starts new intents, which is right, since the draft is re-read too. */
export const intentKeys = new IntentKeys();
