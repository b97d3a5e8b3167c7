import { describe, expect, it } from 'vitest';
import type { Detail } from '../../lib/annotator/badge-detail';
import { isBadgeHost } from '../../lib/annotator/badge-host';
import { choosePlacement, GAP } from '../../lib/annotator/placement';
import { lastText, type Rect, type Room } from '../../lib/annotator/room';

const box = document.createElement('td');
const text = document.createTextNode('78,22');

/** A value printed from x=200 to x=240 on a 17 px line, free space from `left` to `right`. */
function room(left: number, right: number, owner: Element = box): Room {
  return {
    text,
    box: owner,
    line: { left: 200, right: 240, top: 100, bottom: 117 },
    leftLimit: left,
    rightLimit: right,
  };
}

/** Full badge 100 px, short 50 px, symbols 20 px. */
const widths = (detail: Detail) => [100, 50, 20][detail] ?? 0;
const none = () => [] as Rect[];

describe('choosePlacement', () => {
  it('puts the full badge after the value when it fits there', () => {
    const spot = choosePlacement(1, () => room(0, 400), widths, none);
    expect(spot).toMatchObject({ candidate: 0, side: 'after', detail: 0, offsetX: GAP });
    expect(spot?.rect.left).toBe(240 + GAP);
    expect(spot?.rect.right).toBe(240 + GAP + 100);
    // Centred on the line: 13 px high around y = 108,5.
    expect(spot?.rect.top).toBe(102);
    expect(spot?.rect.bottom).toBe(115);
  });

  it('puts it before a right-aligned value, drawn back past the value from the host', () => {
    const spot = choosePlacement(1, () => room(50, 250), widths, none);
    expect(spot).toMatchObject({ side: 'before', detail: 0 });
    expect(spot?.rect.right).toBe(200 - GAP);
    // The host sits at the end of the text (x=240): 40 px of text plus the gap.
    expect(spot?.offsetX).toBe(40 + GAP);
  });

  it('says less before it covers anything, and gives up rather than cover', () => {
    expect(choosePlacement(1, () => room(140, 250), widths, none)).toMatchObject({
      side: 'before',
      detail: 1,
    });
    expect(choosePlacement(1, () => room(175, 250), widths, none)).toMatchObject({ detail: 2 });
    expect(choosePlacement(1, () => room(190, 250), widths, none)).toBeNull();
  });

  it("tries a unit's other anchor at full detail before shortening at the first", () => {
    const asked: number[] = [];
    const spot = choosePlacement(
      2,
      (candidate) => {
        asked.push(candidate);
        return candidate === 0 ? room(190, 300) : room(0, 500, document.createElement('td'));
      },
      widths,
      none,
    );
    expect(spot).toMatchObject({ candidate: 1, detail: 0, side: 'after' });
    expect(asked).toEqual([0, 1]);
  });

  it('does not measure other anchors when the first one fits', () => {
    const asked: number[] = [];
    choosePlacement(
      3,
      (candidate) => {
        asked.push(candidate);
        return room(0, 400);
      },
      widths,
      none,
    );
    expect(asked).toEqual([0]);
  });

  it('skips anchors that cannot be measured', () => {
    const spot = choosePlacement(2, (c) => (c === 0 ? null : room(0, 400)), widths, none);
    expect(spot?.candidate).toBe(1);
  });

  it('never draws over a badge already placed in the same box', () => {
    const taken: Rect[] = [{ left: 240, right: 400, top: 100, bottom: 117 }];
    const spot = choosePlacement(
      1,
      () => room(0, 400),
      widths,
      (owner) => (owner === box ? taken : []),
    );
    expect(spot).toMatchObject({ side: 'before', detail: 0 });
  });
});

describe('lastText', () => {
  it('finds the last text with something visible, skipping blanks and badges', () => {
    const cell = document.createElement('td');
    cell.innerHTML = '<b>Điểm:</b> <strong>84,41</strong> <span data-chiso766="badge"></span>  ';
    const found = lastText(cell);
    expect(found?.data).toBe('84,41');
    expect(found?.parentElement?.tagName).toBe('STRONG');
    const badge = cell.querySelector('span');
    expect(badge && isBadgeHost(badge)).toBe(true);
  });

  it('never looks into a badge host, and gives up on an element without text', () => {
    const cell = document.createElement('td');
    const host = document.createElement('span');
    host.setAttribute('data-chiso766', 'badge');
    host.textContent = '▲ 1,25';
    cell.append('7,96', host);
    expect(lastText(cell)?.data).toBe('7,96');
    expect(lastText(document.createElement('td'))).toBeNull();
  });
});
