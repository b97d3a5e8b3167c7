import { describe, expect, it } from 'vitest';
import { fixtureCaptures } from '../../../tests/support/fixtures';
import { observedFixture } from '../../../tests/support/observed';
import { snapshotKey } from '../../db/snapshot-key';
import { periodKey } from '../../model/period';
import { parseCapture } from './parse-capture';
import { requestedSnapshot } from './requested-snapshot';

describe('the snapshot a request asks for', () => {
  it.each(
    fixtureCaptures()
      .filter((c) => !c.file.includes('formalities'))
      .map((c) => [c.file] as const),
  )('names the snapshot the answer of %s parses into', (file) => {
    const call = observedFixture(file);
    const capturedAt = new Date(call.observedAt);
    const asked = requestedSnapshot(call.url, call.requestBody, capturedAt);
    const parsed = parseCapture({ ...call, capturedAt });
    if (!parsed.ok) throw new Error(parsed.reason);
    const { endpoint, rootUnitId, period, scope } = parsed.value.context;
    if (!rootUnitId || !period) throw new Error(`${file}: no snapshot`);
    expect(asked).not.toBeNull();
    expect(
      snapshotKey(asked ?? { endpoint: '', rootUnitId: '', periodKey: '', scope: 'all' }),
    ).toBe(snapshotKey({ endpoint, rootUnitId, periodKey: periodKey(period), scope }));
  });

  it('names none for a call it cannot read', () => {
    const call = observedFixture('phu-tho-2026-08/transparency.json');
    const at = new Date(call.observedAt);
    expect(
      requestedSnapshot('https://dichvucong.gov.vn/api/v1/other', call.requestBody, at),
    ).toBeNull();
    expect(requestedSnapshot(call.url, '{not json', at)).toBeNull();
    expect(requestedSnapshot(call.url, '{"rootDepartmentId":"x"}', at)).toBeNull();
    expect(requestedSnapshot(call.url, call.requestBody, new Date(Number.NaN))).toBeNull();
  });
});
