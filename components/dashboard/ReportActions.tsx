import { useState } from 'react';
import { readLetterhead } from '../../lib/report/letterhead';
import { renderReportHtml } from '../../lib/report/report-html';
import type { ReportModel } from '../../lib/report/report-model';
import { reportLetterhead } from '../../lib/settings/letterhead';
import { downloadBlob } from '../shared/download';
import { errorText } from '../shared/error-text';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';

/** `chiso766-bao-cao-H25-2026-08.docx`: the unit's code (or id) and the period. */
function docxFileName(model: ReportModel): string {
  const unit = model.unit.code ?? model.unit.id;
  return `chiso766-bao-cao-${unit}-${model.periodKey}.docx`.replace(/[^\w.-]/g, '_');
}

/** Copy (plain text and HTML), download as .docx, print. */
export function ReportActions({ model, text }: { model: ReportModel; text: string }) {
  const { t, locale } = useLocale();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fail = (error: unknown) =>
    setMessage({ text: t('reportCopyFailed', { detail: errorText(error, locale) }), error: true });

  const copy = async () => {
    setMessage(null);
    try {
      if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
        const html = renderReportHtml(model, { locale });
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]);
        setMessage({ text: t('reportCopied'), error: false });
        return;
      }
    } catch {
      // Some browsers refuse text/html: plain text below still works.
    }
    try {
      await navigator.clipboard.writeText(text);
      setMessage({ text: t('reportCopiedText'), error: false });
    } catch (error) {
      fail(error);
    }
  };

  const docx = async () => {
    setMessage(null);
    try {
      // Loaded on demand: the docx package is large and only this button needs it.
      const { reportDocxBlob } = await import('../../lib/report/report-docx');
      const file = docxFileName(model);
      const letterhead = readLetterhead(await reportLetterhead.getValue());
      downloadBlob(file, await reportDocxBlob(model, { ...letterhead, locale, date: new Date() }));
      setMessage({ text: t('reportDocxDone', { file }), error: false });
    } catch (error) {
      setMessage({ text: errorText(error, locale), error: true });
    }
  };

  return (
    <div className="no-print">
      <div className="row">
        <button type="button" data-testid="report-copy" onClick={copy}>
          {t('reportCopy')}
        </button>
        <button type="button" data-testid="export-docx" onClick={docx}>
          {t('reportDocx')}
        </button>
        <button type="button" data-testid="report-print" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
      </div>
      <StatusMessage message={message} testId="report-message" />
    </div>
  );
}
