import { message as staticMessage } from "antd";
import { useEffect } from "react";
import { type MessageApi, useAppMessage } from "./app-message";

/**
 * The Apollo error link lives outside React, but antd's static `message` cannot see the
 * ConfigProvider (theme, zh-CN locale). <NotifierBridge/> hands the context-aware instance to
 * module scope; the static one is only a fallback before the app has mounted.
 */
let contextualMessage: MessageApi | null = null;

export function NotifierBridge(): null {
  const { message } = useAppMessage();
  useEffect(() => {
    contextualMessage = message;
    return () => {
      if (contextualMessage === message) contextualMessage = null;
    };
  }, [message]);
  return null;
}

/** Shows an error toast; identical texts share a key so a burst of failing queries shows once. */
export function notifyError(text: string): void {
  const api = contextualMessage ?? staticMessage;
  void api.error({ content: text, key: `error:${text}`, duration: 4 });
}
