import { useCallback, useState } from 'react';
import type { ImportApplied, ImportPreview } from '../../lib/import/preview';
import { ask } from '../../lib/protocol/ask';
import type { ImportSource } from '../../lib/protocol/import-requests';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';

export interface ImportMessage {
  text: string;
  error: boolean;
}

/**
 * One import from choosing to writing: the source as read in the page, the background's
 * preview of it, the names the official confirmed, and the outcome.
 */
export function useImport(onWritten: () => void) {
  const { t, locale } = useLocale();
  const [source, setSource] = useState<{ value: ImportSource; fileName: string } | null>(null);
  const [confirmed, setConfirmed] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ImportMessage | null>(null);

  const fail = useCallback(
    (error: unknown) => setMessage({ text: errorText(error, locale), error: true }),
    [locale],
  );

  const show = useCallback(
    async (value: ImportSource, fileName: string, names: Record<string, string> = {}) => {
      setSource({ value, fileName });
      setConfirmed(names);
      setMessage(null);
      setBusy(true);
      try {
        setPreview(
          await ask({ type: 'import:preview', source: value, fileName, confirmed: names }),
        );
      } catch (error) {
        setPreview(null);
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  const confirmNames = (names: Record<string, string>) => {
    if (source) show(source.value, source.fileName, { ...confirmed, ...names });
  };

  const apply = async (dropBadRows: boolean) => {
    if (!source) return;
    setBusy(true);
    try {
      const done: ImportApplied = await ask({
        type: 'import:apply',
        source: source.value,
        fileName: source.fileName,
        confirmed,
        dropBadRows,
      });
      const parts = done.alreadyImported
        ? [t('importNothingNew')]
        : [t('importDone', { count: done.added, file: source.fileName })];
      if (done.dropped > 0 && !done.alreadyImported) {
        parts.push(t('importDoneDropped', { lines: done.dropped }));
      }
      setMessage({ text: parts.join(' '), error: false });
      setPreview(null);
      setSource(null);
      onWritten();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPreview(null);
    setSource(null);
    setMessage(null);
  };

  return { preview, busy, message, setMessage, show, confirmNames, apply, cancel, fail };
}
