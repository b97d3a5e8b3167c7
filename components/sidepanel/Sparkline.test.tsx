import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Sparkline } from './Sparkline';

let container: HTMLElement;

function draw(values: (number | null)[]): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Sparkline, { values, label: 'Hài lòng: 12 kỳ' })));
  return container;
}

afterEach(() => container?.remove());

describe('Sparkline', () => {
  it('draws nothing for fewer than two periods with a value', () => {
    expect(draw([null, null, 78.22]).innerHTML).toBe('');
    expect(draw([null, null, null]).innerHTML).toBe('');
  });

  it('draws a line through consecutive values and keeps a gap a gap', () => {
    const svg = draw([70, 72, null, 75, 78.22]).querySelector('svg.sparkline');
    expect(svg?.getAttribute('aria-label')).toBe('Hài lòng: 12 kỳ');
    // 70, 72 make a line; 75, 78,22 another; the null between them joins nothing.
    expect(svg?.querySelectorAll('polyline')).toHaveLength(2);
    expect(svg?.querySelectorAll('circle')).toHaveLength(0);
  });

  it('marks a value standing alone between gaps with a dot', () => {
    const svg = draw([70, null, 74, null, 78]).querySelector('svg.sparkline');
    expect(svg?.querySelectorAll('circle')).toHaveLength(3);
    expect(svg?.querySelectorAll('polyline')).toHaveLength(0);
  });

  it('puts the highest value at the top and the lowest at the bottom', () => {
    const points = draw([60, 90])
      .querySelector('polyline')
      ?.getAttribute('points')
      ?.split(' ')
      .map((p) => Number(p.split(',')[1]));
    expect(points).toEqual([20, 2]);
  });
});
