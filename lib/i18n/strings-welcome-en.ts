import type { viWelcome } from './strings-welcome-vi';

/** English for every key of `strings-welcome-vi.ts`. */
export const enWelcome: Record<keyof typeof viWelcome, string> = {
  welcomeTitle: 'Welcome',
  welcomeIntro:
    'The 766 Index extension follows the index of service quality for citizens and businesses (Decision 766/QĐ-TTg) right on the National Public Service Portal.',
  welcomeDoesHeading: 'What it does',
  welcomeDoes1: 'Stores, period by period, what the portal’s assessment page shows.',
  welcomeDoes2:
    'Marks every figure on the portal page with whether it meets its target and how it moved since the period before.',
  welcomeDoes3:
    'Builds the monthly report (.docx), the ranking workbook (.xlsx), comparisons and charts from what it stored.',
  welcomeDoesNotHeading: 'What it does not do',
  welcomeDoesNot1: 'No server, no account: the data stays in this browser and is sent nowhere.',
  welcomeDoesNot2:
    'It does not visit the portal on its own: it reads what the page loaded. When you press “Store the missing groups” it sends one request at a time, at least 1 second apart, and stops as soon as the portal refuses.',
  welcomeDoesNot3: 'It never changes or covers the portal’s content.',
  welcomeTabsHeading: 'Portal tabs already open',
  welcomeTabsOpen:
    '{count} portal tabs were opened before the extension was installed. Reload them so the extension can read their data.',
  welcomeReload: 'Reload {count} portal tabs',
  welcomeReloaded: 'Reloaded {count} portal tabs.',
  welcomeNoTabs:
    'No portal tab is open yet. Open the assessment page and pick a province and period; the extension stores it by itself.',
};
