/** Where a JSON text first goes wrong, for a message a person can act on. */
export interface JsonErrorPosition {
	/** 1-based line and column. */
	line: number;
	column: number;
	/** Whether the text simply stops before the JSON is complete. */
	atEnd: boolean;
}

class Stop {
	constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * The line and column of the first JSON syntax error in `text`, or null when it is valid JSON.
 * JSON.parse's own messages differ between browsers and often give no position at all.
 */
export function jsonErrorPosition(text: string): JsonErrorPosition | null {
	let i = 0;
	const stop = (): never => {
		throw new Stop(i);
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const expect = (ch: string) => (text[i] === ch ? i++ : stop());
	const match = (re: RegExp) => {
		re.lastIndex = i;
		if (!re.test(text)) stop();
		i = re.lastIndex;
	};
	const string = () => {
		expect('"');
		for (;;) {
			const ch = text[i];
			if (ch === undefined || ch < ' ') stop();
			i++;
			if (ch === '"') return;
			if (ch !== '\\') continue;
			if (text[i] === 'u') {
				i++;
				match(HEX4);
			} else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
			else stop();
		}
	};
	const items = (close: string, item: () => void) => {
		i++;
		space();
		if (text[i] === close) return void i++;
		for (;;) {
			item();
			space();
			if (text[i] === close) return void i++;
			expect(',');
		}
	};
	const value = (): void => {
		space();
		const ch = text[i];
		if (ch === '{') {
			items('}', () => {
				space();
				string();
				space();
				expect(':');
				value();
			});
		} else if (ch === '[') items(']', value);
		else if (ch === '"') string();
		else if (ch === 't' || ch === 'f' || ch === 'n') {
			const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
			for (const letter of word) expect(letter);
		} else match(NUMBER);
	};
	try {
		value();
		space();
		if (i < text.length) stop();
		return null;
	} catch (error) {
		if (!(error instanceof Stop)) return null; // too deeply nested to scan: no position
		const before = text.slice(0, error.offset).split('\n');
		const last = before[before.length - 1] ?? '';
		return { line: before.length, column: last.length + 1, atEnd: error.offset >= text.length };
	}
}
