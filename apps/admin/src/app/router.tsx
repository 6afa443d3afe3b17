import { createBrowserRouter } from "react-router";
import { entryRoutes } from "./entry-routes";

export const router = createBrowserRouter(entryRoutes());
