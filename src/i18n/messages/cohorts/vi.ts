import type { Message } from '../../translate';
import type { cohortsEn } from './en';

/** Vietnamese texts of the cohort retention cell. */
export const cohortsVi: Record<keyof typeof cohortsEn, Message> = {
	'cohorts.unit.month': 'tháng',
	'cohorts.unit.week': 'tuần',
	'cohorts.units.month': 'tháng',
	'cohorts.units.week': 'tuần',
	'cohorts.count.month': 'tháng',
	'cohorts.count.week': 'tuần',
	'cohorts.grouping.month': 'tháng',
	'cohorts.grouping.week': 'tuần ISO (thứ Hai đến Chủ nhật)',
	'cohorts.method.grouping':
		'Khách hàng được nhóm theo {grouping} của đơn hàng đầu tiên: đó là nhóm thuần tập (cohort) của họ.',
	'cohorts.method.retention':
		'Mỗi ô là tỷ lệ khách trong nhóm đã đặt hàng ở {unit} thứ k sau đó: số khách của nhóm có đơn trong {unit} đó ÷ số khách của nhóm. {Unit} 0 là {unit} của đơn đầu tiên nên luôn bằng {full}.',
	'cohorts.method.revenue':
		'Mỗi ô là doanh thu của nhóm trong {unit} thứ k sau đó (tổng các dòng đơn hàng, tính bằng {currency}); {unit} 0 là {unit} của đơn đầu tiên.',
	'cohorts.method.scope':
		'Chỉ hiển thị các {units} đã bắt đầu trước ngày tính; dòng trả hàng và đơn hàng từ ngày đó trở đi không được tính.',
	'cohorts.asOf': 'Tính đến',
	'cohorts.summaryLead': ' · ',
	'cohorts.summary': '{count} nhóm · {customers} khách hàng có đơn trước ngày đó',
	'cohorts.empty': 'Không có đơn hàng nào trước {date}: chưa có nhóm nào để hiển thị.',
	'cohorts.chartLabel.retention': 'Tỷ lệ giữ chân theo {unit} của đơn đầu tiên',
	'cohorts.chartLabel.revenue': 'Doanh thu của nhóm theo {unit} của đơn đầu tiên',
	'cohorts.caption.retention':
		'Tỷ lệ giữ chân theo {unit}: mỗi hàng là một nhóm, nhóm cũ nhất ở trên, số khách của nhóm ở bên phải; cột k là tỷ lệ khách trong nhóm đặt hàng ở {unit} thứ k sau {unit} của đơn đầu tiên. {Unit} 0 tô xám ({full} theo định nghĩa) để dải màu trải đều cho các {units} sau.',
	'cohorts.caption.revenue':
		'Doanh thu theo {unit}: mỗi hàng là một nhóm, nhóm cũ nhất ở trên, số khách của nhóm ở bên phải; cột k là số tiền nhóm đã chi trong {unit} thứ k sau {unit} của đơn đầu tiên, tính bằng {currency}.',
	'cohorts.caption.partial':
		'Viền nét đứt: {unit} đó vẫn chưa kết thúc vào {date}, nên con số còn có thể tăng.',
	'cohorts.caption.early':
		'Khách hàng đã mua trước khi dữ liệu bắt đầu được tính vào các nhóm đầu tiên, nên các nhóm này có thể trông trung thành hơn.',
	'cohorts.caption.labelSecond':
		'Để nhãn dễ đọc, chỉ ghi nhãn (kèm quy mô) cho nhóm cách một nhóm.',
	'cohorts.caption.labelStep':
		'Để nhãn dễ đọc, cứ {step} nhóm mới ghi nhãn (kèm quy mô) cho một nhóm.',
	'cohorts.caption.hover':
		'Di chuột lên một ô để xem số lượng và doanh thu; bảng bên dưới liệt kê mọi ô.',

	'cohorts.control.by': 'Nhóm theo',
	'cohorts.control.byMonth': 'tháng của đơn đầu tiên',
	'cohorts.control.byWeek': 'tuần ISO của đơn đầu tiên',
	'cohorts.control.show': 'Hiển thị',
	'cohorts.control.after': '{units} sau kỳ đầu tiên',
	'cohorts.control.colourBy': 'Tô màu theo',
	'cohorts.control.retention': 'tỷ lệ mua lại',
	'cohorts.control.revenue': 'doanh thu',

	'cohorts.curve.heading': 'Đường giữ chân trung bình',
	'cohorts.curve.label': 'Tỷ lệ giữ chân trung bình theo {unit} sau đơn đầu tiên',
	'cohorts.curve.caption':
		'Với mỗi {unit} k sau đơn đầu tiên: số khách của mọi nhóm đã đặt hàng trong {unit} k ÷ số khách của các nhóm đó, tức là trung bình tỷ lệ của các nhóm, có trọng số theo quy mô nhóm. {Units} chưa kết thúc vào {date} bị loại ra; {unit} 0 ({full} theo định nghĩa) không được vẽ.',
	'cohorts.curve.none':
		'Đến {date} chưa có {unit} nào sau kỳ đầu tiên kết thúc, nên chưa có đường nào để vẽ.',
	'cohorts.curve.pointAfter': '{offset} {period} sau đơn đầu tiên: {share}',
	'cohorts.curve.pointOrdered': '{active} trên {customers} khách đã đặt hàng',
	'cohorts.curve.pointCohorts': '({count} nhóm được quan sát đủ lâu)',
	'cohorts.axis.after': '{Units} sau đơn đầu tiên →',
	'cohorts.axis.ordered': '↑ Đặt hàng trong kỳ (% của nhóm)',
	'cohorts.axis.cohort.month': 'Nhóm (tháng của đơn đầu tiên)',
	'cohorts.axis.cohort.week': 'Nhóm (tuần ISO của đơn đầu tiên)',
	'cohorts.axis.customers': 'Khách hàng',
	'cohorts.legend.retention': 'Đặt hàng trong {unit} (% của nhóm; {unit} 0 xám = {full})',
	'cohorts.legend.revenue': 'Doanh thu trong {unit} ({currency})',
	'cohorts.weekOf': 'tuần từ {day}',
	'cohorts.cell.cohort': 'Nhóm {cohort}: {size} khách, đơn đầu tiên trong {unit} đó',
	'cohorts.cell.first': '{Unit} 0: {unit} của đơn đầu tiên ({when})',
	'cohorts.cell.after': '{offset} {period} sau đó ({when})',
	'cohorts.cell.ordered': 'Đặt hàng trong kỳ: {active} trên {size} ({share})',
	'cohorts.cell.revenue': 'Doanh thu: {revenue}',
	'cohorts.cell.partial': 'Chưa kết thúc vào ngày tính: có thể còn tăng',

	'cohorts.table.summary': 'Tam giác dưới dạng bảng',
	'cohorts.table.caption.retention':
		'Tỷ lệ khách của mỗi nhóm đặt hàng trong từng {unit} sau kỳ đầu tiên; * = {unit} chưa kết thúc vào ngày tính.',
	'cohorts.table.caption.revenue':
		'Doanh thu của mỗi nhóm trong từng {unit} sau kỳ đầu tiên ({currency}); * = {unit} chưa kết thúc vào ngày tính.',
	'cohorts.table.cohort': 'Nhóm',
	'cohorts.table.customers': 'Khách hàng',
	'cohorts.table.activeOf': '{active} trên {size}'
};
