import type { viCare } from './strings-care-vi';

/** English for every key of `strings-care-vi.ts`. */
export const enCare: Record<keyof typeof viCare, string> = {
  // Letterhead of the report .docx (settings)
  letterheadHeading: 'Report letterhead (.docx)',
  letterheadIntro:
    'Fill it in once and every .docx uses it. Empty fields stay blank, to fill in Word.',
  letterheadParentBody: 'Parent body (capitals)',
  letterheadIssuingBody: 'Issuing body (capitals)',
  letterheadNumberLine: 'Number and symbol (e.g. No. 125/BC-VP)',
  letterheadPlace: 'Place',
  letterheadSignerTitle: "Signer's title",
  letterheadSignerName: "Signer's name",
  letterheadRecipients: 'Recipients (one per line)',
  letterheadSave: 'Save the letterhead',
  letterheadSaved: 'Saved; the .docx files downloaded from now on use it.',
  letterheadInvalid: 'Not saved: a field is too long, or there are more than 30 recipients.',
  // Storage care (#/data)
  storageHeading: 'Storage',
  storageUsage: 'Using {used} of the {quota} the browser allows the extension ({percent}%).',
  storageUnknown: 'The browser does not say how much is used.',
  storageNear:
    'Nearly full ({percent}%): download the long CSV to keep a copy outside the browser.',
  storageFull:
    'Almost out of space ({percent}%): new data may not be stored. Download the long CSV now to keep a copy.',
  storagePersisted:
    'The browser keeps this data for good; it will not clear it when space runs low.',
  storageNotPersisted: 'The browser may clear this data when the disk runs low.',
  storagePersist: 'Ask the browser to keep the data',
  storagePersistRefused:
    'The browser declined for now; it usually agrees once the extension is used often.',
};
