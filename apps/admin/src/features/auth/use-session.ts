import { useApolloClient } from "@apollo/client/react";
import { useCallback } from "react";
import { writeAuthToken } from "../../app/auth-token";
import type { Viewer } from "../../app/viewer-context";
import { meQuery } from "../../app/viewer.graphql";

/**
 * Starts a session from an AuthPayload: forget whatever the previous viewer had cached, store the
 * token, and seed `me` so the console renders without another round trip.
 */
export function useStartSession(): (token: string, volunteer: Viewer) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (token, volunteer) => {
      await client.clearStore();
      writeAuthToken(token);
      client.writeQuery({ query: meQuery, data: { me: volunteer } });
    },
    [client],
  );
}
