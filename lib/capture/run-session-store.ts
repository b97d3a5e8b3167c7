import { storage } from 'wxt/utils/storage';
import type { CaptureAllProgress } from './capture-all';
import type { RunStore } from './interrupted-run';

/** The last capture-all run, in `storage.session`: it outlives the worker, not the browser. */
const runItem = storage.defineItem<CaptureAllProgress | null>('session:captureAllRun', {
  fallback: null,
});

export const sessionRunStore: RunStore = {
  load: () => runItem.getValue(),
  save: (progress) => runItem.setValue(progress),
};
