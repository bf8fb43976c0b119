import { CLUSTER_WORDS } from '../../../models/cluster-words';
import type { Message } from '../../translate';
import { prefixed } from '../labels';

/** English texts of the clusters cell (picker, k charts, profiles, scatter). */
export const clustersEn = {
	'clusters.who.customers': 'customers',
	'clusters.who.buyers': 'buyers',
	'clusters.whoTitle.customers': 'Customers',
	'clusters.whoTitle.buyers': 'Buyers',
	'clusters.summary':
		'{rows} {who} (as of {date}) in {k} clusters, on {features} ({names}, transformed as shown above). k-means++, best of {restarts} restarts, seed {seed}; {convergence}.',
	'clusters.columns': { one: '{count} column', other: '{count} columns' },
	'clusters.converged': 'converged in {count} iterations',
	'clusters.notConverged': 'stopped after {count} iterations without converging',
	'clusters.column':
		"Each customer's cluster is column {column} of {table} (1 = the largest), for SQL, rules and personas.",
	'clusters.missing': 'Missing values: {list}.',
	'clusters.missingSep': '; ',
	'clusters.noCluster': '{dropped} of {rows} {who} have no cluster (NULL).',
	'clusters.missingFilled': '{feature}: {count} missing, filled with the median {fill}',
	'clusters.missingDropped': '{feature}: {count} missing, those customers left out',
	'clusters.timing':
		'Computed in a background worker: the k sweep in {sweep}, the clustering in {cluster}.',
	'clusters.reusedTime': 'no time (reused)',
	'clusters.seconds': '{s} s',
	'clusters.name': 'Cluster {n}',

	'clusters.picker.summary': 'Features and settings',
	'clusters.picker.numeric': 'Numeric columns of {table}',
	'clusters.picker.transformOf': 'Transform of {name}',
	'clusters.picker.suggested': 'suggested',
	'clusters.picker.suggestedAs': 'suggested: {transform}',
	'clusters.picker.overridden': 'overridden; ',
	'clusters.picker.because': 'suggested because {reason}',
	'clusters.picker.categories': 'Categories (one 0/1 column per value, the 7 commonest + other)',
	'clusters.picker.missing': 'Missing values',
	'clusters.picker.median': "fill with the feature's median",
	'clusters.picker.drop': 'leave those customers out',
	'clusters.picker.prospects': 'include prospects (no order yet)',
	'clusters.picker.seed': 'Seed',
	'clusters.picker.restarts': 'Restarts',
	'clusters.picker.apply': 'Cluster',
	'clusters.picker.invalid': 'Choose at least one feature; restarts between 1 and 50.',
	'clusters.picker.dirty': 'Press Cluster to run with these choices.',
	'clusters.picker.ready':
		'Clustering {who}: the same seed and settings always give the same clusters.',
	'clusters.transform.none': 'as is',
	'clusters.transform.z': 'z-score',
	'clusters.transform.log1p': 'log(1 + x)',
	'clusters.transform.log1p-z': 'log(1 + x), then z-score',

	'clusters.k.aria': 'Choosing k',
	'clusters.k.heading': 'How many clusters?',
	'clusters.k.auto': 'suggested (k = {k})',
	'clusters.k.showingSuggested': 'Showing k = {k}, the suggested k.',
	'clusters.k.showingChosen': 'Showing k = {k}, your choice.',
	'clusters.k.note':
		'Suggested: k = {suggested} (highest mean silhouette); the elbow of the WSS curve is at k = {elbow}.',
	'clusters.k.elbowLabel': 'Elbow chart: within-cluster sum of squares for each k',
	'clusters.k.elbowTitle': 'Elbow.',
	'clusters.k.elbowCaption':
		'Within-cluster sum of squares (WSS) for each k, in the transformed feature space k-means works in; lower means tighter clusters. It always falls as k grows: look for the bend (ring, k = {elbow} by the kneedle rule) after which more clusters buy little.',
	'clusters.k.silhouetteLabel': 'Mean silhouette for each k',
	'clusters.k.silhouetteTitle': 'Silhouette.',
	'clusters.k.silhouetteCaption':
		'How much closer each customer is to its own cluster than to the next (−1…1, higher is better), averaged over {sample}. Suggested k: {rule}.',
	'clusters.k.rule':
		'highest mean silhouette; k within {tie} of the best count as tied and the smaller k wins',
	'clusters.k.sampleAll': 'all {rows} customers',
	'clusters.k.sample':
		'a seeded random sample of {sample} of the {rows} customers (the exact silhouette takes time in the square of n)',
	'clusters.k.how': 'Each k is the best of {restarts} k-means++ restarts (seed {seed}){starts}.',
	'clusters.k.starts':
		', the restarts compared on a sample of {rows} rows and the best refined on all',
	'clusters.k.reused': 'The sweep was reused: only k or the restarts changed since it ran.',
	'clusters.k.axis': 'k (number of clusters)',
	'clusters.k.wssAxis': 'WSS (lower = tighter)',
	'clusters.k.silhouetteAxis': 'Mean silhouette (higher = better)',
	'clusters.k.wssTip': 'k = {k}: within-cluster sum of squares {wss}',
	'clusters.k.silhouetteTip': 'k = {k}: mean silhouette {silhouette}',
	'clusters.k.theElbow': ' (the elbow)',
	'clusters.k.theSuggested': ' (suggested)',
	'clusters.k.elbowMark': 'elbow',
	'clusters.k.suggestedMark': 'suggested k = {k}',

	'clusters.profiles.aria': 'Cluster profiles',
	'clusters.profiles.heading': 'Who is in each cluster',
	'clusters.profiles.cluster': 'Cluster',
	'clusters.profiles.share': 'Share',
	'clusters.profiles.revenueShare': 'Revenue share',
	'clusters.profiles.revenueShareTitle': 'Share of the revenue of everyone clustered',
	'clusters.profiles.transform': 'Transform: {transform}',
	'clusters.profiles.inShort': 'In short',
	'clusters.profiles.all': 'All',
	'clusters.profiles.average': 'the average (mean) customer',
	'clusters.profiles.valueTitle':
		'{feature}: centre {centre}, mean {mean} vs {base} for all (index {index}); {z} from the average',
	'clusters.profiles.captionBefore':
		"Clusters are numbered by size. Each feature shows the cluster's centre in original units — the k-means centroid with the transforms undone, so for a log-transformed feature a geometric-type average that a few big spenders do not pull up (one-hot columns show the share of the cluster with that value). The badge is how far the cluster's mean sits from everyone's, in standard deviations of the feature as clustered:",
	'clusters.profiles.blue': 'blue',
	'clusters.profiles.aboveAnd': 'above and',
	'clusters.profiles.brown': 'brown',
	'clusters.profiles.captionAfter':
		'below the average when at least 0.5σ away (neither is good or bad in itself); hover a value for the arithmetic mean and the index (100 = average). "In short" names the most distinctive features.',

	'clusters.scatter.aria': 'Cluster scatter',
	'clusters.scatter.heading': 'The clusters on a map',
	'clusters.scatter.legend': 'Clusters',
	'clusters.scatter.figure': 'Scatter of customers coloured by cluster',
	'clusters.scatter.pc1': 'PC1 (first principal component)',
	'clusters.scatter.pc2': 'PC2 (second principal component)',
	'clusters.scatter.points':
		'Each point is one of {points} customers, coloured by cluster; numbered discs are the cluster centres.',
	'clusters.scatter.pcs':
		'PC1 and PC2 are the first two principal components of the features as clustered (after the transforms), the directions along which customers differ most; together they show {explained} of the variance, so clusters that overlap here may still be apart in the other dimensions.',
	'clusters.scatter.symlog':
		'Features clustered after log(1 + x) are drawn on a log-like (symlog) scale.',
	'clusters.scatter.raster':
		'With this many customers the points are drawn as an image: each {bin}×{bin}-pixel cell takes the colour of its most common cluster, more opaque where more customers fall.',
	'clusters.scatter.hover': 'Hover to see the nearest customer.',
	'clusters.scatter.pcAxis': '{pc} ({share} of variance)',
	'clusters.scatter.logAxis': '{name} (log-like scale)',
	'clusters.scatter.missing': '(missing)',
	'clusters.scatter.legendItem': '{cluster} · {size}',
	'clusters.scatter.centre': 'Centre of {cluster}: {x}, {y}',

	// Words of the "In short" descriptions: known features, one-hot levels, other columns.
	...prefixed('clusterWord.', CLUSTER_WORDS),
	'clusterWord.few': 'few {level}',
	'clusterWord.mostly': 'mostly {level}',
	'clusterWord.more': 'more {level}',
	'clusterWord.high': 'high {name}',
	'clusterWord.low': 'low {name}',
	'clusterWord.separator': ', ',
	'clusterWord.average': 'close to the average customer'
} satisfies Record<string, Message>;
