import Papa from 'papaparse';
import { BOM } from '../export/csv-profiles';
import { TABLE_FIELDS, TEMPLATE_HEADERS } from './table-fields';

/**
 * The template for figures typed from old reports: one row per unit, period and measure.
 * The CSV is written for Excel on a Vietnamese Windows (BOM, `;`), which is where it is
 * filled; the import reads `,` and `;` files and either decimal mark.
 */

export const TEMPLATE_COLUMNS: readonly string[] = TABLE_FIELDS.map((f) => TEMPLATE_HEADERS[f]);

/** What the guide says for each column (Vietnamese; the template is for Vietnamese officials). */
export const TEMPLATE_GUIDE: readonly [string, string][] = [
  [TEMPLATE_HEADERS.period, 'Tháng (2025-08 hoặc 08/2025), quý (2025-Q3) hoặc năm (2025).'],
  [
    TEMPLATE_HEADERS.unit,
    'Tên đơn vị như trên Cổng, có dấu hoặc không dấu ("viet tri" = "UBND Phường Việt Trì"), hoặc mã (H44.100).',
  ],
  [
    TEMPLATE_HEADERS.measure,
    'TOTAL (tổng điểm /100), mã nhóm (CKMB, TDGQ, CLGQ, TTTT, MDHL, MDSH) hoặc tên nhóm, hoặc mã chỉ tiêu (DOSSIER_SYNC…).',
  ],
  [
    TEMPLATE_HEADERS.score,
    'Điểm đạt; 84,41 hoặc 84.41 đều được. Để trống nếu không có, không ghi 0.',
  ],
  [TEMPLATE_HEADERS.ratio, 'Tỷ lệ %, từ 0 đến 100 (có thể kèm dấu %).'],
  [
    TEMPLATE_HEADERS.numerator,
    'Tử số: số nguyên; 1.234 hoặc 1 234 là một nghìn hai trăm ba mươi tư. Số lẻ như 12,5 bị từ chối.',
  ],
  [
    TEMPLATE_HEADERS.denominator,
    'Mẫu số: số nguyên như tử số; có tử số và mẫu số thì tỷ lệ phải khớp.',
  ],
];

export const TEMPLATE_CSV_NAME = 'chiso766-mau-nhap-so-lieu.csv';
export const TEMPLATE_XLSX_NAME = 'chiso766-mau-nhap-so-lieu.xlsx';

/** The header line and the given rows (already text), for Excel VN. */
export function buildTemplateCsv(rows: readonly string[][] = []): string {
  const body = Papa.unparse(
    { fields: [...TEMPLATE_COLUMNS], data: rows.map((r) => [...r]) },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  return `${BOM}${body}\r\n`;
}
