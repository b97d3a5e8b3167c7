/**
 * Performance marks around a view's render of what it loaded: set by `useBackground`, read
 * by `npm run bench` (tests/bench/views.bench.ts). Kept apart so the bench imports no page code.
 */
export const DATA_LOADED = 'chiso766:data-loaded';
export const DATA_SHOWN = 'chiso766:data-shown';
