import { RFM_SEGMENT_NAMES, type RfmSegmentName } from '../segments/rfm-segments';
import { RFM_SEGMENT_KEYS } from './messages/labels';
import { t } from './t';

// The SQL keeps the English names as data values (the `rfm_segment` column, exports, saved
// persona edits); only what is shown goes through the catalogue.
const keyOf = (name: RfmSegmentName) => RFM_SEGMENT_KEYS[RFM_SEGMENT_NAMES.indexOf(name)]!;

/** An RFM segment as shown: its name, what it is and what to do, in the interface language. */
export function rfmSegmentText(name: RfmSegmentName): {
	name: string;
	description: string;
	action: string;
} {
	const key = keyOf(name);
	return {
		name: t(`rfm.segment.${key}`),
		description: t(`rfm.description.${key}`),
		action: t(`rfm.action.${key}`)
	};
}

/** The on-screen name of a segment value: translated when it is an RFM segment, else as is. */
export function segmentLabel(value: string): string {
	return (RFM_SEGMENT_NAMES as readonly string[]).includes(value)
		? rfmSegmentText(value as RfmSegmentName).name
		: value;
}
