import { chosenRank } from '../../lib/analysis/rank-facts';
import { movers } from '../../lib/analysis/trends';
import { unitRanks } from '../../lib/analysis/unit-ranks';
import { criterionBadge, unitBadge } from '../../lib/annotator/badge-text';
import type { Locale } from '../../lib/format/vietnamese';
import { formatNumber } from '../../lib/format/vietnamese';
import { rankWords } from '../../lib/i18n/rank-words';
import type { StringKey } from '../../lib/i18n/strings';
import { criterionInfo } from '../../lib/model/criteria';
import type { AnalysisView } from '../../lib/protocol/replies';
import { useLocale } from '../shared/locale';
import { RankAmongToggle } from '../shared/RankAmongToggle';
import { useRankAmong } from '../shared/use-rank-among';
import { BadgeParts } from './BadgeParts';

const KIND_LABEL: Record<string, StringKey> = {
  NATION: 'kindNation',
  PROVINCE: 'kindProvince',
  AGENCY: 'kindAgency',
  COMMUNE: 'kindCommune',
};

/** Criteria have an English name in the catalogue; unknown codes keep the portal's. */
function criterionName(c: { code: string; name: string }, locale: Locale): string {
  return locale === 'vi' ? c.name : (criterionInfo(c.code)?.nameEn ?? c.name);
}

export function AnalysisReport({ view }: { view: AnalysisView }) {
  const { t, locale } = useLocale();
  const num = (value: number | null | undefined) => formatNumber(value, 2, locale);
  const kindText = (kind: string) => {
    const key = KIND_LABEL[kind];
    return key ? t(key) : kind;
  };
  const [among, setAmong] = useRankAmong();
  const rankCell = (facts: ReturnType<typeof chosenRank>) =>
    facts ? (facts.tied > 1 ? rankWords(facts, locale, true) : `${facts.rank}/${facts.of}`) : '—';
  const { annotations } = view;
  const root = annotations.units.find((u) => u.unitId === view.snapshot.rootUnitId);
  // Among the same kind by default, as reports rank (agencies first, then communes).
  const ranks = unitRanks(annotations.units, view.snapshot.rootUnitId ?? '');
  const rankOf = (unitId: string) => chosenRank(ranks.get(unitId), among);
  const kindOrder = (kind: string) => (among === 'all' ? 0 : kind === 'AGENCY' ? 0 : 1);
  const children = annotations.units
    .filter((u) => u.unitId !== view.snapshot.rootUnitId)
    .sort(
      (a, b) =>
        kindOrder(a.kind) - kindOrder(b.kind) ||
        (rankOf(a.unitId)?.rank ?? Number.MAX_VALUE) - (rankOf(b.unitId)?.rank ?? Number.MAX_VALUE),
    );
  const targeted = (root?.criteria ?? []).filter((c) => c.target.status !== 'no-target');
  const moved = movers(
    children.map((u) => ({ unitId: u.unitId, name: u.name, delta: u.delta.delta })),
    5,
  );
  return (
    <>
      {root && (
        <div className="root-summary" data-testid="root-summary">
          <p>
            <strong>{root.name}</strong>:{' '}
            {root.maxScore !== null
              ? t('pointsOf', { score: num(root.score), max: num(root.maxScore) })
              : t('points', { score: num(root.score) })}{' '}
            <BadgeParts model={unitBadge(root, annotations)} />
          </p>
          {targeted.length > 0 && (
            <ul className="targets" data-testid="root-targets">
              {targeted.map((c) => (
                <li key={c.code} data-criterion={c.code} data-status={c.target.status}>
                  {criterionName(c, locale)}: {c.ratio === null ? '—' : `${num(c.ratio)}%`}{' '}
                  <BadgeParts model={criterionBadge(root, c, annotations)} />
                </li>
              ))}
            </ul>
          )}
          {annotations.profileName && (
            <p className="muted small">{t('targetsFrom', { profile: annotations.profileName })}</p>
          )}
        </div>
      )}
      {(moved.improvers.length > 0 || moved.decliners.length > 0) && (
        <div className="row movers" data-testid="movers">
          <div>
            <h3>{t('biggestGains')}</h3>
            <ol>
              {moved.improvers.map((m) => (
                <li key={m.unitId}>
                  {m.name} <span className="tone-good">▲ {num(m.delta)}</span>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h3>{t('biggestDrops')}</h3>
            <ol>
              {moved.decliners.map((m) => (
                <li key={m.unitId}>
                  {m.name} <span className="tone-bad">▼ {num(Math.abs(m.delta ?? 0))}</span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
      <RankAmongToggle value={among} onChange={setAmong} />
      <table className="data" data-testid="analysis-table">
        <thead>
          <tr>
            <th scope="col">{t('colRank')}</th>
            <th scope="col">{t('colUnitName')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col" className="num">
              {t('colScore')}
            </th>
            <th scope="col">{t('colTrend')}</th>
            <th scope="col">{t('colTargets')}</th>
          </tr>
        </thead>
        <tbody>
          {children.map((unit) => (
            <tr key={unit.unitId} data-unit-id={unit.unitId}>
              <td className="num" data-col="rank">
                {rankCell(rankOf(unit.unitId))}
              </td>
              <th scope="row">{unit.name}</th>
              <td>{kindText(unit.kind)}</td>
              <td className="num" data-col="score">
                {num(unit.score)}
              </td>
              <td data-col="trend">
                <BadgeParts model={unitBadge(unit, annotations)} />
              </td>
              <td data-col="targets">
                {unit.criteria
                  .filter((c) => c.target.status !== 'no-target')
                  .map((c) => (
                    <div key={c.code} data-criterion={c.code} data-status={c.target.status}>
                      <span className="muted small">{criterionName(c, locale)}: </span>
                      <BadgeParts model={criterionBadge(unit, c, annotations)} />
                    </div>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
