import { describe, expect, it } from 'vitest';
import { deliver } from './deliver';

const NOT_LISTENING = new Error('Could not establish connection. Receiving end does not exist.');

function sender(failures: unknown[]) {
  let calls = 0;
  return {
    send: async () => {
      const failure = failures[calls];
      calls += 1;
      if (failure) throw failure;
      return 'stored';
    },
    calls: () => calls,
  };
}

const slept: number[] = [];
const sleep = async (ms: number) => {
  slept.push(ms);
};

describe('delivering a capture to the background', () => {
  it('tries again while the background is not listening yet, then gets its reply', async () => {
    slept.length = 0;
    const background = sender([NOT_LISTENING, NOT_LISTENING]);
    await expect(deliver(background.send, [300, 1000], sleep)).resolves.toBe('stored');
    expect(background.calls()).toBe(3);
    expect(slept).toEqual([300, 1000]);
  });

  it('gives up after its last wait', async () => {
    const background = sender([NOT_LISTENING, NOT_LISTENING, NOT_LISTENING]);
    await expect(deliver(background.send, [300, 1000], sleep)).rejects.toBe(NOT_LISTENING);
    expect(background.calls()).toBe(3);
  });

  it('fails at once on anything else (a context invalidated by a reload)', async () => {
    const invalidated = new Error('Extension context invalidated.');
    const background = sender([invalidated]);
    await expect(deliver(background.send, [300, 1000], sleep)).rejects.toBe(invalidated);
    expect(background.calls()).toBe(1);
  });
});
