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
	'behaviour.running': 'Đang nhóm khách hàng theo hành vi…'
};
