import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Locale } from '../../lib/format/vietnamese';
import { type StringKey, translate } from '../../lib/i18n/strings';
import { uiLocale } from '../../lib/settings/locale';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>('vi');

  useEffect(() => {
    uiLocale.getValue().then(setLocaleState);
    return uiLocale.watch((value) => setLocaleState(value ?? 'vi'));
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    uiLocale.setValue(next);
  }, []);
  const t = useCallback(
    (key: StringKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );

  return (
    <LocaleContext.Provider value={{ locale, setLocale, t }}>{children}</LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}
