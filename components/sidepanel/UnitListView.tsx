import { useId, useState } from 'react';
import type { ViewStatus } from '../../lib/capture/capture-all-controller';
import { ask } from '../../lib/protocol/ask';
import { CAPTURES_CHANGED } from '../../lib/protocol/events';
import type { AnalysisView } from '../../lib/protocol/replies';
import { useLocale } from '../shared/locale';
import { type Loadable, useBackground } from '../shared/use-background';
import { UnitListTable } from './UnitListTable';

const DATA_EVENTS = [CAPTURES_CHANGED] as const;

/**
 * A button that unfolds every unit of the snapshot the portal page shows, with its chips as
 * text (#12): the badges drawn on the page are out of reach for keyboard and screen readers.
 * `status` (asked by the page) says which snapshot that is.
 */
export function UnitListView({ status }: { status: Loadable<ViewStatus> }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const snapshotKey = status.state === 'ready' ? (status.value.view?.snapshotKey ?? '') : '';
  const [view] = useBackground<AnalysisView | null>(
    () =>
      open && snapshotKey ? ask({ type: 'analysis:view', snapshotKey }) : Promise.resolve(null),
    DATA_EVENTS,
    `${open}|${snapshotKey}`,
  );
  return (
    <section className="card unit-list-view">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="unit-list-toggle"
        onClick={() => setOpen(!open)}
      >
        {open ? t('listViewHide') : t('listViewShow')}
      </button>
      <div id={listId} hidden={!open}>
        {open && view.state === 'ready' && view.value && (
          <UnitListTable view={view.value.annotations} />
        )}
        {open && view.state === 'ready' && !view.value && status.state !== 'loading' && (
          <p className="muted">{t('listViewEmpty')}</p>
        )}
        {open && view.state === 'error' && <p role="alert">{view.error}</p>}
      </div>
    </section>
  );
}
