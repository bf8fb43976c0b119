import type { CellDoc } from '../../notebook/document';
import { escapeHtml, type ReportSection } from '../../report/report-html';
import { t } from '../../i18n/t';
import { reportMarkup } from './report-dom';

/** Whether a cell can go into the report: on the page, open, and not an export cell itself. */
export function reportable(cell: CellDoc): boolean {
	return cell.kind !== 'export' && !cell.collapsed;
}

/**
 * A cell of the page as a report section: the data cell gives its quality reports (one per file,
 * without the mapping editors); every other cell its rendered body. Null when not on the page.
 */
export function cellSection(cell: CellDoc, label: string): ReportSection | null {
	const frame = document.querySelector(`[data-cell-id="${CSS.escape(cell.id)}"]`);
	if (!frame) return null;
	if (cell.kind === 'data') {
		const reports = [...frame.querySelectorAll('[data-testid="quality-report"]')];
		const html = reports
			.map((r) => `<h3>${escapeHtml(r.getAttribute('data-file') ?? '')}</h3>\n${reportMarkup(r)}`)
			.join('\n');
		return { title: t('export.report.dataQuality'), html };
	}
	const body = frame.querySelector(':scope > .body');
	return body ? { title: label, html: reportMarkup(body) } : null;
}
