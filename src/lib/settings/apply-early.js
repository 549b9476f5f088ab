try {
	const s = JSON.parse(localStorage.getItem('igf-reader:settings') || '{}');
	if (s.version === 1) {
		for (const k of [
			'theme',
			'font',
			'size',
			'leading',
			'letters',
			'words',
			'paragraphs',
			'measure'
		]) {
			if (k in s && /^\w+$/.test(s[k])) document.documentElement.setAttribute('data-' + k, s[k]);
		}
	}
} catch {
	// Storage blocked or unreadable: the defaults.
}
