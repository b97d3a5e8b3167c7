import { describe, expect, it } from 'vitest';
import {
  type CaptureAllProgress,
  type CaptureStep,
  type FetchedResponse,
  runCaptureAll,
  stepName,
  stopReasonOf,
} from './capture-all';

const STEPS: CaptureStep[] = (
  [
    ['CKMB', 'transparency'],
    ['TDGQ', 'dvc-progress-tree'],
    ['MDSH', 'dossier-digitized'],
  ] as const
).map(([group, e]) => ({
  group,
  endpoint: `evaluation/${e}`,
  label: e,
  body: '{}',
}));

const OK: FetchedResponse = {
  status: 201,
  contentType: 'application/json; charset=utf-8',
  responseText: '{"code":"OK","data":{}}',
  observedAt: '2026-09-26T18:14:39.135Z',
};

function harness(responses: (FetchedResponse | Error)[]) {
  const events: string[] = [];
  const progress: CaptureAllProgress[] = [];
  let fetches = 0;
  return {
    events,
    progress,
    deps: {
      fetchStep: async (step: CaptureStep) => {
        events.push(`fetch ${step.label}`);
        const next = responses[fetches++] ?? OK;
        if (next instanceof Error) throw next;
        return next;
      },
      store: async (step: CaptureStep) => {
        events.push(`store ${step.label}`);
        return { ok: true, reason: null };
      },
      sleep: async (ms: number) => {
        events.push(`sleep ${ms}`);
      },
      random: () => 0.5,
      onProgress: (p: CaptureAllProgress) => progress.push(p),
    },
  };
}

describe('runCaptureAll', () => {
  it('fetches one step at a time with at least a second (plus jitter) between them', async () => {
    const h = harness([]);
    const result = await runCaptureAll(STEPS, h.deps);
    expect(h.events).toEqual([
      'fetch transparency',
      'store transparency',
      'sleep 1125',
      'fetch dvc-progress-tree',
      'store dvc-progress-tree',
      'sleep 1125',
      'fetch dossier-digitized',
      'store dossier-digitized',
    ]);
    expect(result).toMatchObject({ state: 'done', done: 3, total: 3 });
    expect(h.progress.at(-1)?.state).toBe('done');
    expect(h.progress.map((p) => p.done)).toContain(2);
  });

  it('never waits less than a second, even when asked to', async () => {
    const h = harness([]);
    await runCaptureAll(STEPS, { ...h.deps, minGapMs: 10, jitterMs: 0 });
    expect(h.events.filter((e) => e.startsWith('sleep'))).toEqual(['sleep 1000', 'sleep 1000']);
  });

  it.each([
    [{ ...OK, status: 403 }, 'forbidden', /403/],
    [{ ...OK, status: 429 }, 'rate-limited', /429/],
    [{ ...OK, status: 502 }, 'server-error', /502/],
    [
      { ...OK, contentType: 'text/html', responseText: '<html>Request Rejected</html>' },
      'html',
      /HTML/,
    ],
    [{ ...OK, contentType: 'application/json', responseText: ' <!doctype html>' }, 'html', /HTML/],
    [{ ...OK, status: 404 }, 'rejected', /404/],
    [new Error('The operation timed out (timeout)'), 'timeout', /không trả lời kịp/],
    [new TypeError('Failed to fetch'), 'network', /kết nối/],
  ] as const)('stops at the first %#: %s and sends nothing more', async (bad, reason, message) => {
    const h = harness([OK, bad]);
    const result = await runCaptureAll(STEPS, h.deps);
    expect(result.state).toBe('stopped');
    expect(result.stop?.reason).toBe(reason);
    expect(result.stop?.message).toMatch(message);
    expect(result.stop?.message).toMatch(/Đã dừng/);
    expect(result.stop?.endpoint).toBe('evaluation/dvc-progress-tree');
    expect(result.stored).toEqual(['evaluation/transparency']);
    expect(h.events.filter((e) => e.startsWith('fetch'))).toHaveLength(2);
    expect(h.events).not.toContain('store dvc-progress-tree');
  });

  it('stops when a response cannot be understood, saying why', async () => {
    const h = harness([]);
    const result = await runCaptureAll(STEPS, {
      ...h.deps,
      store: async () => ({ ok: false, reason: 'transparency: data.overview: thiếu' }),
    });
    expect(result.state).toBe('stopped');
    expect(result.stop?.message).toMatch(/data\.overview/);
    expect(h.events.filter((e) => e.startsWith('fetch'))).toHaveLength(1);
  });

  it('stops between steps when cancelled', async () => {
    const controller = new AbortController();
    const h = harness([]);
    const result = await runCaptureAll(STEPS, {
      ...h.deps,
      signal: controller.signal,
      store: async () => {
        controller.abort();
        return { ok: true, reason: null };
      },
    });
    expect(result.state).toBe('stopped');
    expect(h.events.filter((e) => e.startsWith('fetch'))).toHaveLength(1);
  });

  it('classifies responses', () => {
    expect(stopReasonOf(OK)).toBeNull();
    expect(stopReasonOf({ ...OK, status: 200 })).toBeNull();
    expect(stopReasonOf({ ...OK, status: 500 })).toBe('server-error');
  });
});

describe('stepName', () => {
  it('names a step in the UI language, the summary tab included', () => {
    expect(stepName({ group: 'MDHL', label: 'Mức độ hài lòng' }, 'en')).toBe('Satisfaction');
    expect(stepName({ group: 'TOTAL', label: 'Tổng hợp' }, 'en')).toBe('Summary');
    expect(stepName({ group: 'TOTAL', label: 'Tổng hợp' }, 'vi')).toBe('Tổng hợp');
    expect(stepName({ group: 'CKMB', label: 'x' }, 'vi')).not.toBe('x');
  });
});
