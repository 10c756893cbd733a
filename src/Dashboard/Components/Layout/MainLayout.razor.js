// Remembers the theme for a year, for every page of the app (read on the server at the next request).
export function rememberTheme(name, value) {
  document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`;
}
