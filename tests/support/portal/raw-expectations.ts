/**
 * TEST SUPPORT ONLY (imported by tests/unit/portal-api2026-*.test.ts, never by the extension).
 *
 * A second, deliberately naive reading of raw portal JSON: what each observation and unit
 * must contain, written from the field names in domain-766.md §8 without the adapter's
 * schemas or helpers. Contract and mutation tests compare the adapter's output with this,
 * so a bug has to be made twice, in two different styles, to go unnoticed.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export interface ExpectedObservation {
  unitId: string;
  group: string;
  criterion: string | null;
  derived: boolean;
  score: Json | undefined;
  maxScore: Json | undefined;
  numerator: Json | undefined;
  denominator: Json | undefined;
  ratio: Json | undefined;
  flags: string[];
  flagMessage: Json | undefined;
  /** The raw row the observation came from, to check `params` against. */
  source: Obj;
}

export interface ExpectedUnit {
  id: string;
  code: Json | undefined;
  name: string;
  kind: string;
  parentId: string | null;
}

const GROUP_OF: Record<string, string> = {
  'evaluation/transparency': 'CKMB',
  'evaluation/dvc-progress-tree': 'TDGQ',
  'evaluation/provide-online-tree': 'CLGQ',
  'evaluation/formality-online-payment-tree': 'TTTT',
  'evaluation/handling-satisfaction': 'MDHL',
  'evaluation/dossier-digitized': 'MDSH',
};

const GROUP_MAX: Record<string, number> = {
  CKMB: 18,
  TDGQ: 20,
  CLGQ: 12,
  TTTT: 10,
  MDHL: 18,
  MDSH: 22,
};

/** [code, numerator field, denominator field] per tree endpoint (domain-766.md §3.2–3.4). */
const DERIVED: Record<string, [string, string, string][]> = {
  'evaluation/dvc-progress-tree': [['ON_TIME_SHARE', 'totalOnTime', 'totalReceived']],
  'evaluation/provide-online-tree': [
    ['ONLINE_DOSSIER_SHARE', 'channelOnlineSum', 'channelTotalSum'],
  ],
  'evaluation/formality-online-payment-tree': [
    ['ONLINE_PAYMENT_SHARE', 'totalDossierOnlinePaymentSuccess', 'totalDossierFinancialObligation'],
    [
      'ONLINE_FORMALITY_PAYMENT_SHARE',
      'totalDossierOnlineFormalityPaymentSuccess',
      'totalFeeDossierFormalityDistinct',
    ],
    ['FEE_FORMALITY_WITH_DOSSIER_SHARE', 'totalFeeDossierFormality', 'totalFeeFormality'],
  ],
};

/** Absent in the JSON → null in the store: "no value" is never 0. */
function v(value: Json | undefined): Json {
  return value === undefined ? null : value;
}

function asObj(value: Json | undefined): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function observation(
  unitId: string,
  group: string,
  fields: Partial<ExpectedObservation> & { source: Obj },
): ExpectedObservation {
  return {
    unitId,
    group,
    criterion: null,
    derived: false,
    score: null,
    maxScore: null,
    numerator: null,
    denominator: null,
    ratio: null,
    flags: [],
    flagMessage: null,
    ...fields,
  };
}

function percent(num: Json | undefined, den: Json | undefined): number | null {
  if (typeof num !== 'number' || typeof den !== 'number') return null;
  if (den <= 0 || num < 0) return null;
  const r = (num / den) * 100;
  return Number.isFinite(r) ? r : null;
}

function metricKind(row: Obj, isRoot: boolean): string {
  const type = row.departmentType;
  if (type === 'PROVINCE') return 'PROVINCE';
  if (type === 'PROVINCIAL_DEPARTMENT') return 'AGENCY';
  if (type === 'COMMUNE_PEOPLE_COMMITTEE') return 'COMMUNE';
  if (row.departmentLevel === 'COMMUNE') return 'COMMUNE';
  if (row.departmentLevel === 'PROVINCE') return isRoot ? 'PROVINCE' : 'AGENCY';
  return '?';
}

function unit(row: Obj, id: string, kind: string, parentId: string | null): ExpectedUnit {
  return {
    id,
    code: v(row.departmentCode),
    name: String(row.departmentName).normalize('NFC'),
    kind,
    parentId,
  };
}

export interface Expectation {
  units: ExpectedUnit[];
  observations: ExpectedObservation[];
}

