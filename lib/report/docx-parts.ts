import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportTable } from './report-document';

/**
 * Building blocks of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I): sizes are in
 * half-points as docx counts them (28 = 14 pt), lengths in twips (567 ≈ 1 cm).
 */

export const FONT = 'Times New Roman';
export const PT = (points: number): number => points * 2;
/** A4 portrait, in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
/** Top/bottom 20 mm, left 30 mm, right 15 mm: inside the ranges NĐ 30 allows. */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 } as const;
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: PT(style.size ?? 14),
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });
}

export function centered(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after },
    children: [run(text, style)],
  });
}

/** A body paragraph: justified, first line indented, 6 pt after (NĐ 30: at least 6 pt apart). */
export function body(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120, line: 312 },
    children: [run(text, style)],
  });
}

/** A bullet written as officials write it, with a leading dash. */
export function bullet(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 60, line: 312 },
    children: [run(`- ${text}`, style)],
  });
}

/** Two columns without borders: the top block and the signature block. */
export function twoColumns(left: Paragraph[], right: Paragraph[], leftShare = 0.42): Table {
  const leftWidth = Math.round(TEXT_WIDTH * leftShare);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)] }),
    ],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

/**
 * A data table with thin black lines; the header bold and centred. Column widths are shares
 * of the text width, so the table never runs into the margin.
 */
export function dataTable(
  table: ReportTable,
  shares: readonly number[],
  options: { size?: number; leftAligned?: readonly number[] } = {},
): Table {
  const size = options.size ?? 13;
  const left = new Set(options.leftAligned ?? []);
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      borders: LINES,
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: !header && left.has(i) ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { before: 20, after: 20 },
          children: [run(text, { size, bold: header })],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.header.map((h, i) => cell(h, i, true)),
      }),
      ...table.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}
