import { ApolloProvider } from "@apollo/client/react";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useState, type ReactNode } from "react";
import { createApolloClient } from "./apollo-client";
import { NotifierBridge } from "./notifier";
import { appTheme } from "./theme";

export function AppProviders({ children }: { children: ReactNode }) {
  // One client per app instance (not per render), created lazily so tests can mount their own.
  const [client] = useState(() => createApolloClient());
  return (
    <ConfigProvider locale={zhCN} theme={appTheme}>
      <AntApp>
        <NotifierBridge />
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
