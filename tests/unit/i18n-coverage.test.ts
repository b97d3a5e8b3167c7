import { createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysisPanel } from '../../components/dashboard/AnalysisPanel';
import { ProfileEditor } from '../../components/dashboard/ProfileEditor';
import { ProfilesPanel } from '../../components/dashboard/ProfilesPanel';
import { RatingBandsPanel } from '../../components/dashboard/RatingBandsPanel';
import { LocaleProvider } from '../../components/shared/locale';
import { CriterionRow } from '../../components/sidepanel/CriterionRow';
import { ScorecardPanel } from '../../components/sidepanel/ScorecardPanel';
import { DEFAULT_RATING_BANDS, RATING_NOTE } from '../../lib/analysis/ratings';
import type { ScorecardCriterion } from '../../lib/analysis/scorecard';
import { DEFAULT_PROFILE } from '../../lib/analysis/targets';
import { handleRequest } from '../../lib/background/handle-request';
import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import type { ChisoDatabase } from '../../lib/db/database';
import type { Locale } from '../../lib/format/vietnamese';
import { STRINGS, type StringKey, translate } from '../../lib/i18n/strings';
import { uiLocale } from '../../lib/settings/locale';
import { freshDatabase } from '../support/fresh-db';
import {
  observedDerivedJuly,
  observedFixture,
  PHU_THO_FILES,
  PORTAL_PAGE,
} from '../support/observed';

const PHU_THO = '019d2be3-6a88-732b-8b17-b68020c8553a';
const PHU_THO_NAME = 'UBND tỉnh Phú Thọ';
const KEYS = Object.keys(STRINGS.vi) as StringKey[];
/** Letters only Vietnamese uses: English chrome has none of them. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Vietnamese chrome the English pages used to show. */
const VIETNAMESE_CHROME = ['Mục tiêu', 'mục tiêu', 'Chưa lưu', 'chưa lưu', 'Lưu', 'hạng', 'điểm'];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('the English strings', () => {
  it('have exactly the Vietnamese keys, none of them empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(STRINGS.vi[key].trim(), key).not.toBe('');
      expect(STRINGS.en[key].trim(), key).not.toBe('');
    }
  });

  it('use the same {placeholders} as Vietnamese, key by key', () => {
    for (const key of KEYS) {
      expect(placeholders(STRINGS.en[key]), key).toEqual(placeholders(STRINGS.vi[key]));
    }
  });

  it('are English: no Vietnamese letters outside proper names', () => {
    // The Decision's number keeps its Vietnamese abbreviation.
    for (const key of KEYS) {
      expect(STRINGS.en[key].replace('766/QĐ-TTg', ''), key).not.toMatch(VIETNAMESE_LETTER);
    }
  });

  it('keep the rating note in step with the one the analysis module documents', () => {
    expect(translate('vi', 'ratingNote')).toBe(RATING_NOTE);
  });
});

// ---------------------------------------------------------------------------------------------
// Components rendered in happy-dom, with the background answered from a real Phú Thọ capture.

let db: ChisoDatabase;
const SETTINGS = {
  // A profile named in English, so that any Vietnamese left on the page is chrome, not data.
  profiles: [{ ...DEFAULT_PROFILE, name: 'Test targets' }],
  bands: DEFAULT_RATING_BANDS,
};
const VIEW_STATUS: ViewStatus = {
  view: {
    rootUnitId: PHU_THO,
    rootName: PHU_THO_NAME,
    period: { type: 'month', year: 2026, number: 8 },
    scope: 'all',
    tabId: 1,
    pageUrl: PORTAL_PAGE,
    seenAt: '2026-09-27T00:00:00.000Z',
    periodKey: '2026-08',
    subject: 'MDHL',
    snapshotKey: `evaluation/handling-satisfaction|${PHU_THO}|2026-08|all`,
  },
  stored: [],
  total: 6,
  summaryStored: false,
  run: null,
};
/** What the side panel page hands the scorecard once the background answered. */
const READY = { state: 'ready', value: VIEW_STATUS } as const;

async function background(message: unknown): Promise<unknown> {
  if ((message as { type?: unknown } | null)?.type === 'view:status') {
    return { ok: true, value: VIEW_STATUS };
  }
  return handleRequest(message, 'extension-page', { db, loadSettings: async () => SETTINGS });
}

