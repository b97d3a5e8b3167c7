import { Dexie, type EntityTable } from 'dexie';

/** One API response the portal page received, as the tap observed it. */
export interface CaptureRecord {
  id: number;
  /** Path below `/api/v1/reporting/`, e.g. `evaluation/transparency`. */
  endpoint: string;
  url: string;
  method: string;
  requestBody: string | null;
  status: number;
  contentType: string | null;
  /** When the page received the response (ISO 8601, from the tap). */
  observedAt: string;
  /** When the background stored it (ISO 8601). */
  storedAt: string;
  /** The portal page the call was made from. */
  pageUrl: string;
  /** sha256 of the raw response's UTF-8 bytes, lower-case hex. */
  sha256: string;
  /** Size of the raw response in UTF-8 bytes. */
  bytes: number;
}

/** The raw response text, kept apart so listing captures never loads megabytes of JSON. */
export interface PayloadRecord {
  captureId: number;
  responseText: string;
}

export const DATABASE_NAME = 'chiso766';

export class ChisoDatabase extends Dexie {
  captures!: EntityTable<CaptureRecord, 'id'>;
  payloads!: EntityTable<PayloadRecord, 'captureId'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      captures: '++id, endpoint, observedAt, sha256',
      payloads: 'captureId',
    });
  }
}
