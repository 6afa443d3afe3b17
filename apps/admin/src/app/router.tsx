import { createBrowserRouter } from "react-router";
import { appRoutes } from "./app-routes";
import { appResources } from "./resources";

export const router = createBrowserRouter(appRoutes(appResources));
