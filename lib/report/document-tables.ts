import type { Locale } from '../format/vietnamese';
import type { Phrases } from './phrases';
import { fmtCount, fmtPercent, fmtPoints, fmtScore, fmtTarget } from './report-format';
import type { ReportModel, ReportRating } from './report-model';

/** The report's two kinds of table, as rows of formatted cells: the month table and the appendix. */

export interface ReportTable {
  caption: string;
  header: string[];
  rows: string[][];
}

/** Ratings in capitals, as reports write them ("xếp loại TỐT"); English keeps the band's case. */
export function ratingText(rating: ReportRating | null, locale: Locale): string | null {
  if (!rating) return null;
  return locale === 'vi' ? rating.label.toLocaleUpperCase('vi') : (rating.labelEn ?? rating.label);
}

export function monthTable(model: ReportModel, p: Phrases): ReportTable | null {
  if (model.monthTable.length === 0) return null;
  return {
    caption: p.monthLead(model.period.year),
    header: p.monthHeader,
    rows: model.monthTable.map((r) => [
      String(r.month).padStart(2, '0') + (r.provisional ? p.provisionalMark : ''),
      fmtScore(r.total, p.locale),
      ratingText(r.rating, p.locale) ?? '—',
      r.rank ? `${r.rank.rank}/${r.rank.of}` : '—',
    ]),
  };
}

export function appendixTables(model: ReportModel, p: Phrases, unit: string, period: string) {
  if (model.appendix.length === 0) return null;
  const { locale } = p;
  return {
    title: p.appendixTitle,
    subtitle: p.appendixSubtitle(unit, period),
    tables: model.appendix.map((s, i) => ({
      caption: p.appendixCaption(i + 1, s, fmtTarget(s.target, locale)),
      header: p.appendixHeader(s),
      rows: s.rows.map((r, n) => [
        String(n + 1),
        r.name,
        fmtPercent(r.value, locale),
        fmtPoints(r.gap, locale),
        r.needed === null ? '—' : fmtCount(r.needed, locale),
      ]),
    })),
  };
}
