import { lazyPage, type AppResource } from "../../app/resource";

/** /login: the only page that needs no session, so it lives outside the console layout. */
export const loginResource: AppResource = {
  key: "login",
  paths: ["/login"],
  page: lazyPage(() => import("./login-page"), "LoginPage"),
  public: true,
};
