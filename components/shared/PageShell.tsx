import type { ReactNode } from 'react';
import type { Locale } from '../../lib/format/vietnamese';
import { useLocale } from './locale';

/** Header with the product name, the page title, the language switch and an optional nav bar. */
export function PageShell({
  title,
  nav,
  children,
}: {
  title: string;
  nav?: ReactNode;
  children: ReactNode;
}) {
  const { t, locale, setLocale } = useLocale();
  return (
    <div className="shell">
      <header className="shell-header no-print">
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
      {nav}
      <main>{children}</main>
      <footer className="muted no-print">{t('privacyNote')}</footer>
    </div>
  );
}
