import { useEffect, useState } from 'react';
import { parseProfilesFile, serializeProfiles } from '../lib/analysis/target-file';
import {
  addProfile,
  copyProfile,
  removeProfile,
  type TargetProfile,
  uniqueProfileId,
  updateProfile,
} from '../lib/analysis/targets';
import { criterionInfo } from '../lib/model/criteria';
import { targetProfilesItem } from '../lib/settings/target-profiles';
import { downloadText } from './download';
import { ProfileEditor } from './ProfileEditor';
import { StatusMessage } from './StatusMessage';

/** The official's target profiles: which numbers apply to which year, editable and portable. */
export function ProfilesPanel() {
  const [profiles, setProfiles] = useState<TargetProfile[] | null>(null);
  const [editing, setEditing] = useState<TargetProfile | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    targetProfilesItem.getValue().then(setProfiles);
    return targetProfilesItem.watch((value) => setProfiles(value));
  }, []);

  if (!profiles) return null;
  const store = (next: TargetProfile[], text: string) => {
    setProfiles(next);
    targetProfilesItem.setValue(next);
    setMessage({ text, error: false });
  };
  const importFile = async (file: File) => {
    const result = parseProfilesFile(await file.text());
    if (!result.ok) {
      setMessage({ text: `Không nhập được tệp: ${result.error}`, error: true });
      return;
    }
    let next = profiles;
    for (const profile of result.profiles) next = addProfile(next, profile);
    store(next, `Đã nhập ${result.profiles.length} bộ mục tiêu.`);
  };

  return (
    <section aria-labelledby="profiles-heading" className="card" data-testid="profiles-panel">
      <h2 id="profiles-heading">Bộ mục tiêu (chỉ tiêu theo năm)</h2>
      <p className="muted small">
        Mục tiêu là chỉ tiêu chính sách (ví dụ hồ sơ trực tuyến ≥ 52%), khác với ngưỡng đạt điểm tối
        đa trong công thức tính điểm. Năm nào có bộ mục tiêu do bạn tạo thì dùng bộ đó.
      </p>
      <ul className="profiles">
        {profiles.map((profile) => (
          <li key={profile.id} data-profile-id={profile.id}>
            <strong>{profile.name}</strong> — năm {profile.years.join(', ')}
            {profile.builtIn && <span className="muted"> (mặc định)</span>}
            <ul className="small">
              {profile.rules.map((rule) => (
                <li key={rule.criterion}>
                  {criterionInfo(rule.criterion)?.name ?? rule.criterion}: ≥ {rule.min}%
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
                Sửa
              </button>
              <button
                type="button"
                data-testid={`profile-copy-${profile.id}`}
                onClick={() => {
                  const copy = copyProfile(
                    profile,
                    uniqueProfileId(profiles, `${profile.id}-copy`),
                  );
                  store(addProfile(profiles, copy), `Đã sao chép thành “${copy.name}”.`);
                }}
              >
                Sao chép
              </button>
              {!profile.builtIn && (
                <button
                  type="button"
                  onClick={() =>
                    store(removeProfile(profiles, profile.id), `Đã xóa “${profile.name}”.`)
                  }
                >
                  Xóa
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
            store(updateProfile(profiles, saved), `Đã lưu “${saved.name}”.`);
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
              name: `Mục tiêu ${year}`,
              years: [year],
              rules: [],
              source: '',
            };
            store(addProfile(profiles, created), `Đã thêm “${created.name}”.`);
            setEditing(created);
          }}
        >
          Thêm bộ mục tiêu
        </button>
        <button
          type="button"
          data-testid="profiles-export"
          onClick={() =>
            downloadText('chiso766-muc-tieu.json', serializeProfiles(profiles), 'application/json')
          }
        >
          Xuất tệp JSON
        </button>
        <label className="button">
          Nhập tệp JSON{' '}
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
