import { browser } from 'wxt/browser';
import { formatCount } from '../../lib/format/vietnamese';
import { useLocale } from './locale';

/**
 * How many answers were not stored, and where to read why: the dashboard's "needs
 * attention" list (#/data). The popup and side panel link to it.
 */
export function FlaggedNotice({ count, linked }: { count: number; linked: boolean }) {
  const { t, locale } = useLocale();
  if (count <= 0) return null;
  return (
    <p className="error" data-testid="flagged-count" data-count={count}>
      {t('flaggedNotice', { count: formatCount(count, locale) })}{' '}
      {linked && (
        <a
          href={browser.runtime.getURL('/dashboard.html#/data')}
          target="_blank"
          rel="noreferrer"
          data-testid="open-needs-attention"
        >
          {t('openNeedsAttention')}
        </a>
      )}
    </p>
  );
}
