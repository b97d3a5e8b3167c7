import { useState } from 'react';
import { encodeBackup } from '../../lib/backup/file-codec';
import { fetchBackup } from '../../lib/backup/transfer-client';
import { formatCount } from '../../lib/format/vietnamese';
import { downloadBlob } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';

type Selection = { rootUnitIds: string[]; periodKeys: string[] } | null;

/** Builds a backup (or a share file) in the background and hands it to the browser. */
export function useBackupDownload(onDone?: () => void) {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const download = (selection: Selection = null) => {
    setMessage(null);
    setBusy(true);
    fetchBackup(selection)
      .then(async ({ fileName, text, captures }) => {
        const file = await encodeBackup(fileName, text);
        downloadBlob(file.fileName, file.blob);
        const done = selection ? 'shareDone' : 'backupDone';
        setMessage({
          text: t(done, { file: file.fileName, count: formatCount(captures, locale) }),
          error: false,
        });
        onDone?.();
      })
      .catch((error: unknown) => setMessage({ text: errorText(error, locale), error: true }))
      .finally(() => setBusy(false));
  };
  return { download, message, busy };
}
