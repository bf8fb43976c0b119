import {
	DATE_FORMAT_LABELS,
	ENCODING_LABELS,
	KIND_LABELS,
	REASON_LABELS,
	ROLE_LABELS
} from '../data-labels';
import { RFM_SEGMENTS } from '../../segments/rfm-segments';
import { PERSONA_PLAYBOOK, CATEGORY_ACTION, DEFAULT_ACTION } from '../../segments/persona-playbook';
import { KPI_DEFINITIONS } from '../../segments/kpi-definitions';
import type { Message } from '../translate';
import { keyed, mapLabels, prefixed, RFM_SEGMENT_KEYS } from './labels';
import { analysesEn } from './analyses/en';
import { errorsEn } from './errors/en';
import { loadingEn } from './loading/en';
import { sourcesEn } from './sources/en';
import { uiEn } from './ui/en';
import { valuePanelsEn } from './value-panels/en';

// Segment names, KPI texts and the persona playbook stay written where they are defined (the
// data values of the SQL are English and must stay so); the catalogue folds them in by key.
const rfm = (pick: (s: (typeof RFM_SEGMENTS)[number]) => string) =>
	keyed(RFM_SEGMENT_KEYS, RFM_SEGMENTS.map(pick));
const kpi = (pick: (d: (typeof KPI_DEFINITIONS)[number]) => string) =>
	keyed(
		KPI_DEFINITIONS.map((d) => d.key),
		KPI_DEFINITIONS.map(pick)
	);

