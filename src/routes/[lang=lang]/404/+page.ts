// Written as `build/<lang>/404.html`: the server answers unknown paths under `/<lang>/` with it.
export const trailingSlash = 'never';
