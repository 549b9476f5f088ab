/** What the lock screen, the notification and media keys can ask the player to do. */
export interface MediaControls {
	play(): void;
	pause(): void;
	stop(): void;
	previous(): void;
	next(): void;
	/** Seek actions (a long press on previous/next where the platform offers it). */
	previous_paragraph(): void;
	next_paragraph(): void;
}

export interface NowPlaying {
	title: string;
	section: string;
	album: string;
}

export interface MediaSessionLink {
	update(now: NowPlaying): void;
	state(state: MediaSessionPlaybackState): void;
	disconnect(): void;
}

const ARTWORK: MediaImage[] = [
	{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
	{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' }
];

/**
 * Connects the player to the Media Session: title, section and icon on the lock screen, and
 * its buttons and the media keys to the player. A no-op where the API is missing.
 */
export function connect_media_session(controls: MediaControls): MediaSessionLink {
	const session = 'mediaSession' in navigator ? navigator.mediaSession : undefined;
	const actions: [MediaSessionAction, () => void][] = [
		['play', controls.play],
		['pause', controls.pause],
		['stop', controls.stop],
		['previoustrack', controls.previous],
		['nexttrack', controls.next],
		['seekbackward', controls.previous_paragraph],
		['seekforward', controls.next_paragraph]
	];
	for (const [action, handler] of actions) {
		try {
			session?.setActionHandler(action, () => handler());
		} catch {
			// This platform does not offer the action.
		}
	}
	let last = '';
	return {
		update(now) {
			const key = JSON.stringify(now);
			if (!session || key === last) return;
			last = key;
			session.metadata = new MediaMetadata({
				title: now.title,
				artist: now.section,
				album: now.album,
				// The icons are not saved for offline use until first fetched: offline, a lock screen
				// without the icon beats two failed requests.
				artwork: navigator.onLine ? ARTWORK : []
			});
		},
		state(state) {
			if (session) session.playbackState = state;
		},
		disconnect() {
			for (const [action] of actions) {
				try {
					session?.setActionHandler(action, null);
				} catch {
					// Not offered here either.
				}
			}
			if (session) {
				session.metadata = null;
				session.playbackState = 'none';
			}
		}
	};
}