/** What parseCapture must store for `data` of `endpoint` (the envelope's `data`). */
export function expectFromRaw(endpoint: string, dataJson: Json, rootId: string): Expectation {
  const data = asObj(dataJson);
  const units: ExpectedUnit[] = [];
  const obs: ExpectedObservation[] = [];
  const group = GROUP_OF[endpoint] ?? '?';

  if (endpoint === 'formalities') return { units, observations: obs };

  if (endpoint === 'evaluation/service-results') {
    const overview = asObj(data.overview);
    const national = rootId === 'NATION';
    const rootKind = national ? 'NATION' : 'PROVINCE';
    units.push(unit(overview, rootId, rootKind, national ? null : 'NATION'));
    // growthPercent sits beside the overview but belongs to the root's TOTAL row.
    const rootSource: Obj =
      'growthPercent' in data ? { ...overview, growthPercent: v(data.growthPercent) } : overview;
    obs.push(
      observation(rootId, 'TOTAL', {
        score: v(overview.totalScore),
        maxScore: 'totalMaxScore' in overview ? v(overview.totalMaxScore) : 100,
        ratio: v(overview.ratio),
        source: rootSource,
      }),
    );
    for (const rowJson of asArray(data.evaluation)) {
      const row = asObj(rowJson);
      const id = String(row.departmentId);
      const kind = national ? 'PROVINCE' : row.childGroup === 'AGENCY' ? 'AGENCY' : 'COMMUNE';
      units.push(unit(row, id, kind, rootId));
      obs.push(
        observation(id, 'TOTAL', {
          score: v(row.totalScore),
          maxScore: 'totalMaxScore' in row ? v(row.totalMaxScore) : 100,
          ratio: v(row.ratio),
          source: row,
        }),
      );
      for (const [code, score] of Object.entries(asObj(row.groupScores))) {
        if (!(code in GROUP_MAX)) continue;
        obs.push(observation(id, code, { score, maxScore: GROUP_MAX[code], source: {} }));
      }
    }
    return { units, observations: obs };
  }

  if (endpoint in DERIVED) {
    const parent = asObj(data.parent);
    const rows: [Obj, boolean][] = [
      [parent, true],
      ...asArray(data.children).map((c): [Obj, boolean] => [asObj(c), false]),
    ];
    for (const [row, isRoot] of rows) {
      const id = String(row.departmentId);
      const kind = isRoot ? 'PROVINCE' : row.level === 'COMMUNE' ? 'COMMUNE' : 'AGENCY';
      units.push(unit(row, id, kind, isRoot ? 'NATION' : rootId));
      obs.push(
        observation(id, group, {
          score: 'totalScore' in row ? v(row.totalScore) : v(row.score),
          maxScore: 'totalMaxScore' in row ? v(row.totalMaxScore) : v(row.maxScore),
          ratio: v(row.ratio),
          source: row,
        }),
      );
      for (const [code, numField, denField] of DERIVED[endpoint] ?? []) {
        if (!(numField in row) && !(denField in row)) continue;
        const num = typeof row[numField] === 'number' ? row[numField] : null;
        const den = typeof row[denField] === 'number' ? row[denField] : null;
        obs.push(
          observation(id, group, {
            criterion: code,
            derived: true,
            numerator: num,
            denominator: den,
            ratio: percent(num, den),
            source: {},
          }),
        );
      }
    }
    return { units, observations: obs };
  }

  // Metric endpoints.
  const overview = asObj(data.overview);
  const rows: [Obj, boolean][] = [
    [overview, true],
    ...asArray(data.evaluation).map((r): [Obj, boolean] => [asObj(r), false]),
  ];
  for (const [row, isRoot] of rows) {
    const id = String(row.departmentId);
    const kind = metricKind(row, isRoot);
    units.push(unit(row, id, kind, isRoot ? (kind === 'PROVINCE' ? 'NATION' : null) : rootId));
    obs.push(
      observation(id, group, {
        score: v(row.totalScore),
        maxScore: v(row.totalMaxScore),
        ratio: v(row.ratio),
        source: row,
      }),
    );
    for (const metricJson of asArray(row.metrics)) {
      const m = asObj(metricJson);
      const status = m.dataQualityStatus;
      obs.push(
        observation(id, group, {
          criterion: String(m.code),
          score: v(m.score),
          maxScore: v(m.maxScore),
          numerator: v(m.numerator),
          denominator: v(m.denominator),
          ratio: v(m.ratio),
          flags: typeof status === 'string' && status !== '' ? [status] : [],
          flagMessage: v(m.dataQualityMessage),
          source: m,
        }),
      );
    }
  }
  return { units, observations: obs };
}
