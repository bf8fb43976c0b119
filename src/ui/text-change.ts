/** One replacement that turns a text into another: `text.slice(0, from) + insert + text.slice(to)`. */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

/**
 * The smallest single replacement from `before` to `after` (common prefix and suffix kept), so
 * an editor that applies it keeps the cursor where the text around it did not change.
 */
export function textChange(before: string, after: string): TextChange | null {
	if (before === after) return null;
	const limit = Math.min(before.length, after.length);
	let start = 0;
	while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = 0;
	while (
		end < limit - start &&
		before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
	) {
		end++;
	}
	return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
