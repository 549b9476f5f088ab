import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';

/** The Latin subset's range, as `@fontsource/atkinson-hyperlegible` declares it. */
const LATIN =
	'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,' +
	'U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

let loaded: Promise<unknown> | undefined;

/**
 * Atkinson Hyperlegible, registered with the FontFace API when the reader chooses it (never on
 * a first load): two woff2 files from our own origin, about 35 KB, fetched once and then cached.
 * Until they arrive the text stays in the system font (`swap`).
 */
export function load_legible_font(): Promise<unknown> {
	if (loaded) return loaded;
	const faces = [
		['400', regular],
		['700', bold]
	].map(
		([weight, url]) =>
			new FontFace('Atkinson Hyperlegible', `url(${url}) format('woff2')`, {
				weight,
				style: 'normal',
				display: 'swap',
				unicodeRange: LATIN
			})
	);
	for (const face of faces) document.fonts.add(face);
	loaded = Promise.all(faces.map((face) => face.load())).catch(() => {
		// Offline before the files were cached: the system font stays; try again next time.
		for (const face of faces) document.fonts.delete(face);
		loaded = undefined;
	});
	return loaded;
}
