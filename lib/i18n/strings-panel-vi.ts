/** Strings of the side panel at a glance (#12): ranks as reports state them, the short panel. */
export const viPanel = {
  panelSummaryTab: 'Tổng hợp (tổng điểm của Cổng)',
  // Ranks: among units of the same kind by default, or among all the root's children.
  rankAmongLabel: 'Xếp hạng trong',
  rankAmongKind: 'đơn vị cùng loại',
  rankAmongAll: 'tất cả đơn vị trực thuộc',
  rankPoolAGENCY: 'sở, ngành',
  rankPoolCOMMUNE: 'xã, phường',
  rankPoolPROVINCE: 'tỉnh, thành phố',
  rankPoolALL: 'đơn vị',
  rankAlone: 'hạng {ordinal}/{of} {pool}',
  rankTied: 'đồng hạng {ordinal}, {tied} đơn vị (trong {of} {pool})',
  rankAloneShort: 'hạng {ordinal}/{of}',
  rankTiedShort: 'đồng hạng {ordinal}, {tied} đơn vị',
  // The headline and the folded criteria.
  panelDelta: '{sign} {delta} điểm so với {previous}',
  panelDeltaSame: 'không đổi so với {previous}',
  panelGroupCriteria: '{count} chỉ tiêu, {notMet} chưa đạt',
  panelGroupCriteriaAllMet: '{count} chỉ tiêu',
  panelFromTo: '{from} → {to}',
  panelFromToLabel: '{name}: từ {from} đến {to}',
  panelCaptureHere: 'Chưa đủ 6 nhóm để có tổng điểm.',
  panelCaptureElsewhere:
    'Chưa đủ 6 nhóm để có tổng điểm. Mở kỳ này trên trang Cổng để lưu các nhóm còn thiếu.',
  panelSearchPicked: 'Đã chọn: {name}',
  // The list view (#12): every unit's chips as text, for keyboard and screen-reader users.
  listViewShow: 'Xem danh sách đơn vị (dạng chữ)',
  listViewHide: 'Ẩn danh sách đơn vị',
  listViewCaption: 'Các đơn vị — {view}, {period} ({count} đơn vị)',
  listViewUnit: 'Đơn vị',
  listViewScore: 'Điểm',
  listViewChips: 'Nhãn',
  listViewNothing: 'không có nhãn',
  listViewEmpty: 'Chưa có số liệu đã lưu cho trang Cổng đang mở.',
} as const;
