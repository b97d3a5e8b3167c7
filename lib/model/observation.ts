import type { GroupCode, Subject } from './groups';
import type { Period } from './period';

/** NATION ("Cả nước"), a province, a provincial agency (sở, ban, ngành) or a commune/ward. */
export type UnitKind = 'NATION' | 'PROVINCE' | 'AGENCY' | 'COMMUNE';

/** The id used for the nation, which the portal names only "Cả nước" with no id or code. */
export const NATION_UNIT_ID = 'NATION';

export interface Unit {
  /** The portal's `departmentId` (UUID on the 2026 portal); NATION_UNIT_ID for the nation. */
  id: string;
  /** `H44`, `H44.01`, `H44.100`; null when the portal gives none. */
  code: string | null;
  /** As the portal wrote it, normalised to Unicode NFC. */
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/** TOTAL is a unit's score out of 100; the others are the six groups. */
export type GroupOrTotal = GroupCode | 'TOTAL';

/** A scope: the whole unit, or one administrative procedure (TTHC) by its id. */
export type Scope = 'all' | `formality:${string}`;

/**
 * One number the portal published (or, when `derived`, one ratio computed from counts the
 * portal published) for one unit. `null` means the portal gave no value; it is never 0.
 */
export interface Observation {
  unitId: string;
  group: GroupOrTotal;
  /** null on a group-total (or TOTAL) row; the API metric code, or a derived code. */
  criterion: string | null;
  derived: boolean;
  score: number | null;
  maxScore: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Percent, 0–100, as the portal writes it. */
  ratio: number | null;
  /** `dataQualityStatus` values and our own markers (e.g. SCOPE_DISPUTED), verbatim. */
  flags: string[];
  /** `dataQualityMessage`, verbatim. */
  flagMessage: string | null;
  /** Tree-endpoint parameters (totalReceived, channelOnlineSum, …) kept as the portal sent them. */
  params: Record<string, number | string | boolean | null>;
}

/** What a capture is about, read from its request (and checked against its response). */
export interface CaptureContext {
  /** The source's own name for the call (a portal adapter's endpoint); opaque outside it. */
  endpoint: string;
  /** What the capture is about, in the index's terms. */
  subject: Subject;
  period: Period | null;
  /** Closed when the period had ended (Vietnam time) at capture time; false = provisional. */
  periodClosed: boolean;
  /** The request's `rootDepartmentId`; NATION_UNIT_ID for the national summary; null for the catalogue. */
  rootUnitId: string | null;
  scope: Scope;
}

export interface NormalizedCapture {
  context: CaptureContext;
  /** Root first, then children in the portal's order. */
  units: Unit[];
  observations: Observation[];
  /** Notes that do not stop storage (e.g. pagination shows more pages than this one). */
  warnings: string[];
}
