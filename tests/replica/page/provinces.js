// @ts-check
// The 34 provinces after the 2025 merger, as the national service-results capture lists them
// (ids, codes and names copied from tests/fixtures/portal-2026/national-2026/service-results.json).
// Sorted the Vietnamese way, which is how a picker shows them.

/** @typedef {{ id: string, code: string, name: string }} Province */

/** @type {readonly Province[]} */
export const PROVINCES = Object.freeze([
  { id: '019d2be3-6a84-779d-b3e7-e214bdb86482', code: 'H01', name: 'Tỉnh An Giang' },
  { id: '019d2be3-6a84-779d-b3ed-9649c4f016cd', code: 'H05', name: 'Tỉnh Bắc Ninh' },
  { id: '019d2be3-6a85-74ec-a337-73acd0627180', code: 'H12', name: 'Tỉnh Cà Mau' },
  { id: '019d2be3-6a85-74ec-a33b-e8250c0580ce', code: 'H14', name: 'Tỉnh Cao Bằng' },
  { id: '019d2be3-6a85-74ec-a339-9985e7aba649', code: 'H13', name: 'Thành phố Cần Thơ' },
  { id: '019d2be3-6a85-74ec-a33d-803cf2496575', code: 'H17', name: 'Thành phố Đà Nẵng' },
  { id: '019d2be3-6a85-74ec-a33c-a7c04919ba00', code: 'H15', name: 'Tỉnh Đắk Lắk' },
  { id: '019d2be3-6a85-74ec-a341-16615c474af4', code: 'H18', name: 'Tỉnh Điện Biên' },
  { id: '019d2be3-6a85-74ec-a342-8635701ddf34', code: 'H19', name: 'Thành phố Đồng Nai' },
  { id: '019d2be3-6a85-74ec-a344-751a7a0bbdb5', code: 'H20', name: 'Tỉnh Đồng Tháp' },
  { id: '019d2be3-6a85-74ec-a346-6489e82ae4c7', code: 'H21', name: 'Tỉnh Gia Lai' },
  { id: '019d2be3-6a86-70a8-a0af-76e986804225', code: 'H26', name: 'Thành phố Hà Nội' },
  { id: '019d2be3-6a87-7317-8557-a2fade51b5ae', code: 'H27', name: 'Tỉnh Hà Tĩnh' },
  { id: '019d2be3-6a85-74ec-a349-88e0abf6a032', code: 'H24', name: 'Thành phố Hải Phòng' },
  { id: '019d2be3-6a87-7317-855a-9a81af57b106', code: 'H29', name: 'Thành phố Hồ Chí Minh' },
  { id: '019d2be3-6a89-70fe-8e5d-edfb72e6be7f', code: 'H57', name: 'Thành phố Huế' },
  { id: '019d2be3-6a88-732b-8b0b-a4fad4f39fbc', code: 'H31', name: 'Tỉnh Hưng Yên' },
  { id: '019d2be3-6a88-732b-8b0b-eac587d5c164', code: 'H32', name: 'Tỉnh Khánh Hòa' },
  { id: '019d2be3-6a88-732b-8b10-4fd42fc9139b', code: 'H35', name: 'Tỉnh Lai Châu' },
  { id: '019d2be3-6a81-771b-b671-9078297c4a7b', code: 'H37', name: 'Tỉnh Lạng Sơn' },
  { id: '019d2be3-6a88-732b-8b12-58410ba7b5df', code: 'H38', name: 'Tỉnh Lào Cai' },
  { id: '019d2be3-6a88-732b-8b10-c1c15a42daee', code: 'H36', name: 'Tỉnh Lâm Đồng' },
  { id: '019d2be3-6a88-732b-8b14-23b0bf40ce58', code: 'H41', name: 'Tỉnh Nghệ An' },
  { id: '019d2be3-6a88-732b-8b15-828ae2e74c00', code: 'H42', name: 'Tỉnh Ninh Bình' },
  { id: '019d2be3-6a88-732b-8b17-b68020c8553a', code: 'H44', name: 'Tỉnh Phú Thọ' },
  { id: '019d2be3-6a88-732b-8b1a-b8df51d5f6bf', code: 'H48', name: 'Tỉnh Quảng Ngãi' },
  { id: '019d2be3-6a88-732b-8b1c-46b23e7f2084', code: 'H49', name: 'Tỉnh Quảng Ninh' },
  { id: '019d2be3-6a88-732b-8b20-29251b1ac762', code: 'H50', name: 'Tỉnh Quảng Trị' },
  { id: '019d2be3-6a88-732b-8b23-90f0216d78e2', code: 'H52', name: 'Tỉnh Sơn La' },
  { id: '019d2be3-6a88-732b-8b23-f5575505c632', code: 'H53', name: 'Tỉnh Tây Ninh' },
  { id: '019d2be3-6a88-732b-8b25-68dfdcdcff0e', code: 'H55', name: 'Tỉnh Thái Nguyên' },
  { id: '019d2be3-6a88-732b-8b26-f3a94b76f008', code: 'H56', name: 'Tỉnh Thanh Hóa' },
  { id: '019d2be3-6a89-70fe-8e60-6458eb08bfe1', code: 'H60', name: 'Tỉnh Tuyên Quang' },
  { id: '019d2be3-6a89-70fe-8e61-5ec4a2701203', code: 'H61', name: 'Tỉnh Vĩnh Long' },
]);
