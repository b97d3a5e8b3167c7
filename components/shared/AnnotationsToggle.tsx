import { useEffect, useState } from 'react';
import { annotationsEnabled } from '../../lib/settings/annotations-enabled';
import { useLocale } from './locale';

/** Badges on the portal page on or off; every open portal tab follows at once. */
export function AnnotationsToggle() {
  const { t } = useLocale();
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    annotationsEnabled.getValue().then(setOn);
    return annotationsEnabled.watch((value) => setOn(value !== false));
  }, []);
  if (on === null) return null;
  return (
    <label className="toggle">
      <input
        type="checkbox"
        data-testid="annotations-toggle"
        checked={on}
        onChange={(e) => {
          setOn(e.target.checked);
          annotationsEnabled.setValue(e.target.checked);
        }}
      />{' '}
      {t('annotationsToggle')}
    </label>
  );
}
