import type { Message } from '../../translate';

/**
 * English texts of opening a notebook (a file, a share link, the saved one) and of the notices
 * above the page: written through `english()`, shown in the interface language by App.
 */
export const loadingEn = {
	'loading.origin.file': 'file',
	'loading.origin.link': 'link',
	'loading.empty': 'This {origin} is not a notebook: it is empty.',
	'loading.notJson': 'This {origin} is not a notebook: it is not valid JSON.',
	'loading.notJsonAt':
		'This {origin} is not a notebook: it is not valid JSON (line {line}, column {at}).',
	'loading.notJsonCut':
		'This {origin} is not a notebook: it is not valid JSON (it stops short at line {line}, column {at}; was it cut off?).',
	'loading.notSegmentbook': 'This {origin} is not a Segmentbook notebook: it holds {value}.',
	'loading.noMarker':
		'This {origin} is not a Segmentbook notebook: it is JSON, but has no "format": "{marker}" marker.',
	'loading.otherMarker':
		'This {origin} is not a Segmentbook notebook: it is JSON, but has the format {value}, not the "format": "{marker}" marker.',
	'loading.badVersion':
		'This notebook {origin} has an unreadable format version: expected a whole number from 1, got {value}.',
	'loading.newer':
		'This notebook was made by a newer Segmentbook (format {version}); this one reads format {current}.',
	'loading.problems': {
		one: 'This notebook {origin} has a problem: {listed}.',
		other: 'This notebook {origin} has {count} problems: {listed}.'
	},
	'loading.problemsMore': 'This notebook {origin} has {count} problems: {listed}; and {more} more.',
	'loading.cannotUpgrade':
		'This notebook uses format {version}, which this Segmentbook cannot upgrade (no step from format {step}).',
	'loading.upgradeFailed':
		'This notebook uses format {version} and could not be upgraded from format {step}: {reason}',
	'loading.noFragment': 'This link does not hold a notebook: its address has no {prefix} part.',
	'loading.broken':
		'This share link is broken: part of it is missing or was changed. Ask for the link again and copy all of it.',
	'loading.linkTooLarge':
		'This share link holds more than {megabytes} MB once unpacked; a notebook is never that large.',
	'loading.idRenamed':
		'cells[{index}] had the id {value} of cells[{earlier}]; it now has the id "{id}".',
	'loading.dataCellAdded': 'The notebook had no data cell; one was added.',
	'loading.secondDataCell':
		'cells[{index}] was a second data cell; a notebook has one, so it was removed.',
	'loading.unknownField': 'Ignored the unknown field {path}.',

	// Notices above the page
	'notice.openFailed': 'Could not open “{name}”: {error}',
	'notice.openedWithWarnings': 'Opened “{name}”. {warnings}',
	'notice.forgotten': 'Everything this app kept on this device was deleted.',
	'notice.sharedOpened': 'Opened a shared notebook: its method, without any data.',
	'notice.sharedFailed': 'The shared link could not be opened: {error}'
} satisfies Record<string, Message>;
