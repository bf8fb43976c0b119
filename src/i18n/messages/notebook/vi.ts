import type { Message } from '../../translate';
import type { notebookEn } from './en';

/** Vietnamese texts of the notebook around the analyses. */
export const notebookVi: Record<keyof typeof notebookEn, Message> = {
	'notebook.welcome': [
		'Thả các tệp của khách hàng vào ô **Dữ liệu** bên dưới: không có gì rời khỏi máy tính này, và mọi',
		'ô tự chạy lại khi dữ liệu, cách ánh xạ cột hoặc ngày tính thay đổi.',
		'Thêm ô bằng **+** và chạy ô đang sửa bằng **Shift+Enter**.'
	].join('\n'),

	'kindInfo.data': 'Các tệp của khách hàng, ánh xạ cột và báo cáo chất lượng dữ liệu',
	'kindInfo.kpis': 'Khách hàng, doanh thu, giá trị đơn, tỷ lệ mua lại, rời bỏ và giữ chân',
	'kindInfo.rfm': 'Điểm gần đây, tần suất, giá trị, lưới R×F và 11 phân khúc có tên',
	'kindInfo.tiers': 'Khách giá trị cao, trung bình và thấp, khách VIP và đường Pareto (80/20)',
	'kindInfo.cohorts': 'Khách hàng theo tháng của đơn đầu tiên và tỷ lệ quay lại đặt hàng sau đó',
	'kindInfo.lifecycle':
		'Khách tiềm năng, mới, đang hoạt động, mua lại, trung thành, sắp rời bỏ và đã rời bỏ, cùng luồng chuyển',
	'kindInfo.behaviour':
		'Khách săn giảm giá, hay trả hàng, hay khiếu nại, mua bốc đồng, giai đoạn hành trình, hành vi trực tuyến và mức ưa chuộng ngành hàng',
	'kindInfo.breakdown':
		'Bất kỳ phân khúc nào theo bất kỳ thuộc tính nào (tuổi, giới tính, thu nhập, thành phố…): tỷ lệ và chỉ số so với toàn bộ',
	'kindInfo.rules':
		'Phân khúc động từ quy tắc ("doanh thu trong 365 ngày qua > 1000"), số đếm trực tiếp, dịch chuyển',
	'kindInfo.clusters': 'Nhóm khách hàng k-means theo các đặc trưng đã chọn, có gợi ý chọn k',
	'kindInfo.clv': 'Ai sẽ mua lại, ai đang rời đi và mỗi khách hàng đáng giá bao nhiêu (BG/NBD)',
	'kindInfo.personas':
		'Một thẻ chân dung cho mỗi phân khúc: họ là ai, họ mua gì, nên làm gì cho họ',
	'kindInfo.export':
		'Khách hàng dạng CSV hoặc Parquet, danh sách phân khúc cho công cụ email, báo cáo HTML độc lập',
	'kindInfo.sql': 'SQL DuckDB tự do trên transactions, customers và mọi view',
	'kindInfo.note': 'Văn bản Markdown: bối cảnh, phát hiện, khuyến nghị',

	'sql.editor': 'Truy vấn SQL',
	'sql.run': 'Chạy ▸',
	'sql.runTitle': 'Chạy (Shift+Enter)',
	'sql.saveAs': 'Lưu kết quả thành view',
	'sql.namePlaceholder': 'tên (không bắt buộc)',
	'sql.rows': 'dòng',
	'sql.ms': '{ms} ms',
	'sql.sep': ' · ',
	'chart.chart': 'Biểu đồ',
	'chart.bar': 'Cột',
	'chart.line': 'Đường',
	'chart.dot': 'Điểm',
	'chart.hide': 'Ẩn biểu đồ',
	'chart.show': 'Vẽ biểu đồ kết quả này',
	'chart.caption': '{y} theo {x}, {rows} dòng đầu của kết quả.',
	'table.sortBy': 'Sắp xếp theo {column}',
	'table.pages': 'Các trang kết quả',
	'table.first': 'Trang đầu',
	'table.previous': 'Trang trước',
	'table.next': 'Trang sau',
	'table.last': 'Trang cuối',
	'table.count': '{count} dòng',
	'table.range': 'dòng {from}–{to} trên {count}',

	'note.editor': 'Nội dung ghi chú (Markdown)',
	'note.done': 'Xong',
	'note.edit': 'Sửa',
	'note.editTitle': 'Nhấp đúp để sửa',
	'note.empty': 'Ghi chú trống — nhấp đúp để viết (Markdown).',

	'autosave.title':
		'Sổ tay (không gồm dữ liệu, trừ khi bạn chọn giữ lại) được lưu trong trình duyệt này trong lúc bạn làm việc',
	'autosave.saved': 'Đã lưu trên thiết bị này',
	'autosave.pending': 'Đang lưu…',
	'autosave.failed': 'Không thể lưu trên thiết bị này',
	'recovery.restarting': 'Bộ máy DuckDB đã dừng ({reason}). Đang khởi động lại…',
	'recovery.reloading':
		'Bộ máy DuckDB đã dừng ({reason}) và đã được khởi động lại. Đang đọc lại dữ liệu và chạy lại các ô…',
	'recovery.restored':
		'Bộ máy DuckDB đã dừng ({reason}) và đã được khởi động lại: dữ liệu đã được đọc lại và các ô đã chạy lại. Sổ tay và các chỉnh sửa của bạn vẫn như lúc bạn rời đi.',
	'recovery.failed':
		'Bộ máy DuckDB đã dừng ({reason}) và không khởi động lại được ({error}). Sổ tay đã được lưu trên thiết bị này: hãy tải lại trang để tiếp tục.',
	'recovery.debug': 'Công cụ gỡ lỗi',
	'recovery.trap': 'Làm bộ máy DuckDB gặp lỗi (trap)',

	'progress.sweep': 'Thử k = 2…10 (k-means và hệ số silhouette cho mỗi k)',
	'progress.kmeans': 'Phân cụm (khởi động lại k-means++)',
	'progress.pca': 'Chiếu lên các thành phần chính',
	'progress.profiles': 'Lập hồ sơ các cụm',
	'progress.bgnbd': 'Ước lượng BG/NBD (số lần mua)',
	'progress.gammaGamma': 'Ước lượng Gamma-Gamma (giá trị đơn)',
	'progress.holdout': 'Kiểm tra giai đoạn giữ lại (holdout)',
	'progress.curve': 'Số lần mua lại tích lũy kỳ vọng',
	'progress.scores': 'Chấm điểm từng khách hàng'
};
