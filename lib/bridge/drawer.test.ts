import { beforeEach, describe, expect, it } from 'vitest';
import { isDrawerToggle, toggleDrawer } from './drawer';

const URL = 'chrome-extension://abc/sidepanel.html';

describe('in-page drawer', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><p>Cổng</p></main>';
  });

  it('opens a fixed frame of the panel page over the portal, then closes on toggle', () => {
    expect(toggleDrawer(document, URL)).toBe(true);
    const host = document.querySelector('[data-chiso766="drawer"]') as HTMLElement;
    expect(host.style.position).toBe('fixed');
    expect(host.shadowRoot?.querySelector('iframe')?.getAttribute('src')).toBe(URL);
    expect(document.querySelector('main')?.textContent).toBe('Cổng');
    expect(toggleDrawer(document, URL)).toBe(false);
    expect(document.querySelector('[data-chiso766="drawer"]')).toBeNull();
  });

  it('closes with its own button', () => {
    toggleDrawer(document, URL);
    const host = document.querySelector('[data-chiso766="drawer"]');
    host?.shadowRoot?.querySelector('button')?.click();
    expect(document.querySelector('[data-chiso766="drawer"]')).toBeNull();
  });

  it('recognises its message', () => {
    expect(isDrawerToggle({ type: 'drawer:toggle' })).toBe(true);
    expect(isDrawerToggle({ type: 'other' })).toBe(false);
    expect(isDrawerToggle(null)).toBe(false);
  });
});
