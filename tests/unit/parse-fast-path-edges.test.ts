// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type CaptureInput, parseCapture } from '../../lib/portal/api2026';
import { endpointFromUrl } from '../../lib/portal/api2026/endpoints';
import { fastNormalize } from '../../lib/portal/api2026/fast-path';
import { parseCaptureWithSchemas } from '../../lib/portal/api2026/parse-capture';
import { readRequest } from '../../lib/portal/api2026/request';
import { nfc } from '../../lib/portal/api2026/units';
import { type FixtureCapture, fixtureCaptures, fixtureText } from '../support/fixtures';
import { captureInput } from '../support/portal/capture-input';

/*
 * The corners of the zod contract the random mutations of parse-fast-path.test.ts rarely hit,
 * each on a real fixture: zod's copy of a loose object (its own keys first, then unknown ones,
 * never `__proto__`), the score pair of the trees, unknown group codes, drifted charts (a
 * warning only zod words), pagination, and request bodies that send numbers as text.
 */

type Obj = Record<string, unknown>;

function fixture(file: string): FixtureCapture {
  const capture = fixtureCaptures().find((c) => c.file.endsWith(file));
  if (!capture) throw new Error(`no fixture ${file}`);
  return capture;
}

/** Written as `1e999` in the text, which JSON.parse reads as Infinity. */
const HUGE = '__HUGE__';

/** The fixture's answer, edited as parsed JSON and written back as text. */
function edited(file: string, edit: (data: Obj) => void, request?: Obj): CaptureInput {
  const capture = fixture(file);
  const json = JSON.parse(fixtureText(capture.file)) as { data: Obj };
  edit(json.data);
  const text = JSON.stringify(json).replace(`"${HUGE}"`, '1e999');
  return captureInput(capture, text, request ? { request } : {});
}

function rows(data: Obj, key: string): Obj[] {
  return data[key] as Obj[];
}

/** An own `__proto__` key, as JSON.parse makes one (a plain assignment would not). */
function ownProto(row: Obj, value: unknown): void {
  Object.defineProperty(row, '__proto__', { value, enumerable: true, writable: true });
}

/** Runs both ways, expects the same result; says whether the fast path answered by itself. */
function compare(input: CaptureInput): { ok: boolean; fast: boolean; warnings: string[] } {
  const fast = parseCapture(input);
  const schemas = parseCaptureWithSchemas(input);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(schemas));
  expect(fast).toStrictEqual(schemas);
  const endpoint = endpointFromUrl(input.url);
  if (!endpoint || !schemas.ok) return { ok: false, fast: false, warnings: [] };
  const request = readRequest(endpoint, input.requestBody, input.capturedAt);
  const data = (JSON.parse(input.responseText) as { data: unknown }).data;
  const taken = fastNormalize(endpoint, data, request.context, request.currentPage) !== null;
  return { ok: true, fast: taken, warnings: schemas.value.warnings };
}

const TREE = 'dvc-progress-tree.json';
const METRIC = 'transparency.json';
const NATIONAL = 'national-2026/service-results.json';

