import { beforeEach, describe, expect, it } from 'vitest';
import { DRAWER_CLOSE, relayEscapeToDrawer, toggleDrawer } from './drawer';

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

  it("speaks the official's language", () => {
    toggleDrawer(document, URL, 'en');
    const host = document.querySelector('[data-chiso766="drawer"]');
    expect(host?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(
      'Close the scorecard',
    );
    toggleDrawer(document, URL);
  });
});

describe('closing the drawer from the keyboard', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><button id="own">Tra cứu</button></main>';
  });

  it('closes on Escape and gives the focus back to where it was', () => {
    const own = document.getElementById('own') as HTMLButtonElement;
    own.focus();
    toggleDrawer(document, URL);
    const host = document.querySelector('[data-chiso766="drawer"]') as HTMLElement;
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(host.isConnected).toBe(true);
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.isConnected).toBe(false);
    expect(document.activeElement).toBe(own);
  });

  // That its own frame's message closes it is checked in real Chromium (annotator e2e): here
  // frames load nothing and have no window.
  it('ignores a close message from any other window, or from none', () => {
    toggleDrawer(document, URL);
    const host = document.querySelector('[data-chiso766="drawer"]') as HTMLElement;
    const ask = (source: Window | null) =>
      window.dispatchEvent(new MessageEvent('message', { data: { type: DRAWER_CLOSE }, source }));
    ask(window);
    ask(null);
    expect(host.isConnected).toBe(true);
  });

  it('toggling closes it the same way, and a new drawer opens after', () => {
    toggleDrawer(document, URL);
    expect(toggleDrawer(document, URL)).toBe(false);
    expect(toggleDrawer(document, URL)).toBe(true);
    expect(document.querySelectorAll('[data-chiso766="drawer"]')).toHaveLength(1);
  });
});

describe('the framed panel page', () => {
  it('relays Escape to the portal page around it, and nothing when not framed', () => {
    const sent: unknown[] = [];
    const parent = { postMessage: (data: unknown, origin: string) => sent.push([data, origin]) };
    const framed = { parent, document } as unknown as Window;
    const stop = relayEscapeToDrawer(framed, 'https://dichvucong.gov.vn');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    stop();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(sent).toEqual([[{ type: DRAWER_CLOSE }, 'https://dichvucong.gov.vn']]);
    expect(relayEscapeToDrawer(window, 'https://dichvucong.gov.vn')).toBeTypeOf('function');
  });
});
