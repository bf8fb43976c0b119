/** Runs async jobs one at a time, in the order they were queued. */
export class SerialQueue {
	#tail: Promise<unknown> = Promise.resolve();

	/** Queues `job`; resolves or rejects with its result once every earlier job has settled. */
	run<T>(job: () => Promise<T>): Promise<T> {
		const result = this.#tail.then(job, job);
		this.#tail = result.catch(() => undefined);
		return result;
	}
}
