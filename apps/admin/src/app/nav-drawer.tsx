import { Drawer } from "antd";
import type { ReactNode } from "react";

/** The menu on phones; its own chunk, since desktops never open it. */
export function NavDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={240}
      title="菜单"
      styles={{ body: { padding: 0 } }}
      rootClassName="app-nav-drawer"
    >
      {children}
    </Drawer>
  );
}
