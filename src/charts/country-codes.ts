/**
 * The countries of the world map (world-atlas countries-110m: Natural Earth shapes keyed by ISO
 * 3166-1 numeric code) and the ways client files name them: ISO numeric, alpha-2 and alpha-3
 * codes, the English name and common other names. Countries too small for the map (Singapore,
 * Malta…) are not in it, and are listed under the map like any value not recognised.
 */
// numeric alpha-2 alpha-3 | name | other names; …
const TABLE = `
004 AF AFG | Afghanistan
008 AL ALB | Albania
010 AQ ATA | Antarctica
012 DZ DZA | Algeria
024 AO AGO | Angola
031 AZ AZE | Azerbaijan
032 AR ARG | Argentina
036 AU AUS | Australia
040 AT AUT | Austria | Österreich
044 BS BHS | Bahamas
050 BD BGD | Bangladesh
051 AM ARM | Armenia
056 BE BEL | Belgium | België; Belgique
064 BT BTN | Bhutan
068 BO BOL | Bolivia | Plurinational State of Bolivia
070 BA BIH | Bosnia and Herzegovina | Bosnia and Herz.; Bosnia
072 BW BWA | Botswana
076 BR BRA | Brazil | Brasil
084 BZ BLZ | Belize
090 SB SLB | Solomon Islands | Solomon Is.
096 BN BRN | Brunei | Brunei Darussalam
100 BG BGR | Bulgaria
104 MM MMR | Myanmar | Burma
108 BI BDI | Burundi
112 BY BLR | Belarus
116 KH KHM | Cambodia
120 CM CMR | Cameroon
124 CA CAN | Canada
140 CF CAF | Central African Republic | Central African Rep.
144 LK LKA | Sri Lanka
148 TD TCD | Chad
152 CL CHL | Chile
156 CN CHN | China | People's Republic of China; PRC
158 TW TWN | Taiwan
170 CO COL | Colombia
178 CG COG | Republic of the Congo | Congo; Congo-Brazzaville; Congo (Brazzaville)
180 CD COD | Democratic Republic of the Congo | Dem. Rep. Congo; DR Congo; DRC; Congo-Kinshasa; Congo (Kinshasa)
188 CR CRI | Costa Rica
191 HR HRV | Croatia | Hrvatska
192 CU CUB | Cuba
196 CY CYP | Cyprus
203 CZ CZE | Czechia | Czech Republic
204 BJ BEN | Benin
208 DK DNK | Denmark | Danmark
214 DO DOM | Dominican Republic | Dominican Rep.
218 EC ECU | Ecuador
222 SV SLV | El Salvador
226 GQ GNQ | Equatorial Guinea | Eq. Guinea
231 ET ETH | Ethiopia
232 ER ERI | Eritrea
233 EE EST | Estonia
238 FK FLK | Falkland Islands | Falkland Is.; Malvinas
242 FJ FJI | Fiji
246 FI FIN | Finland | Suomi
250 FR FRA | France
260 TF ATF | French Southern and Antarctic Lands | Fr. S. Antarctic Lands; French Southern Territories
262 DJ DJI | Djibouti
266 GA GAB | Gabon
268 GE GEO | Georgia
270 GM GMB | Gambia
275 PS PSE | Palestine | State of Palestine; Palestinian Territories
276 DE DEU | Germany | Deutschland; Federal Republic of Germany
288 GH GHA | Ghana
300 GR GRC | Greece | Hellas
304 GL GRL | Greenland
320 GT GTM | Guatemala
324 GN GIN | Guinea
328 GY GUY | Guyana
332 HT HTI | Haiti
340 HN HND | Honduras
348 HU HUN | Hungary | Magyarország
352 IS ISL | Iceland
356 IN IND | India
360 ID IDN | Indonesia
364 IR IRN | Iran | Islamic Republic of Iran; Persia
368 IQ IRQ | Iraq
372 IE IRL | Ireland | Republic of Ireland; Éire
376 IL ISR | Israel
380 IT ITA | Italy | Italia
384 CI CIV | Côte d'Ivoire | Ivory Coast
388 JM JAM | Jamaica
392 JP JPN | Japan
398 KZ KAZ | Kazakhstan
400 JO JOR | Jordan
404 KE KEN | Kenya
408 KP PRK | North Korea | Democratic People's Republic of Korea; DPRK
410 KR KOR | South Korea | Republic of Korea; Korea
414 KW KWT | Kuwait
417 KG KGZ | Kyrgyzstan | Kyrgyz Republic
418 LA LAO | Laos | Lao People's Democratic Republic; Lao PDR
422 LB LBN | Lebanon
426 LS LSO | Lesotho
428 LV LVA | Latvia
430 LR LBR | Liberia
434 LY LBY | Libya
440 LT LTU | Lithuania
442 LU LUX | Luxembourg
450 MG MDG | Madagascar
454 MW MWI | Malawi
458 MY MYS | Malaysia
466 ML MLI | Mali
478 MR MRT | Mauritania
484 MX MEX | Mexico | México
496 MN MNG | Mongolia
498 MD MDA | Moldova | Republic of Moldova
499 ME MNE | Montenegro
504 MA MAR | Morocco
508 MZ MOZ | Mozambique
512 OM OMN | Oman
516 NA NAM | Namibia
524 NP NPL | Nepal
528 NL NLD | Netherlands | Holland; Nederland; Kingdom of the Netherlands
540 NC NCL | New Caledonia
548 VU VUT | Vanuatu
554 NZ NZL | New Zealand
558 NI NIC | Nicaragua
562 NE NER | Niger
566 NG NGA | Nigeria
578 NO NOR | Norway | Norge
586 PK PAK | Pakistan
591 PA PAN | Panama
598 PG PNG | Papua New Guinea
600 PY PRY | Paraguay
604 PE PER | Peru
608 PH PHL | Philippines
616 PL POL | Poland | Polska
620 PT PRT | Portugal
624 GW GNB | Guinea-Bissau
626 TL TLS | Timor-Leste | East Timor
630 PR PRI | Puerto Rico
634 QA QAT | Qatar
642 RO ROU | Romania
643 RU RUS | Russia | Russian Federation
646 RW RWA | Rwanda
682 SA SAU | Saudi Arabia
686 SN SEN | Senegal
688 RS SRB | Serbia
694 SL SLE | Sierra Leone
703 SK SVK | Slovakia | Slovak Republic
704 VN VNM | Vietnam | Viet Nam; Việt Nam
705 SI SVN | Slovenia
706 SO SOM | Somalia
710 ZA ZAF | South Africa
716 ZW ZWE | Zimbabwe
724 ES ESP | Spain | España
728 SS SSD | South Sudan | S. Sudan
729 SD SDN | Sudan
732 EH ESH | Western Sahara | W. Sahara
740 SR SUR | Suriname
748 SZ SWZ | Eswatini | Swaziland
752 SE SWE | Sweden | Sverige
756 CH CHE | Switzerland | Schweiz; Suisse; Svizzera
760 SY SYR | Syria | Syrian Arab Republic
762 TJ TJK | Tajikistan
764 TH THA | Thailand
768 TG TGO | Togo
780 TT TTO | Trinidad and Tobago
784 AE ARE | United Arab Emirates | UAE
788 TN TUN | Tunisia
792 TR TUR | Turkey | Türkiye
795 TM TKM | Turkmenistan
800 UG UGA | Uganda
804 UA UKR | Ukraine
807 MK MKD | North Macedonia | Macedonia
818 EG EGY | Egypt
826 GB GBR | United Kingdom | UK; Great Britain; Britain; England; Scotland; Wales; Northern Ireland; United Kingdom of Great Britain and Northern Ireland
834 TZ TZA | Tanzania | United Republic of Tanzania
840 US USA | United States | United States of America; America; U.S.; U.S.A.
854 BF BFA | Burkina Faso
858 UY URY | Uruguay
860 UZ UZB | Uzbekistan
862 VE VEN | Venezuela
887 YE YEM | Yemen
894 ZM ZMB | Zambia`;

