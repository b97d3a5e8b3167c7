import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { useBackupDownload } from './use-backup-download';

/** The last step before deleting: what goes, an offer to back up first, and the choice. */
export function DeleteConfirm({
  question,
  onConfirm,
  onCancel,
  busy,
}: {
  question: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t } = useLocale();
  const backup = useBackupDownload();
  return (
    <div
      className="confirm-box"
      role="alertdialog"
      aria-label={question}
      data-testid="delete-confirm-box"
    >
      <p>{question}</p>
      <div className="row">
        <button
          type="button"
          data-testid="delete-backup-first"
          disabled={backup.busy}
          onClick={() => backup.download(null)}
        >
          {t('deleteBackupFirst')}
        </button>
        <button
          type="button"
          className="danger"
          data-testid="delete-confirm"
          disabled={busy}
          onClick={onConfirm}
        >
          {t('deleteConfirm')}
        </button>
        <button type="button" data-testid="delete-cancel" onClick={onCancel}>
          {t('restoreCancel')}
        </button>
      </div>
      <StatusMessage message={backup.message} testId="delete-backup-message" />
    </div>
  );
}
