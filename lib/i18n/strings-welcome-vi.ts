/** Strings of the welcome page shown once, after the extension is installed. */
export const viWelcome = {
  welcomeTitle: 'Chào mừng',
  welcomeIntro:
    'Chỉ số 766 giúp theo dõi Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) ngay trên trang Cổng Dịch vụ công quốc gia.',
  welcomeDoesHeading: 'Tiện ích làm gì',
  welcomeDoes1:
    'Tự lưu số liệu mà trang “Đánh giá chất lượng phục vụ” đang hiển thị, theo từng kỳ.',
  welcomeDoes2:
    'Gắn nhãn đạt hay chưa đạt mục tiêu, tăng hay giảm so với kỳ trước ngay cạnh con số trên trang Cổng.',
  welcomeDoes3:
    'Lập báo cáo tháng (.docx), bảng xếp hạng (.xlsx), bảng so sánh và biểu đồ từ số liệu đã lưu.',
  welcomeDoesNotHeading: 'Tiện ích không làm gì',
  welcomeDoesNot1:
    'Không có máy chủ, không cần tài khoản: số liệu chỉ nằm trong trình duyệt này, không gửi đi đâu.',
  welcomeDoesNot2:
    'Không tự truy cập Cổng: chỉ đọc những gì trang đã tải. Khi bạn bấm “Lưu các nhóm còn thiếu”, tiện ích gửi lần lượt, cách nhau ít nhất 1 giây và dừng ngay khi Cổng từ chối.',
  welcomeDoesNot3: 'Không sửa, không che nội dung của trang Cổng.',
  welcomeTabsHeading: 'Các trang Cổng đang mở',
  welcomeTabsOpen:
    'Có {count} trang Cổng DVC mở từ trước khi cài tiện ích. Tải lại các trang này để tiện ích đọc được số liệu.',
  welcomeReload: 'Tải lại {count} trang Cổng',
  welcomeReloaded: 'Đã tải lại {count} trang Cổng.',
  welcomeNoTabs:
    'Chưa có trang Cổng nào đang mở. Mở trang đánh giá, chọn tỉnh và kỳ; tiện ích sẽ tự lưu.',
} as const;
