/** What `npm run bench` measures; every field has a command-line flag. */
export interface BenchOptions {
	/** Order lines of each generated transactions file. */
	sizes: number[];
	/** Runs per size (medians are reported); sizes above `bigSize` get `bigRuns`. */
	runs: number;
	bigRuns: number;
	bigSize: number;
	/** Customers of the k-sweep runs, and of the BG/NBD fit (empty/0: skipped). */
	sweepCustomers: number[];
	bgnbdCustomers: number;
	/** Skip `vite build` and use the build already in `dist`. */
	noBuild: boolean;
	dist: string;
	port: number;
	/** Skip the browser, or native DuckDB, or the models. */
	browser: boolean;
	native: boolean;
	models: boolean;
	/** After the largest file, add a clusters cell and time the scatter's draw. */
	scatter: boolean;
	/** Where the results are written, from the repository root. */
	out: string;
}

export const DEFAULT_OPTIONS: BenchOptions = {
	sizes: [100_000, 1_000_000, 5_000_000],
	runs: 3,
	bigRuns: 1,
	bigSize: 2_000_000,
	sweepCustomers: [100_000, 500_000],
	bgnbdCustomers: 250_000,
	noBuild: false,
	dist: 'dist-bench',
	port: 4204,
	browser: true,
	native: true,
	models: true,
	scatter: true,
	out: 'bench/results.json'
};

const USAGE = `npm run bench -- [options]
  --sizes 100000,1000000,5000000   order lines of each generated file
  --runs 3                         runs per size (medians reported)
  --big-runs 1 --big-size 2000000  fewer runs for files above big-size lines
  --sweep 100000,500000            customers of each k-sweep (k = 2…10); 0 skips
  --bgnbd 250000                   customers of the BG/NBD fit; 0 skips
  --no-build                       reuse the build in --dist (default dist-bench)
  --port 4204                      port of the static server
  --out bench/results.json         where the results go (another path keeps the record)
  --no-browser | --no-native | --no-models | --no-scatter   leave a part out`;

function count(flag: string, text: string | undefined): number {
	const value = Number(text?.replaceAll('_', ''));
	if (!Number.isInteger(value) || value < 0) throw new Error(`invalid ${flag}: ${text}\n${USAGE}`);
	return value;
}

function counts(flag: string, text: string | undefined): number[] {
	return (text ?? '')
		.split(',')
		.map((part) => count(flag, part.trim()))
		.filter((n) => n > 0);
}

/** Reads the command line (`process.argv.slice(2)`); throws `invalid --flag: value` with usage. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
	const options: BenchOptions = { ...DEFAULT_OPTIONS };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i]!;
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`invalid ${flag}: missing value\n${USAGE}`);
			return next;
		};
		if (flag === '--sizes') options.sizes = counts(flag, value());
		else if (flag === '--runs') options.runs = Math.max(1, count(flag, value()));
		else if (flag === '--big-runs') options.bigRuns = Math.max(1, count(flag, value()));
		else if (flag === '--big-size') options.bigSize = count(flag, value());
		else if (flag === '--sweep') options.sweepCustomers = counts(flag, value());
		else if (flag === '--bgnbd') options.bgnbdCustomers = count(flag, value());
		else if (flag === '--no-build') options.noBuild = true;
		else if (flag === '--dist') options.dist = value();
		else if (flag === '--port') options.port = count(flag, value());
		else if (flag === '--no-browser') options.browser = false;
		else if (flag === '--no-native') options.native = false;
		else if (flag === '--no-models') options.models = false;
		else if (flag === '--no-scatter') options.scatter = false;
		else if (flag === '--out') options.out = value();
		else throw new Error(`invalid option: ${flag}\n${USAGE}`);
	}
	return options;
}

/** How many runs a file of `lines` order lines gets. */
export function runsFor(options: BenchOptions, lines: number): number {
	return lines > options.bigSize ? Math.min(options.bigRuns, options.runs) : options.runs;
}
