import type { Locale } from '../format/vietnamese';
import { type ReportBlock, type ReportTable, reportDocument } from './report-document';
import type { ReportModel } from './report-model';

/**
 * The report as plain text, to paste into an e-mail or a Word draft: paragraphs separated by
 * blank lines, bullets as "- ", tables as "A | B | C" rows (Word turns them into a table with
 * "Convert Text to Table", separator "|").
 */

export interface TextOptions {
  locale?: Locale;
  /** Include the appendix tables (default true). */
  appendix?: boolean;
}

function blockText(block: ReportBlock): string {
  return block.kind === 'bullet' ? `- ${block.text}` : block.text;
}

/** Consecutive bullets stay together; everything else is its own paragraph. */
function blocksText(blocks: readonly ReportBlock[]): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const joined = block.kind === 'bullet' && blocks[i - 1]?.kind === 'bullet';
    if (joined && out.length > 0) out[out.length - 1] += `\n${blockText(block)}`;
    else out.push(blockText(block));
  });
  return out;
}

export function tableText(table: ReportTable): string {
  return [table.caption, table.header.join(' | '), ...table.rows.map((r) => r.join(' | '))].join(
    '\n',
  );
}

export function renderReportText(model: ReportModel, options: TextOptions = {}): string {
  const doc = reportDocument(model, options.locale ?? 'vi');
  const parts: string[] = [doc.title, doc.subject, ...blocksText(doc.body)];
  if (doc.monthTable) parts.push(tableText(doc.monthTable));
  if (doc.notes.length > 0) parts.push(doc.notesLead, ...blocksText(doc.notes));
  parts.push(doc.closing);
  if (doc.appendix && options.appendix !== false) {
    parts.push(doc.appendix.title, doc.appendix.subtitle, ...doc.appendix.tables.map(tableText));
  }
  return `${parts.join('\n\n')}\n`;
}
