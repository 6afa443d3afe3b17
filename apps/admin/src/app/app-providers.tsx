import { ApolloProvider } from "@apollo/client/react";
import { ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useState, type ReactNode } from "react";
import { createApolloClient } from "./apollo-client";
import { clearAuthToken, readAuthToken } from "./auth-token";
import { MessageProvider } from "./app-message";
import { NotifierBridge } from "./notifier";
import { appTheme } from "./theme";

export function AppProviders({ children }: { children: ReactNode }) {
  // One client per app instance (not per render), created lazily so tests can mount their own.
  const [client] = useState(() => {
    const apollo = createApolloClient({
      onErrorCodes: (codes) => {
        // A signed-in request was refused as anonymous: the session expired or was revoked. Dropping
        // the token sends the protected layout to /login; the cache held the old viewer's data.
        if (!codes.includes("UNAUTHENTICATED") || readAuthToken() === null) return;
        clearAuthToken();
        void apollo.clearStore();
      },
    });
    return apollo;
  });
  return (
    <ConfigProvider locale={zhCN} theme={appTheme}>
      <MessageProvider>
        <NotifierBridge />
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </MessageProvider>
    </ConfigProvider>
  );
}
