import type { Message } from '../../translate';
import type { clvEn } from './en';

/** Vietnamese texts of the lifetime value panel and its charts. */
export const clvVi: Record<keyof typeof clvEn, Message> = {
	'clv.unit.weeks': 'tuần',
	'clv.unit.days': 'ngày',
	'clv.unitOne.weeks': 'tuần',
	'clv.unitOne.days': 'ngày',
	'clv.risk.high': 'cao',
	'clv.risk.medium': 'trung bình',
	'clv.risk.low': 'thấp',

	'clv.summary':
		'BG/NBD (số lần mua) và Gamma-Gamma (giá trị đơn) được khớp trên mọi lần mua của {buyers} người mua đến hết {dataEnd} (ngày trước ngày phân tích {asOf}), tính theo {unit}; các lần mua trong cùng một ngày tính là một, không tính trả hàng. Mỗi người mua nhận `p_alive`, `expected_purchases` (trong {horizon} ngày tới), `clv` ({months} tháng) và `churn_risk` trong `customers`; khách tiềm năng nhận NULL. Các cột này lấy từ lần khớp lại trên toàn bộ dữ liệu sau khi kiểm tra, để hành vi mới nhất được tính.',
	'clv.notConverged':
		'Việc khớp BG/NBD dừng lại mà không hội tụ ({message}): hãy thận trọng với các con số của nó.',
	'clv.noClv': 'Không có CLV: {error}. P(alive) và số lần mua kỳ vọng vẫn được đưa ra.',
	'clv.validationError': 'Không kiểm tra được mô hình trên giai đoạn giữ lại: {error}',
	'clv.timing':
		'Được tính trong một worker chạy nền: khớp trên toàn bộ dữ liệu trong {full} giây, kiểm tra giai đoạn giữ lại trong {check} giây.',
	'clv.noCorrelation': 'Không tính được tương quan giữa tần suất và chi tiêu.',
	'clv.correlation':
		'Tương quan giữa số lần mua lặp lại và giá trị đơn lặp lại trung bình trên {count} khách mua lặp lại: r = {r}',
	'clv.correlationStrong':
		'{base}. Tương quan này mạnh: Gamma-Gamma giả định chi tiêu mỗi đơn không phụ thuộc vào mức độ mua thường xuyên của khách, nên CLV của nó bị lệch ở đây ({why}). Hãy đọc CLV như một thứ hạng hơn là một số tiền.',
	'clv.correlationMore': 'người mua thường xuyên cũng chi nhiều hơn mỗi đơn',
	'clv.correlationLess': 'người mua thường xuyên chi ít hơn mỗi đơn',
	'clv.correlationWeak':
		'{base}, đủ yếu cho giả định của Gamma-Gamma rằng chi tiêu mỗi đơn không phụ thuộc vào tần suất mua (|r| ≤ {limit}; của CDNOW là {cdnow}).',
	'clv.setAside':
		'{count} khách mua lặp lại có giá trị đơn lặp lại trung bình bằng không hoặc âm: Gamma-Gamma không mô tả được họ, nên họ được để riêng khỏi việc khớp và không có CLV (NULL), dù P(alive) và số lần mua kỳ vọng vẫn được đưa ra.',

	'clv.settings.legend': 'Cài đặt mô hình',
	'clv.settings.unitTitle': 'Đơn vị thời gian của mô hình (tài liệu chuyên môn dùng tuần)',
	'clv.settings.unit': 'Đơn vị thời gian',
	'clv.settings.calibrationTitle':
		'Mô hình được kiểm tra bằng cách khớp trên các lần mua đến ngày này và dự đoán phần còn lại. Để trống: giữ lại 30% cuối của khoảng ngày mua.',
	'clv.settings.calibration': 'Kết thúc giai đoạn hiệu chỉnh',
	'clv.settings.auto': '(tự động, giữ lại 30% cuối)',
	'clv.settings.autoAt': '(tự động: {date}, giữ lại 30% cuối)',
	'clv.settings.automatic': 'tự động',
	'clv.settings.horizonTitle':
		'Số lần mua kỳ vọng được tính trong chừng này ngày sau ngày phân tích',
	'clv.settings.horizon': 'Số lần mua kỳ vọng trong',
	'clv.settings.days': 'ngày tới',
	'clv.settings.monthsTitle': 'Giá trị vòng đời tính chừng này tháng mua hàng trong tương lai',
	'clv.settings.months': 'CLV trong',
	'clv.settings.monthsAfter': 'tháng,',
	'clv.settings.discountTitle':
		'Giá trị của mỗi tháng tương lai được chia cho (1 + lãi suất) mũ số tháng',
	'clv.settings.discount': 'chiết khấu',
	'clv.settings.discountAfter': '% mỗi tháng',
	'clv.settings.highTitle': 'Khách có P(alive) dưới mức này có nguy cơ rời bỏ cao',
	'clv.settings.high': 'Nguy cơ rời bỏ cao: P(alive) dưới',
	'clv.settings.lowTitle': 'Khách có P(alive) từ mức này trở lên có nguy cơ rời bỏ thấp',
	'clv.settings.low': 'nguy cơ thấp từ',
	'clv.settings.percent': '%',
	'clv.problem.horizon': 'Khoảng dự đoán phải là số ngày nguyên từ 1 đến 3650.',
	'clv.problem.months': 'Khoảng CLV phải là số tháng nguyên từ 1 đến 120.',
	'clv.problem.discount': 'Lãi suất chiết khấu hằng tháng phải từ 0 đến dưới 100%.',
	'clv.problem.churn':
		'Ngưỡng rời bỏ cần thỏa 0 < ngưỡng nguy cơ cao < ngưỡng nguy cơ thấp < 100%.',

	'clv.fit.caption':
		'Các tham số đã khớp (hợp lý cực đại). Các cột của `customers` lấy từ lần khớp trên mọi lần mua đến hết {dataEnd}; phần kiểm tra bên dưới dùng lần khớp trên giai đoạn hiệu chỉnh.',
	'clv.fit.captionThrough':
		'Các tham số đã khớp (hợp lý cực đại). Các cột của `customers` lấy từ lần khớp trên mọi lần mua đến hết {dataEnd}; phần kiểm tra bên dưới dùng lần khớp trên giai đoạn hiệu chỉnh (đến hết {calibrationEnd}).',
	'clv.fit.parameter': 'Tham số',
	'clv.fit.all': 'Toàn bộ dữ liệu',
	'clv.fit.calibration': 'Hiệu chỉnh',
	'clv.fit.r': 'Hình dạng của phân phối tốc độ mua (Gamma)',
	'clv.fit.alpha': 'Tỷ lệ của phân phối tốc độ mua, tính theo {unit}',
	'clv.fit.a': 'Phân phối xác suất rời bỏ (Beta), tham số hình dạng thứ nhất',
	'clv.fit.b': 'Phân phối xác suất rời bỏ (Beta), tham số hình dạng thứ hai',
	'clv.fit.bgLl': 'Log-hợp lý BG/NBD',
	'clv.fit.bgLlTitle': 'Tổng theo khách hàng của log xác suất của (x, t_x, T) của họ',
	'clv.fit.customers': 'Khách hàng / có mua lặp lại',
	'clv.fit.customersTitle':
		'Khách hàng dùng để khớp mô hình, và những người đã mua vào nhiều hơn một ngày',
	'clv.fit.p': 'Hình dạng của giá trị mỗi đơn (Gamma)',
	'clv.fit.q': 'Hình dạng của độ phân tán tốc độ chi tiêu của khách',
	'clv.fit.gamma': 'Tỷ lệ của độ phân tán tốc độ chi tiêu, tính bằng {currency}',
	'clv.fit.ggLl': 'Log-hợp lý Gamma-Gamma',
	'clv.fit.ggLlTitle': 'Của giá trị đơn lặp lại trung bình của các khách mua lặp lại',

	'clv.churn.caption':
		'Nguy cơ rời bỏ: cột `churn_risk` của `customers`, từ xác suất mỗi người mua vẫn còn là khách hàng (P(alive), BG/NBD).',
	'clv.churn.risk': 'Nguy cơ rời bỏ',
	'clv.churn.rule': 'Quy tắc',
	'clv.churn.customers': 'Khách hàng',
	'clv.churn.share': 'Tỷ lệ',
	'clv.churn.pAlive': 'P(alive) TB',
	'clv.churn.pAliveTitle': 'P(alive) trung bình của nhóm',
	'clv.churn.expected': 'Số lần mua kỳ vọng ({days} ngày)',
	'clv.churn.expectedTitle': 'Tổng số lần mua kỳ vọng trong {days} ngày tới',
	'clv.churn.clv': 'CLV',
	'clv.churn.clvTitle': 'Tổng CLV {months} tháng của nhóm',
	'clv.churn.oneTime': 'Khách mua một lần',
	'clv.churn.oneTimeTitle': 'Khách hàng không bao giờ mua lại',
	'clv.churn.ruleHigh': 'P(alive) dưới {high}',
	'clv.churn.ruleMedium': 'P(alive) từ {high} đến dưới {low}',
	'clv.churn.ruleLow': 'P(alive) từ {low} trở lên',
	'clv.churn.oneTimeNote':
		'BG/NBD chỉ cho phép khách rời bỏ ngay sau một lần mua lặp lại, nên {count} người mua không bao giờ mua lại có P(alive) = 1 và nằm trong nhóm nguy cơ thấp dù đã lâu đến đâu. Với họ, hãy đọc số lần mua kỳ vọng: lần mua duy nhất càng lâu, mô hình càng kỳ vọng ít.',

	'clv.tiers.caption':
		'Nhóm giá trị dự đoán: người mua có CLV được xếp theo CLV, lớn nhất trước; giá trị bằng nhau cùng nhóm. CLV = số lần mua kỳ vọng của mỗi tháng trong {months} tháng tới (BG/NBD) × giá trị đơn kỳ vọng (Gamma-Gamma), mỗi tháng chiết khấu {discount} một tháng (cột `clv`).',
	'clv.tiers.tier': 'Nhóm',
	'clv.tiers.customers': 'Khách hàng',
	'clv.tiers.range': 'Khoảng CLV',
	'clv.tiers.total': 'Tổng CLV',
	'clv.tiers.share': 'Tỷ lệ CLV',
	'clv.tiers.pAlive': 'P(alive) TB',
	'clv.tiers.top': '20% hàng đầu theo giá trị dự đoán',
	'clv.tiers.middle': '30% tiếp theo',
	'clv.tiers.bottom': '50% cuối',

	'clv.holdout.title':
		'Kiểm tra giai đoạn giữ lại: số lần mua lặp lại dự đoán so với thực tế, theo tần suất hiệu chỉnh',
	'clv.holdout.label':
		'Số lần mua lặp lại kỳ vọng và thực tế trong giai đoạn giữ lại theo tần suất hiệu chỉnh',
	'clv.holdout.totals':
		'Tổng giai đoạn giữ lại: {actual} lần mua lặp lại thực tế, {expected} dự đoán{gap}.',
	'clv.holdout.caption':
		'Mô hình chỉ được khớp trên các lần mua đến hết {calibrationEnd}, rồi được hỏi mỗi người trong {customers} khách đã mua đến lúc đó sẽ mua bao nhiêu lần từ ngày hôm sau đến hết {holdoutEnd} (giai đoạn giữ lại, {length} {unit}). Khách hàng được nhóm theo số lần mua lặp lại (số ngày mua sau lần đầu) trong giai đoạn hiệu chỉnh, từ 7 trở lên gộp chung; mỗi điểm là số ngày mua trung bình của nhóm trong giai đoạn giữ lại, thực tế và theo dự đoán của BG/NBD (E[Y(t) | x, t_x, T], Fader, Hardie & Lee 2005). Hai đường gần nhau nghĩa là mô hình xếp hạng khách tốt.',
	'clv.series.actual': 'Thực tế',
	'clv.series.expected': 'Mô hình (BG/NBD)',
	'clv.holdout.x': 'Số lần mua lặp lại trong giai đoạn hiệu chỉnh',
	'clv.holdout.y': 'Số lần mua lặp lại TB trong giai đoạn giữ lại {length} {unit}',
	'clv.holdout.point':
		'{count} khách có {label} lần mua lặp lại trong hiệu chỉnh: {series} {value} lần mua mỗi người trong giai đoạn giữ lại',

	'clv.cumulative.title': 'Số lần mua lặp lại cộng dồn theo thời gian, hiệu chỉnh và giữ lại',
	'clv.cumulative.label': 'Số lần mua lặp lại cộng dồn kỳ vọng và thực tế theo thời gian',
	'clv.cumulative.caption':
		'{cohort} khách có lần mua đầu vào hoặc trước {calibrationEnd}: các ngày mua lặp lại của họ (không tính trả hàng, các lần mua trong một ngày tính là một), cộng dồn từng {unit} từ {origin} đến hết {holdoutEnd}, so với kỳ vọng của BG/NBD chỉ khớp trên giai đoạn hiệu chỉnh: Σ E[X(t − sᵢ)] trên các khách, sᵢ là lần mua đầu của mỗi người (Fader, Hardie & Lee 2005, hình 2). Bên trái đường nét đứt mô hình đã thấy các lần mua; bên phải, nó dự đoán chúng.',
	'clv.cumulative.x': 'Số {unit} kể từ lần mua đầu tiên trong dữ liệu',
	'clv.cumulative.y': 'Số lần mua lặp lại cộng dồn',
	'clv.cumulative.calibrationEnds': 'hết hiệu chỉnh ▸ giữ lại',
	'clv.cumulative.point': '{unit} {t}: {actual} thực tế, {expected} lần mua lặp lại kỳ vọng đến nay'
};
