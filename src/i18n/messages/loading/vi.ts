import type { Message } from '../../translate';
import type { loadingEn } from './en';

/** Vietnamese texts of opening a notebook and of the notices above the page. */
export const loadingVi: Record<keyof typeof loadingEn, Message> = {
	'loading.origin.file': 'tệp',
	'loading.origin.link': 'liên kết',
	'loading.empty': 'Đây không phải là sổ tay: {origin} này trống.',
	'loading.notJson': 'Đây không phải là sổ tay: {origin} này không phải JSON hợp lệ.',
	'loading.notJsonAt':
		'Đây không phải là sổ tay: {origin} này không phải JSON hợp lệ (dòng {line}, cột {at}).',
	'loading.notJsonCut':
		'Đây không phải là sổ tay: {origin} này không phải JSON hợp lệ (nó dừng giữa chừng ở dòng {line}, cột {at}; có bị cắt mất không?).',
	'loading.notSegmentbook': 'Đây không phải là sổ tay Segmentbook: {origin} này chứa {value}.',
	'loading.noMarker':
		'Đây không phải là sổ tay Segmentbook: {origin} này là JSON nhưng không có dấu "format": "{marker}".',
	'loading.otherMarker':
		'Đây không phải là sổ tay Segmentbook: {origin} này là JSON nhưng có định dạng {value}, không phải dấu "format": "{marker}".',
	'loading.badVersion':
		'Phiên bản định dạng của {origin} sổ tay này không đọc được: cần một số nguyên từ 1 trở lên, nhưng có {value}.',
	'loading.newer':
		'Sổ tay này được tạo bởi một Segmentbook mới hơn (định dạng {version}); bản này đọc định dạng {current}.',
	'loading.problems': 'Có {count} vấn đề trong {origin} sổ tay này: {listed}.',
	'loading.problemsMore':
		'Có {count} vấn đề trong {origin} sổ tay này: {listed}; và {more} vấn đề khác.',
	'loading.cannotUpgrade':
		'Sổ tay này dùng định dạng {version}, Segmentbook này không nâng cấp được (không có bước nào từ định dạng {step}).',
	'loading.upgradeFailed':
		'Sổ tay này dùng định dạng {version} và không nâng cấp được từ định dạng {step}: {reason}',
	'loading.noFragment':
		'Liên kết này không chứa sổ tay nào: địa chỉ của nó không có phần {prefix}.',
	'loading.broken':
		'Liên kết chia sẻ này bị hỏng: một phần bị thiếu hoặc đã bị thay đổi. Hãy xin lại liên kết và sao chép toàn bộ.',
	'loading.linkTooLarge':
		'Liên kết chia sẻ này khi giải nén lớn hơn {megabytes} MB; không sổ tay nào lớn đến thế.',
	'loading.idRenamed': 'cells[{index}] có id {value} của cells[{earlier}]; giờ nó có id "{id}".',
	'loading.dataCellAdded': 'Sổ tay không có ô dữ liệu; đã thêm một ô.',
	'loading.secondDataCell':
		'cells[{index}] là ô dữ liệu thứ hai; mỗi sổ tay chỉ có một, nên ô này đã bị xóa.',
	'loading.unknownField': 'Đã bỏ qua trường không xác định {path}.',

	'notice.openFailed': 'Không mở được “{name}”: {error}',
	'notice.openedWithWarnings': 'Đã mở “{name}”. {warnings}',
	'notice.forgotten': 'Mọi thứ ứng dụng này lưu trên thiết bị đã bị xóa.',
	'notice.sharedOpened': 'Đã mở một sổ tay được chia sẻ: phương pháp của nó, không kèm dữ liệu.',
	'notice.sharedFailed': 'Không mở được liên kết chia sẻ: {error}'
};
