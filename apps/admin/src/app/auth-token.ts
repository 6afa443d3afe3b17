/** localStorage key of the session token (written by the login page of a later issue). */
export const TOKEN_STORAGE_KEY = "kepu.token";

export function readAuthToken(): string | null {
  try {
    const token = window.localStorage.getItem(TOKEN_STORAGE_KEY);
    return token && token.trim() ? token.trim() : null;
  } catch {
    // Storage can be unavailable (privacy mode, sandboxed frames): behave as signed out.
    return null;
  }
}

export function authorizationHeader(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
