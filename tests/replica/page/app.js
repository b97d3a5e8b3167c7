// @ts-check
// The replica's assessment page: keeps the selection in the URL, asks the reporting API for the
// selected view the way the real portal does and shows the answer as a table with point decimals
// (or, with `?layout=cards`, as a grid of cards with comma decimals: a second markup for the
// annotator's tests). `?perPage=N` splits the units into pages of N, turned client-side. Its
// links move between routes without reloading (the assessment, and a dossier lookup without
// the table), as the portal's client-side app does.
import { createPager } from './pager.js';
import { PROVINCES } from './provinces.js';
import {
  buildTable,
  clearTable,
  formatNumber,
  formatPoint,
  renderCards,
  renderTable,
} from './render.js';
import { buildRequest, findGroup, GROUPS, NATIONAL, pad, periodLabel, SUMMARY } from './request.js';

/** @typedef {import('./request.js').Selection} Selection */
/** @typedef {{ status: number, contentType: string, text: string, illustrative: boolean, composed?: boolean }} Answer */
/** @typedef {(answer: Answer) => void} Done */

const YEARS = [2025, 2026];
const TIME_TYPES = /** @type {const} */ (['month', 'quarter', 'year']);

/** @param {string} testId */
function byTestId(testId) {
  const element = document.querySelector(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`Thiếu phần tử ${testId}`);
  return element;
}

const provinceSelect = /** @type {HTMLSelectElement} */ (byTestId('province-select'));
const periodType = /** @type {HTMLSelectElement} */ (byTestId('period-type'));
const yearSelect = /** @type {HTMLSelectElement} */ (byTestId('year-select'));
const monthSelect = /** @type {HTMLSelectElement} */ (byTestId('month-select'));
const quarterSelect = /** @type {HTMLSelectElement} */ (byTestId('quarter-select'));
const tabs = /** @type {HTMLElement} */ (byTestId('group-tabs'));
const table = /** @type {HTMLTableElement} */ (byTestId('results-table'));
const status = /** @type {HTMLElement} */ (byTestId('load-status'));
const notice = /** @type {HTMLElement} */ (byTestId('illustrative-notice'));
/** The replica's mark on answers built for tests from real captures (server.ts). */
const ILLUSTRATIVE = 'x-replica-illustrative';
/** The replica's mark on a summary it added up from six real group answers (composed-summary.ts). */
const COMPOSED = 'x-replica-composed';
const composedNotice = /** @type {HTMLElement} */ (byTestId('composed-notice'));
const summary = /** @type {HTMLElement} */ (byTestId('summary'));
const assessmentView = /** @type {HTMLElement} */ (byTestId('assessment-view'));
const lookupView = /** @type {HTMLElement} */ (byTestId('lookup-view'));
const LOOKUP_PATH = '/tra-cuu-ho-so';
/** The assessment's query while another route is shown, to come back to the same view. */
let assessmentQuery = '';

/** @type {Selection} */
const state = readSelection(new URLSearchParams(location.search));
const options = new URLSearchParams(location.search);
const layout = options.get('layout') === 'cards' ? 'cards' : 'table';
const format = layout === 'cards' ? formatNumber : formatPoint;
/** The cards grid, which takes the table's place in the cards layout; null for the table. */
const cards = layout === 'cards' ? replaceTableWithCards() : null;
const perPage = Number(options.get('perPage'));
const pager = createPager(Number.isInteger(perPage) && perPage > 0 ? perPage : 0, () => drawPage());
(cards ?? table.closest('.table-wrap') ?? table).after(pager.element);
/** @type {import('./render.js').TableModel | null} */
let shownModel = null;

function replaceTableWithCards() {
  const grid = document.createElement('div');
  grid.className = 'luoi-the';
  grid.dataset.testid = 'results-cards';
  (table.closest('.table-wrap') ?? table).replaceWith(grid);
  return grid;
}

/** @param {URLSearchParams} query @returns {Selection} */
function readSelection(query) {
  const province = query.get('province') ?? NATIONAL;
  const timeType = TIME_TYPES.find((t) => t === query.get('timeType')) ?? 'month';
  const year = Number(query.get('year'));
  const month = Number(query.get('month'));
  const quarter = Number(query.get('quarter'));
  const group = query.get('group') ?? SUMMARY;
  return {
    province: PROVINCES.some((p) => p.id === province) ? province : NATIONAL,
    timeType,
    year: YEARS.includes(year) ? year : 2026,
    month: month >= 1 && month <= 12 ? month : 8,
    quarter: quarter >= 1 && quarter <= 4 ? quarter : 3,
    group: findGroup(group) ? group : SUMMARY,
  };
}

