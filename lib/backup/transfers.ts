/**
 * Large texts cross the message channel in slices: Chromium refuses a message over 64 MiB,
 * and a backup with a year of captures is larger. The background keeps a text being built
 * or received here, by id, until it is read or used; only the latest few are kept, so an
 * abandoned transfer costs no memory for long. A restarted worker has none: the page then
 * sends the file again.
 */
export const SLICE_CHARS = 8_000_000;
const KEEP = 2;

export class Transfers {
  private readonly texts = new Map<string, string[]>();
  private next = 0;

  constructor(private readonly sliceChars = SLICE_CHARS) {}

  private keep(id: string, parts: string[]): void {
    this.texts.delete(id);
    this.texts.set(id, parts);
    while (this.texts.size > KEEP) {
      const oldest = this.texts.keys().next().value;
      if (oldest === undefined) break;
      this.texts.delete(oldest);
    }
  }

  /** Holds a whole text to be read in slices; returns its id. */
  hold(text: string): string {
    const id = `t${++this.next}-${Date.now()}`;
    this.keep(id, [text]);
    return id;
  }

  /** One slice of a held text, or null when the id is unknown (e.g. the worker restarted). */
  read(id: string, offset: number): { text: string; done: boolean } | null {
    const parts = this.texts.get(id);
    if (!parts) return null;
    const whole = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
    const text = whole.slice(offset, offset + this.sliceChars);
    const done = offset + this.sliceChars >= whole.length;
    if (done) this.texts.delete(id);
    return { text, done };
  }

  /** Appends a slice to a text being received (a new one when id is null); returns its id. */
  append(id: string | null, slice: string): string | null {
    if (id === null) {
      const fresh = `t${++this.next}-${Date.now()}`;
      this.keep(fresh, [slice]);
      return fresh;
    }
    const parts = this.texts.get(id);
    if (!parts) return null;
    parts.push(slice);
    return id;
  }

  /** The received text, joined; null when unknown. */
  take(id: string): string | null {
    const parts = this.texts.get(id);
    if (!parts) return null;
    const text = parts.join('');
    this.texts.set(id, [text]);
    return text;
  }

  forget(id: string): void {
    this.texts.delete(id);
  }
}

/** The background's one set of transfers. */
export const transfers = new Transfers();
