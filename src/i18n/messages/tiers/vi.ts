import type { Message } from '../../translate';
import type { tiersEn } from './en';

/** Vietnamese texts of the value tiers panel and its Pareto chart. */
export const tiersVi: Record<keyof typeof tiersEn, Message> = {
	'tiers.name.high': 'Giá trị cao',
	'tiers.name.mid': 'Giá trị trung bình',
	'tiers.name.low': 'Giá trị thấp',
	'tiers.title.high': 'Khách hàng giá trị cao',
	'tiers.title.mid': 'Khách hàng giá trị trung bình',
	'tiers.title.low': 'Khách hàng giá trị thấp',

	'tiers.rule.intro':
		'Khách hàng được xếp theo tổng chi tiêu, lớn nhất trước, và được cắt tại nơi tổng doanh thu cộng dồn vượt {high}% và {both}%. Khách có chi tiêu bằng nhau luôn cùng một nhóm.',
	'tiers.rule.high':
		'Giá trị cao: những khách tạo ra {high}% doanh thu đầu tiên. Một khách thuộc nhóm cao khi tất cả những người chi nhiều hơn tạo ra dưới {high}%, nên người có chi tiêu vượt qua mốc {high}% cũng thuộc nhóm cao.',
	'tiers.rule.mid': 'Giá trị trung bình: {mid}% tiếp theo (đến {both}%), cắt theo cùng cách.',
	'tiers.rule.low': 'Giá trị thấp: phần còn lại, tạo ra {rest}% cuối cùng.',
	'tiers.rule.asOf': 'Chi tiêu tính các đơn trước',
	'tiers.rule.asOfEnd': '(ngày phân tích), không tính trả hàng.',
	'tiers.vip.top':
		'{count} khách chi tiêu nhiều nhất (tính cả mọi khách đồng hạng ở vị trí {count})',
	'tiers.vip.min': 'khách đã chi ít nhất {money}',
	'tiers.empty': 'Không khách hàng nào mua gì trước {date}.',

	'tiers.settings.legend': 'Cài đặt nhóm giá trị và VIP',
	'tiers.settings.highTitle':
		'Tỷ lệ doanh thu do nhóm cao tạo ra, tính từ người chi nhiều nhất trở xuống',
	'tiers.settings.high': 'Giá trị cao: đầu tiên',
	'tiers.settings.highAfter': '% doanh thu',
	'tiers.settings.midTitle': 'Tỷ lệ doanh thu do nhóm trung bình tạo ra, sau nhóm cao',
	'tiers.settings.mid': 'Giá trị trung bình: tiếp theo',
	'tiers.settings.percent': '%',
	'tiers.settings.vips': 'VIP:',
	'tiers.settings.vipTop': 'N khách chi tiêu nhiều nhất',
	'tiers.settings.vipMin': 'khách chi tiêu ít nhất ({currency})',
	'tiers.settings.vipCount': 'Số khách VIP',
	'tiers.settings.vipSpend': 'Chi tiêu VIP nhỏ nhất tính bằng {currency}',
	'tiers.problem.high': 'Nhóm cao phải tạo ra từ 0 đến 100% doanh thu.',
	'tiers.problem.mid': 'Nhóm trung bình không thể tạo ra ít hơn 0%.',
	'tiers.problem.sum': 'Nhóm cao và trung bình cộng lại không thể vượt quá 100% doanh thu.',
	'tiers.problem.vip': 'Quy tắc VIP cần một số ≥ 0.',
	'tiers.problem.whole': 'Số khách VIP phải là số nguyên.',

	'tiers.table.scope': 'người mua có đơn trước {date}, không tính trả hàng',
	'tiers.table.tier': 'Nhóm',
	'tiers.table.customers': 'Khách hàng',
	'tiers.table.customersTitle': 'Người mua trong nhóm ({scope})',
	'tiers.table.customerShare': 'Tỷ lệ khách hàng',
	'tiers.table.customerShareTitle': 'Khách trong nhóm ÷ mọi người mua',
	'tiers.table.revenue': 'Doanh thu',
	'tiers.table.revenueTitle': 'Tổng chi tiêu của khách trong nhóm ({scope})',
	'tiers.table.revenueShare': 'Tỷ lệ doanh thu',
	'tiers.table.revenueShareTitle': 'Doanh thu của nhóm ÷ doanh thu của mọi người mua',
	'tiers.table.spend': 'Chi tiêu mỗi khách',
	'tiers.table.spendTitle': 'Tổng chi tiêu nhỏ nhất và lớn nhất của một khách trong nhóm',
	'tiers.table.listTitle': 'Liệt kê {count} khách hàng của nhóm này',
	'tiers.table.all': 'Mọi người mua',

	'tiers.vip.label': 'VIP:',
	'tiers.vip.customers': 'khách hàng',
	'tiers.vip.shareTitle': 'Tổng chi tiêu của VIP ÷ doanh thu của mọi người mua',
	'tiers.vip.make': 'Họ tạo ra {money} ({share} doanh thu); VIP chi ít nhất đã chi {smallest}.',
	'tiers.vip.list': 'Liệt kê VIP',
	'tiers.vip.listTitle': 'Liệt kê VIP, chi tiêu lớn nhất trước',

	'tiers.members.title': '{tier} ({count})',
	'tiers.members.vipTitle': 'VIP ({count}): {rule}',
	'tiers.members.loading': 'Đang tải…',
	'tiers.members.error': 'Không tải được danh sách',
	'tiers.members.close': 'Đóng ✕',
	'tiers.members.closeLabel': 'Đóng danh sách',
	'tiers.members.caption':
		'Chi tiêu lớn nhất trước. `monetary`: tổng chi tiêu tính bằng {currency} của các đơn trước {date}, không tính trả hàng; `monetary_rank`: 1 cho người chi nhiều nhất, chi tiêu bằng nhau cùng hạng; `pct_revenue_ahead`: % doanh thu do những khách chi nhiều hơn tạo ra; `is_vip`: theo quy tắc VIP ở trên.',

	'tiers.pareto.title': 'Đường cong Pareto: doanh thu tập trung đến mức nào?',
	'tiers.pareto.label': 'Đường cong Pareto của doanh thu theo khách hàng',
	'tiers.pareto.headline': '{top}% khách hàng hàng đầu tạo ra {share} doanh thu',
	'tiers.pareto.caption':
		'Khách hàng được sắp theo tổng chi tiêu (các đơn trước {date}, không tính trả hàng), lớn nhất trước; đường cong cho thấy x% khách hàng đầu tạo ra bao nhiêu phần của toàn bộ doanh thu. Đường chéo nét đứt là trường hợp mọi khách chi tiêu như nhau; đường cong càng cong lên trên nó, doanh thu càng phụ thuộc vào ít khách. Điểm màu cam là {top}% hàng đầu — {topCustomers} người chi nhiều nhất trong {buyers} ({top}%, làm tròn lên). Vòng tròn rỗng đánh dấu nơi nhóm cao và nhóm trung bình kết thúc.',
	'tiers.pareto.x': 'Tỷ lệ khách hàng, người chi nhiều nhất trước (%)',
	'tiers.pareto.y': 'Tỷ lệ doanh thu cộng dồn (%)',
	'tiers.pareto.equality': 'bình đẳng: mọi khách chi tiêu như nhau',
	'tiers.pareto.point': '{count} khách hàng đầu ({customers}) tạo ra {revenue} doanh thu',
	'tiers.pareto.topPoint': '{headline} ({count} người chi nhiều nhất)',
	'tiers.pareto.ends': 'Hết nhóm {tier}',
	'tiers.pareto.endsTitle':
		'Nhóm {tier} trở lên: {count} khách hàng ({customers}) tạo ra {revenue} doanh thu',
	'tiers.pareto.topLabel': '{top}% → {share}'
};
