import type { Message } from '../../translate';
import type { rfmPanelEn } from './en';

/** Vietnamese texts of the RFM panel (scoring, grid, segment table). */
export const rfmPanelVi: Record<keyof typeof rfmPanelEn, Message> = {
	'rfmPanel.asOf': 'Tính đến',
	'rfmPanel.buyersNote': 'người mua (khách hàng có ít nhất một đơn trước ngày đó)',
	'rfmPanel.scoredBy.thresholds': 'chấm điểm theo ngưỡng của bạn',
	'rfmPanel.scoredBy.quintiles': 'chấm điểm theo ngũ phân vị',
	'rfmPanel.scoring': 'Đang chấm điểm người mua…',
	'rfmPanel.measures':
		'Recency (độ gần) = số ngày tròn từ đơn cuối của khách đến ngày phân tích ({date}); frequency (tần suất) = số đơn khác nhau; monetary (giá trị) = tổng chi tiêu. Chỉ tính các đơn trước ngày phân tích, không tính dòng trả hàng.',
	'rfmPanel.rule.thresholds':
		'Điểm từ 1 (kém nhất) đến 5 (tốt nhất) theo ngưỡng của bạn. Độ gần: 5 nếu đơn cuối cách đây tối đa {r1} ngày, 4 nếu đến {r2}, 3 nếu đến {r3}, 2 nếu đến {r4}, còn lại 1. Tần suất: {frequency}, còn lại 1. Giá trị: {monetary}, còn lại 1.',
	'rfmPanel.rule.cut': '{score} từ {value}',
	'rfmPanel.rule.orders': '{count} đơn',
	'rfmPanel.rule.list': ', ',
	'rfmPanel.rule.quintiles':
		'Điểm từ 1 (kém nhất) đến 5 (tốt nhất) theo ngũ phân vị: mỗi người mua được xếp hạng so với mọi người mua, và điểm là 1 + ⌊5 × tỷ lệ người mua có giá trị kém hơn hẳn⌋ (nhiều ngày hơn kể từ đơn cuối; ít đơn hơn; chi tiêu ít hơn). Khách có giá trị bằng nhau luôn cùng điểm: cả nhóm bằng nhau nhận điểm của vị trí nhóm bắt đầu, nên nhóm không bao giờ bị chia theo thứ tự dòng. Khi nhiều khách bằng nhau, có thể có điểm bị bỏ qua: nếu một nửa số người mua chỉ đặt đúng một đơn, tất cả đều được F = 1 và không ai được F = 2.',
	'rfmPanel.skipped': 'Ở đây không người mua nào có {list} (trên {count} người mua): {why}.',
	'rfmPanel.skipped.quintiles':
		'nhiều người mua có cùng giá trị (ví dụ đúng một đơn) và nhóm bằng nhau không bao giờ bị chia, nên cả nhóm giữ điểm thấp hơn',
	'rfmPanel.skipped.thresholds': 'không người mua nào nằm giữa các điểm cắt đó',

	'rfmPanel.members.measures':
		'recency_days = số ngày kể từ đơn cuối, frequency = số đơn khác nhau, monetary = tổng chi tiêu ({currency}), avg_order_value = monetary ÷ frequency, fm_score = ⌊(F + M) ÷ 2⌋.',
	'rfmPanel.members.cellCaption':
		'Người mua có điểm độ gần {r} và điểm tần suất {f} vào {date}, tổng chi tiêu lớn nhất trước. {measures}',
	'rfmPanel.members.segmentCaption':
		'{description} Người mua trong phân khúc này vào {date}, tổng chi tiêu lớn nhất trước. {measures}',
	'rfmPanel.members.empty': 'Không có khách hàng nào ở đây.',

	'rfmPanel.controls.legend': 'Điểm',
	'rfmPanel.controls.quintiles': 'Ngũ phân vị (mặc định)',
	'rfmPanel.controls.thresholds': 'Ngưỡng của tôi',
	'rfmPanel.controls.suggesting': 'Đang đọc người mua để gợi ý điểm cắt gần ngũ phân vị…',
	'rfmPanel.controls.suggestFailed': 'Không gợi ý được điểm cắt: {error}',
	'rfmPanel.controls.caption': 'Bốn điểm cắt cho mỗi chiều, điểm sau lớn hơn điểm trước.',
	'rfmPanel.controls.suggested':
		'Được gợi ý từ ngũ phân vị của dữ liệu này; hãy chỉnh rồi áp dụng.',
	'rfmPanel.controls.recency': 'Độ gần',
	'rfmPanel.controls.frequency': 'Tần suất',
	'rfmPanel.controls.monetary': 'Giá trị',
	'rfmPanel.controls.recencyUnit': 'số ngày kể từ đơn cuối',
	'rfmPanel.controls.frequencyUnit': 'số đơn khác nhau',
	'rfmPanel.controls.monetaryUnit': 'tổng chi tiêu, {currency}',
	'rfmPanel.controls.atMost': '{score} nếu ≤',
	'rfmPanel.controls.atLeast': '{score} nếu ≥',
	'rfmPanel.controls.cutAria': 'Điểm {dimension} {rule} …',
	'rfmPanel.controls.else': 'còn lại 1',
	'rfmPanel.controls.apply': 'Áp dụng ngưỡng',
	'rfmPanel.controls.undo': 'Hoàn tác thay đổi',
	'rfmPanel.cuts.four': 'Hãy nhập bốn số.',
	'rfmPanel.cuts.increasing': 'Mỗi điểm cắt phải lớn hơn điểm trước.',
	'rfmPanel.cuts.negative': 'Điểm cắt không được âm.',

	'rfmPanel.grid.title': 'Lưới độ gần × tần suất',
	'rfmPanel.grid.label': 'Bản đồ nhiệt khách hàng theo điểm độ gần và điểm tần suất',
	'rfmPanel.grid.caption':
		'Mỗi ô đếm số người mua có điểm độ gần đó (hàng) và điểm tần suất đó (cột) vào {date}; dòng thứ hai là giá trị trung bình của họ (tổng chi tiêu mỗi khách, {currency}). Màu = số khách hàng. 25 ô cộng lại bằng toàn bộ',
	'rfmPanel.grid.captionEnd': 'người mua. Bấm vào một ô để liệt kê khách hàng của ô đó.',
	'rfmPanel.grid.x': 'Điểm tần suất F (số đơn khác nhau, 1 = ít nhất, 5 = nhiều nhất) →',
	'rfmPanel.grid.y': '↑ Điểm độ gần R (5 = đơn gần đây nhất)',
	'rfmPanel.grid.legend': 'Khách hàng trong ô',
	'rfmPanel.grid.avg': 'TB {money}',
	'rfmPanel.grid.aria':
		'R {r} × F {f}: {customers} khách hàng, giá trị trung bình {money}. Liệt kê họ.',
	'rfmPanel.grid.tipScores': 'Điểm độ gần {r} × điểm tần suất {f}',
	'rfmPanel.grid.tipCustomers': '{customers} khách hàng ({share} người mua)',
	'rfmPanel.grid.tipMoney': 'Giá trị trung bình (tổng chi tiêu mỗi khách): {money}',
	'rfmPanel.grid.tipClick': 'Bấm để liệt kê các khách hàng này',

	'rfmPanel.segments.title': 'Phân khúc có tên',
	'rfmPanel.segments.caption':
		'Mỗi người mua thuộc đúng một phân khúc, đọc từ bản đồ R × F phổ biến với FM thay cho F: FM = ⌊(F + M) ÷ 2⌋ (trung bình điểm tần suất và điểm giá trị, làm tròn xuống); R 1 × FM 1 được tách riêng thành Đã mất. Bấm vào một phân khúc để liệt kê khách hàng.',
	'rfmPanel.segments.before': 'các đơn trước {date}',
	'rfmPanel.segments.segment': 'Phân khúc',
	'rfmPanel.segments.customers': 'Khách hàng',
	'rfmPanel.segments.customersTitle': 'Người mua trong phân khúc, {before}',
	'rfmPanel.segments.customerShare': 'Tỷ lệ khách hàng',
	'rfmPanel.segments.customerShareTitle':
		'Khách trong phân khúc ÷ toàn bộ {buyers} người mua, {before}. Thanh được vẽ so với phân khúc lớn nhất.',
	'rfmPanel.segments.revenueShare': 'Tỷ lệ doanh thu',
	'rfmPanel.segments.revenueShareTitle':
		'Tổng chi tiêu của phân khúc ÷ tổng chi tiêu của mọi người mua, {before} (không tính trả hàng)',
	'rfmPanel.segments.recency': 'Độ gần TB',
	'rfmPanel.segments.recencyTitle': 'Trung bình số ngày tròn từ đơn cuối của mỗi khách đến {date}',
	'rfmPanel.segments.frequency': 'Tần suất TB',
	'rfmPanel.segments.frequencyTitle': 'Số đơn khác nhau trung bình, {before}',
	'rfmPanel.segments.monetary': 'Giá trị TB',
	'rfmPanel.segments.monetaryTitle':
		'Tổng chi tiêu trung bình mỗi khách, {before}, tính bằng {currency}',
	'rfmPanel.segments.action': 'Hành động đề xuất',
	'rfmPanel.segments.listTitle': 'Liệt kê {count} khách hàng của {segment}',
	'rfmPanel.segments.days': '{days} ngày',
	'rfmPanel.segments.all': 'Mọi người mua'
};
