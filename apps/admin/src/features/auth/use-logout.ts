import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback, useState } from "react";
import { useNavigate } from "react-router";
import { handledLocally } from "../../app/apollo-client";
import { clearAuthToken } from "../../app/auth-token";
import { logoutMutation } from "./auth.graphql";

/**
 * 退出登录: ends the session on the server (best effort — an expired token is just as signed out),
 * then forgets the token and everything cached for this viewer.
 */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(logoutMutation, { context: handledLocally });
  const [signingOut, setSigningOut] = useState(false);

  const signOut = useCallback(async () => {
    setSigningOut(true);
    try {
      await logout().catch(() => undefined);
      clearAuthToken();
      await client.clearStore();
      await navigate("/login", { replace: true });
    } finally {
      setSigningOut(false);
    }
  }, [client, logout, navigate]);

  return { signOut, signingOut };
}
