/** Saves bytes or text as a file, as the browser's download of a link with `download` would. */
export function downloadFile(content: BlobPart, name: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	link.click();
	// The download has started by the next turn; the URL can then go.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
