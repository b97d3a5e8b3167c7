// @ts-check
// Client-side pages of units, as portals split long tables: the page re-renders the same table
// with other rows, and the annotator has to follow.

/**
 * @param {number} perPage units per page; 0 shows them all and hides the pager
 * @param {() => void} onTurn called after the page was turned
 */
export function createPager(perPage, onTurn) {
  const element = document.createElement('nav');
  element.className = 'pager';
  element.dataset.testid = 'pager';
  element.setAttribute('aria-label', 'Phân trang');
  const previous = button('‹ Trang trước', 'pager-prev');
  const next = button('Trang sau ›', 'pager-next');
  const status = document.createElement('span');
  status.dataset.testid = 'pager-status';
  element.append(previous, status, next);

  let page = 1;
  let pages = 1;

  function show() {
    element.hidden = perPage === 0 || pages <= 1;
    status.textContent = `Trang ${page}/${pages}`;
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
  }

  /** @param {number} to */
  function turn(to) {
    const clamped = Math.min(Math.max(1, to), pages);
    if (clamped === page) return;
    page = clamped;
    show();
    onTurn();
  }
  previous.addEventListener('click', () => turn(page - 1));
  next.addEventListener('click', () => turn(page + 1));
  show();

  return {
    element,
    perPage,
    /** Back to the first page, for an answer of `count` units. @param {number} count */
    reset(count) {
      page = 1;
      pages = perPage > 0 ? Math.max(1, Math.ceil(count / perPage)) : 1;
      show();
    },
    /**
     * The rows of the current page.
     * @template T
     * @param {T[]} rows
     * @returns {T[]}
     */
    slice(rows) {
      return perPage > 0 ? rows.slice((page - 1) * perPage, page * perPage) : rows;
    },
  };
}

/** @param {string} label @param {string} testId */
function button(label, testId) {
  const element = document.createElement('button');
  element.type = 'button';
  element.dataset.testid = testId;
  element.textContent = label;
  return element;
}
