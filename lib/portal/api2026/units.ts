import { NATION_UNIT_ID, type Unit, type UnitKind } from '../../model/observation';
import { CaptureFailure } from './failure';

/**
 * Code units NFC leaves alone whatever surrounds them: everything below the combining marks
 * (U+0300) and the precomposed Latin letters U+1E00–U+1EFF (Vietnamese ộ, ữ…). None of them
 * composes with another or is rewritten (checked for every pair in parse-fast-path-edges).
 */
function nfcStable(code: number): boolean {
  return code < 0x300 || (code >= 0x1e00 && code <= 0x1eff);
}

/**
 * Unit names are compared and searched as NFC; the raw bytes stay in the stored payload.
 * Names the portal already sends composed skip ICU, which cost a third of a tree's parse (#11).
 */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (!nfcStable(text.charCodeAt(i))) return text.normalize('NFC');
  }
  return text;
}

export function makeUnit(
  id: string,
  code: string | null | undefined,
  rawName: string,
  kind: UnitKind,
  parentId: string | null,
): Unit {
  return { id, code: code ?? null, name: nfc(rawName), kind, parentId };
}

/** A province belongs to the nation even when the response does not say so. */
export function rootParentId(kind: UnitKind): string | null {
  return kind === 'PROVINCE' ? NATION_UNIT_ID : null;
}

// Maps, not object literals: a portal text such as "constructor" or "__proto__" must find
// nothing, not a property every object inherits.
const KIND_OF_DEPARTMENT_TYPE: ReadonlyMap<string, UnitKind> = new Map([
  ['PROVINCE', 'PROVINCE'],
  ['PROVINCIAL_DEPARTMENT', 'AGENCY'],
  ['COMMUNE_PEOPLE_COMMITTEE', 'COMMUNE'],
]);

/**
 * `departmentLevel`/tree `level` say where a unit sits, not what it is: a child at level
 * PROVINCE is a provincial agency, the root at level PROVINCE is the province itself.
 */
export function kindOfLevel(level: string, isRoot: boolean): UnitKind | null {
  if (level === 'PROVINCE') return isRoot ? 'PROVINCE' : 'AGENCY';
  if (level === 'COMMUNE') return 'COMMUNE';
  return null;
}

const KIND_OF_CHILD_GROUP: ReadonlyMap<string, UnitKind> = new Map([
  ['AGENCY', 'AGENCY'],
  ['COMMUNE', 'COMMUNE'],
]);

function unknownKind(endpointName: string, path: string, value: unknown): never {
  throw new CaptureFailure(
    'schema',
    `${endpointName}: ${path}: không xác định được loại đơn vị (unknown unit kind ${JSON.stringify(value ?? null)})`,
  );
}

interface MetricKindFields {
  departmentType?: string | null;
  departmentLevel?: string | null;
}

/** Metric-type rows: `departmentType` first, `departmentLevel` as a fallback; null if neither. */
export function metricRowKind(row: MetricKindFields, isRoot: boolean): UnitKind | null {
  const byType = row.departmentType ? KIND_OF_DEPARTMENT_TYPE.get(row.departmentType) : undefined;
  if (byType) return byType;
  return row.departmentLevel ? kindOfLevel(row.departmentLevel, isRoot) : null;
}

export function kindOfMetricRow(
  row: MetricKindFields,
  isRoot: boolean,
  endpointName: string,
  path: string,
): UnitKind {
  return (
    metricRowKind(row, isRoot) ??
    unknownKind(endpointName, `${path}.departmentType`, row.departmentType)
  );
}

export function kindOfTreeChild(level: string, endpointName: string, path: string): UnitKind {
  return kindOfLevel(level, false) ?? unknownKind(endpointName, `${path}.level`, level);
}

/** A summary child's kind by its `childGroup`; null when it names no known kind. */
export function childGroupKind(childGroup: string | null | undefined): UnitKind | null {
  return (childGroup ? KIND_OF_CHILD_GROUP.get(childGroup) : undefined) ?? null;
}

export function kindOfChildGroup(
  childGroup: string | null | undefined,
  endpointName: string,
  path: string,
): UnitKind {
  return childGroupKind(childGroup) ?? unknownKind(endpointName, `${path}.childGroup`, childGroup);
}
