import type { GroupOrTotal, Observation, Scope, UnitKind } from '../model/observation';

/** A unit as an import names it, once resolved to an id. */
export interface ImportedUnit {
  id: string;
  code: string | null;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

/**
 * One value an import brings, in the terms of a capture: which snapshot it would belong to
 * (subject, root, period, scope) and the observation itself. Pure data, checked, ready to store.
 */
export interface ImportedRow {
  /** Line of the file or sheet, for messages. */
  line: number;
  subject: GroupOrTotal;
  rootUnitId: string;
  periodKey: string;
  periodClosed: boolean;
  scope: Scope;
  /** When the numbers were captured, if the file says so (ISO 8601, UTC); else null. */
  observedAt: string | null;
  unit: ImportedUnit;
  observation: Observation;
}

/** `unit|group|criterion`: what "the same value" means between an import and a capture. */
export function valueKey(o: Pick<Observation, 'unitId' | 'group' | 'criterion'>): string {
  return `${o.unitId}|${o.group}|${o.criterion ?? ''}`;
}
