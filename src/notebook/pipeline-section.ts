/** Where a section's time goes, for the benchmark that runs the script section by section. */
export type PipelinePhase = 'read' | 'clean' | 'customers' | 'cell';

/** A titled group of statements of the script. */
export interface PipelineSection {
	phase: PipelinePhase;
	title: string;
	/** Comment lines printed above the statements. */
	notes: string[];
	statements: string[];
}

/** The line that opens every section of the script: `-- ## <phase>: <title>`. */
export const SECTION_MARK = '-- ## ';
