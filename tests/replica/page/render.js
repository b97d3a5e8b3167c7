// @ts-check
// Turns an API answer into table rows and writes them with textContent only: unit names come
// from the server and must never be parsed as HTML. The same model can also be drawn as cards
// (`?layout=cards`), a second markup the annotator has to find values in by text alone.

/**
 * @typedef {{ id: string, root: boolean, cells: string[], max?: string }} Row
 * @typedef {{ label: string, title?: string, numeric?: boolean, percent?: boolean }} Column
 * @typedef {{ title: string, score: unknown, maxScore: unknown, ratio: unknown }} Summary
 * @typedef {{ columns: Column[], rows: Row[], summary: Summary | null }} TableModel
 * @typedef {Record<string, any>} Json
 */

/** Score codes of the national summary's groupScores, in the order the portal lists groups. */
const GROUP_SCORE_COLUMNS = [
  ['CKMB', 'Công khai, minh bạch'],
  ['TDGQ', 'Tiến độ giải quyết'],
  ['CLGQ', 'Dịch vụ công trực tuyến'],
  ['TTTT', 'Thanh toán trực tuyến'],
  ['MDHL', 'Mức độ hài lòng'],
  ['MDSH', 'Số hóa hồ sơ'],
];

/** @type {Record<string, string>} */
const CHILD_GROUPS = { AGENCY: 'Sở, ban, ngành', COMMUNE: 'Xã, phường' };

/**
 * Two decimals with a comma, as the portal prints scores: 7.96 → "7,96"; null → "—".
 * @param {unknown} value
 */
export function formatNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const [whole = '0', fraction = '00'] = value.toFixed(2).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

/**
 * Two decimals with a point, as a front end printing `toFixed(2)` does: 7.96 → "7.96". The table
 * layout prints this way and the cards layout with a comma, so the annotator meets both.
 * @param {unknown} value
 */
export function formatPoint(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  return value.toFixed(2);
}

/** @typedef {(value: unknown) => string} NumberFormat */

/** @param {unknown} value */
function text(value) {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

const BASE_COLUMNS = [
  { label: 'STT' },
  { label: 'Đơn vị' },
  { label: 'Điểm', numeric: true },
  { label: 'Tỷ lệ (%)', numeric: true },
];

/**
 * @param {'summary' | 'metric' | 'tree'} kind
 * @param {Json} data the envelope's `data`
 * @param {string} rootId the id to give the root row when the API leaves it out
 * @param {NumberFormat} [format] how scores and ratios are printed (comma decimals by default)
 * @returns {TableModel}
 */
export function buildTable(kind, data, rootId, format = formatNumber) {
  if (kind === 'metric') return metricTable(data, rootId, format);
  if (kind === 'tree') return treeTable(data, rootId, format);
  return summaryTable(data, rootId, format);
}

/** @param {Json} data @param {string} rootId @param {NumberFormat} format @returns {TableModel} */
function metricTable(data, rootId, format) {
  const overview = data.overview ?? null;
  /** @type {Json[]} */
  const units = Array.isArray(data.evaluation) ? data.evaluation : [];
  /** @type {Json[]} */
  const metrics = (overview?.metrics ?? units[0]?.metrics ?? []).filter(Boolean);
  const columns = [
    ...BASE_COLUMNS,
    ...metrics.map((m) => ({
      label: text(m.name),
      title: text(m.code),
      numeric: true,
      percent: true,
    })),
  ];
  /** @param {Json} unit */
  const metricCells = (unit) =>
    metrics.map((m) => {
      const own = Array.isArray(unit.metrics) ? unit.metrics.find((x) => x?.code === m.code) : null;
      return format(own?.ratio);
    });
  /** @type {Row[]} */
  const rows = [];
  if (overview) rows.push(rootRow(overview, rootId, metricCells(overview), format));
  units.forEach((unit, i) => {
    rows.push(unitRow(unit, unit.stt ?? i + 1, unit.totalScore, metricCells(unit), format));
  });
  return {
    columns,
    rows,
    summary: summaryOf(overview, overview?.totalScore, overview?.totalMaxScore),
  };
}

/** @param {Json} data @param {string} rootId @param {NumberFormat} format @returns {TableModel} */
function treeTable(data, rootId, format) {
  const parent = data.parent ?? null;
  /** @type {Json[]} */
  const units = Array.isArray(data.children) ? data.children : [];
  /** @type {Row[]} */
  const rows = [];
  // Progress rows call it score/maxScore, the other trees totalScore/totalMaxScore.
  if (parent) rows.push(rootRow(parent, rootId, [], format, parent.score ?? parent.totalScore));
  units.forEach((unit, i) => {
    rows.push(unitRow(unit, i + 1, unit.score ?? unit.totalScore, [], format));
  });
  const max = parent?.totalMaxScore ?? parent?.maxScore;
  return {
    columns: [...BASE_COLUMNS],
    rows,
    summary: summaryOf(parent, parent?.totalScore ?? parent?.score, max),
  };
}

/** @param {Json} data @param {string} rootId @param {NumberFormat} format @returns {TableModel} */
function summaryTable(data, rootId, format) {
  const overview = data.overview ?? null;
  /** @type {Json[]} */
  const units = Array.isArray(data.evaluation) ? data.evaluation : [];
  // Only the national summary carries per-province group scores; a province's children have
  // a childGroup instead.
  const national = units.some((u) => u?.groupScores);
  /** @type {Column[]} */
  const extra = national
    ? GROUP_SCORE_COLUMNS.map(([code, label]) => ({
        label: text(label),
        title: code,
        numeric: true,
      }))
    : [{ label: 'Khối' }];
  /** @param {Json} unit */
  const extraCells = (unit) =>
    national
      ? GROUP_SCORE_COLUMNS.map(([code]) => format(unit.groupScores?.[code ?? '']))
      : [CHILD_GROUPS[text(unit.childGroup)] ?? text(unit.childGroup)];
  /** @type {Row[]} */
  const rows = [];
  if (overview) {
    const cells = national ? GROUP_SCORE_COLUMNS.map(() => '') : [''];
    rows.push(rootRow(overview, rootId, cells, format));
  }
  units.forEach((unit, i) => {
    rows.push(unitRow(unit, i + 1, unit.totalScore, extraCells(unit), format));
  });
  return {
    columns: [...BASE_COLUMNS, ...extra],
    rows,
    summary: summaryOf(overview, overview?.totalScore, overview?.totalMaxScore),
  };
}

/**
 * @param {Json} unit @param {string} rootId @param {string[]} extra @param {NumberFormat} format
 * @param {unknown} [score]
 */
function rootRow(unit, rootId, extra, format, score = unit.totalScore) {
  return {
    // The province summary's overview has no departmentId (a known trap of the real API).
    id: text(unit.departmentId) || rootId,
    root: true,
    cells: ['', text(unit.departmentName), format(score), format(unit.ratio), ...extra],
    max: formatMax(unit),
  };
}

/**
 * @param {Json} unit @param {unknown} stt @param {unknown} score @param {string[]} extra
 * @param {NumberFormat} format
 */
function unitRow(unit, stt, score, extra, format) {
  return {
    id: text(unit.departmentId),
    root: false,
    cells: [text(stt), text(unit.departmentName), format(score), format(unit.ratio), ...extra],
    max: formatMax(unit),
  };
}

/**
 * The maximum as a card prints it after the score: "/18", or "/18,50" when not whole.
 * @param {Json} unit
 */
function formatMax(unit) {
  const max = unit.totalMaxScore ?? unit.maxScore;
  if (typeof max !== 'number' || !Number.isFinite(max)) return '';
  return Number.isInteger(max) ? String(max) : formatNumber(max);
}

/** @param {Json | null} unit @param {unknown} score @param {unknown} maxScore @returns {Summary | null} */
function summaryOf(unit, score, maxScore) {
  if (!unit) return null;
  return { title: text(unit.departmentName), score, maxScore, ratio: unit.ratio };
}

/**
 * @param {HTMLTableElement} table
 * @param {TableModel} model
 */
export function renderTable(table, model) {
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const column of model.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.label;
    if (column.title) th.title = column.title;
    if (column.numeric) th.className = 'num';
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const row of model.rows) {
    const tr = body.insertRow();
    tr.dataset.unitId = row.id;
    if (row.root) tr.className = 'root-row';
    row.cells.forEach((value, i) => {
      const td = tr.insertCell();
      td.textContent = value;
      if (model.columns[i]?.numeric) td.className = 'num';
      if (i === 1) td.className = 'unit-name';
    });
  }
  table.replaceChildren(head, body);
}

