import { describe, expect, it } from 'vitest';
import { compareVietnamese, matchesSearch, searchKey } from './search-text';

describe('Vietnamese search', () => {
  it.each([
    ['UBND tỉnh Phú Thọ', 'phu tho', true],
    ['UBND tỉnh Đắk Lắk', 'dak lak', true],
    ['UBND phường Long Phu\u0300', 'long phu', true],
    ['Văn phòng UBND Tỉnh - Tỉnh Phú Thọ', 'VAN PHONG', true],
    ['UBND xã Xuân Lũng', 'xuân  lũng', true],
    ['UBND xã Xuân Lũng', 'phu tho', false],
    ['anything', '', true],
  ])('%s matches %j: %s', (text, query, expected) => {
    expect(matchesSearch(text, query)).toBe(expected);
  });

  it('folds đ and case', () => {
    expect(searchKey('ĐỒNG Tháp')).toBe('dong thap');
  });

  it('sorts in Vietnamese order, where đ follows d and numbers sort as numbers', () => {
    const names = [
      'Đồng Tháp',
      'Điện Biên',
      'Cà Mau',
      'Dương Minh Châu',
      'An Giang',
      'Xã 10',
      'Xã 2',
    ];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Giang',
      'Cà Mau',
      'Dương Minh Châu',
      'Điện Biên',
      'Đồng Tháp',
      'Xã 2',
      'Xã 10',
    ]);
  });
});
