import type { Engine } from '../engine/database';
import type { CustomerLens } from '../segments/customers-view';
import { lifecycleLens } from '../segments/lifecycle';
import { affinityLens } from '../segments/affinity';
import { behaviourLens } from '../segments/behaviour';
import {
	buildBehaviourAvailabilitySql,
	type BehaviourAvailable
} from '../segments/behaviour-available';

/** What the data holds for the behaviour lens (discounts, returns, tickets, events...). */
export async function behaviourAvailable(
	engine: Engine,
	asOf: string
): Promise<BehaviourAvailable> {
	const row = (await engine.query(buildBehaviourAvailabilitySql({ asOf }))).get(0)?.toJSON();
	return row as unknown as BehaviourAvailable;
}

/**
 * The lenses `customers` always carries, with their default settings, unless a cell of the
 * notebook provides its own (a lifecycle or behaviour cell with other thresholds).
 */
export async function defaultLenses(engine: Engine, asOf: string): Promise<CustomerLens[]> {
	const available = await behaviourAvailable(engine, asOf);
	return [lifecycleLens({ asOf }), affinityLens({ asOf }), behaviourLens({ asOf, available })];
}