/** @param {HTMLTableElement} table */
export function clearTable(table) {
  table.replaceChildren();
}

/**
 * The cards layout: one `<article>` per unit in a grid, deliberately with other class names, no
 * table and no unit ids, so nothing but the printed text tells where a unit's values are.
 * @param {HTMLElement} grid
 * @param {TableModel} model
 */
export function renderCards(grid, model) {
  grid.replaceChildren(...model.rows.map((row) => card(model.columns, row)));
}

/** @param {Column[]} columns @param {Row} row */
function card(columns, row) {
  const article = document.createElement('article');
  article.className = row.root ? 'the-don-vi the-goc' : 'the-don-vi';
  // Only for tests counting cards: empty on purpose, the annotator must not rely on it.
  article.setAttribute('data-test-unit', '');
  const name = document.createElement('h3');
  name.className = 'ten';
  name.textContent = row.cells[1] ?? '';
  const score = document.createElement('p');
  score.className = 'diem';
  const value = document.createElement('strong');
  value.textContent = row.cells[2] ?? '';
  score.append('Điểm: ', value, row.max ? `/${row.max}` : '');
  const ratio = document.createElement('p');
  ratio.className = 'ty-le';
  ratio.textContent = `Tỷ lệ: ${withPercent(row.cells[3] ?? '')}`;
  article.append(name, score, ratio);
  const list = document.createElement('ul');
  list.className = 'chi-so';
  columns.forEach((column, i) => {
    const cell = row.cells[i] ?? '';
    // The first four columns are above; the root's empty extra cells have nothing to say.
    if (i < 4 || cell === '') return;
    const label = document.createElement('span');
    label.textContent = column.label;
    const figure = document.createElement('b');
    figure.textContent = column.percent ? withPercent(cell) : cell;
    const item = document.createElement('li');
    item.append(label, ' ', figure);
    list.append(item);
  });
  if (list.childElementCount > 0) article.append(list);
  return article;
}

/** "97,75" → "97,75%"; a dash or an empty cell stays as it is. @param {string} value */
function withPercent(value) {
  return /\d$/.test(value) ? `${value}%` : value;
}
