import { handleAnalysisRequest } from './analysis-handler';
import type { AnalysisRequest } from './analysis-protocol';

// A thin adapter: k-means, the k sweep, PCA and the profiles are pure functions in models/; they
// run here, off the page, so that 500,000 customers never freeze it.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
	handleAnalysisRequest(event.data, (response, transfer = []) =>
		(self as unknown as Worker).postMessage(response, transfer)
	);
};
