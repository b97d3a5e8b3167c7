import { useCallback, useEffect, useState } from 'react';
import {
  formatBytes,
  type StorageEstimate,
  storageLevel,
  usedPercent,
} from '../../lib/storage/quota';
import { useLocale } from '../shared/locale';

interface Facts {
  estimate: StorageEstimate;
  persisted: boolean | null;
}

async function readFacts(): Promise<Facts> {
  const storage = navigator.storage;
  const estimate = await storage?.estimate?.().catch(() => null);
  const persisted = (await storage?.persisted?.().catch(() => null)) ?? null;
  return {
    estimate: { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null },
    persisted,
  };
}

/** How much the history takes, whether the browser keeps it for good, and a warning in time. */
export function StoragePanel() {
  const { t, locale } = useLocale();
  const [facts, setFacts] = useState<Facts | null>(null);
  const [refused, setRefused] = useState(false);
  const load = useCallback(() => {
    readFacts().then(setFacts);
  }, []);
  useEffect(load, [load]);
  if (!facts) return null;

  const { estimate, persisted } = facts;
  const level = storageLevel(estimate);
  const percent = usedPercent(estimate);
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  // A few megabytes of a large quota round to 0 %, which reads as "nothing stored".
  const percentText =
    percent === null
      ? ''
      : percent === 0 && (estimate.usage ?? 0) > 0
        ? `< ${format.format(0.1)}`
        : format.format(percent);
  const persist = async () => {
    const granted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
    setRefused(!granted);
    load();
  };
  return (
    <section aria-labelledby="storage-heading" className="card" data-testid="storage-panel">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <p data-testid="storage-usage" data-level={level}>
        {level === 'unknown' || estimate.usage === null || estimate.quota === null
          ? t('storageUnknown')
          : t('storageUsage', {
              used: formatBytes(estimate.usage, locale),
              quota: formatBytes(estimate.quota, locale),
              percent: percentText,
            })}
      </p>
      {(level === 'near' || level === 'full') && (
        <p role="alert" className="error" data-testid="storage-warning">
          {t(level === 'full' ? 'storageFull' : 'storageNear', { percent: percentText })}
        </p>
      )}
      <p className="muted small" data-testid="storage-persisted" data-persisted={String(persisted)}>
        {t(persisted ? 'storagePersisted' : 'storageNotPersisted')}
      </p>
      {!persisted && (
        <button type="button" data-testid="storage-persist" onClick={persist}>
          {t('storagePersist')}
        </button>
      )}
      {refused && <p role="status">{t('storagePersistRefused')}</p>}
    </section>
  );
}
