import { useState } from 'react';
import { describeIssues } from '../../lib/analysis/issues';
import { profileSchema } from '../../lib/analysis/target-file';
import type { TargetProfile, TargetRule } from '../../lib/analysis/targets';
import { CRITERIA } from '../../lib/model/criteria';
import { useLocale } from '../shared/locale';

/** Criteria a target can sensibly apply to: those with a ratio (tracking-only ones excluded). */
const TARGETABLE = CRITERIA.filter((c) => c.maxScore !== 0);

interface Props {
  profile: TargetProfile;
  onSave: (profile: TargetProfile) => void;
  onCancel: () => void;
}

let keys = 0;
const nextKey = () => ++keys;

/** Edits one profile; nothing is saved until it validates. */
export function ProfileEditor({ profile, onSave, onCancel }: Props) {
  const { t, locale } = useLocale();
  const [name, setName] = useState(profile.name);
  const [years, setYears] = useState(profile.years.join(', '));
  const [source, setSource] = useState(profile.source);
  // Rows carry their own key: a rule's criterion changes while it is edited.
  const [rules, setRules] = useState(() =>
    profile.rules.map((rule) => ({ ...rule, key: nextKey() })),
  );
  const [error, setError] = useState<string | null>(null);

  const setRule = (index: number, patch: Partial<TargetRule>): void =>
    setRules(rules.map((rule, i) => (i === index ? { ...rule, ...patch, key: rule.key } : rule)));

  const save = () => {
    const candidate = {
      ...profile,
      name: name.trim(),
      source,
      years: years
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
      rules: rules.map(({ key: _key, ...rule }) => rule),
    };
    const parsed = profileSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(describeIssues(parsed.error, locale));
      return;
    }
    setError(null);
    onSave({ ...parsed.data, ...(profile.builtIn ? { builtIn: true } : {}) });
  };

  return (
    <form
      className="profile-editor"
      noValidate
      data-testid="profile-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        {t('profileName')}{' '}
        <input data-testid="profile-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('profileYearsField')}{' '}
        <input
          data-testid="profile-years"
          value={years}
          onChange={(e) => setYears(e.target.value)}
        />
      </label>
      <label>
        {t('profileSource')} <input value={source} onChange={(e) => setSource(e.target.value)} />
      </label>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('colCriterion')}</th>
            <th scope="col">{t('colTargetMin')}</th>
            <th scope="col">{t('colNote')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, index) => (
            <tr key={rule.key}>
              <td>
                <select
                  aria-label={t('colCriterion')}
                  value={rule.criterion}
                  onChange={(e) => setRule(index, { criterion: e.target.value })}
                >
                  {TARGETABLE.map((c) => {
                    const name = locale === 'vi' ? c.name : c.nameEn;
                    // Catalogue names that already say where they come from need no suffix
                    // (the catalogue writes “cổng”, the suffix “Cổng”).
                    const suffix = t('derivedSuffix');
                    return (
                      <option key={c.code} value={c.code}>
                        {name}
                        {c.derived &&
                        !name.toLocaleLowerCase(locale).includes(suffix.toLocaleLowerCase(locale))
                          ? ` (${suffix})`
                          : ''}
                      </option>
                    );
                  })}
                </select>
              </td>
              <td>
                <input
                  aria-label={t('targetMinAria')}
                  data-testid={`rule-min-${rule.criterion}`}
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={rule.min}
                  onChange={(e) => setRule(index, { min: e.target.valueAsNumber })}
                />
              </td>
              <td>
                <input
                  aria-label={t('colNote')}
                  value={rule.note}
                  onChange={(e) => setRule(index, { note: e.target.value })}
                />
              </td>
              <td>
                <button type="button" onClick={() => setRules(rules.filter((_, i) => i !== index))}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            setRules([
              ...rules,
              { criterion: TARGETABLE[0]?.code ?? '', min: 100, note: '', key: nextKey() },
            ])
          }
        >
          {t('ruleAdd')}
        </button>
        <button type="submit" data-testid="profile-save">
          {t('profileSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error" data-testid="profile-error">
          {error}
        </p>
      )}
    </form>
  );
}
