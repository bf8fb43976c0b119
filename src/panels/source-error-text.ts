import { shownText } from '../i18n/shown-text';
import { t } from '../i18n/t';

/** What a source card says when its file could not be read: the file's name, then why. */
export function sourceErrorText(fileName: string, error: string): string {
	return t('source.error', { name: fileName, error: shownText(error) });
}
