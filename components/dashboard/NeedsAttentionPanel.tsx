import type { FlaggedCaptures } from '../../lib/db/flagged-captures';
import { formatCount, formatDateTime } from '../../lib/format/vietnamese';
import { flagAdviceText, flagReasonText } from '../../lib/i18n/flag-words';
import { adviceOf } from '../../lib/model/flag-code';
import { subjectLabel } from '../../lib/model/groups';
import { parsePeriodKey, periodLabel } from '../../lib/model/period';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import { useLocale } from '../shared/locale';
import { useBackground } from '../shared/use-background';

const EVENTS = [CAPTURES_CHANGED] as const;
const SHOWN = 100;

/**
 * "Cần chú ý": the answers that were not stored as data, newest first, each with why (a
 * code worded here, never the parser's technical text), what to do, and which good
 * capture the view still shows.
 */
export function NeedsAttentionPanel() {
  const { t, locale } = useLocale();
  const [flagged] = useBackground<FlaggedCaptures>(
    () => ask({ type: 'captures:flagged', limit: SHOWN }),
    EVENTS,
  );
  if (flagged.state === 'loading') return null;
  if (flagged.state === 'error') {
    return (
      <p role="alert" className="error">
        {flagged.error}
      </p>
    );
  }
  const { total, items } = flagged.value;
  return (
    <section aria-labelledby="attention-heading" className="card" data-testid="needs-attention">
      <h2 id="attention-heading">{t('attentionHeading')}</h2>
      <p className="muted">{t('attentionIntro')}</p>
      {total === 0 ? (
        <p data-testid="attention-none">{t('attentionNone')}</p>
      ) : (
        <table className="data" data-testid="attention-table" data-count={total}>
          <caption>{t('attentionCaption', { count: formatCount(total, locale) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colObservedAt')}</th>
              <th scope="col">{t('colWhat')}</th>
              <th scope="col">{t('colReason')}</th>
              <th scope="col">{t('colAdvice')}</th>
              <th scope="col">{t('colKept')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const period = item.periodKey ? parsePeriodKey(item.periodKey) : null;
              const what = [
                subjectLabel(item.subject, t('unknownView'), locale),
                item.rootName,
                period ? periodLabel(period, locale) : null,
              ].filter(Boolean);
              return (
                <tr
                  key={item.id}
                  data-capture={item.id}
                  data-code={item.code}
                  data-advice={adviceOf(item.code)}
                >
                  <td>{formatDateTime(item.observedAt)}</td>
                  <td>{what.join(' — ')}</td>
                  <td data-testid="attention-reason">{flagReasonText(item.code, locale)}</td>
                  <td>{flagAdviceText(item.code, locale)}</td>
                  <td data-kept={item.keptObservedAt !== null}>
                    {item.keptObservedAt
                      ? t('keptSnapshot', { time: formatDateTime(item.keptObservedAt) })
                      : t('keptNone')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {total > items.length && (
        <p className="muted small">
          {t('attentionMore', { shown: items.length, count: formatCount(total, locale) })}
        </p>
      )}
    </section>
  );
}
