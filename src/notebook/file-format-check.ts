import { fileFormatOf, type FileFormat } from '../engine/file-format';
import { browserMemoryLimits, fileTooLargeMessage } from '../engine/file-size-limit';
import { english } from '../i18n/english';

/**
 * The format a file is read as, checked before any of it is read: throws the message a user
 * sees for a kind of file that is not read, an empty file or one too large for the browser.
 * `size` is that of a dropped file; text the app made (the demo) has none and is CSV.
 */
export function checkedFormat(fileName: string, size: number | undefined): FileFormat {
	const format = fileFormatOf(fileName) ?? (size === undefined ? 'csv' : null);
	if (!format) throw new Error(english('sourceError.unknownKind'));
	if (size === 0) throw new Error(english('sourceError.empty'));
	const tooLarge =
		size === undefined ? null : fileTooLargeMessage(size, format, browserMemoryLimits());
	if (tooLarge) throw new Error(tooLarge);
	return format;
}
