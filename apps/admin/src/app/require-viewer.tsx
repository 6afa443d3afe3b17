import { skipToken, useQuery } from "@apollo/client/react";
import { Flex, Spin } from "antd";
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { clearAuthToken } from "./auth-token";
import { firstGraphQLErrorCode } from "./error-text";
import { loginPath } from "./login-path";
import { useAuthToken } from "./use-auth-token";
import { meQuery } from "./viewer.graphql";
import { ViewerContext } from "./viewer-context";

const ViewerError = lazy(() => import("./viewer-error").then((m) => ({ default: m.ViewerError })));

function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ height: "100vh" }}>
      <Spin size="large" description="正在验证登录状态…" />
    </Flex>
  );
}

/**
 * Every page but /login needs a signed-in viewer: without a token, or when `me` says the token no
 * longer names anyone, go to /login (remembering the page); otherwise provide the viewer.
 */
export function RequireViewer({ children }: { children: ReactNode }) {
  const token = useAuthToken();
  const location = useLocation();
  // cache-and-network: a page load shows the seeded/cached viewer at once and still refreshes it
  // (a tier may have changed through someone else's approval or revocation).
  const { data, loading, error, refetch } = useQuery(meQuery, token ? { fetchPolicy: "cache-and-network" } : skipToken);
  const viewer = data?.me ?? null;
  const staleToken = token !== null && !loading && !error && data !== undefined && viewer === null;

  useEffect(() => {
    if (staleToken) clearAuthToken();
  }, [staleToken]);

  if (!token || staleToken || firstGraphQLErrorCode(error) === "UNAUTHENTICATED") return <Navigate to={loginPath(location)} replace />;
  if (viewer) return <ViewerContext value={viewer}>{children}</ViewerContext>;
  if (error) {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <ViewerError onRetry={() => void refetch()} />
      </Suspense>
    );
  }
  return <FullPageSpin />;
}
