import type { Message } from '../../translate';
import type { sourcesEn } from './en';

/** Vietnamese texts of why a file could not be read, and of the reading steps. */
export const sourcesVi: Record<keyof typeof sourcesEn, Message> = {
	'sourceError.unknownKind':
		'không đọc được loại tệp này: hãy dùng CSV, TSV, TXT, Excel (.xlsx, .xls), JSON hoặc Parquet',
	'sourceError.empty': 'tệp trống (0 byte)',
	'sourceError.noSheetRows': 'không trang tính nào của sổ làm việc có dòng dữ liệu',
	'sourceError.blank':
		'tệp không có chữ, chỉ có dòng trống: không có dòng tiêu đề cũng không có dữ liệu.',
	'sourceError.noSplit':
		'không cách tách dòng thành cột nào phù hợp (đã thử dấu phẩy, chấm phẩy, tab và gạch đứng): có lẽ đây không phải là bảng.',
	'sourceError.headerOnly': 'dòng 1 là dòng tiêu đề ({names}) và không có dòng dữ liệu nào sau nó.',
	'sourceError.binary':
		'đây không phải là bảng văn bản: tệp chứa dữ liệu nhị phân (dòng {line}, byte {byte} không phải chữ). Không tải được gì từ tệp.',
	'sourceError.looksLike':
		'đây không phải là bảng văn bản: trông như {what} (dòng {line}, byte {byte} không phải chữ). Không tải được gì từ tệp.',
	'sourceError.tooLarge':
		'tệp có dung lượng {size}, vượt quá mức trình duyệt này giữ được trong bộ nhớ (khoảng {max} cho loại tệp này). Hãy tải phần đầu của tệp với cùng tên để thiết lập phân tích, rồi dùng “Xuất SQL” ở trên: công cụ dòng lệnh DuckDB chạy cùng phân tích đó trên toàn bộ tệp.',
	'sourceError.tooLargeNotCsv':
		'tệp có dung lượng {size}, vượt quá mức trình duyệt này giữ được trong bộ nhớ (khoảng {max} cho loại tệp này; CSV đi xa hơn: DuckDB đọc thẳng từ đĩa). Hãy tải phần đầu của tệp với cùng tên để thiết lập phân tích, rồi dùng “Xuất SQL” ở trên: công cụ dòng lệnh DuckDB chạy cùng phân tích đó trên toàn bộ tệp.',
	'sourceError.noRecords': 'tệp không có bản ghi nào',
	'sourceError.notJson':
		'tệp không phải là mảng JSON các bản ghi, cũng không phải JSON theo từng dòng',
	'sourceError.badJsonLine': 'dòng {line} không phải JSON hợp lệ ({error})',
	'sourceError.noRows': 'tệp không có dòng nào',
	'looksLike.zip': 'một tệp nén ZIP (sổ làm việc .xlsx là loại này: hãy đặt lại đuôi .xlsx)',
	'looksLike.xls': 'một sổ làm việc Excel cũ (.xls: hãy đặt lại đuôi .xls)',
	'looksLike.pdf': 'một tài liệu PDF',
	'looksLike.png': 'một ảnh PNG',
	'looksLike.jpeg': 'một ảnh JPEG',
	'looksLike.gzip': 'một tệp nén gzip',
	'looksLike.parquet': 'một tệp Parquet (hãy đặt lại đuôi .parquet)',
	'progress.reading': 'Đang đọc {name}',
	'progress.cleaning': 'Đang làm sạch {name}'
};
