/** Strings of backup, restore, sharing a province and deleting data (#/data, #13). */
export const viBackup = {
  backupHeading: 'Sao lưu',
  backupIntro:
    'Một tệp chứa toàn bộ số liệu đã lưu (kể cả bản gốc Cổng trả về), bộ mục tiêu, thang xếp loại và thông tin văn bản. Giữ tệp ngoài trình duyệt để khôi phục sau khi cài lại máy hoặc chuyển sang trình duyệt khác.',
  backupDownload: 'Tải bản sao lưu',
  backupDone: 'Đã tải {file} ({count} bản ghi).',
  backupLast: 'Sao lưu gần nhất: {time}.',
  backupNever: 'Chưa sao lưu lần nào.',
  backupReminderNever:
    'Số liệu đã lưu hơn một tháng mà chưa có bản sao lưu nào. Tải bản sao lưu để không mất lịch sử khi cài lại máy hoặc xóa dữ liệu trình duyệt.',
  backupReminderStale:
    'Bản sao lưu gần nhất đã hơn một tháng và có số liệu mới từ đó. Hãy tải bản sao lưu mới.',
  // Restore
  restoreHeading: 'Khôi phục từ tệp sao lưu',
  restoreLabel: 'Chọn tệp sao lưu hoặc tệp chia sẻ (.json, .json.gz)',
  restoreChecking: 'Đang kiểm tra toàn bộ tệp…',
  restorePreviewTitle: 'Tệp {file}, lập lúc {time}',
  restoreShareFile: 'Tệp chia sẻ một phần số liệu (không kèm cài đặt).',
  restoreWillAddAll: 'Sẽ thêm {count} bản ghi.',
  restoreWillAdd: 'Sẽ thêm {count} bản ghi; {known} bản ghi đã có sẵn được bỏ qua.',
  restoreNothingNew: 'Tệp không có bản ghi nào mới: mọi bản ghi đã có trong trình duyệt này.',
  restorePeriods: 'Các kỳ: {periods}.',
  restorePeriodsAllNew: 'Các kỳ, đều chưa có trong trình duyệt này: {periods}.',
  restoreNewPeriods: 'Kỳ chưa có số liệu: {periods}.',
  restoreRoots: 'Đơn vị gốc: {roots}.',
  restoreUnits: 'Đơn vị chưa có: {count}.',
  restoreNewer: '{count} bản ghi mới hơn bản đang có sẽ thành số liệu hiển thị.',
  restoreImportsSkipped:
    '{count} số liệu nhập từ tệp bị bỏ qua vì đã có số liệu lưu từ Cổng cùng bộ.',
  restoreProfiles: 'Thêm {count} bộ mục tiêu.',
  restoreBands: 'Dùng thang xếp loại trong tệp (trình duyệt này đang dùng thang mặc định).',
  restoreLetterhead: 'Dùng thông tin văn bản trong tệp (trình duyệt này chưa điền).',
  restoreConfirm: 'Khôi phục',
  restoreCancel: 'Hủy',
  restoreDone: 'Đã khôi phục: thêm {count} bản ghi.',
  restoreRefused: 'Không khôi phục tệp {file}: {error} Số liệu đang có không thay đổi.',
  errBackupTransferGone:
    'Tiện ích vừa khởi động lại giữa chừng; hãy chọn lại tệp hoặc bấm tải lại.',
  errBackupTooLarge: 'Tệp quá lớn để đọc trong trình duyệt.',
  errBackupNotJson: 'Tệp bị hỏng hoặc không đầy đủ (có thể tải về chưa xong).',
  errBackupGzip: 'Tệp nén bị hỏng hoặc không đầy đủ (có thể tải về chưa xong).',
  errBackupForeign: 'Đây không phải tệp sao lưu của Chỉ số 766.',
  errBackupNewer:
    'Tệp được lập bởi phiên bản mới hơn của tiện ích (định dạng {version}). Hãy cập nhật tiện ích rồi khôi phục lại.',
  errBackupInvalid: 'Tệp có dữ liệu không hợp lệ ({where}: {detail}).',
  errBackupMissingPayload: 'Tệp thiếu bản gốc của một bản ghi (sha256 {sha256}…).',
  errBackupAltered:
    '{count} bản ghi trong tệp đã bị sửa đổi: mã kiểm tra sha256 không khớp với bản gốc.',
  // Share a province
  shareHeading: 'Chia sẻ số liệu của tỉnh',
  shareIntro:
    'Cùng định dạng tệp sao lưu, chỉ gồm các đơn vị gốc và các kỳ được chọn, để chuyển cho sở, ngành, xã trực thuộc; họ khôi phục tệp như một bản sao lưu. Không kèm cài đặt.',
  shareRoots: 'Đơn vị gốc',
  sharePeriods: 'Kỳ',
  shareDownload: 'Tải tệp chia sẻ',
  shareNeedChoice: 'Chọn ít nhất một đơn vị gốc và một kỳ.',
  shareDone: 'Đã tải {file} ({count} bản ghi).',
  // Delete
  deleteHeading: 'Xóa số liệu',
  deleteIntro:
    'Xóa một bộ số liệu (mọi lần lưu), một kỳ (mọi đơn vị gốc) hoặc toàn bộ. Bộ mục tiêu, thang xếp loại và thông tin văn bản được giữ nguyên.',
  deleteWhat: 'Xóa',
  deleteKindSnapshot: 'Một bộ số liệu',
  deleteKindPeriod: 'Một kỳ',
  deleteKindAll: 'Toàn bộ số liệu',
  deleteWhich: 'Chọn',
  deleteStart: 'Xóa…',
  deleteConfirmSnapshot: 'Xóa bộ số liệu “{name}” ({count} lần lưu)? Không thể hoàn tác.',
  deleteConfirmPeriod: 'Xóa mọi số liệu của {period} ({count} bộ số liệu)? Không thể hoàn tác.',
  deleteConfirmAll: 'Xóa toàn bộ số liệu đã lưu ({count} bộ số liệu)? Không thể hoàn tác.',
  deleteBackupFirst: 'Tải bản sao lưu trước',
  deleteConfirm: 'Xóa hẳn',
  deleteDone: 'Đã xóa {count} bản ghi.',
  deleteNothing: 'Chưa có số liệu để xóa.',
} as const;