/** The English catalogue: the source of truth for keys; grouped by area of the screen. */
export const en = {
	// The page
	'app.tagline': 'Customer segmentation, in your browser. Nothing leaves this page.',
	'app.engineFailed': 'The engine could not start: {error}',
	'app.engineReady': 'Engine ready · DuckDB {version}',
	'app.engineTitle': 'DuckDB {version} runs in a worker of this page',
	'app.engineStarting': 'Starting the engine…',
	'app.snapshotShown':
		'You are looking at the demo as it was computed when this app was built, on the same demo data. DuckDB is starting in this page and computes it again here in a few seconds; until then the data cell is read-only.',
	'app.runningCell': 'Running a cell',
	'app.dismiss': 'Dismiss',
	'app.shareLink':
		"Share link (copied): the notebook's method only — whoever opens it is asked for the data.",
	'app.language': 'Language',
	'app.calendar': 'Calendar',
	'app.calendarJalali': 'Jalali (Solar Hijri)',
	'app.calendarGregorian': 'Gregorian',

	// Notebook header
	'header.title': 'Notebook title',
	'header.asOf': 'As of',
	'header.asOfTitle':
		'The day the analysis is made on: recency is counted to it and later orders are ignored. Empty = the day after the last order.',
	'header.asOfAuto': '{date} (day after the last order)',
	'header.currency': 'Currency',
	'header.timeUnit': 'Time unit',
	'header.days': 'days',
	'header.weeks': 'weeks',
	'header.months': 'months',
	'header.save': 'Save notebook',
	'header.saveTitle': 'Save the notebook (its method, not the data) as a file',
	'header.open': 'Open notebook…',
	'header.share': 'Copy share link',
	'header.shareTitle': "A link carrying the notebook's method, never the data",
	'header.exportSql': 'Export SQL',
	'header.exportSqlTitle':
		"The whole pipeline (reading the files, cleaning, customers and every cell's SQL) as one DuckDB script: run it with the DuckDB command-line tool on the same files, e.g. on a machine with more memory",
	'header.keepData': 'Keep the data on this device',
	'header.keepDataTitle':
		"Store the dropped files in this browser's private storage so they come back after a reload",
	'header.forget': 'Forget everything on this device',

	// Cell chrome and the add-cell menu
	'cell.aria': '{label} cell {number}',
	'cell.expand': 'Expand cell',
	'cell.collapse': 'Collapse cell',
	'cell.running': 'Running…',
	'cell.waiting': 'Waiting to run',
	'cell.fromSnapshot': 'Computed at build',
	'cell.fromSnapshotTitle':
		'This result was computed when the app was built, on the same demo data and with the same SQL; it is replaced by the result computed in this page as soon as DuckDB has started.',
	'cell.ranIn': 'Ran in {ms} ms',
	'cell.run': 'Run',
	'cell.runTitle': 'Run this cell (Shift+Enter)',
	'cell.moveUp': 'Move up',
	'cell.moveDown': 'Move down',
	'cell.duplicate': 'Duplicate',
	'cell.delete': 'Delete',
	'cell.add': '+ Add cell',
	'cell.unknownKind': 'This cell kind ({kind}) is not known to this version of Segmentbook.',
	'kind.data': 'Data',
	'kind.kpis': 'KPIs',
	'kind.rfm': 'RFM',
	'kind.tiers': 'Value tiers',
	'kind.cohorts': 'Cohort retention',
	'kind.lifecycle': 'Lifecycle',
	'kind.behaviour': 'Behaviour',
	'kind.breakdown': 'Breakdown',
	'kind.rules': 'Rule segments',
	'kind.clusters': 'Clusters',
	'kind.clv': 'Lifetime value',
	'kind.personas': 'Personas',
	'kind.export': 'Export',
	'kind.sql': 'SQL',
	'kind.note': 'Note',

	// Data cell
	'data.demoBadge': 'Demo data: a made-up online store (5,000 customers, two years of orders)',
	'data.hintBefore': "Drop the client's files anywhere on the page, or",
	'data.chooseFiles': 'choose files',
	'data.hintAfter':
		'— CSV, TSV, TXT, Excel, JSON or Parquet: transactions, customer attributes, web/email events, support tickets. Files are read in this browser; nothing is uploaded.',
	'data.loadDemo': 'Load demo data',
	'data.expected':
		"This notebook was made on files that are not loaded here. Drop them (or this client's files of the same shape) to run it:",
	'data.empty': 'No data yet. Drop files here or load the demo.',
	'cleaning.summary':
		'Cleaning rules — what is set aside before the analysis (counted below, never lost)',
	'cleaning.always':
		'Rows without a customer id, or whose date or amount cannot be read, are always set aside.',
	'cleaning.cancelledBefore': 'Set aside cancelled orders: order id starting with',
	'cleaning.cancelledPrefix': 'Cancelled order id prefix',
	'cleaning.cancelledAfter': 'or a status saying cancelled',
	'cleaning.nonPositive':
		'Set aside lines with zero or negative quantity or amount (returns and adjustments)',
	'cleaning.duplicates':
		'Set aside exact duplicate lines (kept by default: two identical lines can be two real purchases)',
	'cleaning.amounts':
		"Line amount = quantity × unit price when the file has no amount column. Orders without an order id: one customer's lines on one day form one order.",
	'source.rows': { one: '{count} row', other: '{count} rows' },
	'source.columns': { one: '{count} column', other: '{count} columns' },
	'source.sheet': 'Sheet',
	'source.encoding': 'Text encoding',
	'source.encodingTitle':
		"How the file's bytes become letters; detected from the bytes, change it if names look garbled",
	'source.notRead': 'not read',
	'source.detected': ' — detected',
	'source.holds': 'Holds',
	'source.remove': 'Remove',
	'source.removeAria': 'Remove {name}',
	'source.reading': 'Reading…',
	'source.error': 'Could not read “{name}”: {error}',
	'source.cleaningFailed': 'Cleaning failed: {error}',
	'source.mapping': 'Column mapping — what each column means (change any role)',
	'source.preview': 'First rows, with the types DuckDB inferred',
	'mapping.column': 'Column in the file',
	'mapping.type': 'Type',
	'mapping.examples': 'Examples',
	'mapping.role': 'Role',
	'mapping.roleOf': 'Role of {column}',
	'mapping.dateFormatOf': 'How the dates of {column} are written',
	'mapping.dateFormatTitle':
		'How the dates are written; Jalali (Solar Hijri) dates are converted to Gregorian',
	'quality.read': 'Rows read',
	'quality.readTitle': 'Data lines in the file (the header not counted)',
	'quality.kept': 'Kept for the analysis',
	'quality.keptTitle': 'Lines that passed every cleaning rule; the analyses read only these',
	'quality.setAside': 'Set aside',
	'quality.setAsideTitle':
		'Lines left out of the analyses, counted by reason below; none is deleted',
	'quality.customers': 'Customers',
	'quality.customersTitle': 'Distinct customer ids among kept rows',
	'quality.datesTitle': 'First and last date among kept rows',
	'quality.reconcile': '{read} read = {kept} kept + {setAside} set aside',
	'quality.addsUp': ' ✓',
	'quality.doesNotAddUp': ' — does not add up',
	'quality.why':
		'Why rows were set aside (each row counted once, under the first reason that applies):',
	'quality.duplicates': 'exact duplicate lines (every column equal to an earlier line) —',
	'quality.setThemAside': 'set them aside',
	'quality.noneFound': 'none found',
	'quality.dates.transactions': 'Order dates',
	'quality.dates.customers': 'Signup dates',
	'quality.dates.events': 'Event dates',
	'quality.dates.tickets': 'Ticket dates',
	'quality.dates.ignore': 'Dates',
	'malformed.summary': {
		one: '{count} line does not fit the header’s columns: set aside, not padded or cut',
		other: '{count} lines do not fit the header’s columns: set aside, not padded or cut'
	},
	'malformed.firstShown': ' (the first {shown} shown)',
	'malformed.line': 'Line',
	'malformed.problem': 'Problem',
	'malformed.asWritten': 'As written in the file',
	...prefixed('role.', ROLE_LABELS),
	...prefixed('sourceKind.', KIND_LABELS),
	...prefixed('reason.', REASON_LABELS),
	...prefixed('encoding.', ENCODING_LABELS),
	...prefixed('dateFormat.', DATE_FORMAT_LABELS),

	// KPIs
	...prefixed(
		'kpi.label.',
		kpi((d) => d.label)
	),
	...prefixed(
		'kpi.how.',
		kpi((d) => d.how)
	),
	'kpi.basis':
		'As of {date}: orders dated before this day count, returned lines do not; money in {currency}.',
	'kpi.group.customers': 'Customers and orders',
	'kpi.group.value': 'Value',
	'kpi.group.loyalty': 'Loyalty',
	'kpi.group.conversion': 'Conversion and satisfaction',
	'kpi.buyers': { one: '{count} buyer', other: '{count} buyers' },
	'kpi.prospects': { one: '{count} prospect', other: '{count} prospects' },
	'kpi.orders': { one: '{count} order', other: '{count} orders' },
	'kpi.people': { one: '{count} person', other: '{count} people' },
	'kpi.biggestSpenders': { one: '{count} biggest spender', other: '{count} biggest spenders' },
	'kpi.detail.customers': '{buyers} + {prospects}.',
	'kpi.detail.noCustomerFile': 'No customer file is loaded: only buyers are known.',
	'kpi.detail.ratio': '{a} ÷ {b}.',
	'kpi.detail.top': 'The {top} of {buyers}.',
	'kpi.detail.repeat': '{repeaters} of {buyers} ordered twice or more.',
	'kpi.detail.activeBefore': '{buyers} who ordered {range}',
	'kpi.detail.retained': '{retained} of {active} ordered again {range}.',
	'kpi.detail.churned': '{churned} of {active} placed no order {range}.',
	'kpi.detail.nobodyBefore':
		'Nobody ordered in the previous window ({range}), so there is no one to retain or lose.',
	'kpi.detail.conversion': {
		one: '{converted} of {listed} in the customer file has ordered; {prospects} {notYet}',
		other: '{converted} of {listed} in the customer file have ordered; {prospects} {notYet}'
	},
	'kpi.detail.notYet': { one: 'has not yet.', other: 'have not yet.' },
	'kpi.loyaltyNote':
		'Previous window {previous}, current window {current}: W = {days} days each, ending the day before the as-of date.',
	'kpi.missing.noCustomerFile':
		'Not shown: no customer file is loaded, so there are no prospects to convert.',
	'kpi.missing.allOrdered':
		'Not shown: everyone in the customer file has already ordered, so there are no prospects to convert.',
	'kpi.missing.satisfaction':
		'Not shown: no support ticket before the as-of date carries a satisfaction score.',
	'kpi.window': 'Churn/retention window',
	'kpi.windowTitle':
		'Churn and retention compare buyers of the previous window with the current one; both have this length.',
	'kpi.windowDays': '{days} days',
	'kpi.other': 'Other…',
	'kpi.days': 'Days',
	'kpi.top': 'Top share of buyers',
	'kpi.topTitle':
		'The revenue share KPI looks at this share of buyers, the biggest spenders first.',

	// RFM segments (names, what they are, what to do), value tiers
	...prefixed(
		'rfm.segment.',
		rfm((s) => s.name)
	),
	...prefixed(
		'rfm.description.',
		rfm((s) => s.description)
	),
	...prefixed(
		'rfm.action.',
		rfm((s) => s.action)
	),
	'tier.high': 'High',
	'tier.mid': 'Mid',
	'tier.low': 'Low',

	// Personas
	// One entry a trait, its lines separated by line breaks.
	...prefixed(
		'playbook.',
		mapLabels(PERSONA_PLAYBOOK, (lines) => lines.join('\n'))
	),
	'playbook.category': CATEGORY_ACTION,
	'playbook.default': DEFAULT_ACTION,

	...analysesEn,
	...errorsEn,
	...loadingEn,
	...sourcesEn,
	...uiEn,
	...valuePanelsEn
} satisfies Record<string, Message>;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;
