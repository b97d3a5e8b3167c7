import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
// @ts-expect-error -- the replica page is plain JS without declarations
import { buildTable, renderCards, renderTable } from '../replica/page/render.js';

it('smoke', () => {
  const data = JSON.parse(
    readFileSync('tests/fixtures/portal-2026/phu-tho-2026-08/transparency.json', 'utf8'),
  ).data;
  const model = buildTable('metric', data, 'x');
  const table = document.createElement('table');
  renderTable(table, model);
  document.body.append(table);
  const grid = document.createElement('div');
  renderCards(grid, model);
  document.body.append(grid);
  console.log(
    table.querySelectorAll('tr').length,
    grid.children.length,
    grid.children[0]?.outerHTML,
    grid.children[1]?.outerHTML,
  );
  expect(1).toBe(1);
});
