import type { UnitKind } from '../model/observation';
import { type Period, periodLabel } from '../model/period';
import type { Phrases } from './phrases';

const KIND_PLURAL: Record<UnitKind, string> = {
  NATION: 'units',
  PROVINCE: 'provinces',
  AGENCY: 'provincial agencies',
  COMMUNE: 'communes and wards',
};

const INDEX = 'index of service quality for citizens and businesses (Decision 766/QĐ-TTg)';

/** English rendering for readers without Vietnamese; official documents stay Vietnamese. */
export const PHRASES_EN: Phrases = {
  locale: 'en',
  title: 'REPORT',
  unknownUnit: 'the unit',
  periodLabel: (p: Period) =>
    p.type === 'month' ? `month ${periodLabel(p, 'en')}` : periodLabel(p, 'en'),
  subject: (unit, period) => `Results of the ${INDEX}, ${period}, ${unit}`,
  source: (period) =>
    `According to the results of the ${INDEX} published on the National Public Service Portal, ` +
    `section “Kết quả đánh giá Bộ chỉ số phục vụ người dân và doanh nghiệp”, ${period}:`,
  headline: ({ unit, total, summed, rank, rating }) =>
    `${unit} scored ${total}/100 points in total` +
    (summed ? ' (sum of the six groups)' : '') +
    (rank ? `, ${rank}` : '') +
    (rating ? `, rated ${rating}` : '') +
    '.',
  rank: (rank, of, kind) => `ranked ${rank} of ${of} ${KIND_PLURAL[kind]}`,
  noTotal: (unit, missing) =>
    `The total of ${unit} cannot be computed: no data for group(s) ${missing.join('; ')}.`,
  noData: (unit, period) =>
    `Nothing is stored for ${unit} for ${period}. Open the assessment page on the National ` +
    'Public Service Portal and choose this unit and period so the extension can store it.',
  comparisons: (parts) => `${parts.map((p) => `against ${p.against}: ${p.change}`).join('; ')}.`,
  change: (kind, size) =>
    kind === 'same' ? 'unchanged' : `${kind === 'up' ? 'up' : 'down'} ${size} points`,
  notComparable: (reason) =>
    reason === 'provisional' ? 'not compared (provisional data)' : 'no data to compare',
  samePeriodLastYear: (period) => `the same period last year (${period})`,
  asOf: (time) => `Data as of ${time}. These numbers may change over time.`,
  provisional: (period) =>
    `Note: the data were stored while ${period} was still open, so they are provisional and ` +
    'move daily; do not use them for official conclusions or period comparisons.',
  imported:
    'Some of the unit’s numbers were imported from a file (marked “import”), not captured from the National Public Service Portal.',
  closedSince:
    'This period has since ended: open the portal page again to store the final numbers before ' +
    'sending the report.',
  groupsLead: (previous) =>
    previous ? `Scores by group (change against ${previous} in brackets):` : 'Scores by group:',
  group: (name, score, max, change) =>
    `${name}: ${score}/${max} points${change ? ` (${change})` : ''}`,
  groupMissing: (name) => `${name}: no data`,
  belowLead: (profile) => `Criteria below target (per “${profile}”):`,
  below: (c, f) => {
    const lead = `${c.nameEn}: ${f.value} (target ${f.target}, short by ${f.shortfall} pp)`;
    if (f.needed === null) return `${lead}.`;
    return (
      `${lead}; ${f.needed} more ${c.itemWord.en}` +
      (f.denominator ? ` (out of ${f.denominator})` : '') +
      ` needed to reach ${f.target}.`
    );
  },
  allMet: (profile) => `Every criterion with data meets its target (per “${profile}”).`,
  metLead: 'Criteria meeting their target:',
  met: (c, f) => `${c.nameEn}: ${f.value} (target ${f.target})`,
  noDataLead: 'No data to judge:',
  noDataItem: (name, target) => `${name} (target ${target})`,
  seeAppendix: 'Units below target on each criterion: see the Appendix.',
  monthLead: (year) => `Results by month, ${year}:`,
  monthHeader: ['MONTH', 'TOTAL', 'RATING', 'RANK'],
  provisionalMark: ' (provisional)',
  notesLead: 'Notes on the data:',
  gap: (gap, c) => {
    switch (gap.kind) {
      case 'no-siblings':
        return `No data stored for other ${c.kind ? KIND_PLURAL[c.kind] : 'units'} of the same level for this period, so no rank.`;
      case 'siblings-without-total':
        return 'Units of the same level have no total in the stored data, so no rank.';
      case 'no-previous-period':
        return `Nothing stored for ${c.previous}, so no comparison with the previous period.`;
      case 'no-target-profile':
        return `No target profile for ${gap.year}, so targets are not judged.`;
      case 'no-children-data':
        return `No data stored for the units under ${c.unit}, so there is no appendix.`;
      case 'province-values-on-children':
        return (
          `${c.criteria.join('; ')}: a province-level figure the portal repeats on every ` +
          'subordinate unit, so the appendix does not list units for it.'
        );
      case 'no-criteria-data':
        return 'Only summary scores are stored for this period, no criterion: open each group on the portal to store them.';
      default:
        return null;
    }
  },
  ratingNote:
    'The rating bands are a convention of the extension: no official rating table was found in ' +
    'Decision 766/QĐ-TTg. The bands can be edited.',
  closing: (unit, period) => `This concludes the results of the ${INDEX}, ${period}, ${unit}.`,
  appendixTitle: 'APPENDIX',
  appendixSubtitle: (unit, period) => `Units under ${unit} below target, ${period}`,
  appendixCaption: (n, s, target) =>
    `${n}. ${s.nameEn} (target ${target}): ${s.rows.length} of ${s.childrenJudged} units with ` +
    'data below target' +
    (s.childrenWithoutData > 0 ? `; ${s.childrenWithoutData} units without data` : '') +
    '.',
  appendixHeader: (s) => [
    'No.',
    'UNIT',
    'RATIO',
    'SHORT BY (pp)',
    `MORE ${s.itemWord.en.toUpperCase()}`,
  ],
};