beforeAll(async () => {
  db = freshDatabase('i18n-coverage');
  for (const file of PHU_THO_FILES) {
    await handleRequest(
      { type: 'capture:observed', pageUrl: PORTAL_PAGE, call: observedFixture(file) },
      'portal-content-script',
      { db },
    );
  }
  await handleRequest(
    { type: 'capture:observed', pageUrl: PORTAL_PAGE, call: observedDerivedJuly() },
    'portal-content-script',
    { db },
  );
});

const roots: Root[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    background as typeof fakeBrowser.runtime.sendMessage,
  );
});

afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  vi.restoreAllMocks();
});

/** Renders `node` inside the provider once the stored language is `locale`. */
async function render(node: ReactNode, locale: Locale): Promise<HTMLElement> {
  await uiLocale.setValue(locale);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  root.render(createElement(LocaleProvider, null, node));
  await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
  return container;
}

/** Text a person reads or hears: content, labels, titles and placeholders; not data in <option>s. */
function chromeText(container: HTMLElement, data: readonly string[] = []): string {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const option of copy.querySelectorAll('option')) option.remove();
  const attributes = [...copy.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap(
    (el) => ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
  );
  let text = [copy.textContent ?? '', ...attributes].join('\n');
  for (const value of data) text = text.replaceAll(value, '');
  return text;
}

function expectNoVietnameseChrome(text: string): void {
  for (const word of VIETNAMESE_CHROME) expect(text).not.toContain(word);
  expect(text).not.toMatch(VIETNAMESE_LETTER);
}

describe('the side panel scorecard in English', () => {
  it('shows English chrome around the portal’s unit names', async () => {
    const container = await render(createElement(ScorecardPanel, { status: READY }), 'en');
    // The scorecard of 164 units with ranks and Δ takes over a second on a loaded machine.
    await vi.waitFor(
      () => expect(container.querySelector('[data-testid="scorecard-total"]')).not.toBeNull(),
      { timeout: 10_000 },
    );
    const text = chromeText(container, [PHU_THO_NAME]);
    expect(container.querySelector('[data-testid="scorecard-unit"]')?.textContent).toBe(
      `${PHU_THO_NAME} — 08/2026`,
    );
    expect(container.querySelector('[data-testid="scorecard-total"]')?.textContent).toBe(
      '59.92/100 points — Average (sum of the 6 groups)',
    );
    expect(container.querySelector('[data-testid="group-score-MDHL"]')?.textContent).toBe(
      '12.96/18',
    );
    const satisfaction = container.querySelector(
      'li[data-criterion="DOSSIER_RECEIVING_SATISFACTION"]',
    );
    expect(satisfaction?.textContent).toContain('✗ Target not met');
    expect(satisfaction?.textContent).toContain('target ≥ 92% (short by 13.78 percentage points)');
    expect(satisfaction?.textContent).toContain('full-score threshold ≥ 90%');
    expect(satisfaction?.textContent).toContain('since the previous period');
    expect(text).toContain('Find a unit');
    expect(text).toContain('Scores by group');
    expect(text).toContain('Targets from: Test targets');
    expect(text).toContain('Satisfaction');
    expect(text).toMatch(/\d+ units/);
    expectNoVietnameseChrome(text);
  });
});

