import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UnitAnnotation, ViewAnnotations } from '../../lib/annotator/annotations';
import { annotateOnce } from '../../lib/annotator/annotator';
import { findCriterionAnchors } from '../../lib/annotator/criterion-anchors';
import { findUnitAnchors } from '../../lib/annotator/find-anchors';
import { normalizeLabel } from '../../lib/annotator/text-match';
// @ts-expect-error -- the replica page is plain JS without declarations
import * as replicaRender from '../replica/page/render.js';

const { buildTable, formatNumber, formatPoint, renderCards, renderTable } = replicaRender;

const FIXTURE = 'tests/fixtures/portal-2026/phu-tho-2026-08/transparency.json';
const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const BADGES = '[data-chiso766="badge"]';
const UNIT_BADGES = '[data-chiso766="badge"]:not([data-criterion])';

interface Metric {
  code: string;
  name: string;
  ratio: number | null;
  score: number | null;
  maxScore: number | null;
}
interface ApiUnit {
  departmentId: string;
  departmentName: string;
  totalScore: number | null;
  totalMaxScore: number | null;
  ratio: number | null;
  metrics: Metric[];
}
interface Data {
  overview: ApiUnit;
  evaluation: ApiUnit[];
}

/** A fresh copy each time: tests change names and scores. */
const loadData = (): Data => JSON.parse(readFileSync(FIXTURE, 'utf8')).data;

/** Annotations the background could send for the transparency view (synthetic targets/trends). */
function annotationsFor(data: Data): ViewAnnotations {
  const units = [data.overview, ...data.evaluation].map(
    (unit, i): UnitAnnotation => ({
      unitId: unit.departmentId,
      name: unit.departmentName,
      kind: i === 0 ? 'PROVINCE' : 'COMMUNE',
      score: unit.totalScore,
      maxScore: unit.totalMaxScore,
      delta: {
        delta: i % 2 ? 1.25 : -0.4,
        previous: 6,
        reason: null,
        previousLabel: 'Tháng 07/2026',
      },
      rank: i === 0 ? null : { rank: i, of: data.evaluation.length, change: i % 3 ? 2 : -1 },
      rating: null,
      criteria: unit.metrics.map((m) => ({
        code: m.code,
        name: m.name,
        ratio: m.ratio,
        score: m.score,
        maxScore: m.maxScore,
        fullScoreAt: 90,
        target:
          m.ratio === null
            ? { status: 'no-data', target: 80, gap: null }
            : { status: m.ratio >= 80 ? 'met' : 'not-met', target: 80, gap: m.ratio - 80 },
        delta: { delta: null, previous: null, reason: 'missing', previousLabel: null },
      })),
    }),
  );
  return {
    snapshotKey: 'test',
    viewLabel: 'Công khai, minh bạch',
    periodLabel: 'Tháng 08/2026',
    viewLabelEn: 'Satisfaction',
    periodLabelEn: '08/2026',
    provisional: false,
    profileName: null,
    units,
  };
}

type Layout = 'table' | 'cards';

/** How each layout prints a score, as the replica page does: 7.96 in the table, 7,96 on cards. */
function printed(layout: Layout, value: number | null | undefined): string {
  return layout === 'table' ? formatPoint(value) : formatNumber(value);
}

/** Renders the data with the replica page's own renderer, as the page would. */
function render(layout: Layout, data: Data): HTMLElement {
  const model = buildTable(
    'metric',
    data,
    PHU_THO,
    layout === 'table' ? formatPoint : formatNumber,
  );
  const main = document.createElement('main');
  if (layout === 'table') {
    const table = document.createElement('table');
    table.dataset.testid = 'results-table';
    renderTable(table, model);
    main.append(table);
  } else {
    const grid = document.createElement('div');
    grid.dataset.testid = 'results-cards';
    renderCards(grid, model);
    main.append(grid);
  }
  document.body.replaceChildren(main);
  return main;
}

