import { ChisoError } from '../protocol/errors';

/** From this size on a backup is downloaded gzip-compressed (`.json.gz`). */
export const COMPRESS_FROM_CHARS = 2_000_000;

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  transform: GenericTransformStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform as TransformStream);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The file to download: the JSON as is, or gzip-compressed when it is large. */
export async function encodeBackup(
  fileName: string,
  text: string,
  compressFrom = COMPRESS_FROM_CHARS,
): Promise<{ fileName: string; blob: Blob }> {
  const bytes = new TextEncoder().encode(text);
  if (text.length < compressFrom || typeof CompressionStream === 'undefined') {
    return { fileName, blob: new Blob([bytes], { type: 'application/json' }) };
  }
  const gz = await pipe(bytes, new CompressionStream('gzip'));
  return { fileName: `${fileName}.gz`, blob: new Blob([gz], { type: 'application/gzip' }) };
}

/**
 * The text of a chosen file, plain or gzip (recognised by its first two bytes, whatever its
 * name). A cut-off or damaged gzip stream is refused here, before the background sees it.
 */
export async function decodeBackup(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let plain: Uint8Array<ArrayBuffer> = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      plain = await pipe(bytes, new DecompressionStream('gzip'));
    } catch {
      throw new ChisoError('errBackupGzip');
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new ChisoError('errBackupNotJson');
  }
}
