/**
 * The identity of a snapshot: one endpoint (what the portal adapter called), root unit,
 * period and scope. Stored with every `ok` capture; built here and nowhere else.
 */
export interface SnapshotIdentity {
  endpoint: string;
  rootUnitId: string;
  periodKey: string;
  scope: string;
}

export function snapshotKey(identity: SnapshotIdentity): string {
  return [identity.endpoint, identity.rootUnitId, identity.periodKey, identity.scope].join('|');
}
