/*
 * How a backup joins what is stored: pure rules, so they are tested apart from the database.
 * - The same bytes answering the same request are one capture, whichever copy came first.
 * - A snapshot shows its latest revision (by observedAt); an older revision from a file is
 *   kept as history and never displaces a newer one already stored.
 * - An imported figure (`source: 'import'`) never replaces a capture: it is not added where
 *   the portal's own capture of the same snapshot is stored or arrives with it.
 */

/** What the rules read of a capture; `source` absent means the portal. */
export interface CaptureFacts {
  sha256: string;
  endpoint: string;
  requestBody: string | null;
  snapshotKey?: string | undefined;
  observedAt: string;
  source?: string | undefined;
}

export interface CapturePlan<T> {
  /** In the order they should be written. */
  add: T[];
  /** Already stored (or twice in the file): counted once. */
  known: number;
  /** Imported figures left out because a capture of the same snapshot exists. */
  importsSkipped: number;
  /** Added captures that become the latest revision of a snapshot already stored. */
  newerRevisions: number;
}

const isImport = (capture: CaptureFacts) => capture.source === 'import';

/** Identity of a capture: its bytes' hash for one request (what ingest also treats as one). */
export function captureIdentity(capture: CaptureFacts): string {
  return JSON.stringify([capture.sha256, capture.endpoint, capture.requestBody]);
}

const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

export function planCaptures<T extends CaptureFacts>(
  existing: readonly CaptureFacts[],
  incoming: readonly T[],
): CapturePlan<T> {
  const known = new Set(existing.map(captureIdentity));
  const latest = new Map<string, string>();
  const captured = new Set<string>();
  for (const capture of existing) {
    const key = capture.snapshotKey;
    if (!key) continue;
    const seen = latest.get(key);
    if (seen === undefined || later(capture.observedAt, seen)) latest.set(key, capture.observedAt);
    if (!isImport(capture)) captured.add(key);
  }
  const storedKeys = new Set(latest.keys());
  // The file's own captures first, so an import in the same file meets them.
  const ordered = [...incoming.filter((c) => !isImport(c)), ...incoming.filter(isImport)];
  const plan: CapturePlan<T> = { add: [], known: 0, importsSkipped: 0, newerRevisions: 0 };
  for (const capture of ordered) {
    const identity = captureIdentity(capture);
    if (known.has(identity)) {
      plan.known++;
      continue;
    }
    const key = capture.snapshotKey;
    if (isImport(capture) && key && captured.has(key)) {
      plan.importsSkipped++;
      continue;
    }
    known.add(identity);
    plan.add.push(capture);
    if (!key) continue;
    const seen = latest.get(key);
    if (seen === undefined || later(capture.observedAt, seen)) {
      if (storedKeys.has(key)) plan.newerRevisions++;
      latest.set(key, capture.observedAt);
    }
    if (!isImport(capture)) captured.add(key);
  }
  return plan;
}

export interface UnitFacts {
  id: string;
  seenAt: string;
}

/**
 * Units to write: those not stored yet, and those the file saw later (a newer name or
 * code). A unit seen later locally keeps its local name.
 */
export function planUnits<T extends UnitFacts>(
  existing: ReadonlyMap<string, UnitFacts>,
  incoming: readonly T[],
): { put: T[]; added: number } {
  const best = new Map<string, T>();
  for (const unit of incoming) {
    const other = best.get(unit.id);
    if (!other || later(unit.seenAt, other.seenAt)) best.set(unit.id, unit);
  }
  const put: T[] = [];
  let added = 0;
  for (const unit of best.values()) {
    const stored = existing.get(unit.id);
    if (!stored) added++;
    if (!stored || later(unit.seenAt, stored.seenAt)) put.push(unit);
  }
  return { put, added };
}
