/** Common first names (female, male) and family names of one country. */
export interface NameBook {
	female: readonly string[];
	male: readonly string[];
	family: readonly string[];
}

const words = (text: string): readonly string[] => text.trim().split(/,\s*/);

/** Name books by country code. */
export const NAMES: Readonly<Record<string, NameBook>> = {
	uk: {
		female: words(`
			Olivia, Amelia, Isla, Emily, Sophie, Grace, Charlotte, Lucy, Hannah, Chloe, Emma,
			Sarah, Rebecca, Jessica, Laura, Rachel
		`),
		male: words(`
			Oliver, George, Harry, Jack, Thomas, James, William, Daniel, Samuel, Matthew, David,
			Michael, Andrew, Paul, Richard, Callum
		`),
		family: words(`
			Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright,
			Thompson, Evans, Walker, White, Roberts, Green, Hughes, O'Brien, Campbell, MacDonald
		`)
	},
	de: {
		female: words(`
			Anna, Sophie, Marie, Lena, Julia, Laura, Katharina, Sabine, Claudia, Petra, Hannah,
			Lea, Sarah, Ursula, Monika, Jana
		`),
		male: words(`
			Lukas, Leon, Maximilian, Paul, Jonas, Felix, Thomas, Michael, Andreas, Stefan,
			Jürgen, Klaus, Tobias, Florian, Matthias, Sebastian
		`),
		family: words(`
			Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
			Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz
		`)
	},
	fr: {
		female: words(`
			Camille, Léa, Manon, Chloé, Inès, Sarah, Julie, Marie, Nathalie, Isabelle, Sophie,
			Céline, Émilie, Claire, Louise, Amélie
		`),
		male: words(`
			Lucas, Hugo, Louis, Gabriel, Thomas, Nicolas, Julien, Antoine, Pierre, Philippe,
			François, Mathieu, Alexandre, Maxime, Olivier, Jérôme
		`),
		family: words(`
			Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau,
			Simon, Laurent, Lefebvre, Michel, Garcia, Fournier, Girard, Lambert
		`)
	},
	nl: {
		female: words(`
			Emma, Julia, Sophie, Anna, Lotte, Sanne, Fleur, Eva, Lisa, Anouk, Iris, Femke,
			Marloes, Inge, Esther, Noor
		`),
		male: words(`
			Daan, Sem, Lucas, Levi, Finn, Thijs, Bram, Jeroen, Ruben, Joost, Pieter, Kees,
			Sander, Bas, Wouter, Jan
		`),
		family: words(`
			de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit,
			Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen
		`)
	},
	es: {
		female: words(`
			Lucía, María, Paula, Sofía, Carmen, Laura, Marta, Ana, Elena, Cristina, Isabel,
			Sara, Alba, Julia, Raquel, Nuria
		`),
		male: words(`
			Hugo, Martín, Daniel, Pablo, Alejandro, David, Javier, Carlos, Sergio, Jorge,
			Manuel, Antonio, José, Álvaro, Diego, Adrián
		`),
		family: words(`
			García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez,
			Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Álvarez, Romero, Navarro
		`)
	}
};

const emailParts = new Map<string, string>();

/** A name's lower-case ASCII letters, for e-mail addresses: `O'Brien` → `obrien`. */
export function emailPart(name: string): string {
	let part = emailParts.get(name);
	if (part === undefined) {
		// NFD splits `ü` into `u` and a combining mark, which goes with the other non-letters.
		part = name
			.normalize('NFD')
			.toLowerCase()
			.replace(/[^a-z]/g, '');
		emailParts.set(name, part);
	}
	return part;
}
