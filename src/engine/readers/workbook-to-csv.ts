import * as XLSX from '@e965/xlsx';
import type { SheetCsv } from './reader-protocol';

/** Reads every sheet of an Excel/ODS workbook as CSV text, dates written as ISO text. */
export function workbookToCsv(bytes: ArrayBuffer): SheetCsv[] {
	const workbook = XLSX.read(new Uint8Array(bytes), {
		type: 'array',
		cellDates: true,
		dense: true
	});
	return workbook.SheetNames.map((name) => {
		const sheet = workbook.Sheets[name];
		if (!sheet) return { name, rows: 0, csv: '' };
		const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
			header: 1,
			raw: true,
			blankrows: false,
			defval: null
		});
		return { name, rows: Math.max(0, rows.length - 1), csv: rowsToCsv(rows) };
	});
}

function rowsToCsv(rows: unknown[][]): string {
	const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
	const lines = rows.map((row) => {
		const cells: string[] = [];
		for (let i = 0; i < width; i++) cells.push(csvCell(row[i]));
		return cells.join(',');
	});
	return lines.join('\n') + '\n';
}

function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = value instanceof Date ? isoDateTime(value) : String(value);
	return /[",\n\r]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

// SheetJS gives dates as local-time Date objects; the wall-clock reading is what the sheet shows.
function isoDateTime(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	const h = date.getHours();
	const m = date.getMinutes();
	const s = date.getSeconds();
	return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}
