import { createContext, use } from "react";
import type { ViewerFieldsFragment } from "../gql/graphql";

export type Viewer = ViewerFieldsFragment;

/** The signed-in volunteer; provided by <RequireViewer/> around every page except /login. */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error("useViewer() is only available inside the signed-in layout");
  return viewer;
}
