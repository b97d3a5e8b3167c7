import { describe, expect, it } from 'vitest';
import type {
  CriterionAnnotation,
  UnitAnnotation,
  ViewAnnotations,
} from '../../lib/annotator/annotations';
import { createBadge, isPlacedAfter, placeHost } from '../../lib/annotator/badge';
import { levels, partsAt } from '../../lib/annotator/badge-detail';
import { criterionBadge, unitBadge } from '../../lib/annotator/badge-text';
import { markOf } from '../../lib/annotator/badge-words';

const view: ViewAnnotations = {
  snapshotKey: 'k',
  viewLabel: 'Công khai, minh bạch',
  periodLabel: 'Tháng 08/2026',
  viewLabelEn: 'Transparency',
  periodLabelEn: '08/2026',
  provisional: false,
  profileName: 'Mục tiêu 2026 của tỉnh',
  units: [],
};

function unit(overrides: Partial<UnitAnnotation> = {}): UnitAnnotation {
  return {
    unitId: 'u1',
    name: 'UBND xã Hiền Quan',
    kind: 'COMMUNE',
    score: 7.96,
    maxScore: 18,
    delta: {
      delta: 1.25,
      previous: 6.71,
      reason: null,
      previousLabel: 'Tháng 07/2026',
      previousLabelEn: '07/2026',
    },
    rank: { rank: 8, of: 163, change: 2 },
    rating: null,
    criteria: [],
    ...overrides,
  };
}

function criterion(overrides: Partial<CriterionAnnotation> = {}): CriterionAnnotation {
  return {
    code: 'PUBLIC_CONTENT_FULL',
    name: 'Tỷ lệ TTHC công khai đầy đủ nội dung',
    ratio: 48.75,
    score: 1.2,
    maxScore: 2,
    fullScoreAt: 90,
    target: { status: 'not-met', target: 52, gap: -3.25 },
    delta: {
      delta: -0.4,
      previous: 49.15,
      reason: null,
      previousLabel: 'Tháng 07/2026',
      previousLabelEn: '07/2026',
    },
    ...overrides,
  };
}

const texts = (model: { parts: { text: string }[] }) => model.parts.map((p) => p.text);

const fresh = {
  delta: { delta: null, previous: null, reason: 'missing' as const, previousLabel: null },
};
const provisionalDelta = {
  delta: null,
  previous: 7,
  reason: 'provisional' as const,
  previousLabel: 'Tháng 07/2026',
  previousLabelEn: '07/2026',
};

