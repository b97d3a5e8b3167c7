import type { ReactNode } from 'react';
import type { Locale } from '../../lib/format/vietnamese';
import { useLocale } from './locale';

/** Header with the product name, the page title and the language switch. */
export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  const { t, locale, setLocale } = useLocale();
  return (
    <div className="shell">
      <header className="shell-header">
        <div>
          <h1>
            {t('appName')} — {title}
          </h1>
          <p className="muted">{t('appTagline')}</p>
        </div>
        <label className="locale-switch">
          {t('language')}{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <main>{children}</main>
      <footer className="muted">{t('privacyNote')}</footer>
    </div>
  );
}
