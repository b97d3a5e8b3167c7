import { type ChangeEvent, useRef, useState } from 'react';
import { decodeBackup } from '../../lib/backup/file-codec';
import type { RestoreSummary } from '../../lib/backup/restore';
import { sendFile } from '../../lib/backup/transfer-client';
import { formatCount } from '../../lib/format/vietnamese';
import { ask } from '../../lib/protocol/ask';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { RestorePreview } from './RestorePreview';

interface Checked {
  fileName: string;
  text: string;
  summary: RestoreSummary;
}

/**
 * Restore: the whole file is checked by the background and previewed; only the confirm
 * button writes, all or nothing. A refused file is announced and nothing changes.
 */
export function RestorePanel() {
  const { t, locale } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const reset = () => {
    setChecked(null);
    if (input.current) input.current.value = '';
  };
  const refuse = (fileName: string, error: unknown) => {
    reset();
    setMessage({
      text: t('restoreRefused', { file: fileName, error: errorText(error, locale) }),
      error: true,
    });
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChecked(null);
    if (!file) return;
    setMessage({ text: t('restoreChecking'), error: false });
    setBusy(true);
    decodeBackup(file)
      .then(async (text) => {
        const summary = await ask({ type: 'backup:preview', ...(await sendFile(text)) });
        setChecked({ fileName: file.name, text, summary });
        setMessage(null);
      })
      .catch((error: unknown) => refuse(file.name, error))
      .finally(() => setBusy(false));
  };

  const confirm = () => {
    if (!checked) return;
    setBusy(true);
    // Sent again: the worker may have restarted since the preview.
    sendFile(checked.text)
      .then((file) => ask({ type: 'backup:restore', ...file }))
      .then((summary) => {
        reset();
        setMessage({
          text: t('restoreDone', { count: formatCount(summary.addCaptures, locale) }),
          error: false,
        });
      })
      .catch((error: unknown) => refuse(checked.fileName, error))
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="restore-heading" className="card" data-testid="restore-panel">
      <h2 id="restore-heading">{t('restoreHeading')}</h2>
      <label className="file-field">
        <span>{t('restoreLabel')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,.gz,application/json,application/gzip"
          data-testid="restore-input"
          disabled={busy}
          onChange={choose}
        />
      </label>
      {checked && (
        <RestorePreview
          fileName={checked.fileName}
          summary={checked.summary}
          busy={busy}
          onConfirm={confirm}
          onCancel={() => {
            reset();
            setMessage(null);
          }}
        />
      )}
      <StatusMessage message={message} testId="restore-message" />
    </section>
  );
}
