import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from './locale';
import './styles.css';
import './foreign-text.css';

/** Every extension page starts the same way: locale, strict mode, one root. */
export function mountPage(page: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing');
  createRoot(container).render(
    <StrictMode>
      <LocaleProvider>{page}</LocaleProvider>
    </StrictMode>,
  );
}
