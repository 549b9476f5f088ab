// Every page is prerendered to static HTML; directories end in a slash (`/fr/` → `fr/index.html`).
export const prerender = true;
export const trailingSlash = 'always';
