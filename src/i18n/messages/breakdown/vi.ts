import type { Message } from '../../translate';
import type { breakdownEn } from './en';

/** Vietnamese texts of the breakdown panels. */
export const breakdownVi: Record<keyof typeof breakdownEn, Message> = {
	'breakdown.value.unknown': 'không rõ',
	'breakdown.value.other': 'khác',

	'breakdown.settings.legend': 'Thiết lập phân tích',
	'breakdown.settings.segments': 'Phân khúc:',
	'breakdown.settings.by': 'chia theo:',
	'breakdown.settings.values': 'Giá trị:',
	'breakdown.settings.kindText': 'giữ nguyên (phổ biến nhất)',
	'breakdown.settings.kindAge': 'nhóm tuổi (từ tuổi)',
	'breakdown.settings.kindBirth': 'nhóm tuổi (từ ngày sinh)',
	'breakdown.settings.kindEdges': 'khoảng giữa các mốc',
	'breakdown.settings.kindQuantiles': 'khoảng phân vị (số lượng bằng nhau)',
	'breakdown.settings.top': 'hiện',
	'breakdown.settings.topAfter': 'giá trị phổ biến nhất',
	'breakdown.settings.bands': 'khoảng',
	'breakdown.settings.edges': 'mốc',
	'breakdown.settings.labels': 'nhãn (tùy chọn, ngăn cách bằng |)',
	'breakdown.settings.apply': 'Áp dụng',
	'breakdown.settings.suggested': 'Khoảng gợi ý',
	'breakdown.settings.suggestedTitle': 'Dùng các khoảng được gợi ý cho cột này',
	'breakdown.settings.highlight': 'Làm nổi bật chỉ số ≥',
	'breakdown.settings.or': 'hoặc ≤',
	'breakdown.settings.where': 'khi kỳ vọng có ít nhất',
	'breakdown.settings.expected': 'khách hàng',
	'breakdown.settings.overLabel': 'Đại diện quá mức từ chỉ số này',
	'breakdown.settings.underLabel': 'Đại diện dưới mức đến chỉ số này',
	'breakdown.settings.minLabel': 'Số khách hàng kỳ vọng tối thiểu',
	'breakdown.problem.top': 'Hãy hiển thị ít nhất 1 giá trị.',
	'breakdown.problem.quantiles': 'Khoảng phân vị: một số nguyên từ 2 đến 100.',
	'breakdown.problem.edges': 'Mốc: các số tăng dần, ngăn cách bằng dấu phẩy.',
	'breakdown.problem.labels': 'Nhãn: {count} tên ngăn cách bằng |, hoặc để trống.',
	'breakdown.problem.numbers': 'Quy tắc làm nổi bật cần ba số.',
	'breakdown.problem.order': 'Ngưỡng dưới mức phải nhỏ hơn 100 và ngưỡng quá mức phải lớn hơn 100.',
	'breakdown.problem.negative': 'Số khách hàng kỳ vọng không thể âm.',
	'breakdown.group.segments': 'Phân khúc',
	'breakdown.group.otherText': 'Các cột văn bản khác',
	'breakdown.group.who': 'Họ là ai, sống ở đâu',
	'breakdown.group.other': 'Các cột khác',
	'breakdown.group.current': 'Đang chọn',
	'breakdown.band.under': 'dưới {edge}',
	'breakdown.band.toUnder': '{from} đến dưới {to}',
	'breakdown.ageFrom': 'tuổi (từ {column})',

	'breakdown.bands.suggested': 'Khoảng gợi ý: ',
	'breakdown.bands.chosen': 'Khoảng đã chọn: ',
	'breakdown.bands.text':
		'Giá trị giữ nguyên: {top} giá trị phổ biến nhất, phần còn lại là "{other}", ô trống là "{unknown}".',
	'breakdown.bands.age': 'Nhóm tuổi {bands}; không có tuổi: "{unknown}".',
	'breakdown.bands.birth':
		'Số tuổi tròn vào ngày {date} (ngày mốc) tính từ ngày sinh, theo các nhóm {bands}; không có hoặc không đọc được ngày: "{unknown}".',
	'breakdown.bands.edges':
		'Các khoảng {bands} (mỗi khoảng gồm mốc dưới của nó); không phải số: "{unknown}".',
	'breakdown.bands.quantiles':
		'{count} khoảng có số khách hàng xấp xỉ bằng nhau (cắt tại giá trị thực, nên các giá trị bằng nhau chung một khoảng và có thể ít khoảng hơn); không phải số: "{unknown}".',

	'breakdown.caption.lead':
		'Mọi khách hàng đã biết trong `customers` vào ngày {date} (ngày mốc), cả người mua lẫn khách tiềm năng (tổng cộng {count}), theo `{segmentColumn}` (không có giá trị: "{unknown}"; khách tiềm năng không có phân khúc RFM) và `{attribute}`.',
	'breakdown.caption.index':
		'Tỷ lệ trong phân khúc = số khách ÷ số khách của phân khúc; tỷ lệ trong tổng thể = mọi người có giá trị đó ÷ mọi khách hàng đã biết; chỉ số = tỷ lệ trong phân khúc ÷ tỷ lệ trong tổng thể × 100 (trên 100: phổ biến trong phân khúc hơn trong tổng thể). Doanh thu: chi tiêu bằng {currency} cho các đơn trước ngày {date}, không tính hàng trả lại.',
	'breakdown.none': 'Không có khách hàng nào để phân tích.',
	'breakdown.heading': 'Chỉ số so với tổng thể: {segmentColumn} × {attribute}',
	'breakdown.colourCaption':
		'Màu: chỉ số theo thang log, xanh trên 100, đỏ dưới 100, giới hạn ở 25 và 400; mỗi ô hiện chỉ số và tỷ lệ trong phân khúc; rê chuột để xem số lượng. {rule}; trong bảng là ▲ và ▼. Bấm vào một ô (hoặc một số trong bảng) để liệt kê khách hàng của nó.',
	'breakdown.rule':
		'Viền đậm: chỉ số ≥ {over} (đại diện quá mức) hoặc ≤ {under} (đại diện dưới mức), khi kỳ vọng có ít nhất {min} khách hàng nếu phân khúc giống tổng thể (quy mô phân khúc × tỷ lệ trong tổng thể)',
	'breakdown.members.empty': 'Không có khách hàng nào trong ô này.',
	'breakdown.members.caption':
		'Khách hàng của `customers` có {segmentColumn} “{segment}” và {attribute} “{value}”, kèm {column} của họ, số đơn khác nhau và chi tiêu bằng {currency} trước ngày {date} (không tính hàng trả lại); chi tiêu lớn nhất trước.',
	'breakdown.barsCaption':
		'Thanh: tỷ lệ trong phân khúc; vạch đậm đánh dấu tỷ lệ trong toàn bộ tổng thể.',

	'breakdown.table.segment': 'Phân khúc',
	'breakdown.table.value': 'Giá trị',
	'breakdown.table.customers': 'Khách hàng',
	'breakdown.table.customersTitle': 'Khách hàng của phân khúc có giá trị này',
	'breakdown.table.inSegment': 'Tỷ lệ trong phân khúc',
	'breakdown.table.inSegmentTitle': 'Số khách ÷ số khách của phân khúc',
	'breakdown.table.inBase': 'Tỷ lệ trong tổng thể',
	'breakdown.table.inBaseTitle': 'Mọi người có giá trị này ÷ mọi khách hàng đã biết',
	'breakdown.table.revenue': 'Doanh thu',
	'breakdown.table.revenueTitle':
		'Chi tiêu của họ cho các đơn trước ngày {date}, không tính hàng trả lại',
	'breakdown.table.index': 'Chỉ số',
	'breakdown.table.indexTitle': 'Tỷ lệ trong phân khúc ÷ tỷ lệ trong tổng thể × 100',
	'breakdown.table.list': { other: 'Liệt kê {count} khách hàng này' },

	'breakdown.chart.label': 'Chỉ số so với tổng thể của {attribute} trong mỗi {segmentColumn}',
	'breakdown.chart.legend': 'Chỉ số so với tổng thể (100 = cùng tỷ lệ với toàn bộ tổng thể)',
	'breakdown.chart.segment': 'Phân khúc {segment} × {value}',
	'breakdown.chart.ofSegment': '{count} trên {total} khách hàng của phân khúc ({share})',
	'breakdown.chart.base': 'Toàn bộ tổng thể: {count} khách hàng ({share})',
	'breakdown.chart.index': 'Chỉ số {index} = {inSegment} ÷ {inBase} × 100',
	'breakdown.chart.revenue': 'Doanh thu trước ngày {date}: {revenue}',
	'breakdown.chart.over': 'Đại diện quá mức',
	'breakdown.chart.under': 'Đại diện dưới mức',

	'breakdown.map.heading': 'Họ sống ở đâu: {attribute} trên bản đồ thế giới',
	'breakdown.map.colourBy': 'Tô màu theo',
	'breakdown.map.everyone': 'mọi khách hàng: tỷ lệ trong tổng thể',
	'breakdown.map.segment': '{segmentColumn} “{segment}”: chỉ số so với tổng thể',
	'breakdown.map.error': 'Không vẽ được bản đồ: {error}',
	'breakdown.map.loading': 'Đang tải bản đồ…',
	'breakdown.map.label': '{colour} theo {attribute}',
	'breakdown.map.shareLegend': 'Tỷ lệ trong mọi khách hàng đã biết',
	'breakdown.map.captionBase':
		'Màu: tỷ lệ của mỗi quốc gia trong mọi khách hàng đã biết vào ngày {date} ({count}).',
	'breakdown.map.captionSegment':
		'Màu: chỉ số của “{segment}” ({count} khách hàng) ở mỗi quốc gia = tỷ lệ của quốc gia trong phân khúc ÷ tỷ lệ của quốc gia trong mọi khách hàng đã biết × 100, theo thang log như bản đồ nhiệt (xanh trên 100, đỏ dưới 100, giới hạn ở 25 và 400).',
	'breakdown.map.captionHow':
		'Mọi cách dữ liệu ghi một quốc gia (tên, tên khác, mã ISO) đều được tính là quốc gia đó; rê chuột lên một quốc gia để xem số liệu. Màu xám, không viền: không có khách hàng. Bản đồ phóng to vào các quốc gia có khách hàng. Hình dạng: Natural Earth 1:110m, có sẵn trong ứng dụng.',
	'breakdown.map.notOnMap': {
		other:
			'Không có trên bản đồ (không nhận ra, hoặc quá nhỏ ở tỷ lệ này): {values}, {count} khách hàng.'
	},
	'breakdown.map.noCountry': { other: 'Không có {attribute}: {count} khách hàng.' },
	'breakdown.map.quoted': '“{value}” ({count})',
	'breakdown.map.listSeparator': ', ',
	'breakdown.map.written': '{name} (được ghi là {spellings})',
	'breakdown.map.wholeBase': 'Toàn bộ tổng thể: {base}',
	'breakdown.map.ofBase': '{count} trên {total} khách hàng đã biết ({share})',

	// Every chart's table view (PlotFigure), kept here for want of a shared chart module
	'figure.showTable': 'Xem dạng bảng',
	'figure.hideTable': 'Ẩn bảng'
};
