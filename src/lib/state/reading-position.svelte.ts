/**
 * The paragraph at the top of the viewport, tracked while the user scrolls, so that links (the
 * language switcher) can carry `#pN` and open the other language at the same place.
 */
export class ReadingPosition {
	#paragraphs: HTMLElement[] = [];
	#current = $state<number | undefined>();

	/** The number of the paragraph being read, or undefined before the first one (the title). */
	get current(): number | undefined {
		return this.#current;
	}

	/** Starts tracking the page's numbered paragraphs; returns the function that stops it. */
	track(root: ParentNode = document): () => void {
		this.#paragraphs = Array.from(root.querySelectorAll<HTMLElement>('[data-paragraph-number]'));
		if (this.#paragraphs.length === 0) return () => {};

		let frame = 0;
		const update = () => {
			frame = 0;
			this.#current = this.#find();
		};
		const schedule = () => {
			if (frame === 0) frame = requestAnimationFrame(update);
		};
		update();
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		addEventListener('hashchange', schedule);
		return () => {
			cancelAnimationFrame(frame);
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			removeEventListener('hashchange', schedule);
		};
	}

	#find(): number | undefined {
		// A line just below the top edge: the paragraph that crosses it (or the next one) is
		// the one being read. Paragraphs are in document order, so a binary search suffices.
		const probe = 24;
		const list = this.#paragraphs;
		let low = 0;
		let high = list.length - 1;
		let found = -1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (list[middle].getBoundingClientRect().bottom > probe) {
				found = middle;
				high = middle - 1;
			} else {
				low = middle + 1;
			}
		}
		if (found === -1) return Number(list[list.length - 1].dataset.paragraphNumber);
		// Still reading the title, above the first paragraph.
		if (found === 0 && list[0].getBoundingClientRect().top > innerHeight / 2) return undefined;
		return Number(list[found].dataset.paragraphNumber);
	}
}