function writeSelection() {
  const query = new URLSearchParams({
    province: state.province,
    timeType: state.timeType,
    year: String(state.year),
  });
  if (state.timeType === 'month') query.set('month', String(state.month));
  if (state.timeType === 'quarter') query.set('quarter', String(state.quarter));
  query.set('group', state.group);
  if (layout === 'cards') query.set('layout', 'cards');
  if (pager.perPage > 0) query.set('perPage', String(pager.perPage));
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

/** @param {HTMLSelectElement} select @param {[string, string][]} options */
function fill(select, options) {
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      return option;
    }),
  );
}

function buildControls() {
  fill(provinceSelect, [
    [NATIONAL, 'Cả nước'],
    ...PROVINCES.map((p) => /** @type {[string, string]} */ ([p.id, p.name])),
  ]);
  fill(periodType, [
    ['month', 'Tháng'],
    ['quarter', 'Quý'],
    ['year', 'Năm'],
  ]);
  fill(
    yearSelect,
    YEARS.map((y) => [String(y), `Năm ${y}`]),
  );
  fill(
    monthSelect,
    Array.from({ length: 12 }, (_, i) => [String(i + 1), `Tháng ${pad(i + 1)}`]),
  );
  fill(
    quarterSelect,
    [1, 2, 3, 4].map((q) => [String(q), `Quý ${q}`]),
  );
  tabs.replaceChildren(
    ...GROUPS.map((group) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.dataset.testid = `group-tab-${group.endpoint}`;
      button.dataset.endpoint = group.endpoint;
      button.textContent = group.label;
      return button;
    }),
  );
}

function showSelection() {
  provinceSelect.value = state.province;
  periodType.value = state.timeType;
  yearSelect.value = String(state.year);
  monthSelect.value = String(state.month);
  quarterSelect.value = String(state.quarter);
  monthSelect.hidden = state.timeType !== 'month';
  quarterSelect.hidden = state.timeType !== 'quarter';
  for (const button of tabs.querySelectorAll('button')) {
    const selected = button.dataset.endpoint === state.group;
    button.setAttribute('aria-selected', String(selected));
    button.classList.toggle('active', selected);
  }
}

/** @param {'loading' | 'ready' | 'empty' | 'error'} state @param {string} message */
function setStatus(state, message) {
  status.dataset.state = state;
  status.textContent = message;
}

let finished = 0;
function countFinished() {
  finished += 1;
  document.body.dataset.requests = String(finished);
}

/** @param {string} url @param {unknown} body @param {Done} done */
function sendWithFetch(url, body, done) {
  const controller = new AbortController();
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/plain, */*' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
    signal: controller.signal,
  })
    .then(async (response) => {
      const text = await response.text();
      done({
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        text,
        illustrative: response.headers.get(ILLUSTRATIVE) === '1',
        composed: response.headers.get(COMPOSED) === '1',
      });
    })
    .catch((/** @type {unknown} */ error) => {
      if (controller.signal.aborted) return;
      done({ status: 0, contentType: '', text: String(error), illustrative: false });
    });
  return () => controller.abort();
}

/** @param {string} url @param {unknown} body @param {Done} done */
function sendWithXhr(url, body, done) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', url);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
  xhr.addEventListener('load', () => {
    done({
      status: xhr.status,
      contentType: xhr.getResponseHeader('content-type') ?? '',
      text: xhr.responseText,
      illustrative: xhr.getResponseHeader(ILLUSTRATIVE) === '1',
    });
  });
  xhr.addEventListener('error', () =>
    done({ status: 0, contentType: '', text: 'network error', illustrative: false }),
  );
  xhr.send(JSON.stringify(body));
  return () => xhr.abort();
}

let generation = 0;
/** @type {(() => void) | null} */
let cancelPrevious = null;

function load() {
  generation += 1;
  const mine = generation;
  cancelPrevious?.();
  writeSelection();
  showSelection();
  setStatus('loading', 'Đang tải dữ liệu…');
  summary.replaceChildren();
  const { url, body } = buildRequest(state);
  // The summary view uses fetch and the group views XHR: real front ends mix both.
  const send = state.group === SUMMARY ? sendWithFetch : sendWithXhr;
  cancelPrevious = send(url, body, (answer) => {
    countFinished();
    // A slow answer to an earlier selection must not overwrite the current one.
    if (mine !== generation) return;
    cancelPrevious = null;
    show(answer);
  });
}

