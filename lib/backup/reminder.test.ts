import { describe, expect, it } from 'vitest';
import { backupReminder } from './reminder';

const now = new Date('2026-12-03T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('backupReminder', () => {
  it.each([
    ['nothing stored', null, null, null, 'none'],
    ['never backed up, data under a month old', null, daysAgo(29), daysAgo(1), 'none'],
    ['never backed up, data over a month old', null, daysAgo(31), daysAgo(1), 'never'],
    ['a corrupt stored time counts as never', 'garbage', daysAgo(40), daysAgo(1), 'never'],
    ['backed up a week ago', daysAgo(7), daysAgo(200), daysAgo(1), 'none'],
    ['backed up 31 days ago, stored since', daysAgo(31), daysAgo(200), daysAgo(2), 'stale'],
    ['backed up 31 days ago, nothing new since', daysAgo(31), daysAgo(200), daysAgo(32), 'none'],
    ['backed up exactly 30 days ago', daysAgo(30), daysAgo(200), daysAgo(1), 'none'],
  ] as const)('%s → %s', (_label, lastBackupAt, oldestCaptureAt, newestStoredAt, expected) => {
    expect(backupReminder({ now, lastBackupAt, oldestCaptureAt, newestStoredAt })).toBe(expected);
  });
});
