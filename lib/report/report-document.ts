import type { Delta } from '../analysis/trends';
import type { Locale } from '../format/vietnamese';
import { previousPeriod, samePeriodLastYear } from '../model/period';
import { appendixTables, monthTable, type ReportTable, ratingText } from './document-tables';
import type { Formatted, Phrases } from './phrases';
import { PHRASES_EN } from './phrases-en';
import { PHRASES_VI } from './phrases-vi';
import {
  fmtAsOf,
  fmtCount,
  fmtPercent,
  fmtPoints,
  fmtScore,
  fmtSize,
  fmtTarget,
  isZeroChange,
} from './report-format';
import type { ReportCriterion, ReportModel } from './report-model';

/**
 * The report as words, in one locale: paragraphs, the month table and the appendix tables,
 * every number formatted. The text, HTML and .docx renderings all lay out this one document,
 * so the three never say different things.
 */

export type BlockKind = 'paragraph' | 'bullet' | 'warning';

export interface ReportBlock {
  kind: BlockKind;
  text: string;
}

export interface ReportDocument {
  locale: Locale;
  title: string;
  subject: string;
  body: ReportBlock[];
  monthTable: ReportTable | null;
  notesLead: string;
  notes: ReportBlock[];
  closing: string;
  appendix: { title: string; subtitle: string; tables: ReportTable[] } | null;
}

export type { ReportTable };

export function phrasesFor(locale: Locale): Phrases {
  return locale === 'en' ? PHRASES_EN : PHRASES_VI;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function changeText(delta: Delta, p: Phrases): string {
  if (!delta.comparable || delta.delta === null) return p.notComparable(delta.reason ?? 'missing');
  if (isZeroChange(delta.delta)) return p.change('same', '0');
  return p.change(delta.delta > 0 ? 'up' : 'down', fmtSize(delta.delta, p.locale));
}

function formatted(c: ReportCriterion, locale: Locale): Formatted {
  return {
    value: fmtPercent(c.value, locale),
    target: fmtTarget(c.target, locale),
    shortfall: fmtPoints(c.gap, locale),
    needed: c.needed === null ? null : fmtCount(c.needed, locale),
    denominator: c.denominator === null ? null : fmtCount(c.denominator, locale),
  };
}

function headline(model: ReportModel, p: Phrases, unit: string): string {
  const { total, rank } = model;
  if (total.score === null) {
    const names = model.groups
      .filter((g) => total.missingGroups.includes(g.code))
      .map((g) => (p.locale === 'vi' ? g.name : g.nameEn));
    return p.noTotal(unit, names);
  }
  return p.headline({
    unit,
    total: fmtScore(total.score, p.locale),
    summed: total.source === 'sum-of-groups',
    rank: rank ? p.rank(rank.rank, rank.of, rank.kind) : null,
    rating: ratingText(total.rating, p.locale),
  });
}

function criteriaBlocks(model: ReportModel, p: Phrases): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const { locale } = p;
  const profile = model.profile?.name;
  if (!profile) return blocks;
  const name = (c: { name: string; nameEn: string }) => (locale === 'vi' ? c.name : c.nameEn);
  if (model.belowTarget.length > 0) {
    blocks.push({ kind: 'paragraph', text: p.belowLead(profile) });
    for (const c of model.belowTarget) {
      blocks.push({ kind: 'bullet', text: p.below(c, formatted(c, locale)) });
    }
    if (model.appendix.length > 0) blocks.push({ kind: 'paragraph', text: p.seeAppendix });
  } else if (model.metTarget.length > 0) {
    blocks.push({ kind: 'paragraph', text: p.allMet(profile) });
  }
  if (model.metTarget.length > 0) {
    const items = model.metTarget.map((c) => p.met(c, formatted(c, locale)));
    blocks.push({ kind: 'paragraph', text: `${p.metLead} ${items.join('; ')}.` });
  }
  if (model.targetNoData.length > 0) {
    const items = model.targetNoData.map((c) => p.noDataItem(name(c), fmtTarget(c.target, locale)));
    blocks.push({ kind: 'paragraph', text: `${p.noDataLead} ${items.join('; ')}.` });
  }
  return blocks;
}

function bodyBlocks(model: ReportModel, p: Phrases, unit: string, period: string): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: p.source(period) }];
  if (!model.hasData) {
    blocks.push({ kind: 'paragraph', text: p.noData(unit, period) });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', text: headline(model, p, unit) });
  const previous = p.periodLabel(previousPeriod(model.period));
  if (model.total.score !== null) {
    const parts = [{ against: previous, change: changeText(model.total.deltaPrev, p) }];
    // A year's previous period is the same period last year: say it once.
    if (model.period.type !== 'year') {
      const yearAgo = p.samePeriodLastYear(p.periodLabel(samePeriodLastYear(model.period)));
      parts.push({ against: yearAgo, change: changeText(model.total.deltaPrevYear, p) });
    }
    const text = p.comparisons(parts);
    blocks.push({ kind: 'paragraph', text: upperFirst(text) });
  }
  if (model.asOf.capturedAt) {
    blocks.push({ kind: 'paragraph', text: p.asOf(fmtAsOf(model.asOf.capturedAt, p.locale)) });
  }
  if (model.asOf.imported) blocks.push({ kind: 'warning', text: p.imported });
  if (model.asOf.provisional) {
    blocks.push({ kind: 'warning', text: p.provisional(period) });
    if (model.asOf.periodClosedNow) blocks.push({ kind: 'warning', text: p.closedSince });
  }
  const anyChange = model.groups.some((g) => g.deltaPrev.comparable);
  const groups = model.groups.map((g) => {
    const label = p.locale === 'vi' ? g.name : g.nameEn;
    if (g.score === null) return p.groupMissing(label);
    const change = g.deltaPrev.comparable ? changeText(g.deltaPrev, p) : null;
    return p.group(label, fmtScore(g.score, p.locale), String(g.max), change);
  });
  const lead = p.groupsLead(anyChange ? previous : null);
  blocks.push({ kind: 'paragraph', text: `${lead} ${groups.join('; ')}.` });
  blocks.push(...criteriaBlocks(model, p));
  return blocks;
}

function noteBlocks(model: ReportModel, p: Phrases, unit: string): ReportBlock[] {
  const criterionName = (code: string) => {
    const c = model.belowTarget.find((x) => x.code === code);
    return c ? (p.locale === 'vi' ? c.name : c.nameEn) : code;
  };
  const previous = p.periodLabel(previousPeriod(model.period));
  const notes: ReportBlock[] = [];
  for (const gap of model.gaps) {
    const criteria = gap.kind === 'province-values-on-children' ? gap.criteria : [];
    const context = {
      unit,
      kind: model.unit.kind,
      criteria: criteria.map(criterionName),
      previous,
    };
    const text = p.gap(gap, context);
    if (text) notes.push({ kind: 'bullet', text });
  }
  const rated = model.total.rating !== null || model.monthTable.some((r) => r.rating !== null);
  if (rated) notes.push({ kind: 'bullet', text: p.ratingNote });
  return notes;
}

export function reportDocument(model: ReportModel, locale: Locale = 'vi'): ReportDocument {
  const p = phrasesFor(locale);
  const unit = model.unit.name ?? p.unknownUnit;
  const period = p.periodLabel(model.period);
  return {
    locale,
    title: p.title,
    subject: p.subject(unit, period),
    body: bodyBlocks(model, p, unit, period),
    monthTable: monthTable(model, p),
    notesLead: p.notesLead,
    notes: noteBlocks(model, p, unit),
    closing: p.closing(unit, period),
    appendix: appendixTables(model, p, unit, period),
  };
}
