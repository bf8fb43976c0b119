import MarkdownIt from 'markdown-it';

// Note cells are written by whoever made the notebook, and notebooks travel (files, share
// links): their Markdown is untrusted. Raw HTML is off, so `<img onerror=…>` or `<script>` come
// out as text; the renderer below decides every tag that can appear.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_URL = /^(https?:|mailto:)/i;

// markdown-it asks this of every link, autolink and linkified URL (already normalised); a
// refused destination leaves the whole `[text](url)` as plain text.
md.validateLink = (url: string) => SAFE_URL.test(url.trim());

const escape = md.utils.escapeHtml;
type Token = Parameters<typeof md.renderer.renderToken>[0][number];

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
	const token = tokens[idx]!;
	token.attrSet('target', '_blank');
	token.attrSet('rel', 'noopener noreferrer');
	return self.renderToken(tokens, idx, options);
};

// Nothing may be fetched from outside the page, so an image is never loaded: it becomes a link
// to the picture labelled with its alt text (or just the text, inside another link).
md.renderer.rules.image = (tokens, idx, options, env, self) => {
	const token = tokens[idx]!;
	const src = String(token.attrGet('src') ?? '');
	// renderInlineAsText returns raw text: it must be escaped here.
	const alt = self.renderInlineAsText(token.children ?? [], options, env);
	const label = escape(alt || src);
	if (insideLink(tokens, idx)) return label;
	return (
		`<a class="image-link" href="${escape(src)}" target="_blank" rel="noopener noreferrer"` +
		` title="Image, not loaded: ${escape(src)}">${label}</a>`
	);
};

/** Whether the inline token at `idx` sits between a link_open and its link_close. */
function insideLink(tokens: Token[], idx: number): boolean {
	let depth = 0;
	for (let i = 0; i < idx; i++) {
		if (tokens[i]!.type === 'link_open') depth++;
		else if (tokens[i]!.type === 'link_close') depth--;
	}
	return depth > 0;
}

/** Markdown to HTML that is safe to put in the page: no raw HTML, only http(s)/mailto links, no images. */
export function renderMarkdown(text: string): string {
	return md.render(text);
}
