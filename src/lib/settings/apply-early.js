try {
	const s = JSON.parse(localStorage.getItem('igf-reader:settings') || '{}');
	// Version 1, or no version (read as version 1, as the panel's migration reads it).
	if (s.version === 1 || s.version === undefined) {
		for (const k of [
			'theme',
			'font',
			'size',
			'leading',
			'letters',
			'words',
			'paragraphs',
			'measure',
			'focus'
		]) {
			if (k in s && /^\w+$/.test(s[k])) document.documentElement.setAttribute('data-' + k, s[k]);
		}
	}
} catch {
	// Storage blocked or unreadable: the defaults.
}
