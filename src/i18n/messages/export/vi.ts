import type { Message } from '../../translate';
import type { exportEn } from './en';

/** Vietnamese texts of the export cell and the HTML report. */
export const exportVi: Record<keyof typeof exportEn, Message> = {
	'export.asOf': 'Tính đến',
	'export.customersIn': 'khách hàng trong',
	'export.oneRowEach': '(mỗi người một dòng: người mua và khách tiềm năng)',
	'export.columnsCount': '{count} cột',
	'export.how':
		"Các tệp CSV do DuckDB ghi (`COPY … TO`) ở dạng UTF-8 có dấu thứ tự byte, để Excel hiển thị đúng chữ tiếng Ba Tư và tiếng Việt; ô văn bản bắt đầu bằng = + − @, tab hoặc ký tự xuống dòng được thêm ' ở đầu để không bảng tính nào chạy nó như công thức. Số vẫn là số. Parquet được ghi từ các lô Arrow của DuckDB trong một worker. Tên cột và nhãn trong tệp giữ nguyên như trong dữ liệu (tiếng Anh), dù giao diện dùng ngôn ngữ nào. Các cột:",
	'export.customersCsv': 'CSV khách hàng',
	'export.customersParquet': 'Parquet khách hàng',
	'export.notebook': 'Tệp sổ',
	'export.notebookTitle': 'Phương pháp của sổ, không phải dữ liệu — cùng tệp với Lưu sổ',
	'export.making': 'Đang tạo tệp…',
	'export.downloaded': 'Đã tải xuống {name}.',
	'export.failed': 'Không xuất được: {error}',
	'export.reading': 'Đang đọc các cột của customers…',

	'export.segment.legend': 'Thành viên của một phân khúc, cho công cụ email',
	'export.segment.noLens': 'Không cột nào của `customers` có ít giá trị để chọn phân khúc.',
	'export.segment.lens': 'Phân khúc theo',
	'export.segment.lensOption': '{column} ({count} giá trị)',
	'export.segment.segment': 'Phân khúc',
	'export.segment.none': '(không có)',
	'export.segment.option': '{value} — {count} khách hàng',
	'export.segment.download': 'Tải CSV phân khúc',
	'export.segment.how':
		'Các cột: customer_id, email và tên nếu tệp khách hàng có, cột đã chọn, và các nhãn (phân khúc RFM, nhóm giá trị, giai đoạn vòng đời, cụm, chân dung, CLV và nguy cơ rời bỏ nếu có). Số đếm là khách hàng trong `customers` vào ngày phân tích.',

	'export.report.legend': 'Báo cáo độc lập (HTML)',
	'export.report.how':
		'Một tệp chứa các ô đã chọn đúng như hiện tại — biểu đồ dạng hình ảnh trong tệp, bảng, ghi chú, tóm tắt chất lượng dữ liệu và ngày phân tích — bằng ngôn ngữ giao diện. Tệp mở được trên mọi trình duyệt không cần mạng, không chạy script nào và in mỗi phần trên một trang.',
	'export.report.dataQuality': 'Chất lượng dữ liệu',
	'export.report.collapsed': '(đang thu gọn — hãy mở ra để đưa vào)',
	'export.report.download': 'Tải báo cáo ({count} phần)',
	'export.report.customers': '{count} khách hàng',
	'export.report.amounts': 'số tiền tính bằng {currency}',
	'export.report.noPicture': 'Không có hình ảnh',
	'export.report.chart': 'Biểu đồ',
	'export.words.asOf': 'Tính đến',
	'export.words.notSet': 'chưa đặt',
	'export.words.sections': 'Các phần',
	'export.words.pageTitle': '{title} — tính đến {asOf}',
	'export.words.footer':
		'Được tạo bằng Segmentbook vào {date}, hoàn toàn trong trình duyệt: mọi con số được tính từ tệp của khách hàng trên máy tính này, như được mô tả bên cạnh.'
};
