/**
 * Search keys that ignore Vietnamese diacritics and case: "phu tho" finds "Phú Thọ", "dak"
 * finds "Đắk Lắk". đ/Đ is a letter of its own in Unicode (not d + a mark), so it is mapped
 * by hand.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSearch(text: string, query: string): boolean {
  const q = searchKey(query);
  return q === '' || searchKey(text).includes(q);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese dictionary order (a ă â b c d đ e ê …), not code-point order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
