import { describe, expect, it } from 'vitest';
import { readLetterhead, recipientsFromText } from './letterhead';

describe('the letterhead an office sets once', () => {
  it('keeps what was filled in and drops what was left empty', () => {
    expect(
      readLetterhead({
        parentBody: ' UBND TỈNH PHÚ THỌ ',
        issuingBody: 'VĂN PHÒNG',
        place: 'Phú Thọ',
        signerName: '',
        recipients: [],
      }),
    ).toEqual({ parentBody: 'UBND TỈNH PHÚ THỌ', issuingBody: 'VĂN PHÒNG', place: 'Phú Thọ' });
  });

  it('is nothing at all when what was stored is not a letterhead', () => {
    expect(readLetterhead(undefined)).toEqual({});
    expect(readLetterhead('UBND')).toEqual({});
    expect(readLetterhead({ place: 7 })).toEqual({});
    expect(readLetterhead({ place: 'x'.repeat(101) })).toEqual({});
  });

  it('reads recipients one per line, without their dashes', () => {
    expect(recipientsFromText('- Như trên;\n\n– Lưu: VT, KSTT.\n  • Chủ tịch UBND tỉnh ')).toEqual([
      'Như trên;',
      'Lưu: VT, KSTT.',
      'Chủ tịch UBND tỉnh',
    ]);
  });
});
