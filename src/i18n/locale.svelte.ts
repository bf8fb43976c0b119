import {
	LOCALE_DIRECTIONS,
	LOCALE_TAGS,
	startCalendar,
	startLocale,
	type Calendar,
	type Locale
} from './locales';

const LOCALE_KEY = 'segmentbook.locale';
const CALENDAR_KEY = 'segmentbook.calendar';

function stored(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		// Storage can be switched off (private windows, policies): the choice is then not kept.
		return null;
	}
}

function store(key: string, value: string): void {
	try {
		globalThis.localStorage?.setItem(key, value);
	} catch {
		// See stored(): nothing to do when the browser refuses.
	}
}

/** The interface language and calendar, remembered in this browser; everything on screen reads it. */
class LocaleState {
	#locale = $state<Locale>(
		startLocale(stored(LOCALE_KEY), globalThis.navigator?.languages ?? ['en'])
	);
	#calendar = $state<Calendar>(startCalendar(stored(CALENDAR_KEY)));

	constructor() {
		this.#applyToDocument();
	}

	/** The current language. */
	get current(): Locale {
		return this.#locale;
	}
	set current(next: Locale) {
		this.#locale = next;
		store(LOCALE_KEY, next);
		this.#applyToDocument();
	}

	/** How dates are shown when the language is Persian. */
	get calendar(): Calendar {
		return this.#calendar;
	}
	set calendar(next: Calendar) {
		this.#calendar = next;
		store(CALENDAR_KEY, next);
	}

	/** The Intl tag of the current language (`fa-IR`). */
	get tag(): string {
		return LOCALE_TAGS[this.#locale];
	}

	// `lang` picks the font and hyphenation, `dir` the layout: CSS uses logical properties only.
	#applyToDocument(): void {
		const root = globalThis.document?.documentElement;
		if (!root) return;
		root.lang = this.#locale;
		root.dir = LOCALE_DIRECTIONS[this.#locale];
	}
}

/** The one interface-language state of the page. */
export const locale = new LocaleState();
