/**
 * The paragraph at the top of the viewport, tracked while the user scrolls, so that links (the
 * language switcher) can carry `#pN` and open the other language at the same place.
 */
export class ReadingPosition {
	#paragraphs: HTMLElement[] = [];
	#current = $state<number | undefined>();

	/** The number of the paragraph last read, or undefined while the reader has not gone past the title. */
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
			// Scrolling back up to the title (to reach the language switcher, say) keeps the
			// paragraph last read: that is the place to carry over.
			this.#current = this.#find() ?? this.#current;
		};
		const schedule = () => {
			if (frame === 0) frame = requestAnimationFrame(update);
		};
		// Measured with the next frame's layout, never forcing one while the page hydrates.
		schedule();
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
		return paragraph_at_top(this.#paragraphs);
	}
}

/**
 * The number of the paragraph being read: the one crossing a line just below the top edge (or
 * the next one), undefined while the title is still in view. `paragraphs` are in document order.
 */
export function paragraph_at_top(
	paragraphs: HTMLElement[] = Array.from(
		document.querySelectorAll<HTMLElement>('[data-paragraph-number]')
	)
): number | undefined {
	if (paragraphs.length === 0) return undefined;
	const probe = 24;
	// Binary search: the first paragraph whose bottom is below the probe line.
	let low = 0;
	let high = paragraphs.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (paragraphs[middle].getBoundingClientRect().bottom > probe) {
			found = middle;
			high = middle - 1;
		} else {
			low = middle + 1;
		}
	}
	if (found === -1) return Number(paragraphs[paragraphs.length - 1].dataset.paragraphNumber);
	if (found === 0 && paragraphs[0].getBoundingClientRect().top > innerHeight / 2) return undefined;
	return Number(paragraphs[found].dataset.paragraphNumber);
}
