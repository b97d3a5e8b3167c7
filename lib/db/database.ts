import { Dexie, type EntityTable } from 'dexie';
import type { FlagCode } from '../model/flag-code';
import type { Subject } from '../model/groups';
import type { GroupOrTotal, Observation, Scope, UnitKind } from '../model/observation';
import type { PeriodType } from '../model/period';
import { subjectOfEndpoint } from '../portal';

/**
 * How a stored capture stands. `ok`: understood and normalised into observations.
 * `flagged`: kept raw only, with the reason (a rejection page, a schema change, a response
 * that does not match its request); it never becomes a snapshot. `pending`: not parsed yet
 * (written by an older version; re-normalised on start).
 */
export type CaptureState = 'ok' | 'flagged' | 'pending';

/** One API response the portal page received, as the tap observed it. */
export interface CaptureRecord {
  id: number;
  /** The portal adapter's name for the call (a path below its reporting root); opaque elsewhere. */
  endpoint: string;
  url: string;
  method: string;
  requestBody: string | null;
  /** HTTP status of the response. */
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
  // Since version 2:
  state: CaptureState;
  /** Why a capture is flagged (Vietnamese-first text naming the endpoint and field). */
  reason: string | null;
  /**
   * Why, as a code the pages word (`FlagCode`); absent on captures flagged before codes
   * existed (read with `flagCodeOf`). Not indexed, so no schema version.
   */
  reasonCode?: FlagCode | null;
  /** The length of a response too large to keep (its stored text is empty). */
  oversizeChars?: number;
  parserVersion: number;
  /** `endpoint|root|period|scope` for ok captures; absent otherwise, so never a snapshot. */
  snapshotKey?: string;
  periodKey: string | null;
  periodType: PeriodType | null;
  periodClosed: boolean | null;
  rootUnitId: string | null;
  scope: Scope | null;
  warnings: string[];
  /** How often the very same bytes were seen again for the same request, and when last. */
  seenCount: number;
  lastSeenAt: string;
  // Since version 3:
  /** What the capture is about (a group, the total, the catalogue); null when not understood. */
  subject: Subject | null;
  // Not indexed, so no version change: absent on every portal capture.
  /** `import`: an import batch (lib/import), its raw text the file or table as read. */
  source?: 'import';
}

/** The raw response text, kept apart so listing captures never loads megabytes of JSON. */
export interface PayloadRecord {
  captureId: number;
  responseText: string;
}

/** The latest name, code and kind seen for a unit. */
export interface UnitRecord {
  id: string;
  code: string | null;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  /** observedAt of the capture the name came from. */
  seenAt: string;
}

/** An observation as stored: the unit's name and code as that capture gave them. */
export interface ObservationRecord extends Observation {
  id: number;
  captureId: number;
  endpoint: string;
  unitCode: string | null;
  unitName: string;
  unitKind: UnitKind;
  /** `import` for a value an import brought; absent for the portal's. */
  source?: 'import';
  /** For an imported value: the snapshot it stands in for (an import batch spans many). */
  imported?: ImportedContext;
}

/** Where an imported value belongs, as a capture's header says it for a portal value. */
export interface ImportedContext {
  subject: GroupOrTotal;
  rootUnitId: string;
  periodKey: string;
  periodType: PeriodType;
  periodClosed: boolean;
  scope: Scope;
  /** When the numbers were captured, if the file said so; else null (the batch's time). */
  observedAt: string | null;
}

export const DATABASE_NAME = 'chiso766';

export class ChisoDatabase extends Dexie {
  captures!: EntityTable<CaptureRecord, 'id'>;
  payloads!: EntityTable<PayloadRecord, 'captureId'>;
  units!: EntityTable<UnitRecord, 'id'>;
  observations!: EntityTable<ObservationRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1 (0.1.0): raw captures only.
    this.version(1).stores({
      captures: '++id, endpoint, observedAt, sha256',
      payloads: 'captureId',
    });
    // Version 2: captures understood as snapshots of (endpoint, root, period, scope).
    // Existing captures are marked pending; the background re-normalises them from their
    // raw payload on start, so nothing captured before is lost.
    this.version(2)
      .stores({
        captures:
          '++id, endpoint, observedAt, sha256, state, parserVersion, [snapshotKey+observedAt]',
        payloads: 'captureId',
        units: 'id, code, parentId',
        observations: '++id, captureId, unitId',
      })
      .upgrade((tx) =>
        tx
          .table('captures')
          .toCollection()
          .modify((capture: Partial<CaptureRecord>) => {
            capture.state = 'pending';
            capture.reason = null;
            capture.parserVersion = 0;
            capture.periodKey = null;
            capture.periodType = null;
            capture.periodClosed = null;
            capture.rootUnitId = null;
            capture.scope = null;
            capture.warnings = [];
            capture.seenCount = 1;
            capture.lastSeenAt = capture.observedAt ?? new Date(0).toISOString();
          }),
      );
    // Version 3: captures say what they are about in the index's terms, so nothing outside
    // the portal adapter reads the portal's endpoint names.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('captures')
          .toCollection()
          .modify((capture: Partial<CaptureRecord>) => {
            capture.subject = capture.endpoint ? subjectOfEndpoint(capture.endpoint) : null;
          }),
      );
    // Version 4 (#11): one root unit's snapshots found without reading every capture header;
    // a trend or a province's comparison reads only its province. Captures without a root or
    // a snapshot key (flagged, pending, import batches) stay out of the index. Nothing to move.
    this.version(4).stores({
      captures:
        '++id, endpoint, observedAt, sha256, state, parserVersion, [snapshotKey+observedAt], [rootUnitId+snapshotKey+observedAt]',
    });
  }
}