describe('the dashboard panels in English', () => {
  it('labels the analysis table in English', async () => {
    const container = await render(createElement(AnalysisPanel), 'en');
    await vi.waitFor(() =>
      expect(container.querySelector('[data-testid="analysis-table"] tbody tr')).not.toBeNull(),
    );
    const headers = [...container.querySelectorAll('[data-testid="analysis-table"] thead th')];
    expect(headers.map((th) => th.textContent)).toEqual([
      'Rank',
      'Unit',
      'Kind',
      'Score',
      'Change since the previous period, rank',
      'Criteria with a target',
    ]);
    const kinds = new Set(
      [
        ...container.querySelectorAll('[data-testid="analysis-table"] tbody tr td:nth-of-type(2)'),
      ].map((td) => td.textContent),
    );
    expect([...kinds].every((kind) => kind === 'Department' || kind === 'Commune')).toBe(true);
    expect(container.textContent).toContain('Targets from: Test targets');
  });

  it('edits a profile in English', async () => {
    const container = await render(
      createElement(ProfileEditor, {
        profile: DEFAULT_PROFILE,
        onSave: () => {},
        onCancel: () => {},
      }),
      'en',
    );
    const text = chromeText(container);
    for (const label of [
      'Profile name',
      'Applies to the years',
      'Source',
      'Criterion',
      'Target (≥ %)',
      'Add a criterion',
      'Save the profile',
      'Cancel',
    ]) {
      expect(text).toContain(label);
    }
    expect(container.querySelector('[data-testid="profile-save"]')?.textContent).toBe(
      'Save the profile',
    );
    const options = [...container.querySelectorAll('option')].map((o) => o.textContent ?? '');
    expect(options).toContain('Satisfaction with receiving and handling procedures');
    expect(options.join('\n')).not.toMatch(VIETNAMESE_LETTER);
    expect(options).toContain('Share of dossiers submitted online (computed from portal counts)');
    expectNoVietnameseChrome(text);
  });

  it('lists, copies and rates in English', async () => {
    const profiles = await render(createElement(ProfilesPanel), 'en');
    await vi.waitFor(() =>
      expect(profiles.querySelector('[data-testid="profiles-panel"]')).not.toBeNull(),
    );
    const text = chromeText(profiles, [DEFAULT_PROFILE.name, DEFAULT_PROFILE.source]);
    expect(text).toContain('Target profiles (targets by year)');
    expect(text).toContain('for 2024, 2025, 2026');
    expect(text).toContain('(default)');
    expect(text).toContain('Import JSON file');
    expectNoVietnameseChrome(text);

    (profiles.querySelector('[data-testid="profile-copy-default-2024"]') as HTMLElement).click();
    await vi.waitFor(() =>
      expect(profiles.querySelector('[data-testid="profiles-message"]')?.textContent).toBe(
        `Copied as “${DEFAULT_PROFILE.name} (copy)”.`,
      ),
    );

    const bands = await render(createElement(RatingBandsPanel), 'en');
    await vi.waitFor(() => expect(bands.querySelector('table')).not.toBeNull());
    const bandsText = chromeText(bands);
    expect(bandsText).toContain('Rating scale for the total score');
    expect(bandsText).toContain('no official rating table was found');
    expect(bandsText).toContain('Back to defaults');
    expectNoVietnameseChrome(bandsText.replace('766/QĐ-TTg', ''));
  });
});

describe('the Vietnamese pages', () => {
  it('read exactly as before the strings moved', async () => {
    const criterion: ScorecardCriterion = {
      code: 'DOSSIER_RECEIVING_SATISFACTION',
      name: 'Hài lòng tiếp nhận',
      group: 'MDHL',
      derived: false,
      ratio: 78.22,
      score: 3.5,
      maxScore: 5,
      fullScoreAt: 90,
      fullScore: null,
      target: { status: 'not-met', target: 92, gap: 78.22 - 92 },
      delta: { delta: 1.5, previous: 76.72, comparable: true },
      sparkline: [null, 76.72, 78.22],
    };
    const container = await render(
      createElement('ul', null, createElement(CriterionRow, { c: criterion })),
      'vi',
    );
    const facts = container.querySelector('.criterion-facts');
    expect(facts?.textContent).toBe(
      '✗ Chưa đạt mục tiêumục tiêu ≥ 92% (thiếu 13,78 điểm %)điểm tối đa khi ≥ 90%3,50/5,00 điểm' +
        // Two periods read "from → to", no line (#12).
        '▲ 1,50 so với kỳ trước76,72% → 78,22%',
    );
    expect(container.querySelector('svg.ratio-bar')?.getAttribute('aria-label')).toBe(
      'Tỷ lệ 78,22%',
    );
    expect(container.querySelector('svg.sparkline')).toBeNull();
    const three = await render(
      createElement(
        'ul',
        null,
        createElement(CriterionRow, { c: { ...criterion, sparkline: [75.1, 76.72, 78.22] } }),
      ),
      'vi',
    );
    await vi.waitFor(() =>
      expect(three.querySelector('svg.sparkline')?.getAttribute('aria-label')).toBe(
        'Hài lòng tiếp nhận: 12 kỳ gần nhất',
      ),
    );
  });

  it('keep the scorecard’s Vietnamese total and period', async () => {
    const container = await render(createElement(ScorecardPanel, { status: READY }), 'vi');
    await vi.waitFor(() =>
      expect(container.querySelector('[data-testid="scorecard-total"]')).not.toBeNull(),
    );
    expect(container.querySelector('[data-testid="scorecard-unit"]')?.textContent).toBe(
      `${PHU_THO_NAME} — Tháng 08/2026`,
    );
    expect(container.querySelector('[data-testid="scorecard-total"]')?.textContent).toBe(
      '59,92/100 điểm — Trung bình (cộng từ 6 nhóm)',
    );
    expect(container.textContent).toContain('Mục tiêu theo: Test targets');
  });
});
