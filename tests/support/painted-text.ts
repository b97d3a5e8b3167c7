import type { Frame, Page } from 'playwright-core';
import type { PaintedText } from './contrast';

/**
 * Every visible run of text under `selector` as the browser painted it, looking into open
 * shadow roots (the badges) too: its colour, the background colours under it up to the first
 * opaque one, and its size and weight. Disabled controls are left out (WCAG exempts them).
 */
export function paintedTexts(target: Page | Frame, selector: string): Promise<PaintedText[]> {
  return target.evaluate((selector) => {
    const out: PaintedText[] = [];
    const parentOf = (el: Element): Element | null =>
      el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const visit = (el: Element) => {
      if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
      for (const child of el.children) visit(child);
      if (el.closest('option, script, style, svg, :disabled, [aria-disabled="true"]')) return;
      let text = '';
      if (el instanceof HTMLSelectElement) text = el.selectedOptions[0]?.textContent ?? '';
      else if (el instanceof HTMLInputElement && el.type !== 'checkbox') text = el.value;
      else
        for (const node of el.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
        }
      text = text.trim();
      if (!text) return;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility !== 'visible') return;
      const backgrounds: string[] = [];
      let opacity = 1;
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const own = getComputedStyle(at);
        opacity *= Number(own.opacity);
        backgrounds.push(own.backgroundColor);
        const alpha = /rgba\(.*,\s*([\d.]+)\)$/.exec(own.backgroundColor)?.[1];
        if (alpha === undefined && own.backgroundColor.startsWith('rgb(')) break;
      }
      out.push({
        text: text.slice(0, 60),
        color: style.color,
        opacity,
        backgrounds,
        fontSizePx: Number.parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight) || 400,
      });
    };
    for (const root of document.querySelectorAll(selector)) visit(root);
    return out;
  }, selector);
}
