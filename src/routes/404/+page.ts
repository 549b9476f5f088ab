// Written as `build/404.html`, the page static hosts serve for any unknown path.
export const trailingSlash = 'never';
