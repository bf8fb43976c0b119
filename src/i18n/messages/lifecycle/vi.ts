import type { Message } from '../../translate';
import type { lifecycleEn } from './en';

/** Vietnamese texts of the lifecycle panels. */
export const lifecycleVi: Record<keyof typeof lifecycleEn, Message> = {
	'lifecycle.stage.prospect': 'tiềm năng',
	'lifecycle.stage.new': 'mới',
	'lifecycle.stage.active': 'đang mua',
	'lifecycle.stage.repeat': 'mua lại',
	'lifecycle.stage.loyal': 'trung thành',
	'lifecycle.stage.lapsing': 'sắp rời bỏ',
	'lifecycle.stage.churned': 'đã rời bỏ',
	'lifecycle.stage.unknown': 'chưa biết',

	'lifecycle.how.intro':
		'Mỗi khách hàng đã biết vào ngày mốc{date} (có trong tệp khách hàng hoặc có đơn trước ngày đó, không tính hàng trả lại) được xếp vào một giai đoạn. Các phép kiểm tra được áp dụng theo thứ tự này và phép đầu tiên khớp sẽ quyết định:',
	'lifecycle.how.arrow': ' → ',
	'lifecycle.how.introDate': ' ({date})',
	'lifecycle.how.outro':
		'Vì vậy khách đã rời bỏ không bao giờ là khách mới, và khách trung thành hay mua lại mà lâu chưa quay lại sẽ hiện là sắp rời bỏ.',
	'lifecycle.how.prospect': 'Có trong tệp khách hàng, chưa có đơn nào trước ngày mốc.',
	'lifecycle.how.new': 'Đơn đầu tiên không quá {newDays} ngày trước ngày mốc.',
	'lifecycle.how.active': 'Một đơn, cách đây hơn {newDays} và tối đa {churnDays} ngày.',
	'lifecycle.how.repeat': 'Từ hai đơn trở lên, không trung thành, không sắp rời bỏ.',
	'lifecycle.how.loyal':
		'Có đơn trong ít nhất {loyalMonths} tháng dương lịch khác nhau của {loyalWindowDays} ngày gần nhất, và không sắp rời bỏ.',
	'lifecycle.how.lapsing':
		'Đã đặt hàng vào hai ngày trở lên; số ngày kể từ đơn cuối lớn hơn {lapseFactor} × khoảng cách trung vị giữa các ngày đặt hàng của họ.',
	'lifecycle.how.churned': 'Không có đơn nào trong {churnDays} ngày gần nhất.',

	'lifecycle.settings.thresholds': 'Ngưỡng giai đoạn',
	'lifecycle.settings.default': 'Mặc định {value}',
	'lifecycle.settings.loyalDefault': 'Mặc định {months} tháng trong {days} ngày',
	'lifecycle.settings.newBefore': 'Mới: đơn đầu tiên trong vòng',
	'lifecycle.settings.days': 'ngày',
	'lifecycle.settings.churnBefore': 'Đã rời bỏ: không có đơn hơn',
	'lifecycle.settings.loyalBefore': 'Trung thành: có đơn trong ít nhất',
	'lifecycle.settings.loyalMiddle': 'tháng của',
	'lifecycle.settings.lapseBefore': 'Sắp rời bỏ: hơn',
	'lifecycle.settings.lapseAfter': '× khoảng cách trung vị giữa các đơn',
	'lifecycle.settings.flow': 'Dịch chuyển',
	'lifecycle.settings.flowDefault': 'Mặc định: {days} ngày trước ngày mốc',
	'lifecycle.settings.from': 'Từ',
	'lifecycle.settings.toAsOf': 'đến ngày mốc {date}',
	'lifecycle.settings.useDefault': 'Dùng {days} ngày trước ngày mốc',
	'lifecycle.settings.apply': 'Áp dụng',
	'lifecycle.settings.defaults': 'Mặc định',
	'lifecycle.settings.defaultsTitle':
		'Mới {newDays} ngày, rời bỏ {churnDays} ngày, trung thành {loyalMonths} tháng trong {loyalWindowDays} ngày, sắp rời bỏ × {lapseFactor}, dịch chuyển từ {flowDays} ngày trước',
	'lifecycle.problem.new': '"Mới trong vòng" phải là số ngày nguyên, từ 0 trở lên.',
	'lifecycle.problem.churn': '"Rời bỏ sau" phải là số ngày nguyên, từ 1 trở lên.',
	'lifecycle.problem.loyal': '"Trung thành" cần số tháng nguyên, từ 1 trở lên.',
	'lifecycle.problem.window': 'Khoảng thời gian trung thành phải là số ngày nguyên.',
	'lifecycle.problem.lapse': 'Hệ số rời bỏ phải là số lớn hơn 0.',
	'lifecycle.problem.pickDate': 'Hãy chọn ngày bắt đầu của dịch chuyển.',
	'lifecycle.problem.before': 'Ngày bắt đầu phải trước ngày mốc {date}.',

	'lifecycle.empty': 'Không có khách hàng nào được biết vào ngày {date}.',
	'lifecycle.table.caption':
		'Khách hàng theo giai đoạn vòng đời vào ngày {date}. Doanh thu: chi tiêu của mỗi khách (bằng {currency}) cho các đơn trước ngày đó, không tính hàng trả lại. Bấm vào một giai đoạn để liệt kê khách hàng của nó.',
	'lifecycle.table.stage': 'Giai đoạn',
	'lifecycle.table.customers': 'Khách hàng',
	'lifecycle.table.customersTitle':
		'Khách hàng trong giai đoạn (khách hàng đã biết vào ngày {date})',
	'lifecycle.table.customerShare': 'Tỷ lệ khách hàng',
	'lifecycle.table.customerShareTitle':
		'Khách hàng trong giai đoạn ÷ mọi khách hàng đã biết vào ngày {date}; thanh so với giai đoạn lớn nhất',
	'lifecycle.table.revenue': 'Doanh thu',
	'lifecycle.table.revenueTitle': 'Tổng chi tiêu của khách trong giai đoạn trước ngày {date}',
	'lifecycle.table.revenueShare': 'Tỷ lệ doanh thu',
	'lifecycle.table.revenueShareTitle':
		'Doanh thu của giai đoạn ÷ toàn bộ doanh thu trước ngày {date}',
	'lifecycle.table.avgOrders': 'Số đơn TB',
	'lifecycle.table.avgOrdersTitle': 'Số đơn khác nhau trung bình của mỗi khách trong giai đoạn',
	'lifecycle.table.pick': { other: 'Liệt kê {count} khách hàng “{stage}”' },
	'lifecycle.table.total': 'Mọi khách đã biết',

	'lifecycle.members.title': 'Giai đoạn “{stage}” vào ngày {date}',
	'lifecycle.members.empty': 'Không có khách hàng nào trong giai đoạn này.',
	'lifecycle.members.caption':
		'Theo mã khách hàng. `orders`: số đơn khác nhau trước ngày {date}; `revenue`: chi tiêu của họ bằng {currency}, không tính hàng trả lại; `median_gap_days`: số ngày trung vị giữa các ngày đặt hàng liên tiếp (để trống khi ít hơn hai); `active_months`: số tháng dương lịch có đơn trong khoảng trung thành.',
	'lifecycle.moveMembers.title': '{from} ngày {before} → {to} ngày {date}',
	'lifecycle.moveMembers.empty': 'Không có khách hàng nào dịch chuyển như vậy.',
	'lifecycle.moveMembers.caption':
		'Theo mã khách hàng, với các ngưỡng ở trên tại cả hai ngày. `orders`, `revenue` (bằng {currency}, không tính hàng trả lại) và `last_order_date`: các đơn trước ngày {date}.',
	'lifecycle.flowError': 'Không tính được dịch chuyển: {error}',

	'lifecycle.flow.heading': 'Dịch chuyển giữa các giai đoạn: {before} → {date}',
	'lifecycle.flow.caption':
		'Mỗi khách hàng đã biết vào ngày {date} cùng giai đoạn của họ ở cả hai ngày, theo cùng các ngưỡng (vào ngày {before} chỉ tính các đơn trước ngày đó). “{unknown}” nghĩa là không có trong tệp khách hàng và chưa có đơn trước ngày {before}. Hàng: giai đoạn ngày {before}; cột: giai đoạn ngày {date}; mỗi ô cho số khách hàng và tỷ lệ của họ trong hàng; bấm vào một số để liệt kê các khách hàng đó.',
	'lifecycle.flow.stayed': '{stayed} trên {total} ({share}) ở cùng một giai đoạn tại cả hai ngày.',
	'lifecycle.flow.corner': '{before} ↓ / {date} →',
	'lifecycle.flow.total': 'Tổng',
	'lifecycle.flow.totalOn': 'Tổng ngày {date}',
	'lifecycle.flow.cellTitle':
		'{count} trên {total} khách hàng “{from}” ngày {before} là “{to}” ngày {date}',
	'lifecycle.flow.chartHead': 'Mỗi giai đoạn ngày {before} đã đi đâu, theo giai đoạn ngày {date}:',
	'lifecycle.flow.customers': 'khách hàng',
	'lifecycle.flow.share': '% của giai đoạn',
	'lifecycle.flow.chartLabel': 'Dịch chuyển vòng đời từ {before} đến {date}',
	'lifecycle.flow.chartCaption':
		'Mỗi giai đoạn ngày {before} một thanh, chia theo giai đoạn mà chính các khách đó ở vào ngày {date}; rê chuột lên một đoạn để xem số lượng.',

	'lifecycle.chart.from': '{stage} ngày {before}',
	'lifecycle.chart.fromUnknown': 'Chưa biết vào ngày {before}',
	'lifecycle.chart.bar': {
		other: '{from} → {to} ngày {date}: {count} khách hàng ({share} trong số đó)'
	},
	'lifecycle.chart.xShare': 'Tỷ lệ của giai đoạn ngày {before} (%)',
	'lifecycle.chart.xCustomers':
		'Khách hàng (giai đoạn ngày {before}, chia theo giai đoạn ngày {date})',
	'lifecycle.chart.y': 'Giai đoạn ngày {before}',
	'lifecycle.chart.colour': 'Giai đoạn ngày {date}'
};
