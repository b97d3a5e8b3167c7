import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/build-report';
import { DOCX_MIME, reportDocx, reportDocxBlob } from '../../lib/report/report-docx';
import { escapeHtml, renderReportHtml } from '../../lib/report/report-html';
import type { ReportModel } from '../../lib/report/report-model';
import { renderReportText } from '../../lib/report/report-text';
import { rawTotal, rawUnits } from '../support/report-expect';
import {
  augustReport,
  loadSnapshots,
  PHU_THO,
  REPORT_NOW,
  REPORT_SETTINGS,
} from '../support/report-fixtures';
import { docxText, unzip } from '../support/report-unzip';

const HOSTILE = '<img src=x onerror=alert(1)>';
const VICTIM = 'UBND phường Phúc Yên';
const victimId = [...rawUnits(8).values()].find((u) => u.name === VICTIM)?.id ?? '';
const total = rawTotal(rawUnits(8).get(PHU_THO)) ?? 0;

describe('renderings of the Phú Thọ report', () => {
  let model: ReportModel;
  let hostileProvince: ReportModel;
  let hostileCommune: ReportModel;

  beforeAll(async () => {
    const { snapshots } = await loadSnapshots('report-render');
    model = augustReport(snapshots, PHU_THO);
    const hostile = await loadSnapshots('report-hostile', {
      rename: { from: VICTIM, to: HOSTILE },
    });
    const input = {
      snapshots: hostile.snapshots,
      period: '2026-08',
      settings: REPORT_SETTINGS,
      now: REPORT_NOW,
    };
    hostileProvince = buildReport({ ...input, unitId: PHU_THO });
    hostileCommune = buildReport({ ...input, unitId: victimId });
  });

  it('renders English with English numbers on request, Vietnamese by default', () => {
    const en = renderReportText(model, { locale: 'en' });
    expect(en).toContain(
      `UBND tỉnh Phú Thọ scored ${total}/100 points in total (sum of the six groups)`,
    );
    expect(en).toContain('92,784 more dossiers (out of 184,503) needed to reach 52%');
    expect(en).toContain('Data as of 22:14 (Vietnam time) on 28/09/2026.');
    expect(en).toContain('MONTH | TOTAL | RATING | RANK');
    expect(en).toContain('APPENDIX');
    expect(en).not.toContain('Tổng số điểm');
    expect(renderReportText(model)).toBe(renderReportText(model, { locale: 'vi' }));
    expect(renderReportText(model, { appendix: false })).not.toContain('PHỤ LỤC');
  });

  it('escapes every piece of portal text in the HTML', () => {
    expect(hostileProvince.appendix.some((s) => s.rows.some((r) => r.name === HOSTILE))).toBe(true);
    expect(hostileCommune.unit.name).toBe(HOSTILE);
    for (const m of [hostileProvince, hostileCommune]) {
      for (const locale of ['vi', 'en'] as const) {
        const html = renderReportHtml(m, { locale });
        expect(html).not.toContain('<img');
        expect(html).toContain(escapeHtml(HOSTILE));
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        expect(parsed.querySelector('img, [onerror]')).toBeNull();
        expect(parsed.body.textContent).toContain(HOSTILE);
      }
    }
    expect(escapeHtml(`A & B "C" 'D' <e>`)).toBe('A &amp; B &quot;C&quot; &#39;D&#39; &lt;e&gt;');
  });

  it('keeps the HTML saying what the text says', () => {
    const html = renderReportHtml(model);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const htmlText = parsed.body.textContent ?? '';
    expect(htmlText).toContain(`đạt ${String(total).replace('.', ',')}/100 điểm`);
    expect(htmlText).toContain('cần thêm 92.784 hồ sơ');
    expect(parsed.querySelectorAll('table')).toHaveLength(1 + model.appendix.length);
    expect(parsed.querySelectorAll('li').length).toBeGreaterThan(model.belowTarget.length - 1);
  });

  it('writes a .docx laid out per NĐ 30/2020 with the report’s sentences', async () => {
    const bytes = await reportDocx(model, {
      place: 'Phú Thọ',
      date: new Date('2026-02-03T05:00:00Z'),
      parentBody: 'UBND TỈNH PHÚ THỌ',
      issuingBody: 'VĂN PHÒNG',
      recipients: ['UBND tỉnh (b/c);', 'Lưu: VT.'],
    });
    const files = unzip(bytes);
    const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
    const styles = files.get('word/styles.xml')?.toString('utf8') ?? '';
    const text = docxText(xml);
    expect(text).toContain(
      `Tổng số điểm của UBND tỉnh Phú Thọ đạt ${String(total).replace('.', ',')}/100 điểm`,
    );
    expect(text).toContain('cần thêm 92.784 hồ sơ (trên tổng số 184.503 hồ sơ) để đạt 52%.');
    for (const line of [
      'UBND TỈNH PHÚ THỌ',
      'VĂN PHÒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phú Thọ, ngày 03 tháng 02 năm 2026',
      'BÁO CÁO',
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      'PHỤ LỤC',
    ]) {
      expect(text.split('\n'), line).toContain(line);
    }
    expect(text).toContain('Số: …………/BC-…………');
    expect(`${xml}${styles}`).toContain('w:ascii="Times New Roman"');
    // A4 portrait; margins (twips, 1 mm ≈ 56,7) within NĐ 30's ranges.
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml);
    expect([Number(size?.[1]), Number(size?.[2])]).toEqual([11906, 16838]);
    const mm = (name: string) =>
      Number(new RegExp(`w:${name}="(\\d+)"`).exec(xml.slice(xml.indexOf('<w:pgMar')))?.[1]) / 56.7;
    expect(mm('top')).toBeGreaterThanOrEqual(19.9);
    expect(mm('top')).toBeLessThanOrEqual(25.1);
    expect(mm('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(mm('bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('left')).toBeGreaterThanOrEqual(29.9);
    expect(mm('left')).toBeLessThanOrEqual(35.1);
    expect(mm('right')).toBeGreaterThanOrEqual(14.9);
    expect(mm('right')).toBeLessThanOrEqual(20.1);
    // Body 14 pt by default; "Nơi nhận:" bold italic 12 pt; the motto bold.
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>/);
    const runOf = (t: string) =>
      xml.slice(xml.lastIndexOf('<w:r>', xml.indexOf(`>${t}<`)), xml.indexOf(`>${t}<`));
    expect(runOf('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:b/>');
    expect(runOf('BÁO CÁO')).toContain('<w:b/>');
    expect(xml).toContain('<w:pageBreakBefore/>');
  });

  it('escapes hostile names in the .docx and offers a Blob for download', async () => {
    const parts = unzip(await reportDocx(hostileCommune));
    for (const [name, content] of parts)
      expect(content.toString('utf8'), name).not.toContain('<img');
    const xml = parts.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(parts.get('docProps/core.xml')?.toString('utf8')).toContain('&lt;img');
    const blob = await reportDocxBlob(model, { locale: 'en' });
    expect(blob.type).toBe(DOCX_MIME);
    const english = docxText(
      unzip(new Uint8Array(await blob.arrayBuffer()))
        .get('word/document.xml')
        ?.toString('utf8') ?? '',
    );
    expect(english).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(english).toContain('92,784 more dossiers');
  });
});