describe('badge wording', () => {
  it('shows the trend and the rank change of a unit, the rank in places', () => {
    const model = unitBadge(unit(), view);
    expect(texts(model)).toEqual(['▲ 1,25', '↑ 2 bậc']);
    expect(model.parts.map((p) => p.tone)).toEqual(['good', 'good']);
    expect(model.label).toBe(
      'UBND xã Hiền Quan: 7,96 điểm; so với Tháng 07/2026: tăng 1,25; xếp hạng 8/163, tăng 2 bậc',
    );
    expect(model.title).toContain('Điểm: 7,96/18,00');
    expect(model.title).toContain('Tháng 07/2026: 6,71');
    expect(model.title).toContain('Xếp hạng: 8/163');
  });

  it('says nothing on the chip for no change, a first month or a provisional period', () => {
    const down = unitBadge(
      unit({
        delta: { delta: -0.4, previous: 8.36, reason: null, previousLabel: null },
        rank: { rank: 72, of: 163, change: -63 },
      }),
      view,
    );
    expect(texts(down)).toEqual(['▼ 0,40', '↓ 63 bậc']);
    expect(down.label).toContain('giảm 0,40');
    expect(down.label).toContain('giảm 63 bậc');
    const flat = unitBadge(
      unit({
        delta: { delta: 0.001, previous: 7.96, reason: null, previousLabel: null },
        rank: { rank: 8, of: 163, change: 0 },
      }),
      view,
    );
    expect(texts(flat)).toEqual([]);
    // The sentence still says it, for whoever asks.
    expect(flat.label).toContain('không đổi');
    const first = unitBadge(unit({ ...fresh, rank: null }), view);
    expect(texts(first)).toEqual([]);
    expect(first.label).toContain('chưa có số liệu kỳ trước');
    const provisional = unitBadge(
      unit({ delta: provisionalDelta, rank: { rank: 3, of: 10, change: null } }),
      view,
    );
    expect(texts(provisional)).toEqual([]);
    expect(provisional.label).toContain('số liệu tạm tính');
    const criterionFlat = criterionBadge(
      unit(),
      criterion({
        target: { status: 'no-target', target: null, gap: null },
        delta: { delta: 0, previous: 48.75, reason: null, previousLabel: null },
      }),
      view,
    );
    expect(texts(criterionFlat)).toEqual([]);
  });

  it('labels the shortfall and keeps the target first, the trend second', () => {
    const short = criterionBadge(unit(), criterion(), view);
    expect(texts(short)).toEqual(['✗ thiếu 3,25', '▼ 0,40']);
    expect(short.parts[0]?.tone).toBe('bad');
    expect(short.label).toBe(
      'UBND xã Hiền Quan, Tỷ lệ TTHC công khai đầy đủ nội dung: 48,75%; mục tiêu ≥ 52%: chưa đạt, thiếu 3,25 điểm %; so với Tháng 07/2026: giảm 0,40',
    );
    expect(short.title).toContain('Mục tiêu: ≥ 52%');
    expect(short.title).toContain('Đạt điểm tối đa khi ≥ 90%');
    expect(short.title).toContain('Tháng 07/2026: 49,15%');
    expect(short.title).toContain('Mục tiêu 2026 của tỉnh');
    const met = criterionBadge(
      unit(),
      criterion({ ratio: 97.75, target: { status: 'met', target: 52, gap: 45.75 } }),
      view,
    );
    expect(texts(met)).toEqual(['✓ đạt', '▼ 0,40']);
    expect(met.parts[0]?.tone).toBe('good');
    const none = criterionBadge(
      unit(),
      criterion({
        ratio: null,
        target: { status: 'no-data', target: 52, gap: null },
        delta: { delta: null, previous: null, reason: 'no-data', previousLabel: null },
      }),
      view,
    );
    expect(texts(none)).toEqual(['–']);
  });

  it('writes numbers on the chip like the page, the spoken sentence in the UI language', () => {
    const model = criterionBadge(unit(), criterion(), view, 'vi', '.');
    expect(texts(model)).toEqual(['✗ thiếu 3.25', '▼ 0.40']);
    expect(model.label).toContain('thiếu 3,25 điểm %');
    expect(markOf('12.96')).toBe('.');
    expect(markOf('12,96')).toBe(',');
    expect(markOf('—')).toBeNull();
  });

  it('gives a share with no column its value and target, named at the heading only', () => {
    const share = criterion({
      code: 'ONLINE_PAYMENT_SHARE',
      name: 'Tỷ lệ hồ sơ thanh toán trực tuyến (tính từ số liệu cổng)',
      ratio: 34.7,
      target: { status: 'not-met', target: 47, gap: -12.3 },
    });
    expect(texts(criterionBadge(unit(), share, view, 'vi', '.', 'heading'))).toEqual([
      'TT trực tuyến 34.70/≥47%',
      '✗ thiếu 12.30',
    ]);
    expect(texts(criterionBadge(unit(), share, view, 'vi', '.', 'row'))).toEqual([
      '34.70/≥47%',
      '✗ −12.30',
    ]);
    expect(texts(criterionBadge(unit(), share, view, 'en', null, 'heading'))).toEqual([
      'paid online 34.70/≥47%',
      '✗ short 12.30',
    ]);
  });
});

describe('badge detail levels', () => {
  it('drops the trend before the shortfall, and the shortfall last', () => {
    const model = criterionBadge(unit(), criterion(), view);
    expect(levels(model).map((level) => level.map((p) => p.text))).toEqual([
      ['✗ thiếu 3,25', '▼ 0,40'],
      ['✗ −3,25', '▼ 0,40'],
      ['✗ −3,25'],
      ['−3,25'],
      ['✗'],
    ]);
    expect(partsAt(model, 99).map((p) => p.tone)).toEqual(['bad']);
  });

  it('drops the rank before the trend of a unit, and never shows an empty level', () => {
    const model = unitBadge(unit({ rank: { rank: 70, of: 163, change: -63 } }), view);
    expect(levels(model).map((level) => level.map((p) => p.text))).toEqual([
      ['▲ 1,25', '↓ 63 bậc'],
      ['▲ 1,25'],
      ['▲'],
    ]);
    const nothing = unitBadge(unit({ ...fresh, rank: null }), view);
    expect(levels(nothing)).toEqual([[]]);
  });
});

