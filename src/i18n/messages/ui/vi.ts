import type { Message } from '../../translate';
import type { uiEn } from './en';

/** Vietnamese texts of the presentational primitives and of the charts' table views. */
export const uiVi: Record<keyof typeof uiEn, Message> = {
	'ui.dropFiles': 'Thả tệp CSV, Excel, JSON hoặc Parquet vào để phân tích',
	'ui.chartFailed': 'Không vẽ được biểu đồ: {error}',
	'ui.cancel': 'Hủy',
	'ui.percent': '{percent}%',
	'ui.previewRegion': 'Các dòng đầu tiên của tệp',
	'ui.outOfRange': '(ngoài phạm vi)',
	'kpi.invalidWindow': 'Khoảng thời gian phải là số ngày nguyên từ 1 đến {max}.',
	'kpi.invalidTop': 'Tỷ lệ nhóm đầu phải là phần trăm nguyên từ 1 đến 100.',
	'notebook.defaultTitle': 'Phân khúc khách hàng',

	'figure.customers': 'Khách hàng',
	'figure.actual': 'Thực tế',
	'figure.rfm.caption': 'Khách hàng trong mỗi ô gần đây × tần suất',
	'figure.rfm.recency': 'Điểm gần đây',
	'figure.rfm.frequency': 'Điểm tần suất',
	'figure.rfm.share': 'Tỷ lệ',
	'figure.rfm.monetary': 'Giá trị chi tiêu trung bình',
	'figure.pareto.caption':
		'Tỷ lệ doanh thu do nhóm khách hàng đầu mang lại, người chi nhiều nhất trước',
	'figure.pareto.top': 'Tỷ lệ khách hàng đầu',
	'figure.pareto.revenue': 'Tỷ lệ doanh thu',
	'figure.k.caption': 'Tổng bình phương trong cụm và silhouette trung bình cho mỗi k',
	'figure.k.wss': 'Tổng bình phương trong cụm',
	'figure.k.silhouette': 'Silhouette trung bình',
	'figure.retention.value': 'Tỷ lệ giữ chân',
	'figure.retention.ordering': 'Khách hàng đặt mua',
	'figure.retention.cohorts': 'Nhóm khách',
	'figure.holdout.caption':
		'Số lần mua lặp lại trung bình trong giai đoạn kiểm tra theo số lần mua lặp lại trong giai đoạn hiệu chỉnh, thực tế và dự đoán',
	'figure.holdout.calibration': 'Số lần mua lặp lại khi hiệu chỉnh',
	'figure.holdout.model': 'Mô hình (BG/NBD)',
	'figure.cumulative.weeks': 'Số lần mua lặp lại cộng dồn theo tuần, thực tế và kỳ vọng',
	'figure.cumulative.days': 'Số lần mua lặp lại cộng dồn theo ngày, thực tế và kỳ vọng',
	'figure.week': 'Tuần',
	'figure.day': 'Ngày',
	'figure.cumulative.expected': 'Kỳ vọng (BG/NBD)'
};
