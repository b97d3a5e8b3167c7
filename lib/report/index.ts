/**
 * The monthly report (issue #15): `buildReport` turns stored snapshots into a plain-data
 * model; the renderers turn that model into Vietnamese (or English) text, clipboard HTML and
 * an NĐ 30/2020 .docx. Pure: no browser API, no database; callers pass the snapshots in.
 */
export { buildReport, type ReportInput } from './build-report';
export { DOCX_MIME, type DocxOptions, reportDocx, reportDocxBlob } from './report-docx';
export { escapeHtml, type HtmlOptions, renderReportHtml } from './report-html';
export type * from './report-model';
export { renderReportText, type TextOptions } from './report-text';
