import { SECTION_MARK, type PipelinePhase } from '../src/notebook/pipeline-section';

/** One section of an exported pipeline script: its phase, title and SQL text. */
export interface ScriptSection {
	phase: PipelinePhase;
	title: string;
	sql: string;
}

/** Cuts an exported script (`export-sql`) at its `-- ## phase: title` lines. */
export function scriptSections(script: string): ScriptSection[] {
	const sections: ScriptSection[] = [];
	for (const line of script.split('\n')) {
		if (line.startsWith(SECTION_MARK)) {
			const mark = line.slice(SECTION_MARK.length);
			const colon = mark.indexOf(': ');
			sections.push({
				phase: mark.slice(0, colon) as PipelinePhase,
				title: mark.slice(colon + 2),
				sql: ''
			});
		} else if (sections.length > 0) {
			sections[sections.length - 1]!.sql += line + '\n';
		}
	}
	return sections;
}