describe('badge wording in English', () => {
  it("says a unit's trend, score and rank in English, numbers with a dot", () => {
    const model = unitBadge(unit(), view, 'en');
    expect(texts(model)).toEqual(['▲ 1.25', '↑ 2 places']);
    expect(model.label).toBe(
      'UBND xã Hiền Quan: 7.96 points; vs 07/2026: up 1.25; rank 8/163, up 2 places',
    );
    expect(model.title).toBe(
      [
        'UBND xã Hiền Quan — Transparency · 08/2026',
        'Score: 7.96/18.00',
        '07/2026: 6.71',
        'Rank: 8/163',
      ].join('\n'),
    );
  });

  it('words falls, unknown previous periods, ratings, new units and provisional periods', () => {
    const down = unitBadge(
      unit({
        delta: { delta: -0.4, previous: 8.36, reason: null, previousLabel: null },
        rank: { rank: 9, of: 163, change: -1 },
        rating: 'Tốt',
      }),
      { ...view, provisional: true },
      'en',
    );
    expect(texts(down)).toEqual(['▼ 0.40', '↓ 1 place']);
    expect(down.label).toBe(
      'UBND xã Hiền Quan: 7.96 points; rated Tốt; vs previous period: down 0.40; rank 9/163, down 1 place',
    );
    expect(down.title).toContain('Transparency · 08/2026 (provisional)');
    expect(down.title).toContain('Rating: Tốt');
    expect(down.title).toContain('Previous period: 8.36');
    const flat = unitBadge(
      unit({
        delta: { delta: 0.001, previous: 7.96, reason: null, previousLabel: null },
        rank: { rank: 8, of: 163, change: 0 },
      }),
      view,
      'en',
    );
    expect(texts(flat)).toEqual([]);
    expect(flat.label).toContain('vs previous period: unchanged; rank 8/163, same place');
    const first = unitBadge(
      unit({ ...fresh, rank: { rank: null, of: 163, change: null } }),
      view,
      'en',
    );
    expect(texts(first)).toEqual([]);
    expect(first.label).toContain('no previous period to compare with; not ranked');
    const provisional = unitBadge(unit({ delta: provisionalDelta, rank: null }), view, 'en');
    expect(texts(provisional)).toEqual([]);
    expect(provisional.label).toContain(
      'provisional figures, not compared with the previous period',
    );
  });

  it("says a criterion's target status, gap and trend in English", () => {
    const model = criterionBadge(unit(), criterion(), view, 'en');
    expect(partsAt(model, 0).map((p) => p.text)).toEqual(['✗ short 3.25', '▼ 0.40']);
    expect(partsAt(model, 1).map((p) => p.text)).toEqual(['✗ −3.25', '▼ 0.40']);
    expect(partsAt(model, 2).map((p) => p.text)).toEqual(['✗ −3.25']);
    expect(model.parts.map((p) => p.tone)).toEqual(['bad', 'bad']);
    expect(model.label).toBe(
      'UBND xã Hiền Quan, Tỷ lệ TTHC công khai đầy đủ nội dung: 48.75%; target ≥ 52%: not met, short by 3.25 percentage points; vs 07/2026: down 0.40',
    );
    expect(model.title).toBe(
      [
        'UBND xã Hiền Quan — Tỷ lệ TTHC công khai đầy đủ nội dung',
        'Transparency · 08/2026',
        'Ratio: 48.75%',
        'Score: 1.20/2.00',
        'Target: ≥ 52% (gap −3.25 pp)',
        'Full score at ≥ 90% (formula threshold)',
        '07/2026: 49.15%',
        'Target profile: Mục tiêu 2026 của tỉnh',
      ].join('\n'),
    );
    const met = criterionBadge(
      unit(),
      criterion({
        ratio: 97.75,
        target: { status: 'met', target: 92.5, gap: 5.25 },
        delta: { delta: null, previous: null, reason: 'provisional', previousLabel: null },
      }),
      view,
      'en',
    );
    expect(levels(met).map((level) => level.map((p) => p.text))).toEqual([['✓ met'], ['✓']]);
    expect(met.label).toContain('target ≥ 92.50%: met, over by 5.25 percentage points');
    expect(met.title).toContain('Target: ≥ 92.50% (gap +5.25 pp)');
  });

  it('is Vietnamese unless told otherwise', () => {
    expect(unitBadge(unit(), view)).toEqual(unitBadge(unit(), view, 'vi'));
    expect(criterionBadge(unit(), criterion(), view)).toEqual(
      criterionBadge(unit(), criterion(), view, 'vi'),
    );
  });
});

