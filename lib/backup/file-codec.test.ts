import { describe, expect, it } from 'vitest';
import { ChisoError } from '../protocol/errors';
import { decodeBackup, encodeBackup } from './file-codec';

const text = JSON.stringify({ format: 'chiso766-backup', name: 'UBND tỉnh Phú Thọ' });

describe('backup file codec', () => {
  it('keeps a small file as plain JSON', async () => {
    const { fileName, blob } = await encodeBackup('chiso766-backup-20261203-1845.json', text);
    expect(fileName).toBe('chiso766-backup-20261203-1845.json');
    expect(await decodeBackup(blob)).toBe(text);
  });

  it('compresses a large file to .json.gz and reads it back', async () => {
    const { fileName, blob } = await encodeBackup('b.json', text, 10);
    expect(fileName).toBe('b.json.gz');
    const head = new Uint8Array(await blob.arrayBuffer()).slice(0, 2);
    expect([...head]).toEqual([0x1f, 0x8b]);
    expect(await decodeBackup(blob)).toBe(text);
  });

  it('refuses a cut-off gzip file', async () => {
    const { blob } = await encodeBackup('b.json', text.repeat(50), 10);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const cut = new Blob([bytes.slice(0, Math.floor(bytes.length / 2))]);
    const error = await decodeBackup(cut).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChisoError);
    expect((error as ChisoError).code).toBe('errBackupGzip');
  });
});
