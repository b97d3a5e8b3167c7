import { describe, expect, it } from 'vitest';
import { Transfers } from './transfers';

describe('Transfers', () => {
  it('hands a held text out in slices and forgets it after the last', () => {
    const transfers = new Transfers(4);
    const id = transfers.hold('Phú Thọ 2026');
    const slices: string[] = [];
    let offset = 0;
    for (;;) {
      const slice = transfers.read(id, offset);
      if (!slice) throw new Error('lost');
      slices.push(slice.text);
      offset += slice.text.length;
      if (slice.done) break;
    }
    expect(slices).toEqual(['Phú ', 'Thọ ', '2026']);
    expect(transfers.read(id, 0)).toBeNull();
  });

  it('joins received slices in order and keeps them until forgotten', () => {
    const transfers = new Transfers(4);
    const id = transfers.append(null, '{"a"') ?? '';
    expect(transfers.append(id, ':1}')).toBe(id);
    expect(transfers.take(id)).toBe('{"a":1}');
    expect(transfers.take(id)).toBe('{"a":1}');
    transfers.forget(id);
    expect(transfers.take(id)).toBeNull();
    expect(transfers.append(id, 'x')).toBeNull();
  });

  it('keeps only the latest two texts', () => {
    const transfers = new Transfers(4);
    const first = transfers.hold('one');
    const second = transfers.hold('two');
    const third = transfers.append(null, 'three') ?? '';
    expect(transfers.read(first, 0)).toBeNull();
    expect(transfers.read(second, 0)).toEqual({ text: 'two', done: true });
    expect(transfers.take(third)).toBe('three');
  });
});
