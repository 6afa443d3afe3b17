import { Link, useLocation } from "react-router";
import type { NavItem } from "./resource";

/** 概览 › page › 详情: where the viewer is, derived from the menu and the URL. */
export function NavBreadcrumb({ items, selectedKey }: { items: readonly NavItem[]; selectedKey: string | undefined }) {
  const { pathname } = useLocation();
  const current = items.find((item) => item.key === selectedKey);
  const home = items.find((item) => item.path === "/");
  if (!current || current.path === "/") return null;
  const deeper = pathname !== current.path && pathname.startsWith(`${current.path}/`);
  const crumbs = [
    { key: "home", title: <Link to="/">{home?.label ?? "概览"}</Link> },
    { key: current.key, title: deeper ? <Link to={current.path}>{current.label}</Link> : current.label },
    ...(deeper ? [{ key: "detail", title: "详情" }] : []),
  ];
  // Plain markup (antd's Breadcrumb brings dropdown and popover code to every page for this).
  return (
    <nav aria-label="面包屑" className="nav-breadcrumb">
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={crumb.key} aria-current={i === crumbs.length - 1 ? "page" : undefined}>
            {crumb.title}
          </li>
        ))}
      </ol>
    </nav>
  );
}
