import type { FormalitiesData } from './schemas-formalities';
import { nfc } from './units';

/** One TTHC of the catalogue, as later modules use it (names NFC, ids verbatim). */
export interface Formality {
  id: string;
  code: string | null;
  name: string;
  state: string | null;
  departmentId: string | null;
  publishingDepartmentIds: string[];
  appliedDepartmentIds: string[];
}

/**
 * The catalogue has no units or scores, so a formalities capture normalizes to no
 * observations; its items are read from the stored raw page with this when needed.
 */
export function formalityItems(data: FormalitiesData): Formality[] {
  return data.items.map((item) => ({
    id: item.id,
    code: item.code ?? null,
    name: nfc(item.name),
    state: item.state ?? null,
    departmentId: item.departmentId ?? null,
    publishingDepartmentIds: item.publishingDepartmentIds ?? [],
    appliedDepartmentIds: item.appliedDepartmentIds ?? [],
  }));
}
