import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { router } from "./app/router";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    {/* No transitions: list state lives in the URL, and an Apollo answer (an urgent update) arriving
          during a transitional navigation rendered the old URL's query again, so two queries took
          turns without end. */}
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
