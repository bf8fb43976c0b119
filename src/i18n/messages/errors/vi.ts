import type { Message } from '../../translate';
import type { errorsEn } from './en';

/** Vietnamese texts of cell errors, engine failures and the notebook's runs. */
export const errorsVi: Record<keyof typeof errorsEn, Message> = {
	'error.notRunUpstream': 'Chưa chạy: một ô mà ô này đọc dữ liệu từ đó đã lỗi (xem phía trên).',
	'error.cancelledBeforeRun': 'Đã hủy trước khi chạy.',
	'error.cancelled': 'Đã hủy.',
	'error.noOrders': 'Chưa có đơn hàng nào được tải: hãy thả một tệp giao dịch vào.',

	'error.sqlEmpty': 'Ô đang trống: hãy viết một truy vấn.',
	'error.fewCustomers': 'Quá ít khách hàng để phân cụm: {count} (cần ít nhất 3).',
	'error.fewBuyers': 'Quá ít người mua để phân cụm: {count} (cần ít nhất 3).',
	'error.noFeatures': 'Chưa chọn đặc trưng nào: hãy đánh dấu ít nhất một cột để phân cụm.',
	'error.nothingToPredict': 'Không có lượt mua nào trước {date}: không có gì để dự đoán.',
	'error.oneDate':
		'Mọi lượt mua đều vào cùng một ngày ({date}): các mô hình cần lượt mua trải dài theo thời gian để biết khách hàng quay lại thường xuyên đến đâu.',
	'error.cannotFit': 'Không thể khớp mô hình: {error}',
	'error.noPurchases': 'Không có lượt mua nào trước {date}.',
	'error.spanTooShort':
		'Các lượt mua trải qua quá ít ngày ({first} đến {last}) để giữ lại một phần làm kiểm tra.',
	'error.calibrationEnd':
		'Ngày kết thúc hiệu chỉnh {end} phải nằm giữa ngày mua đầu tiên ({first}) và ngày trước ngày cuối cùng trong dữ liệu ({last}).',
	'error.invalid.timeUnit': 'Đơn vị thời gian không hợp lệ: {value} (ngày hoặc tuần).',
	'error.invalid.calibrationEnd':
		'Ngày kết thúc hiệu chỉnh không hợp lệ: {value} (ngày dạng yyyy-mm-dd).',
	'error.invalid.horizon': 'Khoảng dự đoán không hợp lệ: {value} (số ngày nguyên từ 1 đến 3650).',
	'error.invalid.clvMonths': 'Khoảng CLV không hợp lệ: {value} (số tháng nguyên từ 1 đến 120).',
	'error.invalid.discount':
		'Lãi suất chiết khấu hằng tháng không hợp lệ: {value} (từ 0 đến dưới 100 %).',
	'error.invalid.churn': 'Ngưỡng rời bỏ không hợp lệ: {value} và {other} (cần 0 < cao < thấp < 1).',
	'error.noLensColumn': 'View customers không có cột "{column}": hãy chọn góc nhìn khác.',
	'error.noSegmentColumn': 'View customers không có cột "{column}" (cột phân khúc).',
	'error.noAttributeColumn': 'View customers không có cột "{column}" (thuộc tính).',

	'engine.stopped': 'Bộ máy DuckDB đã dừng ({reason}).',
	'engine.outOfMemory':
		'DuckDB hết bộ nhớ khi chạy việc này. Hãy thử khoảng thời gian nhỏ hơn hoặc ít cột và ít dòng hơn, hoặc chạy bản xuất SQL của sổ tay trong DuckDB trên máy có nhiều bộ nhớ hơn. DuckDB báo: {duckdb}',
	'engine.lostWhileRunning':
		'Bộ máy DuckDB đã dừng khi đang chạy ô này ({reason}). Nó đã được khởi động lại và dữ liệu đang được đọc lại; các ô khác tự chạy lại — hãy chạy lại ô này khi bạn sẵn sàng.',
	'engine.queryCancelled': 'Truy vấn đã bị hủy.',
	'engine.workerStopped':
		'Worker phân tích đã dừng ({reason}). Hãy chạy lại ô: nó sẽ khởi động một worker mới.',
	'engine.unexpectedReply': 'phản hồi không mong đợi từ worker phân tích'
};
