import type { Locale } from '../format/vietnamese';
import { type ReportBlock, type ReportTable, reportDocument } from './report-document';
import type { ReportModel } from './report-model';

/**
 * The report as an HTML fragment for the clipboard (`text/html`), so it pastes into Word or
 * an e-mail with its tables. Unit names are portal input and the portal is untrusted: every
 * piece of text goes through `escapeHtml`, none is ever markup.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const FONT = 'font-family:&quot;Times New Roman&quot;,serif;font-size:14pt';
const CELL = 'border:1px solid #000;padding:2pt 4pt';

function blocksHtml(blocks: readonly ReportBlock[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) out.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const block of blocks) {
    if (block.kind === 'bullet') {
      list.push(`<li>${escapeHtml(block.text)}</li>`);
      continue;
    }
    flush();
    const text = escapeHtml(block.text);
    out.push(block.kind === 'warning' ? `<p><strong>${text}</strong></p>` : `<p>${text}</p>`);
  }
  flush();
  return out.join('\n');
}

function tableHtml(table: ReportTable): string {
  const head = table.header.map((h) => `<th style="${CELL}">${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((r) => `<tr>${r.map((c) => `<td style="${CELL}">${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return (
    `<p><strong>${escapeHtml(table.caption)}</strong></p>\n` +
    `<table style="border-collapse:collapse"><thead><tr>${head}</tr></thead>\n` +
    `<tbody>${rows}</tbody></table>`
  );
}

export interface HtmlOptions {
  locale?: Locale;
  appendix?: boolean;
}

export function renderReportHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const doc = reportDocument(model, options.locale ?? 'vi');
  const parts = [
    `<div style="${FONT}">`,
    `<p style="text-align:center"><strong>${escapeHtml(doc.title)}</strong></p>`,
    `<p style="text-align:center"><strong>${escapeHtml(doc.subject)}</strong></p>`,
    blocksHtml(doc.body),
  ];
  if (doc.monthTable) parts.push(tableHtml(doc.monthTable));
  if (doc.notes.length > 0) {
    parts.push(`<p><em>${escapeHtml(doc.notesLead)}</em></p>`, blocksHtml(doc.notes));
  }
  parts.push(`<p>${escapeHtml(doc.closing)}</p>`);
  if (doc.appendix && options.appendix !== false) {
    parts.push(
      `<p style="text-align:center"><strong>${escapeHtml(doc.appendix.title)}</strong></p>`,
      `<p style="text-align:center"><em>${escapeHtml(doc.appendix.subtitle)}</em></p>`,
      ...doc.appendix.tables.map(tableHtml),
    );
  }
  parts.push('</div>');
  return parts.join('\n');
}
