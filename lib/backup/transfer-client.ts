import { ask } from '../protocol/ask';
import { SLICE_CHARS } from './transfers';

type Selection = { rootUnitIds: string[]; periodKeys: string[] } | null;

/** Has the background build a backup (or share file) and reads it back slice by slice. */
export async function fetchBackup(
  selection: Selection,
): Promise<{ fileName: string; text: string; captures: number }> {
  const built = await ask({ type: 'backup:build', selection });
  const parts: string[] = [];
  let offset = 0;
  for (;;) {
    const slice = await ask({ type: 'transfer:read', id: built.transferId, offset });
    parts.push(slice.text);
    offset += slice.text.length;
    if (slice.done) break;
  }
  return { fileName: built.fileName, text: parts.join(''), captures: built.captures };
}

/** Sends a chosen file's text to the background in slices; returns what names it there. */
export async function sendFile(text: string): Promise<{ text: string } | { transferId: string }> {
  if (text.length <= SLICE_CHARS) return { text };
  let id: string | null = null;
  for (let offset = 0; offset < text.length; offset += SLICE_CHARS) {
    ({ id } = await ask({
      type: 'transfer:write',
      id,
      text: text.slice(offset, offset + SLICE_CHARS),
    }));
  }
  return { transferId: id ?? '' };
}
