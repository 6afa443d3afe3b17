/** localStorage key of the session token (written by the login page, cleared on logout or expiry). */
export const TOKEN_STORAGE_KEY = "kepu.token";

type Listener = () => void;
const listeners = new Set<Listener>();

export function readAuthToken(): string | null {
  try {
    const token = window.localStorage.getItem(TOKEN_STORAGE_KEY);
    return token && token.trim() ? token.trim() : null;
  } catch {
    // Storage can be unavailable (privacy mode, sandboxed frames): behave as signed out.
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function writeAuthToken(token: string): void {
  try {
    window.localStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Without storage the session cannot outlive this page; nothing better to do.
  }
  notify();
}

export function clearAuthToken(): void {
  try {
    window.localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // See readAuthToken.
  }
  notify();
}

/**
 * For `useSyncExternalStore`: fires on writes in this tab and, through the `storage` event, on a
 * login or logout in another tab.
 */
export function subscribeAuthToken(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === TOKEN_STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function authorizationHeader(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