/** @param {Answer} answer */
function show(answer) {
  notice.hidden = !answer.illustrative;
  composedNotice.hidden = !answer.composed;
  if (answer.status === 404) {
    clearResults();
    setStatus('empty', 'Không có dữ liệu');
    return;
  }
  const failure = `Không tải được dữ liệu (${answer.status === 0 ? 'lỗi kết nối' : `HTTP ${answer.status}`}). Vui lòng thử lại sau.`;
  if (answer.status < 200 || answer.status >= 300 || !answer.contentType.includes('json')) {
    clearResults();
    setStatus('error', failure);
    return;
  }
  /** @type {any} */
  let envelope;
  try {
    envelope = JSON.parse(answer.text);
  } catch {
    envelope = null;
  }
  if (envelope?.code !== 'OK' || typeof envelope.data !== 'object' || !envelope.data) {
    clearResults();
    setStatus('error', failure);
    return;
  }
  const group = findGroup(state.group) ?? GROUPS[0];
  const model = buildTable(group?.kind ?? 'summary', envelope.data, state.province, format);
  shownModel = model;
  pager.reset(model.rows.filter((row) => !row.root).length);
  drawPage();
  showSummary(model.summary, group?.label ?? '');
  if (model.rows.length === 0) setStatus('empty', 'Không có dữ liệu');
  else setStatus('ready', `Đã tải ${model.rows.length} đơn vị`);
}

/** Draws the current page of the shown answer: the root row, then that page's units. */
function drawPage() {
  if (!shownModel) return;
  const root = shownModel.rows.filter((row) => row.root);
  const units = pager.slice(shownModel.rows.filter((row) => !row.root));
  const model = { ...shownModel, rows: [...root, ...units] };
  if (cards) {
    renderCards(cards, model);
    cards.dataset.endpoint = state.group;
  } else {
    renderTable(table, model);
    table.dataset.endpoint = state.group;
  }
}

function clearResults() {
  shownModel = null;
  pager.reset(0);
  if (cards) cards.replaceChildren();
  else clearTable(table);
}

/**
 * @param {import('./render.js').Summary | null} data
 * @param {string} groupLabel
 */
function showSummary(data, groupLabel) {
  if (!data) return;
  const name = document.createElement('strong');
  name.textContent = data.title;
  const period = document.createElement('span');
  period.textContent = ` · ${groupLabel} · ${periodLabel(state)}`;
  const score = document.createElement('span');
  score.className = 'summary-score';
  score.textContent = `${format(data.score)} / ${format(data.maxScore)} điểm (${format(data.ratio)}%)`;
  summary.replaceChildren(name, period, score);
}

/** Shows the route the address names; the route left behind loses its rendered results. */
function route() {
  const onAssessment = location.pathname !== LOOKUP_PATH;
  assessmentView.hidden = !onAssessment;
  lookupView.hidden = onAssessment;
  if (onAssessment) {
    Object.assign(state, readSelection(new URLSearchParams(location.search)));
    load();
    return;
  }
  generation += 1;
  cancelPrevious?.();
  cancelPrevious = null;
  clearResults();
  summary.replaceChildren();
  setStatus('empty', '');
}

document.addEventListener('click', (event) => {
  const link = /** @type {HTMLElement} */ (event.target).closest('a[data-spa-link]');
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  const to = new URL(link.href);
  if (to.pathname === location.pathname) return;
  if (location.pathname !== LOOKUP_PATH) assessmentQuery = location.search;
  else to.search = assessmentQuery;
  history.pushState(null, '', to);
  route();
});
window.addEventListener('popstate', route);

buildControls();
provinceSelect.addEventListener('change', () => {
  state.province = provinceSelect.value;
  load();
});
periodType.addEventListener('change', () => {
  state.timeType = TIME_TYPES.find((t) => t === periodType.value) ?? 'month';
  load();
});
yearSelect.addEventListener('change', () => {
  state.year = Number(yearSelect.value);
  load();
});
monthSelect.addEventListener('change', () => {
  state.month = Number(monthSelect.value);
  load();
});
quarterSelect.addEventListener('change', () => {
  state.quarter = Number(quarterSelect.value);
  load();
});
tabs.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button');
  const endpoint = button?.dataset.endpoint;
  if (!endpoint || !findGroup(endpoint)) return;
  state.group = endpoint;
  load();
});
route();
