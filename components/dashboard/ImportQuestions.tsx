import { useState } from 'react';
import type { NameQuestion } from '../../lib/import/table-import';
import { useLocale } from '../shared/locale';

/** Names that do not surely point at one unit: the official picks, then the preview is redone. */
export function ImportQuestions({
  questions,
  onConfirm,
}: {
  questions: readonly NameQuestion[];
  onConfirm: (names: Record<string, string>) => void;
}) {
  const { t } = useLocale();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (questions.length === 0) return null;
  return (
    <fieldset className="import-questions" data-testid="import-questions">
      <legend>{t('importQuestionsTitle')}</legend>
      <p className="muted small">{t('importQuestionHint')}</p>
      {questions.map((q, i) => (
        <label key={q.key}>
          <span>{t('importQuestionLines', { typed: q.typed, lines: q.lines.join(', ') })}</span>
          <select
            data-testid={`import-question-${i}`}
            value={chosen[q.key] ?? ''}
            onChange={(e) => setChosen({ ...chosen, [q.key]: e.target.value })}
          >
            <option value="">{t('importQuestionChoose')}</option>
            {q.candidates.map((u) => (
              <option key={u.id} value={u.id}>
                {u.code ? `${u.name} (${u.code})` : u.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button
        type="button"
        data-testid="import-confirm-names"
        disabled={Object.values(chosen).every((v) => v === '')}
        onClick={() => onConfirm(Object.fromEntries(Object.entries(chosen).filter(([, v]) => v)))}
      >
        {t('importConfirmNames')}
      </button>
    </fieldset>
  );
}
