import { beforeEach, describe, expect, it } from 'vitest';
import { findCriterionAnchors } from './criterion-anchors';
import { findUnitAnchors } from './find-anchors';
import { CHILD, criterion, ROOT, renderPage, unit, view } from './fixture-view.test-helper';
import { findHeading } from './heading-anchor';
import { planBadges } from './plan-badges';

const MET = { status: 'met' as const, target: 47, gap: 37.21 };
const SHORT = { status: 'not-met' as const, target: 47, gap: -12.3 };

const cellIndex = (element: Element | undefined) => {
  const cell = element?.closest('td');
  return cell ? [...(cell.parentElement?.children ?? [])].indexOf(cell) : -1;
};

beforeEach(() => document.body.replaceChildren());

describe('anchors by column, not by coincidence', () => {
  it('puts each chip in the column named for it when every value of the row is 0.00', () => {
    renderPage(document);
    const child = unit(CHILD, 'UBND xã Một', 'COMMUNE', [
      criterion('CODE_B', 0),
      criterion('CODE_A', 0),
      criterion('ONLINE_PAYMENT_SHARE', 0),
    ]);
    const anchor = findUnitAnchors(document.body, [child]).get(CHILD);
    expect(anchor).toBeDefined();
    if (!anchor) return;
    const found = findCriterionAnchors(anchor.container, child, [
      anchor.nameElement,
      anchor.scoreElement,
    ]);
    expect(cellIndex(found.get('CODE_A'))).toBe(4);
    expect(cellIndex(found.get('CODE_B'))).toBe(5);
    // The portal's "Tỷ lệ (%)" prints 0.00 too, but it is another measure.
    expect(found.has('ONLINE_PAYMENT_SHARE')).toBe(false);
  });

  it('finds the heading that names the group and the period, not the tabs or the table', () => {
    const main = renderPage(document);
    const tab = document.createElement('button');
    tab.setAttribute('role', 'tab');
    tab.textContent = 'Thanh toán trực tuyến';
    main.prepend(tab);
    const heading = findHeading(document.body, 'Thanh toán trực tuyến', '2026');
    expect(heading?.tagName).toBe('SPAN');
    expect(heading?.textContent).toContain('Tháng 08/2026');
    expect(findHeading(document.body, 'Mức độ hài lòng', '2026')).toBeNull();
  });
});

describe('planning the badges of a view', () => {
  const page = () =>
    view([
      unit(ROOT, 'UBND tỉnh Thử', 'PROVINCE', [criterion('ONLINE_PAYMENT_SHARE', 84.21, MET)]),
      unit(CHILD, 'UBND xã Một', 'COMMUNE', [criterion('ONLINE_PAYMENT_SHARE', 34.7, SHORT)], 0),
    ]);

  it("shows a share with no column at the heading for the root and by the row's name", () => {
    renderPage(document, false);
    const planned = planBadges(document.body, page(), 'vi');
    const byUnit = new Map(planned.map((p) => [p.unitId, p]));
    const root = byUnit.get(ROOT);
    expect(root?.code).toBe('ONLINE_PAYMENT_SHARE');
    expect(root?.anchors[0]?.textContent).toContain('Thanh toán trực tuyến');
    expect(root?.model.parts.map((p) => p.text)).toEqual(['TT trực tuyến 84.21/≥47%', '✓ đạt']);
    const child = byUnit.get(CHILD);
    expect(child?.anchors[0]?.textContent).toBe('UBND xã Một');
    expect(child?.model.parts.map((p) => p.text)).toEqual(['34.70/≥47%', '✗ −12.30']);
    // No unit chip: neither unit changed since the previous period.
    expect(planned.filter((p) => p.code === undefined)).toEqual([]);
    expect(planned).toHaveLength(2);
  });

  it('falls back to the root row when the page has no heading for the group', () => {
    renderPage(document, false);
    document.querySelector('p')?.remove();
    const root = planBadges(document.body, page(), 'en').find((p) => p.unitId === ROOT);
    expect(root?.anchors[0]?.textContent).toBe('UBND tỉnh Thử');
    expect(root?.model.parts.map((p) => p.text)).toEqual(['84.21/≥47%', '✓']);
  });

  it('plans nothing for a share without data or without a target', () => {
    renderPage(document, false);
    const quiet = view([
      unit(ROOT, 'UBND tỉnh Thử', 'PROVINCE', [criterion('ONLINE_PAYMENT_SHARE', null, MET)]),
      unit(CHILD, 'UBND xã Một', 'COMMUNE', [criterion('FEE_SHARE', 0)]),
    ]);
    expect(planBadges(document.body, quiet, 'vi')).toEqual([]);
  });
});
