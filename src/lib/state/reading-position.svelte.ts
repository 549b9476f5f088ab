/**
 * The paragraph at the top of the viewport, tracked while the user scrolls, so that links (the
 * language switcher) can carry `#pN` and open the other language at the same place. A page
 * without numbered paragraphs may have places (`data-place`: the parts of "In short"), tracked
 * the same way and carried by their ids.
 */
export class ReadingPosition {
	#places: HTMLElement[] = [];
	#current = $state<HTMLElement | undefined>();

	/** The number of the paragraph last read, or undefined while the reader has not gone past the title. */
	get current(): number | undefined {
		const number = this.#current?.dataset.paragraphNumber;
		return number === undefined ? undefined : Number(number);
	}

	/** The id of what was last read (`p40`, `short-ig4d`), to carry over as a fragment. */
	get fragment(): string | undefined {
		return this.#current?.id;
	}

	/** Starts tracking the page's numbered paragraphs (or places); returns the function that stops it. */
	track(root: ParentNode = document): () => void {
		this.#places = Array.from(
			root.querySelectorAll<HTMLElement>('[data-paragraph-number], [data-place]')
		);
		if (this.#places.length === 0) return () => {};

		let frame = 0;
		const update = () => {
			frame = 0;
			// Scrolling back up to the title (to reach the language switcher, say) keeps the
			// paragraph last read: that is the place to carry over.
			this.#current = place_at_top(this.#places) ?? this.#current;
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
	const found = place_at_top(paragraphs);
	return found && Number(found.dataset.paragraphNumber);
}

/** Of `places`, in document order, the one being read (as `paragraph_at_top`). */
function place_at_top(places: HTMLElement[]): HTMLElement | undefined {
	if (places.length === 0) return undefined;
	const probe = 24;
	// Binary search: the first place whose bottom is below the probe line.
	let low = 0;
	let high = places.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (places[middle].getBoundingClientRect().bottom > probe) {
			found = middle;
			high = middle - 1;
		} else {
			low = middle + 1;
		}
	}
	if (found === -1) return places[places.length - 1];
	if (found === 0 && places[0].getBoundingClientRect().top > innerHeight / 2) return undefined;
	return places[found];
}
