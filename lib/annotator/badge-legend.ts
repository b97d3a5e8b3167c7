/**
 * The badges' legend, shown once on the portal page the first time badges appear: what the
 * parts of a chip mean and in which order they come. Over the page in a corner, never in its
 * flow; "Đã hiểu" closes it for good (the caller remembers that).
 */

import { BADGE_ATTRIBUTE } from './text-index';

const HOST_STYLE =
  'all: initial; position: fixed; left: 12px; bottom: 12px; z-index: 2147483645; ' +
  'max-width: min(420px, calc(100vw - 24px));';

const CSS = `
.box { display: flex; gap: 10px; align-items: flex-start; padding: 8px 10px; border-radius: 6px;
  background: #fff; color: #1f2937; border: 1px solid #cbd5e1; box-shadow: 0 2px 10px rgba(0,0,0,.18);
  font: 12px/1.45 system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; }
p { margin: 0; }
button { flex: none; font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 4px;
  border: 0; background: #1d4ed8; color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;

export interface LegendWords {
  legend: string;
  legendOk: string;
}

/** Shows the legend; `dismissed` runs when the official closes it. Returns a remover. */
export function showLegend(doc: Document, words: LegendWords, dismissed: () => void): () => void {
  const existing = doc.querySelector(`[${BADGE_ATTRIBUTE}="legend"]`);
  existing?.remove();
  const host = doc.createElement('div');
  host.setAttribute(BADGE_ATTRIBUTE, 'legend');
  host.setAttribute('role', 'note');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'open' });
  // A constructed sheet, as for the badges: a page's CSP may refuse <style> elements.
  try {
    const sheet = new (doc.defaultView ?? globalThis).CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }
  const box = doc.createElement('div');
  box.className = 'box';
  const text = doc.createElement('p');
  text.textContent = words.legend;
  const ok = doc.createElement('button');
  ok.type = 'button';
  ok.textContent = words.legendOk;
  ok.addEventListener('click', () => {
    host.remove();
    dismissed();
  });
  box.append(text, ok);
  shadow.append(box);
  (doc.body ?? doc.documentElement).append(host);
  return () => host.remove();
}
