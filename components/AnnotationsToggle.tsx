import { useEffect, useState } from 'react';
import { annotationsEnabled } from '../lib/settings/annotations-enabled';

/** Badges on the portal page on or off; every open portal tab follows at once. */
export function AnnotationsToggle() {
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
      Hiện nhãn mục tiêu, xu hướng trên trang Cổng DVC
    </label>
  );
}
