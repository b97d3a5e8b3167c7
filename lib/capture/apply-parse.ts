import type { CaptureRecord, ChisoDatabase, ObservationRecord } from '../db/database';
import { snapshotKey } from '../db/snapshot-key';
import type { NormalizedCapture } from '../model/observation';
import { periodKey } from '../model/period';
import type { ParseResult } from '../portal';

/** The snapshot a parsed capture belongs to; none without a root and a period. */
export function snapshotKeyOf(value: NormalizedCapture): string | undefined {
  const { endpoint, rootUnitId, period, scope } = value.context;
  if (!period || !rootUnitId) return undefined;
  return snapshotKey({ endpoint, rootUnitId, periodKey: periodKey(period), scope });
}

/** The capture fields that follow from a parse, whatever its outcome. */
export function parsedFields(result: ParseResult, parserVersion: number): Partial<CaptureRecord> {
  if (!result.ok) {
    const context = result.context ?? {};
    return {
      state: 'flagged',
      reason: result.reason,
      reasonCode: result.code,
      parserVersion,
      snapshotKey: undefined,
      subject: context.subject ?? null,
      periodKey: context.period ? periodKey(context.period) : null,
      periodType: context.period?.type ?? null,
      periodClosed: context.periodClosed ?? null,
      rootUnitId: context.rootUnitId ?? null,
      scope: context.scope ?? null,
      warnings: [],
    };
  }
  const { context } = result.value;
  return {
    state: 'ok',
    reason: null,
    reasonCode: null,
    parserVersion,
    snapshotKey: snapshotKeyOf(result.value),
    subject: context.subject,
    periodKey: context.period ? periodKey(context.period) : null,
    periodType: context.period?.type ?? null,
    periodClosed: context.periodClosed,
    rootUnitId: context.rootUnitId,
    scope: context.scope,
    warnings: result.value.warnings,
  };
}

export function observationRecords(
  captureId: number,
  value: NormalizedCapture,
): Omit<ObservationRecord, 'id'>[] {
  const units = new Map(value.units.map((unit) => [unit.id, unit]));
  return value.observations.map((o) => {
    const unit = units.get(o.unitId);
    return {
      captureId,
      endpoint: value.context.endpoint,
      unitId: o.unitId,
      unitCode: unit?.code ?? null,
      unitName: unit?.name ?? '',
      unitKind: unit?.kind ?? 'AGENCY',
      group: o.group,
      criterion: o.criterion,
      derived: o.derived,
      score: o.score,
      maxScore: o.maxScore,
      numerator: o.numerator,
      denominator: o.denominator,
      ratio: o.ratio,
      flags: o.flags,
      flagMessage: o.flagMessage,
      params: o.params,
    };
  });
}

/**
 * Writes what a parse produced for one capture: its state, its observations (replacing any
 * earlier ones) and the units it names. Call inside a rw transaction over captures,
 * observations and units.
 */
export async function applyParse(
  db: ChisoDatabase,
  capture: CaptureRecord,
  result: ParseResult,
  parserVersion: number,
): Promise<CaptureRecord> {
  const fields = parsedFields(result, parserVersion);
  const updated: CaptureRecord = { ...capture, ...fields };
  if (updated.snapshotKey === undefined) delete updated.snapshotKey;
  await db.captures.put(updated);
  await db.observations.where('captureId').equals(capture.id).delete();
  if (!result.ok) return updated;
  await db.observations.bulkAdd(
    observationRecords(capture.id, result.value) as ObservationRecord[],
  );
  await mergeUnits(db, result.value, updated.observedAt);
  return updated;
}

/**
 * Stores the units a capture names. Names change with mergers: keep the one from the newest
 * capture that mentions a unit, but never forget a code because one endpoint (transparency)
 * does not send codes. Call inside a rw transaction over units.
 */
export async function mergeUnits(
  db: ChisoDatabase,
  value: NormalizedCapture,
  observedAt: string,
): Promise<void> {
  const known = await db.units.bulkGet(value.units.map((u) => u.id));
  const merged = value.units.flatMap((unit, i) => {
    const seen = known[i];
    if (!seen) return [{ ...unit, seenAt: observedAt }];
    if (seen.seenAt > observedAt) {
      return seen.code === null && unit.code !== null ? [{ ...seen, code: unit.code }] : [];
    }
    return [{ ...unit, code: unit.code ?? seen.code, seenAt: observedAt }];
  });
  await db.units.bulkPut(merged);
}
