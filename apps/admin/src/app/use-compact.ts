import { Grid } from "antd";

/** Below 768 px (antd's `md`): phones get the drawer menu, card lists and stacked panes. */
export function useCompact(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen, as before.
  return screens.md === false;
}
