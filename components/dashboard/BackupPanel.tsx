import { formatDateTime } from '../../lib/format/vietnamese';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { useBackground } from '../shared/use-background';
import { useBackupDownload } from './use-backup-download';
import './backup.css';

const EVENTS = [CAPTURES_CHANGED] as const;

/** The full backup: one button, when the last one was made, and a reminder when it is due. */
export function BackupPanel() {
  const { t } = useLocale();
  const [status, reload] = useBackground(() => ask({ type: 'backup:status' }), EVENTS);
  const { download, message, busy } = useBackupDownload(reload);
  const value = status.state === 'ready' ? status.value : null;
  return (
    <section aria-labelledby="backup-heading" className="card" data-testid="backup-panel">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p className="muted small">{t('backupIntro')}</p>
      {value && value.reminder !== 'none' && (
        <p className="notice" data-testid="backup-reminder" data-reminder={value.reminder}>
          {t(value.reminder === 'never' ? 'backupReminderNever' : 'backupReminderStale')}
        </p>
      )}
      {value && (
        <p className="small" data-testid="backup-last">
          {value.lastBackupAt
            ? t('backupLast', { time: formatDateTime(value.lastBackupAt) })
            : t('backupNever')}
        </p>
      )}
      <button
        type="button"
        data-testid="backup-download"
        disabled={busy}
        onClick={() => download(null)}
      >
        {t('backupDownload')}
      </button>
      <StatusMessage message={message} testId="backup-message" />
    </section>
  );
}