describe('fast path corners, against the zod pipeline', () => {
  it('unknown keys: integer-like ones first, `__proto__` never copied, both ways', () => {
    const result = compare(
      edited(METRIC, (data) => {
        const row = rows(data, 'evaluation')[3] as Obj;
        row['7'] = 1;
        row.newFlag = true;
        ownProto(row, { departmentId: 'x' });
        ownProto((row.metrics as Obj[])[0] as Obj, 'p');
      }),
    );
    expect(result).toMatchObject({ ok: true, fast: true });
  });

  it('tree score pair: either spelling is read, neither refuses', () => {
    const renamed = compare(
      edited(TREE, (data) => {
        const parent = data.parent as Obj;
        parent.score = parent.totalScore;
        delete parent.totalScore;
        const child = rows(data, 'children')[0] as Obj;
        child.totalMaxScore = 3;
      }),
    );
    expect(renamed).toMatchObject({ ok: true, fast: true });
    const neither = compare(
      edited(TREE, (data) => {
        const child = rows(data, 'children')[2] as Obj;
        delete child.score;
        delete child.totalScore;
      }),
    );
    expect(neither.ok).toBe(false);
  });

  it('unknown group codes are warned about in the same order', () => {
    const result = compare(
      edited(NATIONAL, (data) => {
        const [first, second] = rows(data, 'evaluation') as [Obj, Obj];
        (first.groupScores as Obj).XYZ = 1;
        (second.groupScores as Obj)['9'] = 'x';
        (second.groupScores as Obj).ABC = null;
        ownProto(second.groupScores as Obj, 1);
      }),
    );
    expect(result).toMatchObject({ ok: true, fast: true });
    expect(result.warnings).toHaveLength(3);
  });

  it('a drifted chart is a warning the schemas word: the fast path leaves it to them', () => {
    for (const file of [TREE, METRIC, NATIONAL]) {
      const result = compare(
        edited(file, (data) => {
          data.monthlyChart = 'x';
        }),
      );
      expect(result.ok, file).toBe(true);
      expect(result.fast, file).toBe(false);
      expect(result.warnings.join(), file).toContain('biểu đồ');
    }
  });

  it('refusals: Infinity, a repeated unit or metric code, another page, an envelope', () => {
    const cases: ((data: Obj) => void)[] = [
      (data) => {
        (rows(data, 'evaluation')[1] as Obj).totalScore = HUGE;
      },
      (data) => {
        const list = rows(data, 'evaluation');
        (list[2] as Obj).departmentId = (list[1] as Obj).departmentId;
      },
      (data) => {
        const metrics = (rows(data, 'evaluation')[0] as Obj).metrics as Obj[];
        (metrics[1] as Obj).code = (metrics[0] as Obj).code;
      },
      (data) => {
        (data.pagination as Obj).currentPage = 2;
      },
    ];
    for (const edit of cases) expect(compare(edited(METRIC, edit)).ok).toBe(false);
    const capture = fixture(METRIC);
    for (const body of ['{"code":"OK","message":3,"data":{}}', '{"code":"OK"}', '[]']) {
      expect(compare(captureInput(capture, body)).ok).toBe(false);
    }
  });

  it('pagination: more pages is a warning on both ways', () => {
    const result = compare(
      edited(METRIC, (data) => {
        (data.pagination as Obj).totalPages = 3;
        (data.pagination as Obj).total = 500;
      }),
    );
    expect(result).toMatchObject({ ok: true, fast: true });
    expect(result.warnings).toHaveLength(1);
  });

  it('request bodies: numbers as text are read, anything doubtful is left to zod', () => {
    const base = fixture(METRIC).requestBody;
    const bodies: Obj[] = [
      { ...base, month: '08', year: '2026', currentPage: '1' },
      { ...base, month: 8.5 },
      { ...base, year: 1e300 },
      { ...base, currentPage: '1234567' },
      { ...base, rootDepartmentId: 42 },
      { ...base, formalityId: null, q: 'x' },
    ];
    const outcomes = bodies.map((body) => compare(edited(METRIC, () => {}, body)).ok);
    expect(outcomes).toEqual([true, false, false, false, false, true]);
  });
});

describe('the NFC shortcut of unit names', () => {
  // Every code unit nfc() lets through without ICU.
  const stable: string[] = [];
  for (let c = 0; c < 0x300; c++) stable.push(String.fromCharCode(c));
  for (let c = 0x1e00; c <= 0x1eff; c++) stable.push(String.fromCharCode(c));

  it('lets through only what NFC leaves unchanged, alone or next to any other of them', () => {
    for (const a of stable) {
      // a b₁ a b₂ a … tests every pair (a, b) and (b, a) in one call: nothing there composes.
      const text = stable.map((b) => a + b).join('');
      expect(text.normalize('NFC') === text, `U+${a.charCodeAt(0).toString(16)}`).toBe(true);
    }
  });

  it('still composes what needs it', () => {
    expect(nfc('Pho\u0302\u0301 Tho\u0323')).toBe('Phố Thọ');
    expect(nfc('Phố Thọ')).toBe('Phố Thọ');
    expect(nfc('\u212b')).toBe('\u00c5');
  });
});
