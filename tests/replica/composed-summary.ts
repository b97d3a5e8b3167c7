import type { Fixture } from './fixture-index.ts';

/**
 * COMPOSED IN THE REPLICA, NOT A PORTAL ANSWER. No province `service-results` (Tổng hợp) was
 * captured for Phú Thọ, so the replica builds one when asked, for a root and month whose six
 * group answers it holds: the shape is the real province variant
 * (tests/fixtures/portal-2026/gia-lai-2026-02/service-results.json), the numbers are those six
 * real answers added up, because the portal's total is the sum of the six group scores
 * (domain-766.md §8.2; lib/analysis/unit-total.ts). What cannot be derived from the groups
 * (growthPercent, donuts, monthly charts) is null or absent. The answer carries
 * COMPOSED_HEADER and the replica page says so.
 */
export const COMPOSED_HEADER = 'x-replica-composed';

const SUMMARY_PATH = '/api/v1/reporting/evaluation/service-results';

/** The six group endpoints and the group each details, as lib/portal/api2026/endpoints.ts. */
const GROUP_OF_PATH: Readonly<Record<string, string>> = {
  '/api/v1/reporting/evaluation/transparency': 'CKMB',
  '/api/v1/reporting/evaluation/dvc-progress-tree': 'TDGQ',
  '/api/v1/reporting/evaluation/provide-online-tree': 'CLGQ',
  '/api/v1/reporting/evaluation/formality-online-payment-tree': 'TTTT',
  '/api/v1/reporting/evaluation/handling-satisfaction': 'MDHL',
  '/api/v1/reporting/evaluation/dossier-digitized': 'MDSH',
};

/** The radar's five axes as the real summary names them (ONLINE_SERVICE = CLGQ + TTTT). */
const RADAR = [
  { code: 'CKMB', name: 'Công khai, minh bạch', groups: ['CKMB'], maxScore: 18 },
  { code: 'TDGQ', name: 'Tiến độ giải quyết', groups: ['TDGQ'], maxScore: 20 },
  { code: 'ONLINE_SERVICE', name: 'Dịch vụ trực tuyến', groups: ['CLGQ', 'TTTT'], maxScore: 22 },
  { code: 'MDHL', name: 'Mức độ hài lòng', groups: ['MDHL'], maxScore: 18 },
  { code: 'MDSH', name: 'Số hóa hồ sơ', groups: ['MDSH'], maxScore: 22 },
] as const;

interface Row {
  departmentId: string;
  departmentName: string;
  departmentCode?: string | null;
  departmentType?: string | null;
  level?: string | null;
  totalScore?: number | null;
  score?: number | null;
}

interface Unit {
  id: string;
  name: string;
  code: string | null;
  kind: 'AGENCY' | 'COMMUNE';
  scores: Map<string, number | null>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** `2026-08` for a month request of a group, whichever way its endpoint writes the period. */
function monthOf(body: Record<string, unknown>): string | null {
  if (typeof body.fromDate === 'string') return body.fromDate.slice(0, 7);
  if (body.timeType !== 'month') return null;
  return `${String(body.year)}-${String(body.month).padStart(2, '0')}`;
}

/** The composed summary for a request, or null when it is not one the replica can compose. */
export function composedSummary(
  fixtures: readonly Fixture[],
  path: string,
  body: unknown,
): Buffer | null {
  const request = record(body);
  if (path !== SUMMARY_PATH || typeof request.rootDepartmentId !== 'string') return null;
  if ('formalityId' in request) return null;
  const month = monthOf(request);
  if (!month) return null;
  const groups = new Map<string, Record<string, unknown>>();
  for (const f of fixtures) {
    const group = GROUP_OF_PATH[f.path];
    const sent = record(f.capture.requestBody);
    if (!group || sent.rootDepartmentId !== request.rootDepartmentId || monthOf(sent) !== month)
      continue;
    if ('formalityId' in sent || 'formalityID' in sent) continue;
    groups.set(group, record(record(JSON.parse(f.body.toString('utf8'))).data));
  }
  if (groups.size < 6) return null;
  return Buffer.from(JSON.stringify(compose(groups)));
}

function compose(groups: ReadonlyMap<string, Record<string, unknown>>) {
  const rootScores = new Map<string, number | null>();
  const units = new Map<string, Unit>();
  let rootName = '';
  let rootCode: string | null = null;
  for (const [group, data] of groups) {
    const root = record(data.overview ?? data.parent) as unknown as Row;
    rootName ||= root.departmentName;
    rootCode ??= root.departmentCode ?? null;
    rootScores.set(group, root.totalScore ?? root.score ?? null);
    const rows = (data.evaluation ?? data.children ?? []) as Row[];
    for (const row of rows) {
      const unit = units.get(row.departmentId) ?? {
        id: row.departmentId,
        name: row.departmentName,
        code: row.departmentCode ?? null,
        kind:
          row.departmentType === 'COMMUNE_PEOPLE_COMMITTEE' || row.level === 'COMMUNE'
            ? 'COMMUNE'
            : 'AGENCY',
        scores: new Map<string, number | null>(),
      };
      unit.code ??= row.departmentCode ?? null;
      unit.scores.set(group, row.totalScore ?? row.score ?? null);
      units.set(row.departmentId, unit);
    }
  }
  const sum = (scores: ReadonlyMap<string, number | null>, codes: readonly string[]) => {
    let total = 0;
    for (const code of codes) {
      const score = scores.get(code);
      if (score === null || score === undefined) return null;
      total += score;
    }
    return round2(total);
  };
  const six = Object.values(GROUP_OF_PATH);
  const rootTotal = sum(rootScores, six);
  const evaluation = [...units.values()]
    .map((u) => {
      const total = sum(u.scores, six);
      return {
        departmentId: u.id,
        departmentName: u.name,
        departmentCode: u.code,
        totalScore: total,
        ratio: total,
        scoreDelta: null,
        childGroup: u.kind,
      };
    })
    // The real summary lists its children best first.
    .sort((a, b) => (b.totalScore ?? -1) - (a.totalScore ?? -1));
  return {
    code: 'OK',
    data: {
      overview: {
        departmentName: rootName,
        departmentCode: rootCode,
        totalScore: rootTotal,
        totalMaxScore: 100,
        ratio: rootTotal,
      },
      growthPercent: null,
      radar: RADAR.map((axis) => {
        const score = sum(rootScores, axis.groups);
        return {
          code: axis.code,
          name: axis.name,
          score,
          maxScore: axis.maxScore,
          ratio: score === null ? null : round2((score / axis.maxScore) * 100),
        };
      }),
      donuts: null,
      evaluation,
    },
    message: 'OK',
  };
}
