import { locale } from '../../i18n/locale.svelte';
import { segmentLabel } from '../../i18n/segment-labels';
import { t } from '../../i18n/t';
import type { PersonaCard } from '../../segments/persona-cards';
import {
	CATEGORY_MIN_INDEX,
	personaName,
	personaSummary,
	type PersonaWords
} from '../../segments/persona-naming';
import { personaActions, type PlaybookWords } from '../../segments/persona-playbook';
import type { PersonaMetrics } from '../../segments/persona-traits';
import { formatCount, formatPercent } from '../../ui/format';

const words: PersonaWords = {
	phrase: (key, params) => t(`persona.${key}`, params),
	percent: (share) => formatPercent(share, 0),
	count: formatCount
};

const playbook: PlaybookWords = {
	lines: (trait) => t(`playbook.${trait}`).split('\n'),
	category: (category) => t('playbook.category', { category }),
	get fallback() {
		return t('playbook.default');
	}
};

/**
 * A card's automatic name, summary and actions in the interface language, drawn again from its
 * traits and figures. English is the card's own text: the one the `persona` column keeps.
 */
export function personaTexts(card: PersonaCard): PersonaCard['auto'] {
	if (locale.current === 'en') return card.auto;
	const lead = card.categories[0] ?? null;
	const leading = lead && (lead.index_vs_base ?? 0) >= CATEGORY_MIN_INDEX ? lead.value : null;
	const name = personaName(card.traits, words);
	// The automatic name carries its segment when another card got the same name.
	const distinct = card.auto.name !== personaName(card.traits);
	return {
		name: distinct
			? t('persona.name.distinct', { name, segment: segmentLabel(card.segment) })
			: name,
		summary: personaSummary(card.metrics as unknown as PersonaMetrics, card.traits, lead, words),
		actions: personaActions(card.traits, leading, playbook)
	};
}
