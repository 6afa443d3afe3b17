import { message as antMessage } from "antd";
import { createContext, useContext, type ReactNode } from "react";

export type MessageApi = ReturnType<typeof antMessage.useMessage>[0];

const MessageContext = createContext<MessageApi | null>(null);

/**
 * Toasts that follow the ConfigProvider (theme, zh-CN). antd's <App> would do it too, but it also
 * brings Modal and notification code to every page; only `message` is used.
 */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [api, holder] = antMessage.useMessage();
  return (
    <MessageContext value={api}>
      {holder}
      {children}
    </MessageContext>
  );
}

/** `const { message } = useAppMessage()`: the console's toasts, inside MessageProvider. */
export function useAppMessage(): { message: MessageApi } {
  const api = useContext(MessageContext);
  if (!api) throw new Error("useAppMessage outside MessageProvider");
  return { message: api };
}
