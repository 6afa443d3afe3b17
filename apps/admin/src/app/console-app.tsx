import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { useRoutes } from "react-router";
import { AppProviders } from "./app-providers";
import { consoleRoutes } from "./app-routes";
import { appResources } from "./resources";

dayjs.locale("zh-cn");

const routes = consoleRoutes(appResources);

/**
 * Everything behind the sign-in: antd, Apollo, the resource registry and its routes. Loaded as
 * one lazy chunk, so /login needs none of it.
 */
export function ConsoleApp() {
  return <AppProviders>{useRoutes(routes)}</AppProviders>;
}
