import { type FormEvent, useEffect, useState } from 'react';
import type { StringKey } from '../../lib/i18n/strings';
import {
  type Letterhead,
  letterheadSchema,
  readLetterhead,
  recipientsFromText,
} from '../../lib/report/letterhead';
import { reportLetterhead } from '../../lib/settings/letterhead';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import './letterhead.css';

type LineField = Exclude<keyof Letterhead, 'recipients'>;

const LINES: readonly { field: LineField; label: StringKey }[] = [
  { field: 'parentBody', label: 'letterheadParentBody' },
  { field: 'issuingBody', label: 'letterheadIssuingBody' },
  { field: 'numberLine', label: 'letterheadNumberLine' },
  { field: 'place', label: 'letterheadPlace' },
  { field: 'signerTitle', label: 'letterheadSignerTitle' },
  { field: 'signerName', label: 'letterheadSignerName' },
];

/** The office's letterhead for the report .docx: set once, used by every download. */
export function LetterheadPanel() {
  const { t } = useLocale();
  const [form, setForm] = useState<Record<LineField, string> | null>(null);
  const [recipients, setRecipients] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    reportLetterhead.getValue().then((stored) => {
      const letterhead = readLetterhead(stored);
      setForm(
        Object.fromEntries(LINES.map(({ field }) => [field, letterhead[field] ?? ''])) as Record<
          LineField,
          string
        >,
      );
      setRecipients((letterhead.recipients ?? []).map((r) => `- ${r}`).join('\n'));
    });
  }, []);
  if (!form) return null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = letterheadSchema.safeParse({
      ...form,
      recipients: recipientsFromText(recipients),
    });
    if (!parsed.success) {
      setMessage({ text: t('letterheadInvalid'), error: true });
      return;
    }
    reportLetterhead.setValue(readLetterhead(parsed.data));
    setMessage({ text: t('letterheadSaved'), error: false });
  };

  return (
    <section aria-labelledby="letterhead-heading" className="card">
      <h2 id="letterhead-heading">{t('letterheadHeading')}</h2>
      <p className="muted small">{t('letterheadIntro')}</p>
      <form className="letterhead" onSubmit={save} data-testid="letterhead-form">
        {LINES.map(({ field, label }) => (
          <label key={field}>
            {t(label)}
            <input
              type="text"
              data-testid={`letterhead-${field}`}
              value={form[field]}
              onChange={(e) => setForm({ ...form, [field]: e.target.value })}
            />
          </label>
        ))}
        <label>
          {t('letterheadRecipients')}
          <textarea
            data-testid="letterhead-recipients"
            rows={4}
            value={recipients}
            onChange={(e) => setRecipients(e.target.value)}
          />
        </label>
        <button type="submit" data-testid="letterhead-save">
          {t('letterheadSave')}
        </button>
      </form>
      <StatusMessage message={message} testId="letterhead-message" />
    </section>
  );
}
