import { useEffect, useState } from 'react';
import { parseProfilesFile, serializeProfiles } from '../../lib/analysis/target-file';
import {
  addProfile,
  copyProfile,
  removeProfile,
  type TargetProfile,
  uniqueProfileId,
  updateProfile,
} from '../../lib/analysis/targets';
import { criterionInfo } from '../../lib/model/criteria';
import { targetProfilesItem } from '../../lib/settings/target-profiles';
import { downloadText } from '../shared/download';
import { useLocale } from '../shared/locale';
import { StatusMessage } from '../shared/StatusMessage';
import { ProfileEditor } from './ProfileEditor';

/** The official's target profiles: which numbers apply to which year, editable and portable. */
export function ProfilesPanel() {
  const { t, locale } = useLocale();
  const [profiles, setProfiles] = useState<TargetProfile[] | null>(null);
  const [editing, setEditing] = useState<TargetProfile | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    targetProfilesItem.getValue().then(setProfiles);
    return targetProfilesItem.watch((value) => setProfiles(value));
  }, []);

  if (!profiles) return null;
  const criterionName = (code: string): string => {
    const info = criterionInfo(code);
    if (!info) return code;
    return locale === 'vi' ? info.name : info.nameEn;
  };
  const store = (next: TargetProfile[], text: string) => {
    setProfiles(next);
    targetProfilesItem.setValue(next);
    setMessage({ text, error: false });
  };
  const importFile = async (file: File) => {
    const result = parseProfilesFile(await file.text(), locale);
    if (!result.ok) {
      setMessage({ text: t('profilesImportFailed', { error: result.error }), error: true });
      return;
    }
    let next = profiles;
    for (const profile of result.profiles) next = addProfile(next, profile);
    store(next, t('profilesImported', { count: result.profiles.length }));
  };

  return (
    <section aria-labelledby="profiles-heading" className="card" data-testid="profiles-panel">
      <h2 id="profiles-heading">{t('profilesHeading')}</h2>
      <p className="muted small">{t('profilesIntro')}</p>
      <ul className="profiles">
        {profiles.map((profile) => (
          <li key={profile.id} data-profile-id={profile.id}>
            <strong>{profile.name}</strong> —{' '}
            {t('profileYears', { years: profile.years.join(', ') })}
            {profile.builtIn && <span className="muted"> ({t('profileBuiltIn')})</span>}
            <ul className="small">
              {profile.rules.map((rule) => (
                <li key={rule.criterion}>
                  {criterionName(rule.criterion)}: ≥ {rule.min}%
                </li>
              ))}
            </ul>
            <p className="muted small">{profile.source}</p>
            <div className="row">
              <button
                type="button"
                data-testid={`profile-edit-${profile.id}`}
                onClick={() => setEditing(profile)}
              >
                {t('edit')}
              </button>
              <button
                type="button"
                data-testid={`profile-copy-${profile.id}`}
                onClick={() => {
                  const copy = copyProfile(
                    profile,
                    uniqueProfileId(profiles, `${profile.id}-copy`),
                    ` (${t('copySuffix')})`,
                  );
                  store(addProfile(profiles, copy), t('profileCopied', { name: copy.name }));
                }}
              >
                {t('copy')}
              </button>
              {!profile.builtIn && (
                <button
                  type="button"
                  onClick={() =>
                    store(
                      removeProfile(profiles, profile.id),
                      t('profileRemoved', { name: profile.name }),
                    )
                  }
                >
                  {t('remove')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {editing && (
        <ProfileEditor
          key={editing.id}
          profile={editing}
          onCancel={() => setEditing(null)}
          onSave={(saved) => {
            setEditing(null);
            store(updateProfile(profiles, saved), t('profileSaved', { name: saved.name }));
          }}
        />
      )}
      <div className="row">
        <button
          type="button"
          data-testid="profile-add"
          onClick={() => {
            const year = new Date().getFullYear() + 1;
            const created: TargetProfile = {
              id: uniqueProfileId(profiles, `muc-tieu-${year}`),
              name: t('newProfileName', { year }),
              years: [year],
              rules: [],
              source: '',
            };
            store(addProfile(profiles, created), t('profileAdded', { name: created.name }));
            setEditing(created);
          }}
        >
          {t('profileAdd')}
        </button>
        <button
          type="button"
          data-testid="profiles-export"
          onClick={() =>
            downloadText('chiso766-muc-tieu.json', serializeProfiles(profiles), 'application/json')
          }
        >
          {t('profilesExport')}
        </button>
        <label className="button">
          {t('profilesImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="profiles-import"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) importFile(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <StatusMessage message={message} testId="profiles-message" />
    </section>
  );
}
