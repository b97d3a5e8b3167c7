import { describe, expect, it } from 'vitest';
import { classifySender } from './sender-policy';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it.each([
    [{ id: ID, url: `${ORIGIN}dashboard.html` }, 'extension-page'],
    [{ id: ID, origin: `chrome-extension://${ID}`, url: `${ORIGIN}popup.html` }, 'extension-page'],
    [
      { id: ID, url: 'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu', tab: { id: 3 } },
      'portal-content-script',
    ],
    [{ id: ID, url: 'https://dichvucong.gov.vn/x' }, null],
    [{ id: ID, url: 'https://evil.example/danh-gia', tab: { id: 3 } }, null],
    [{ id: ID, url: 'http://dichvucong.gov.vn/', tab: { id: 3 } }, null],
    [{ id: 'other-extension', url: `${ORIGIN}dashboard.html` }, null],
    [{ url: `${ORIGIN}dashboard.html` }, null],
    [{ id: ID, url: 'not a url', tab: {} }, null],
  ])('%j → %s', (sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });
});
