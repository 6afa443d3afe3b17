import { useSyncExternalStore } from "react";
import { readAuthToken, subscribeAuthToken } from "./auth-token";

/** The current session token (or null), re-rendering on login, logout and expiry — in any tab. */
export function useAuthToken(): string | null {
  return useSyncExternalStore(subscribeAuthToken, readAuthToken, () => null);
}
