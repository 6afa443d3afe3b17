/** `/login?redirect=…` for the page the visitor wanted, so signing in returns there. */
export function loginPath(location: { pathname: string; search: string }): string {
  const target = `${location.pathname}${location.search}`;
  return target === "/" || target.startsWith("/login") ? "/login" : `/login?redirect=${encodeURIComponent(target)}`;
}

/** Where to go after signing in: only same-origin paths (never `//host` or `https://…`). */
export function redirectTarget(search: string): string {
  const target = new URLSearchParams(search).get("redirect");
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\") || target.startsWith("/login")) return "/";
  return target;
}
