import { Breadcrumb } from "antd";
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
  return <Breadcrumb items={crumbs} style={{ marginBottom: 8 }} />;
}
