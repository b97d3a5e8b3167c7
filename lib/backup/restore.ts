import type { CaptureRecord, ChisoDatabase, ObservationRecord, UnitRecord } from '../db/database';
import type { CaptureRow } from './format';
import { type CapturePlan, planCaptures, planUnits } from './merge';
import { planSettings, type SettingsPlan } from './merge-settings';
import { type CheckedBackup, readBackup } from './read-backup';
import { applySettingsPlan, incomingSettings, readLocalSettings } from './settings-bundle';

/** What a restore adds (the preview) or added (the outcome); the same shape for both. */
export interface RestoreSummary {
  createdAt: string;
  /** A share file (chosen roots and periods), not a full backup. */
  share: boolean;
  fileCaptures: number;
  addCaptures: number;
  knownCaptures: number;
  importsSkipped: number;
  newerRevisions: number;
  /** Periods of the captures added, and those of them nothing was stored for before. */
  periods: string[];
  newPeriods: string[];
  /** Names of the roots (provinces, the nation) the added captures belong to. */
  roots: string[];
  newUnits: number;
  profilesToAdd: number;
  bandsRestored: boolean;
  letterheadRestored: boolean;
}

interface DatabasePlan {
  captures: CapturePlan<CaptureRow>;
  units: ReturnType<typeof planUnits<UnitRecord>>;
  summary: Omit<RestoreSummary, 'profilesToAdd' | 'bandsRestored' | 'letterheadRestored'>;
}

async function planDatabase(db: ChisoDatabase, checked: CheckedBackup): Promise<DatabasePlan> {
  const [captureTable, , unitTable] = checked.file.database.data.data;
  const existing = await db.captures.toArray();
  const captures = planCaptures(existing, captureTable.rows);
  const stored = new Map((await db.units.toArray()).map((u) => [u.id, u]));
  const units = planUnits(stored, unitTable.rows);
  const storedPeriods = new Set(existing.map((c) => c.periodKey));
  const periods = [
    ...new Set(captures.add.flatMap((c) => (c.state === 'ok' && c.periodKey ? [c.periodKey] : []))),
  ].sort();
  const names = new Map(unitTable.rows.map((u) => [u.id, u.name]));
  for (const [id, unit] of stored) names.set(id, unit.name);
  const roots = [...new Set(captures.add.flatMap((c) => (c.rootUnitId ? [c.rootUnitId] : [])))]
    .map((id) => names.get(id) ?? id)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  return {
    captures,
    units,
    summary: {
      createdAt: checked.file.createdAt,
      share: checked.file.selection !== null,
      fileCaptures: captureTable.rows.length,
      addCaptures: captures.add.length,
      knownCaptures: captures.known,
      importsSkipped: captures.importsSkipped,
      newerRevisions: captures.newerRevisions,
      periods,
      newPeriods: periods.filter((p) => !storedPeriods.has(p)),
      roots,
      newUnits: units.added,
    },
  };
}

function settingsSummary(plan: SettingsPlan) {
  return {
    profilesToAdd: plan.profilesToAdd.length,
    bandsRestored: plan.ratingBands !== null,
    letterheadRestored: plan.letterhead !== null,
  };
}

/** Checks the whole file and says what restoring it would add; writes nothing. */
export async function previewRestore(db: ChisoDatabase, text: string): Promise<RestoreSummary> {
  const checked = await readBackup(text);
  const local = await readLocalSettings();
  const settings = planSettings(local, incomingSettings(checked.file.settings));
  const plan = await planDatabase(db, checked);
  return { ...plan.summary, ...settingsSummary(settings) };
}

/**
 * Checks the whole file again, then writes what it adds in one transaction: all or nothing.
 * Captures get new ids here; their payloads and observations follow them.
 */
export async function applyRestore(db: ChisoDatabase, text: string): Promise<RestoreSummary> {
  const checked = await readBackup(text);
  const local = await readLocalSettings();
  const settings = planSettings(local, incomingSettings(checked.file.settings));
  const [, , , observationTable] = checked.file.database.data.data;
  const summary = await db.transaction(
    'rw',
    [db.captures, db.payloads, db.units, db.observations],
    async () => {
      const plan = await planDatabase(db, checked);
      const rows = plan.captures.add.map(
        ({ id: _id, ...rest }) => rest as Omit<CaptureRecord, 'id'>,
      );
      const ids = await db.captures.bulkAdd(rows as CaptureRecord[], { allKeys: true });
      const newId = new Map(plan.captures.add.map((c, i) => [c.id, ids[i] as number]));
      await db.payloads.bulkAdd(
        plan.captures.add.map((c) => ({
          captureId: newId.get(c.id) as number,
          responseText: checked.payloads.get(c.id) as string,
        })),
      );
      const observations = observationTable.rows.flatMap(({ id: _id, ...o }) => {
        const captureId = newId.get(o.captureId);
        return captureId === undefined ? [] : [{ ...o, captureId }];
      });
      await db.observations.bulkAdd(observations as ObservationRecord[]);
      await db.units.bulkPut(plan.units.put);
      return plan.summary;
    },
  );
  await applySettingsPlan(local, settings);
  return { ...summary, ...settingsSummary(settings) };
}
