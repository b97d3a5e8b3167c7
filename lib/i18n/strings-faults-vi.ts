/** Strings of faults: why a capture was not stored, what to do, the "needs attention" list. */
export const viFaults = {
  // Why a capture was flagged (lib/model/flag-code.ts)
  flagNotFound: 'Cổng không có số liệu cho lựa chọn này (HTTP 404)',
  flagForbidden: 'Cổng từ chối truy cập (HTTP 403)',
  flagRateLimited: 'Cổng báo gửi quá nhiều yêu cầu (HTTP 429)',
  flagServerError: 'Máy chủ của Cổng đang lỗi (HTTP 5xx)',
  flagRejected: 'Cổng từ chối yêu cầu (mã HTTP không phải 2xx)',
  flagNetwork: 'Không kết nối được tới Cổng',
  flagTooLarge: 'Phản hồi của Cổng lớn bất thường (trên 8 MB), không lưu',
  flagHtml: 'Cổng trả về một trang HTML thay cho số liệu (có thể là trang chặn “Request Rejected”)',
  flagEmpty: 'Cổng trả về phản hồi rỗng',
  flagWrongType: 'Cổng trả về nội dung không phải số liệu (sai kiểu nội dung)',
  flagNotJson: 'Phản hồi bị cắt ngang hoặc hỏng, không đọc được',
  flagRequest: 'Yêu cầu của trang có dạng tiện ích chưa biết',
  flagSchema: 'Cấu trúc số liệu của Cổng đã thay đổi (trường bị đổi tên hoặc đổi kiểu)',
  flagMismatch:
    'Phản hồi không khớp lựa chọn trên trang (ví dụ số liệu cả nước khi đang chọn một tỉnh)',
  flagPortalCode: 'Cổng báo lỗi trong phản hồi',
  flagUnexpected: 'Lỗi không mong đợi khi đọc phản hồi',
  // What to do about it
  adviceReload: 'Tải lại trang Cổng (F5) rồi chọn lại tỉnh, kỳ.',
  adviceLater: 'Chờ vài phút rồi thử lại; không cần làm gì thêm.',
  adviceReport: 'Cổng có thể đã thay đổi: báo cho người quản lý tiện ích, kèm thời điểm ở đây.',
  adviceOtherPeriod: 'Chọn kỳ khác, hoặc thử lại khi Cổng đã công bố số liệu kỳ này.',
  // The side panel and popup
  viewFlagged: 'Chưa lưu được số liệu trang đang hiện: {reason}.',
  viewPortalNoData: 'Cổng chưa có số liệu cho {period}.',
  viewKept: 'Số liệu đã lưu trước đó của kỳ này vẫn được giữ nguyên.',
  flaggedNotice:
    '{count} phản hồi chưa lưu được (giữ nguyên bản gốc, không dùng để tính). Xem lý do và cách xử lý ở mục “Cần chú ý” trong bảng điều khiển.',
  openNeedsAttention: 'Xem mục “Cần chú ý”',
  // The dashboard's "needs attention" list (#/data)
  attentionHeading: 'Cần chú ý',
  attentionIntro:
    'Các phản hồi của Cổng mà tiện ích không lưu thành số liệu. Bản gốc được giữ để kiểm tra; số liệu tốt đã lưu trước đó không bị ghi đè.',
  attentionNone: 'Không có phản hồi nào cần chú ý.',
  attentionCaption: '{count} phản hồi cần chú ý (mới nhất trước)',
  attentionMore: 'Chỉ hiện {shown} phản hồi mới nhất trong số {count}.',
  colObservedAt: 'Lúc',
  colWhat: 'Nhóm, đơn vị, kỳ',
  colReason: 'Lý do',
  colAdvice: 'Nên làm',
  colKept: 'Số liệu đang dùng',
  keptSnapshot: 'Giữ bản lưu lúc {time}',
  keptNone: 'Chưa có bản lưu hợp lệ',
  unknownView: 'Không rõ',
  // Capture-all cut short by the browser
  stopInterrupted: 'Trình duyệt đã tạm dừng tiện ích giữa chừng',
};
