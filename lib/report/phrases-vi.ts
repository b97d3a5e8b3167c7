import { RATING_NOTE } from '../analysis/ratings';
import type { UnitKind } from '../model/observation';
import { type Period, periodLabel } from '../model/period';
import { lowerFirst, type Phrases } from './phrases';

/** Units of one kind, as the rank phrase names them ("xếp thứ 8/34 tỉnh, thành phố"). */
const KIND_PLURAL: Record<UnitKind, string> = {
  NATION: 'đơn vị',
  PROVINCE: 'tỉnh, thành phố',
  AGENCY: 'sở, ban, ngành',
  COMMUNE: 'xã, phường',
};

const BOOK = 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp';

export const PHRASES_VI: Phrases = {
  locale: 'vi',
  title: 'BÁO CÁO',
  unknownUnit: 'đơn vị',
  periodLabel: (p: Period) => lowerFirst(periodLabel(p, 'vi'), 'vi'),
  subject: (unit, period) => `Kết quả ${BOOK} ${period} của ${unit}`,
  source: (period) =>
    `Theo kết quả đánh giá ${BOOK} trong thực hiện thủ tục hành chính, dịch vụ công ` +
    `(Quyết định số 766/QĐ-TTg) công bố trên Cổng Dịch vụ công quốc gia, mục “Kết quả đánh giá ` +
    `Bộ chỉ số phục vụ người dân và doanh nghiệp”, ${period}:`,
  headline: ({ unit, total, summed, rank, rating }) =>
    `Tổng số điểm của ${unit} đạt ${total}/100 điểm` +
    (summed ? ' (cộng điểm sáu nhóm chỉ số)' : '') +
    (rank ? `, ${rank}` : '') +
    (rating ? `, xếp loại ${rating}` : '') +
    '.',
  rank: (rank, of, kind) => `xếp thứ ${rank}/${of} ${KIND_PLURAL[kind]}`,
  noTotal: (unit, missing) =>
    `Chưa tính được tổng số điểm của ${unit}: chưa có số liệu nhóm ${missing.join('; ')}.`,
  noData: (unit, period) =>
    `Chưa lưu số liệu nào của ${unit} cho ${period}. Mở trang Đánh giá chất lượng phục vụ ` +
    'trên Cổng Dịch vụ công quốc gia, chọn đơn vị và kỳ này để tiện ích lưu số liệu.',
  comparisons: (parts) => `${parts.map((p) => `so với ${p.against}: ${p.change}`).join('; ')}.`,
  change: (kind, size) =>
    kind === 'same' ? 'không đổi' : `${kind === 'up' ? 'tăng' : 'giảm'} ${size} điểm`,
  notComparable: (reason) =>
    reason === 'provisional' ? 'không so sánh (có số liệu tạm tính)' : 'chưa có số liệu để so sánh',
  samePeriodLastYear: (period) => `cùng kỳ năm trước (${period})`,
  asOf: (time) => `Số liệu tính đến ${time}. Số liệu này có thể thay đổi theo thời gian.`,
  provisional: (period) =>
    `Lưu ý: số liệu được lưu khi ${period} chưa kết thúc nên là số liệu tạm tính, còn thay đổi ` +
    'hằng ngày; không dùng để kết luận chính thức hay so sánh với kỳ trước.',
  imported:
    'Một phần số liệu của đơn vị được nhập từ tệp (đánh dấu “nhập”), không phải lưu từ Cổng Dịch vụ công quốc gia.',
  closedSince:
    'Kỳ này nay đã kết thúc: mở lại trang Cổng để lưu số liệu chính thức trước khi gửi báo cáo.',
  groupsLead: (previous) =>
    previous
      ? `Điểm từng nhóm chỉ số (trong ngoặc là thay đổi so với ${previous}):`
      : 'Điểm từng nhóm chỉ số:',
  group: (name, score, max, change) =>
    `${lowerFirst(name, 'vi')} đạt ${score}/${max} điểm${change ? ` (${change})` : ''}`,
  groupMissing: (name) => `${lowerFirst(name, 'vi')}: chưa có số liệu`,
  belowLead: (profile) => `Các chỉ tiêu chưa đạt mục tiêu (theo “${profile}”):`,
  below: (c, f) => {
    const lead = `${c.name}: ${f.value} (mục tiêu ${f.target}, còn thiếu ${f.shortfall} điểm %)`;
    if (f.needed === null) return `${lead}.`;
    return (
      `${lead}; cần thêm ${f.needed} ${c.itemWord.vi}` +
      (f.denominator ? ` (trên tổng số ${f.denominator} ${c.itemWord.vi})` : '') +
      ` để đạt ${f.target}.`
    );
  },
  allMet: (profile) => `Tất cả các chỉ tiêu có số liệu đều đạt mục tiêu (theo “${profile}”).`,
  metLead: 'Các chỉ tiêu đã đạt mục tiêu:',
  met: (c, f) => `${c.name}: ${f.value} (mục tiêu ${f.target})`,
  noDataLead: 'Chưa có số liệu để đánh giá:',
  noDataItem: (name, target) => `${name} (mục tiêu ${target})`,
  seeAppendix: 'Các đơn vị chưa đạt từng chỉ tiêu: có Phụ lục kèm theo.',
  monthLead: (year) => `Kết quả các tháng năm ${year}:`,
  monthHeader: ['THÁNG', 'TỔNG ĐIỂM', 'XẾP LOẠI', 'HẠNG'],
  provisionalMark: ' (tạm tính)',
  notesLead: 'Ghi chú về số liệu:',
  gap: (gap, c) => {
    switch (gap.kind) {
      case 'no-siblings':
        return (
          `Chưa lưu số liệu của các ${c.kind ? KIND_PLURAL[c.kind] : 'đơn vị'} cùng cấp trong ` +
          'kỳ này nên chưa xếp hạng.'
        );
      case 'siblings-without-total':
        return 'Các đơn vị cùng cấp chưa có tổng số điểm trong số liệu đã lưu nên chưa xếp hạng.';
      case 'no-previous-period':
        return `Chưa lưu số liệu ${c.previous} nên chưa so sánh với kỳ trước.`;
      case 'no-target-profile':
        return `Chưa có bộ mục tiêu cho năm ${gap.year} nên chưa đánh giá đạt, chưa đạt.`;
      case 'no-children-data':
        return `Chưa lưu số liệu các đơn vị trực thuộc ${c.unit} nên chưa lập Phụ lục.`;
      case 'province-values-on-children':
        return (
          `${c.criteria.join('; ')}: là số liệu của cấp tỉnh, Cổng lặp lại trên mọi đơn vị ` +
          'trực thuộc, nên Phụ lục không liệt kê đơn vị.'
        );
      case 'no-criteria-data':
        return 'Số liệu đã lưu của kỳ này chỉ có điểm tổng hợp, chưa có số liệu từng chỉ tiêu: mở từng nhóm chỉ số trên Cổng để lưu.';
      default:
        return null;
    }
  },
  ratingNote: RATING_NOTE,
  closing: (unit, period) => `Trên đây là kết quả ${BOOK} ${period} của ${unit}./.`,
  appendixTitle: 'PHỤ LỤC',
  appendixSubtitle: (unit, period) =>
    `Các đơn vị trực thuộc ${unit} chưa đạt mục tiêu, ${period} (kèm theo Báo cáo)`,
  appendixCaption: (n, s, target) =>
    `${n}. ${s.name} (mục tiêu ${target}): ${s.rows.length}/${s.childrenJudged} đơn vị có số ` +
    'liệu chưa đạt' +
    (s.childrenWithoutData > 0 ? `; ${s.childrenWithoutData} đơn vị chưa có số liệu` : '') +
    '.',
  appendixHeader: (s) => [
    'STT',
    'ĐƠN VỊ',
    'TỶ LỆ',
    'CÒN THIẾU (điểm %)',
    `CẦN THÊM (${s.itemWord.vi})`,
  ],
};