/**
 * A name or code as compared: accents and case dropped, `&` as "and", dots and apostrophes
 * removed, other punctuation as spaces, a leading "the" dropped ("The Netherlands", "U.S.A.").
 */
export function countryKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[.'’`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '');
}

// "NA" is far more often "not available" than Namibia (NAM, Namibia still match).
const NOT_CODES = new Set(['na']);

interface Country {
	id: string;
	name: string;
}

function parse(table: string): { byKey: Map<string, Country>; byId: Map<string, Country> } {
	const byKey = new Map<string, Country>();
	const byId = new Map<string, Country>();
	for (const line of table.trim().split('\n')) {
		const [codes, name, others = ''] = line.split(' | ');
		const [id, alpha2, alpha3] = codes!.split(' ');
		const country = { id: id!, name: name! };
		byId.set(country.id, country);
		const names = [alpha2!, alpha3!, name!, ...others.split('; ').filter(Boolean)];
		for (const key of names.map(countryKey).filter((k) => !NOT_CODES.has(k))) {
			if (byKey.has(key) && byKey.get(key) !== country) {
				throw new Error(`invalid country table: ${key} names two countries`);
			}
			byKey.set(key, country);
		}
	}
	return { byKey, byId };
}

const { byKey, byId } = parse(TABLE);

/**
 * The map's id (ISO 3166-1 numeric, three digits) of a country named by its name, a common other
 * name, or its alpha-2, alpha-3 or numeric code; null when not recognised or not on the map.
 */
export function countryId(value: string | null | undefined): string | null {
	if (value === null || value === undefined) return null;
	const key = countryKey(value);
	if (/^\d{1,3}$/.test(key)) return byId.has(key.padStart(3, '0')) ? key.padStart(3, '0') : null;
	return byKey.get(key)?.id ?? null;
}

/** The English name of a country of the map, by its id. */
export function countryName(id: string): string {
	return byId.get(id)?.name ?? id;
}

/** Every country id of the map's table. */
export const COUNTRY_IDS: readonly string[] = [...byId.keys()];
