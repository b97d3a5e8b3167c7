import { Document, Packer, Paragraph, type Table } from 'docx';
import type { Locale } from '../format/vietnamese';
import {
  A4,
  body,
  bullet,
  centered,
  dataTable,
  FONT,
  MARGINS,
  PT,
  run,
  twoColumns,
} from './docx-parts';
import { type ReportDocument, reportDocument } from './report-document';
import { fmtDocumentDate } from './report-format';
import type { ReportModel } from './report-model';

/**
 * The report as a Word document laid out per NĐ 30/2020/NĐ-CP (reports.md §2). What the
 * extension cannot know — the document number, the issuing body, the place, the signer, the
 * recipients — is a dotted placeholder unless the caller passes it, for the official to fill
 * in Word.
 */

export interface DocxOptions {
  locale?: Locale;
  /** The issuing body's parent, in capitals (e.g. "UBND TỈNH PHÚ THỌ"). */
  parentBody?: string;
  /** The issuing body, in capitals (e.g. "VĂN PHÒNG"). */
  issuingBody?: string;
  /** The number/symbol line, e.g. "Số: 125/BC-VP". */
  numberLine?: string;
  /** Địa danh (e.g. "Phú Thọ"). */
  place?: string;
  /** The document date; without it the day, month and year are left blank. */
  date?: Date;
  signerTitle?: string;
  signerName?: string;
  /** "Nơi nhận" items, without the leading dash. */
  recipients?: readonly string[];
  /** Include the appendix (default true). */
  appendix?: boolean;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const DOTS = '…………';

const LABELS = {
  vi: {
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    mottoLine: 'Độc lập - Tự do - Hạnh phúc',
    number: `Số: ${DOTS}/BC-${DOTS}`,
    date: (place: string, d: { day: string; month: string; year: string } | null) =>
      `${place}, ngày ${d?.day ?? '…'} tháng ${d?.month ?? '…'} năm ${d?.year ?? '…'}`,
    recipientsLead: 'Nơi nhận:',
    recipients: ['Như trên;', `Lưu: VT, ${DOTS}.`],
    signerTitle: 'CHỨC VỤ NGƯỜI KÝ',
    signature: '(Chữ ký, dấu)',
    signerName: 'Họ và tên',
  },
  en: {
    motto: 'SOCIALIST REPUBLIC OF VIETNAM',
    mottoLine: 'Independence - Freedom - Happiness',
    number: `No.: ${DOTS}/BC-${DOTS}`,
    date: (place: string, d: { day: string; month: string; year: string } | null) =>
      `${place}, ${d ? `${d.day}/${d.month}/${d.year}` : '…/…/…'}`,
    recipientsLead: 'Recipients:',
    recipients: ['As above;', `Archive: ${DOTS}.`],
    signerTitle: "SIGNER'S TITLE",
    signature: '(Signature, seal)',
    signerName: 'Full name',
  },
} as const;

function topBlock(options: DocxOptions, locale: Locale): Table {
  const l = LABELS[locale];
  const date = options.date ? fmtDocumentDate(options.date) : null;
  const left = [
    centered(options.parentBody ?? DOTS, { size: 13 }),
    centered(options.issuingBody ?? DOTS, { size: 13, bold: true }, 120),
    centered(options.numberLine ?? l.number, { size: 13 }),
  ];
  const right = [
    centered(l.motto, { size: 12, bold: true }),
    centered(l.mottoLine, { size: 13, bold: true, underline: true }, 120),
    centered(l.date(options.place ?? DOTS, date), { size: 14, italics: true }),
  ];
  return twoColumns(left, right, 0.4);
}

function signatureBlock(options: DocxOptions, locale: Locale): Table {
  const l = LABELS[locale];
  const items = options.recipients ?? l.recipients;
  const left = [
    new Paragraph({ children: [run(l.recipientsLead, { size: 12, bold: true, italics: true })] }),
    ...items.map((item) => new Paragraph({ children: [run(`- ${item}`, { size: 11 })] })),
  ];
  const right = [
    centered(options.signerTitle ?? l.signerTitle, { bold: true }),
    centered(l.signature, { italics: true }, 1200),
    centered(options.signerName ?? l.signerName, { bold: true }),
  ];
  return twoColumns(left, right, 0.5);
}

function contentOf(doc: ReportDocument, options: DocxOptions): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    topBlock(options, doc.locale),
    centered('', {}, 240),
    centered(doc.title, { bold: true }),
    centered(doc.subject, { bold: true }, 240),
  ];
  for (const block of doc.body) {
    if (block.kind === 'bullet') out.push(bullet(block.text));
    else out.push(body(block.text, { italics: block.kind === 'warning' }));
  }
  if (doc.monthTable) {
    out.push(body(doc.monthTable.caption));
    out.push(dataTable(doc.monthTable, [1, 1.2, 1.4, 1]));
    out.push(centered('', {}, 120));
  }
  if (doc.notes.length > 0) {
    out.push(body(doc.notesLead, { italics: true }));
    for (const note of doc.notes) out.push(bullet(note.text, { size: 13, italics: true }));
  }
  out.push(body(doc.closing), centered('', {}, 120), signatureBlock(options, doc.locale));
  if (doc.appendix && options.appendix !== false) {
    out.push(
      new Paragraph({ pageBreakBefore: true, children: [] }),
      centered(doc.appendix.title, { bold: true }),
      centered(doc.appendix.subtitle, { italics: true }, 240),
    );
    for (const table of doc.appendix.tables) {
      out.push(body(table.caption, { bold: true }));
      out.push(dataTable(table, [0.6, 4, 1.3, 1.5, 1.6], { size: 12, leftAligned: [1] }));
      out.push(centered('', {}, 120));
    }
  }
  return out;
}

/** The docx object model; `reportDocx` packs it. */
export function buildReportDocument(model: ReportModel, options: DocxOptions = {}): Document {
  const doc = reportDocument(model, options.locale ?? 'vi');
  return new Document({
    creator: 'chiso766',
    title: doc.subject,
    styles: { default: { document: { run: { font: FONT, size: PT(14) } } } },
    sections: [
      {
        properties: { page: { size: { ...A4 }, margin: { ...MARGINS } } },
        children: contentOf(doc, options),
      },
    ],
  });
}

/** The .docx bytes; works in node (tests) and in an extension page alike. */
export async function reportDocx(
  model: ReportModel,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildReportDocument(model, options)));
}

/** The .docx as a Blob with its MIME type, ready for a download link. */
export async function reportDocxBlob(model: ReportModel, options: DocxOptions = {}): Promise<Blob> {
  const buffer = await Packer.toArrayBuffer(buildReportDocument(model, options));
  return new Blob([buffer], { type: DOCX_MIME });
}
