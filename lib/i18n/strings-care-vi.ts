/** Strings of the report's letterhead (#/settings) and of storage care (#/data). */
export const viCare = {
  // Letterhead of the report .docx (settings)
  letterheadHeading: 'Thông tin văn bản báo cáo (.docx)',
  letterheadIntro:
    'Điền một lần, mọi tệp .docx sẽ dùng lại. Ô để trống thì văn bản để chỗ trống để điền trong Word.',
  letterheadParentBody: 'Cơ quan chủ quản (chữ in hoa)',
  letterheadIssuingBody: 'Cơ quan ban hành (chữ in hoa)',
  letterheadNumberLine: 'Số, ký hiệu (ví dụ: Số: 125/BC-VP)',
  letterheadPlace: 'Địa danh',
  letterheadSignerTitle: 'Chức vụ người ký',
  letterheadSignerName: 'Họ và tên người ký',
  letterheadRecipients: 'Nơi nhận (mỗi dòng một nơi)',
  letterheadSave: 'Lưu thông tin văn bản',
  letterheadSaved: 'Đã lưu; các tệp .docx tải về sau sẽ dùng thông tin này.',
  letterheadInvalid: 'Chưa lưu: có ô dài quá giới hạn hoặc quá 30 nơi nhận.',
  // Storage care (#/data)
  storageHeading: 'Dung lượng lưu trữ',
  storageUsage: 'Đang dùng {used} trên {quota} trình duyệt dành cho tiện ích ({percent}%).',
  storageUnknown: 'Trình duyệt không cho biết dung lượng đang dùng.',
  storageNear: 'Sắp đầy ({percent}%): tải CSV dạng dài để giữ một bản ngoài trình duyệt.',
  storageFull:
    'Gần hết chỗ ({percent}%): số liệu mới có thể không lưu được. Tải CSV dạng dài ngay để giữ một bản.',
  storagePersisted: 'Trình duyệt đã cam kết giữ số liệu này, không tự xóa khi máy thiếu chỗ.',
  storageNotPersisted: 'Trình duyệt có thể tự xóa số liệu này khi máy thiếu chỗ.',
  storagePersist: 'Đề nghị trình duyệt giữ số liệu',
  storagePersistRefused:
    'Trình duyệt chưa đồng ý; thường sẽ đồng ý khi tiện ích được dùng thường xuyên.',
} as const;