describe('badge element', () => {
  const model = criterionBadge(unit(), criterion(), view);
  const spot = { side: 'before' as const, offsetX: 40, offsetBottom: -1.5 };

  it('is an empty host with an open shadow root holding the content and a style', () => {
    const host = createBadge(document, model, partsAt(model, 0), spot, 'u1', 'PUBLIC_CONTENT_FULL');
    expect(host.getAttribute('data-chiso766')).toBe('badge');
    expect(host.getAttribute('data-unit-id')).toBe('u1');
    expect(host.getAttribute('data-criterion')).toBe('PUBLIC_CONTENT_FULL');
    expect(host.getAttribute('aria-label')).toBe(model.label);
    expect(host.getAttribute('title')).toBe(model.title);
    expect(host.hasAttribute('data-unmeasured')).toBe(false);
    expect(host.childNodes.length).toBe(0);
    const shadow = host.shadowRoot;
    expect(shadow).not.toBeNull();
    // One shared constructed sheet where the browser has them, else a <style> per badge.
    const adopted = shadow?.adoptedStyleSheets ?? [];
    const css =
      adopted.length > 0
        ? [...(adopted[0]?.cssRules ?? [])].map((rule) => rule.cssText).join('\n')
        : (shadow?.querySelector('style')?.textContent ?? '');
    expect(css).toContain('all: initial');
    expect(css).toMatch(/position: absolute/);
    const parts = [...(shadow?.querySelectorAll('.p') ?? [])];
    expect(parts.map((p) => p.textContent)).toEqual(['✗ thiếu 3,25', '▼ 0,40']);
    // Reachable with Tab, its details shown on focus.
    expect(host.getAttribute('tabindex')).toBe('0');
    expect(parts[0]?.classList.contains('bad')).toBe(true);
  });

  it('takes no room in the page: a zero-size inline host, the badge drawn from it', () => {
    const host = createBadge(document, model, partsAt(model, 1), spot, 'u1');
    expect(host.style.display).toBe('inline');
    expect(host.style.position).toBe('relative');
    expect(host.style.fontSize).toBe('0px');
    expect(host.style.lineHeight).toBe('0');
    const body = host.shadowRoot?.querySelector<HTMLElement>('.b');
    expect(body?.style.right).toBe('40px');
    expect(body?.style.left).toBe('');
    expect(body?.style.bottom).toBe('-1.5px');
    const after = createBadge(document, model, partsAt(model, 1), { ...spot, side: 'after' }, 'u1');
    expect(after.shadowRoot?.querySelector<HTMLElement>('.b')?.style.left).toBe('40px');
  });

  it('marks a badge placed without measurements, to be judged again', () => {
    const host = createBadge(document, model, partsAt(model, 0), null, 'u1');
    expect(host.hasAttribute('data-unmeasured')).toBe(true);
    expect(host.shadowRoot?.querySelector<HTMLElement>('.b')?.style.left).toBe('4px');
  });

  it('goes right after the value text, inside the element that prints it', () => {
    const strong = document.createElement('strong');
    strong.textContent = '84,41';
    const p = document.createElement('p');
    p.append('Điểm: ', strong, '/18');
    document.body.append(p);
    const text = strong.firstChild as Text;
    const host = createBadge(document, model, partsAt(model, 0), spot, 'u1');
    expect(isPlacedAfter(host, text)).toBe(false);
    placeHost(host, text);
    expect(strong.lastChild).toBe(host);
    expect(p.textContent).toBe('Điểm: 84,41/18');
    expect(isPlacedAfter(host, text)).toBe(true);
  });

  it('keeps markup in names as text', () => {
    const hostile = unit({ name: '<img src=x onerror=alert(1)>' });
    const hostileModel = unitBadge(hostile, view);
    const host = createBadge(document, hostileModel, partsAt(hostileModel, 0), null, 'u1');
    document.body.append(host);
    expect(host.getAttribute('aria-label')).toContain('<img src=x onerror=alert(1)>');
    expect(host.shadowRoot?.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});