/** The row or card printing a unit: by the table's id hook, or by the card's heading. */
function itemOf(layout: Layout, host: Element): Element | null {
  return host.closest(layout === 'table' ? 'tr' : 'article');
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe.each<Layout>(['table', 'cards'])('annotating the %s layout', (layout) => {
  it('badges ≥ 95 % of the 164 units next to their own score', () => {
    const data = loadData();
    const view = annotationsFor(data);
    const main = render(layout, data);
    const byId = new Map(view.units.map((u) => [u.unitId, u]));

    const placed = annotateOnce(document, view);

    const hosts = [...main.querySelectorAll(UNIT_BADGES)];
    const ids = new Set(hosts.map((h) => h.getAttribute('data-unit-id')));
    expect(ids.size).toBe(hosts.length);
    expect(hosts.length).toBeGreaterThanOrEqual(Math.ceil(view.units.length * 0.95));
    expect(placed).toBe(main.querySelectorAll(BADGES).length);
    for (const host of hosts) {
      const unit = byId.get(host.getAttribute('data-unit-id') ?? '');
      expect(unit).toBeDefined();
      const item = itemOf(layout, host);
      // Inside the element printing the score, right after its text.
      const score = host.parentElement;
      expect(score?.tagName).toBe(layout === 'table' ? 'TD' : 'STRONG');
      expect(score?.textContent).toBe(printed(layout, unit?.score));
      if (layout === 'table') {
        expect(item?.getAttribute('data-unit-id')).toBe(unit?.unitId);
      } else {
        expect(normalizeLabel(item?.querySelector('h3')?.textContent ?? '')).toBe(
          normalizeLabel(unit?.name ?? ''),
        );
      }
    }
  });

  it('writes nothing into the page’s own text', () => {
    const data = loadData();
    const main = render(layout, data);
    const before = main.textContent;
    const names = [...main.querySelectorAll(layout === 'table' ? '.unit-name' : 'h3')].map(
      (e) => e.textContent,
    );
    annotateOnce(document, annotationsFor(data));
    expect(main.querySelectorAll(BADGES).length).toBeGreaterThan(0);
    expect(main.textContent).toBe(before);
    expect(
      [...main.querySelectorAll(layout === 'table' ? '.unit-name' : 'h3')].map(
        (e) => e.textContent,
      ),
    ).toEqual(names);
    for (const host of main.querySelectorAll(BADGES)) {
      expect(host.childNodes.length).toBe(0);
      expect(host.shadowRoot?.textContent).not.toBe('');
    }
  });

  it('puts each criterion badge after that criterion’s ratio', () => {
    const data = loadData();
    const view = annotationsFor(data);
    const main = render(layout, data);
    annotateOnce(document, view);
    const root = view.units[0];
    const content = main.querySelector(
      `[data-unit-id="${PHU_THO}"][data-criterion="PUBLIC_CONTENT_FULL"]`,
    );
    expect(content).not.toBeNull();
    if (layout === 'table') {
      const cell = content?.parentElement;
      expect(cell?.textContent).toBe('97.75');
      const column = [...(cell?.parentElement?.children ?? [])].indexOf(cell as Element);
      expect(main.querySelectorAll('thead th')[column]?.getAttribute('title')).toBe(
        'PUBLIC_CONTENT_FULL',
      );
    } else {
      expect(content?.parentElement?.textContent).toBe('97,75%');
      expect(content?.parentElement?.parentElement?.querySelector('span')?.textContent).toBe(
        root?.criteria.find((c) => c.code === 'PUBLIC_CONTENT_FULL')?.name,
      );
    }
    // 100 % for the root: its own column, not some other 100,00 in the row.
    const sync = main.querySelector(`[data-unit-id="${PHU_THO}"][data-criterion="DOSSIER_SYNC"]`);
    expect(sync).not.toBeNull();
    expect(main.querySelectorAll(`${BADGES}[data-unit-id="${PHU_THO}"]`).length).toBe(3);
  });

  it('keeps the root badge in the list when the name is also in a heading above', () => {
    const data = loadData();
    const main = render(layout, data);
    const summary = document.createElement('p');
    const name = document.createElement('strong');
    name.textContent = 'UBND tỉnh Phú Thọ';
    const score = document.createElement('span');
    score.textContent = '7,96 / 18,00 điểm (44,22%)';
    summary.append(name, score);
    main.prepend(summary);
    annotateOnce(document, annotationsFor(data));
    const host = main.querySelector(`${UNIT_BADGES}[data-unit-id="${PHU_THO}"]`);
    expect(host).not.toBeNull();
    expect(summary.contains(host)).toBe(false);
    expect(itemOf(layout, host as Element)).not.toBeNull();
  });

  it('tells apart two units with the same name, in page order', () => {
    const data = loadData();
    const first = data.evaluation[20];
    expect(first).toBeDefined();
    if (!first) return;
    const twin: ApiUnit = { ...first, departmentId: 'twin-id', totalScore: 3.33 };
    data.evaluation.push(twin);
    const view = annotationsFor(data);
    const main = render(layout, data);
    annotateOnce(document, view);
    const a = main.querySelector(`${UNIT_BADGES}[data-unit-id="${first.departmentId}"]`);
    const b = main.querySelector(`${UNIT_BADGES}[data-unit-id="twin-id"]`);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(itemOf(layout, a as Element)).not.toBe(itemOf(layout, b as Element));
    const scoreOf = (host: Element | null) => host?.parentElement?.textContent;
    expect(scoreOf(a)).toBe(printed(layout, first.totalScore));
    expect(scoreOf(b)).toBe(layout === 'table' ? '3.33' : '3,33');
  });

  it('matches a name the page prints decomposed, with odd spaces', () => {
    const data = loadData();
    const view = annotationsFor(data);
    const unit = data.evaluation[40];
    if (!unit) throw new Error('fixture too short');
    unit.departmentName = ` ${unit.departmentName.normalize('NFD').replace(/ /g, '\u00a0 ')} `;
    const main = render(layout, data);
    annotateOnce(document, view);
    expect(
      main.querySelector(`${UNIT_BADGES}[data-unit-id="${unit.departmentId}"]`),
    ).not.toBeNull();
  });

  it('leaves alone units that are not on the page or show another score', () => {
    const data = loadData();
    const view = annotationsFor(data);
    const ghost = view.units[5];
    const shifted = view.units[6];
    if (!ghost || !shifted) throw new Error('fixture too short');
    view.units.push({ ...ghost, unitId: 'ghost', name: 'UBND xã Không Có Thật' });
    // The page shows another period for this unit: its score does not match ours.
    shifted.score = (shifted.score ?? 0) + 0.37;
    const main = render(layout, data);
    annotateOnce(document, view);
    expect(main.querySelector('[data-unit-id="ghost"]')).toBeNull();
    expect(main.querySelector(`${BADGES}[data-unit-id="${shifted.unitId}"]`)).toBeNull();
  });

  it('renders a hostile unit name as text, in the page and in the badge', () => {
    const data = loadData();
    const hostile = '<img src=x onerror=alert(1)>';
    const unit = data.evaluation[3];
    if (!unit) throw new Error('fixture too short');
    unit.departmentName = hostile;
    const view = annotationsFor(data);
    const main = render(layout, data);
    annotateOnce(document, view);
    const host = main.querySelector(`${UNIT_BADGES}[data-unit-id="${unit.departmentId}"]`);
    expect(host).not.toBeNull();
    expect(host?.getAttribute('aria-label')).toContain(hostile);
    expect(document.querySelectorAll('img').length).toBe(0);
    for (const badge of main.querySelectorAll(BADGES)) {
      expect(badge.shadowRoot?.querySelectorAll('img').length).toBe(0);
    }
  });
});

describe('the cards layout of the replica page', () => {
  it('has no table and no unit ids, one card per unit', () => {
    const data = loadData();
    const main = render('cards', data);
    expect(main.querySelector('table')).toBeNull();
    expect(main.querySelector('[data-unit-id]')).toBeNull();
    expect(main.querySelectorAll('article[data-test-unit]').length).toBe(164);
    const root = main.querySelector('article');
    expect(root?.querySelector('h3')?.textContent).toBe('UBND tỉnh Phú Thọ');
    expect(root?.querySelector('.diem')?.textContent).toBe('Điểm: 7,96/18');
    expect(root?.querySelector('.diem strong')?.textContent).toBe('7,96');
    expect(root?.querySelector('li')?.textContent).toBe('Tỷ lệ TTHC công bố đúng hạn —');
  });
});

describe('findUnitAnchors and findCriterionAnchors', () => {
  it('return the name, score and row for a unit and its criteria', () => {
    const data = loadData();
    const view = annotationsFor(data);
    render('table', data);
    const anchors = findUnitAnchors(document, view.units);
    const root = view.units[0];
    if (!root) throw new Error('no root');
    const anchor = anchors.get(root.unitId);
    expect(anchor?.container.tagName).toBe('TR');
    expect(anchor?.nameElement.textContent).toBe('UBND tỉnh Phú Thọ');
    expect(anchor?.scoreElement?.textContent).toBe('7.96');
    const criteria = findCriterionAnchors(anchor?.container as Element, root, [
      anchor?.scoreElement ?? null,
    ]);
    expect([...criteria.keys()].sort()).toEqual(['DOSSIER_SYNC', 'PUBLIC_CONTENT_FULL']);
  });

  it('skip option lists, scripts and our own badges', () => {
    const select = document.createElement('select');
    const option = document.createElement('option');
    option.textContent = 'UBND xã A';
    select.append(option);
    const div = document.createElement('div');
    const name = document.createElement('span');
    name.textContent = 'UBND xã A';
    const score = document.createElement('span');
    score.textContent = '5,00';
    div.append(name, score);
    document.body.append(select, div);
    const unit: UnitAnnotation = {
      unitId: 'a',
      name: 'UBND xã A',
      kind: 'COMMUNE',
      score: 5,
      maxScore: 18,
      delta: { delta: null, previous: null, reason: 'missing', previousLabel: null },
      rank: null,
      rating: null,
      criteria: [],
    };
    const anchor = findUnitAnchors(document, [unit]).get('a');
    expect(anchor?.nameElement).toBe(name);
    expect(anchor?.scoreElement).toBe(score);
    expect(anchor?.container).toBe(div);
  });
});
