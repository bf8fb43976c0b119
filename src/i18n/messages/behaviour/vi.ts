import type { Message } from '../../translate';
import type { behaviourEn } from './en';

/** Vietnamese texts of the behaviour panels. */
export const behaviourVi: Record<keyof typeof behaviourEn, Message> = {
	'behaviour.feature.complainer': 'Người khiếu nại',
	'behaviour.feature.returner': 'Người hay trả hàng',
	'behaviour.feature.discount_seeker': 'Người săn giảm giá',
	'behaviour.feature.impulse_buyer': 'Người mua bốc đồng',
	'behaviour.feature.full_price_buyer': 'Người mua giá gốc',
	'behaviour.feature.other': 'Người mua khác',
	'behaviour.feature.journey_stage': 'Giai đoạn hành trình',
	'behaviour.feature.site_visitor': 'Người truy cập trang',
	'behaviour.feature.email_responder': 'Người phản hồi e-mail',
	'behaviour.feature.social_engager': 'Người tương tác mạng xã hội',
	'behaviour.feature.preferred_channel': 'Kênh ưa thích',
	'behaviour.feature.visited': 'Đã truy cập',
	'behaviour.feature.evaluating': 'Đang cân nhắc',
	'behaviour.feature.deciding': 'Đang quyết định',
	'behaviour.feature.purchased': 'Đã mua',
	'behaviour.feature.post_purchase': 'Sau mua',
	'behaviour.dim.behaviour_group': 'Nhóm hành vi',
	'behaviour.dim.journey_stage': 'Giai đoạn hành trình',
	'behaviour.dim.flag': 'Hành vi trực tuyến và cờ',
	'behaviour.dim.preferred_channel': 'Kênh ưa thích',
	'behaviour.base.behaviour_group':
		'Mỗi người mua thuộc nhóm đầu tiên phù hợp, theo thứ tự liệt kê; tỷ lệ tính trên người mua.',
	'behaviour.base.journey_stage':
		'Bước xa nhất trong khoảng sự kiện kể từ lần mua cuối; tỷ lệ tính trên khách hàng có giai đoạn.',
	'behaviour.base.flag':
		'Một khách hàng có thể mang nhiều cờ; tỷ lệ tính trên mọi người đã biết (khách hàng và khách tiềm năng).',
	'behaviour.base.preferred_channel':
		'Kênh của phần lớn đơn hàng (hòa: đơn gần nhất); tỷ lệ tính trên người mua có kênh.',
	'behaviour.basis.revenue': 'chi tiêu của họ',
	'behaviour.basis.lines': 'dòng đơn của họ',
	'behaviour.rule.complainer':
		'Có phiếu khiếu nại (loại chứa “{kind}”) hoặc điểm hài lòng trung bình ≤ {max}.',
	'behaviour.rule.returner': 'Ít nhất {share} dòng đơn của họ bị trả lại.',
	'behaviour.rule.discount_seeker': 'Ít nhất {share} {basis} được giảm giá.',
	'behaviour.rule.impulse_buyer':
		'Ít nhất {share} đơn được theo dõi của họ là món lẻ mua trong vòng {minutes} phút kể từ sự kiện đầu tiên của lượt truy cập.',
	'behaviour.rule.full_price_buyer': 'Chưa từng mua dòng hàng giảm giá.',
	'behaviour.rule.other': 'Người mua không thuộc nhóm nào ở trên.',
	'behaviour.rule.visited': 'Đã truy cập trang trong {days} ngày gần nhất kể từ lần mua cuối.',
	'behaviour.rule.evaluating': 'Đã xem sản phẩm hoặc thêm vào giỏ kể từ lần mua cuối.',
	'behaviour.rule.deciding': 'Đã bắt đầu thanh toán kể từ lần mua cuối.',
	'behaviour.rule.purchased': 'Lần mua cuối tối đa 7 ngày trước, không có hoạt động nào sau đó.',
	'behaviour.rule.post_purchase':
		'Lần mua cuối trong {days} ngày gần nhất, không có hoạt động nào sau đó.',
	'behaviour.rule.is_site_visitor': 'Có lượt xem trang hoặc sản phẩm trong {days} ngày gần nhất.',
	'behaviour.rule.is_email_responder':
		'Có lượt nhấp hoặc trả lời e-mail trong {days} ngày gần nhất.',
	'behaviour.rule.is_social_engager':
		'Có lượt thích, chia sẻ, bình luận hoặc theo dõi trên mạng xã hội trong {days} ngày gần nhất.',
	'behaviour.reason.tickets': 'cần phiếu hỗ trợ có loại hoặc điểm hài lòng',
	'behaviour.reason.returns': 'cần các dòng đơn được đánh dấu là trả hàng',
	'behaviour.reason.discount': 'cần cột giảm giá trong giao dịch',
	'behaviour.reason.impulseBoth':
		'cần sự kiện truy cập trang và đơn hàng có giờ trong ngày, không chỉ ngày',
	'behaviour.reason.impulseVisits': 'cần sự kiện truy cập trang',
	'behaviour.reason.impulseTimes': 'cần đơn hàng có giờ trong ngày, không chỉ ngày',
	'behaviour.reason.journey': 'cần sự kiện truy cập, xem sản phẩm, giỏ hàng hoặc thanh toán',
	'behaviour.reason.views': 'cần sự kiện xem trang hoặc sản phẩm',
	'behaviour.reason.email': 'cần sự kiện nhấp e-mail',
	'behaviour.reason.social': 'cần sự kiện hoạt động mạng xã hội (thích, chia sẻ, bình luận)',
	'behaviour.reason.channel': 'cần cột kênh trong giao dịch',
	'behaviour.asOf':
		'Tính đến {date} · {buyers} người mua (có đơn trước ngày đó) · nhóm và cờ là các cột `behaviour_group` và `is_…` của `customers`, theo các ngưỡng bên dưới.',
	'behaviour.missing': 'Không tính được, vì dữ liệu không có những gì cần thiết:',
	'behaviour.members.caption':
		'{rule} Khách hàng vào ngày {date}, chi tiêu lớn nhất trước. revenue: chi tiêu bằng {currency} trước ngày đó, không tính hàng trả lại; mọi cờ và chỉ số mà dữ liệu cho phép đều được liệt kê.',
	'behaviour.members.empty': 'Không có khách hàng nào ở đây.',
	'behaviour.running': 'Đang nhóm khách hàng theo hành vi…',
	'behaviour.table.caption':
		'Doanh thu: chi tiêu bằng {currency} trước ngày {date}, không tính hàng trả lại. Bấm vào một hàng để liệt kê khách hàng của nó.',
	'behaviour.table.value': 'Giá trị',
	'behaviour.table.customers': 'Khách hàng',
	'behaviour.table.share': 'Tỷ lệ',
	'behaviour.table.revenue': 'Doanh thu',
	'behaviour.table.bar': 'Khách hàng dạng thanh',
	'behaviour.settings.legend': 'Ngưỡng',
	'behaviour.settings.defaults':
		'mặc định: giảm giá ≥ {seeker} % {basis}, trả hàng ≥ {returner} %, loại “{kind}”, hài lòng ≤ {satisfaction}, bốc đồng {minutes} phút ở ≥ {impulse} %, khoảng {days} ngày',
	'behaviour.settings.seekerTitle': 'Người săn giảm giá có ít nhất tỷ lệ này được giảm giá',
	'behaviour.settings.seeker': 'Người săn giảm giá: ≥',
	'behaviour.settings.percentOf': '% của',
	'behaviour.settings.lines': 'dòng đơn',
	'behaviour.settings.revenue': 'doanh thu',
	'behaviour.settings.discounted': 'được giảm giá',
	'behaviour.settings.returnerTitle': 'Người hay trả hàng có ít nhất tỷ lệ này dòng đơn bị trả lại',
	'behaviour.settings.returner': 'Người hay trả hàng: ≥',
	'behaviour.settings.returned': '% dòng bị trả lại',
	'behaviour.settings.kindTitle':
		'Phiếu có loại chứa đoạn này (không phân biệt hoa thường) là khiếu nại',
	'behaviour.settings.kind': 'Phiếu khiếu nại: loại chứa',
	'behaviour.settings.satisfactionTitle':
		'Điểm hài lòng trung bình bằng hoặc dưới mức này là người khiếu nại',
	'behaviour.settings.satisfaction': 'hoặc hài lòng trung bình ≤',
	'behaviour.settings.impulseTitle':
		'Đơn bốc đồng có một món và đến trong vòng bấy nhiêu phút kể từ sự kiện đầu tiên của lượt truy cập',
	'behaviour.settings.impulse': 'Bốc đồng: một món trong vòng',
	'behaviour.settings.minIn': 'phút, ở ≥',
	'behaviour.settings.tracked': '% đơn được theo dõi',
	'behaviour.settings.windowTitle':
		'Hành vi trực tuyến và giai đoạn hành trình đọc sự kiện của bấy nhiêu ngày trước ngày mốc',
	'behaviour.settings.window': 'Khoảng sự kiện:',
	'behaviour.settings.days': 'ngày',
	'behaviour.settings.apply': 'Áp dụng',
	'behaviour.settings.reset': 'Về mặc định',
	'behaviour.problem.seeker': 'Tỷ lệ giảm giá phải lớn hơn 0 và tối đa 100 %.',
	'behaviour.problem.returner': 'Tỷ lệ trả hàng phải lớn hơn 0 và tối đa 100 %.',
	'behaviour.problem.kind': 'Loại phiếu khiếu nại không được để trống.',
	'behaviour.problem.satisfaction': 'Ngưỡng hài lòng phải là một số.',
	'behaviour.problem.minutes': 'Số phút bốc đồng phải là số nguyên ≥ 1.',
	'behaviour.problem.impulse': 'Tỷ lệ bốc đồng phải lớn hơn 0 và tối đa 100 %.',
	'behaviour.problem.window': 'Khoảng sự kiện phải là số ngày nguyên ≥ 1.',
	'behaviour.affinity.heading': 'Mức gắn bó với sản phẩm',
	'behaviour.affinity.none':
		'Không có dòng đơn nào trước ngày {date} có danh mục: cần danh mục để tính mức gắn bó.',
	'behaviour.affinity.caption':
		'Các dòng đơn trước ngày {date} có danh mục, không tính hàng trả lại. Người mua: khách đã mua trong danh mục; chính của: khách có chi tiêu lớn nhất ở đó; tỷ lệ: trên {buyers} người mua có dòng được phân loại; doanh thu bằng {currency}.',
	'behaviour.affinity.single': 'người mua một danh mục ·',
	'behaviour.affinity.multi': 'đã mua ở hai danh mục trở lên ({share})',
	'behaviour.affinity.category': 'Danh mục',
	'behaviour.affinity.buyers': 'Người mua',
	'behaviour.affinity.share': 'Tỷ lệ',
	'behaviour.affinity.top': 'Chính của',
	'behaviour.affinity.revenue': 'Doanh thu',
	'behaviour.affinity.ofRevenue': 'của doanh thu',
	'behaviour.affinity.bar': 'Người mua dạng thanh',
	'behaviour.affinity.crossHeading': 'Danh mục × phân khúc RFM',
	'behaviour.affinity.crossCaption':
		'Chỉ số so với tổng thể: tỷ lệ của danh mục trong chi tiêu được phân loại của phân khúc ÷ tỷ lệ của nó trong toàn bộ chi tiêu được phân loại × 100. 100 là tổng thể;',
	'behaviour.affinity.over': '≥ {n} đại diện quá mức',
	'behaviour.affinity.under': '≤ {n} đại diện dưới mức',
	'behaviour.affinity.hover': 'Rê chuột lên một ô để xem người mua và chi tiêu.',
	'behaviour.affinity.segment': 'Phân khúc RFM',
	'behaviour.affinity.cell':
		'{segment} × {category}: {count} người mua ({share} của phân khúc), {revenue} ({revenueShare} chi tiêu được phân loại của nó)'
};
