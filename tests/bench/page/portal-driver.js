// Added to every page of a bench browser before the portal's own scripts. On a replica page
// opened with `#bench-load=<groups>` it clicks through the groups as soon as each answer is
// shown, in the page, so no round trip to the test runner lands inside the figure; on any
// page it notes when a badge of the extension was last drawn.
(() => {
  const bench = { badges: 0, firstBadgeAt: 0, lastBadgeAt: 0, doneAt: 0 };
  Object.defineProperty(window, '__bench', { value: bench });
  // Badges only: the one-time legend (data-chiso766="legend") is a note, not a badge, and
  // comes whenever storage answers.
  const BADGE = '[data-chiso766="badge"]';
  const isBadge = (node) =>
    node.nodeType === 1 && (node.matches(BADGE) || node.querySelector?.(BADGE));
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isBadge(node)) {
          bench.badges++;
          bench.firstBadgeAt ||= performance.now();
          bench.lastBadgeAt = performance.now();
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
  const match = /#bench-load=([\w,-]+)/.exec(location.hash);
  if (!match) return;
  const groups = match[1].split(',');
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.querySelector('[data-testid="load-status"]');
    const ready = () =>
      new Promise((resolve) => {
        if (status.dataset.state === 'ready') return resolve();
        const observer = new MutationObserver(() => {
          if (status.dataset.state !== 'ready') return;
          observer.disconnect();
          resolve();
        });
        observer.observe(status, { attributes: true, attributeFilter: ['data-state'] });
      });
    (async () => {
      await ready();
      for (const group of groups) {
        document
          .querySelector(`[data-testid="group-tabs"] button[data-endpoint="${group}"]`)
          .click();
        await ready();
      }
      bench.doneAt = performance.now();
    })();
  });
})();
