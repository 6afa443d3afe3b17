import { MenuOutlined } from "@ant-design/icons";
import { Button, Layout, Menu } from "antd";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import "./app-layout.css";
import { groupOf, menuEntries } from "./menu-groups";
import { NavBreadcrumb } from "./nav-breadcrumb";
import { PageErrorBoundary } from "./page-error-boundary";
import { selectedNavKey } from "./nav-visibility";
import { PageLoading } from "./page-loading";
import type { NavItem } from "./resource";
import { useNavItems } from "./resource-context";
import { useCompact } from "./use-compact";
import { ViewerMenu } from "./viewer-menu";

const NavDrawer = lazy(() => import("./nav-drawer").then((m) => ({ default: m.NavDrawer })));

function menuItemOf({ key, icon, path, label, badge: Badge }: NavItem) {
  return {
    key,
    icon,
    label: (
      <Link to={path}>
        {label}
        {Badge ? <Badge /> : null}
      </Link>
    ),
  };
}

/** Header, left menu (a drawer below 768 px), breadcrumb and the page, with a skip link for keyboards. */
export function AppLayout() {
  const { pathname } = useLocation();
  const compact = useCompact();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerOpened, setDrawerOpened] = useState(false);
  const items = useNavItems();
  const selectedKey = selectedNavKey(items, pathname);
  const entries = useMemo(() => menuEntries(items), [items]);
  const menuItems = useMemo(
    () =>
      entries.map((entry) =>
        entry.kind === "item"
          ? menuItemOf(entry.item)
          : { key: `group:${entry.key}`, label: entry.label, icon: entry.items[0].icon, children: entry.items.map(menuItemOf) },
      ),
    [entries],
  );
  // The submenu holding the current page starts open; the viewer may open or close others.
  const currentGroup = groupOf(entries, selectedKey);
  const [openGroups, setOpenGroups] = useState<string[]>(currentGroup ? [`group:${currentGroup}`] : []);
  useEffect(() => {
    if (currentGroup) setOpenGroups((open) => (open.includes(`group:${currentGroup}`) ? open : [...open, `group:${currentGroup}`]));
  }, [currentGroup]);
  // Following a menu link closes the drawer.
  useEffect(() => setDrawerOpen(false), [pathname]);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
      openKeys={openGroups}
      onOpenChange={setOpenGroups}
      items={menuItems}
      style={{ borderInlineEnd: 0, paddingTop: 8 }}
      aria-label="主菜单"
    />
  );

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main-content">
        跳到主要内容
      </a>
      <Layout.Header className={compact ? "app-header app-header--compact" : "app-header"}>
        {compact ? (
          <Button
            type="text"
            className="app-header__menu-button"
            icon={<MenuOutlined />}
            aria-label="打开菜单"
            aria-expanded={drawerOpen}
            onClick={() => {
              setDrawerOpened(true);
              setDrawerOpen(true);
            }}
          />
        ) : null}
        <Link to="/" className="app-header__brand" aria-label="科普中国信息员管理平台 首页">
          <span aria-hidden className="app-header__mark">
            科
          </span>
          <span className="app-header__title">科普中国信息员管理平台</span>
        </Link>
        {compact ? null : <span className="app-header__org">河南省科学技术协会</span>}
        <ViewerMenu compact={compact} />
      </Layout.Header>
      <Layout>
        {compact ? (
          // Fetched when first opened: a phone's first screen does not wait for it.
          drawerOpened ? (
            <Suspense fallback={null}>
              <NavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)}>
                {menu}
              </NavDrawer>
            </Suspense>
          ) : null
        ) : (
          <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={200} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content id="main-content" tabIndex={-1} className={compact ? "app-main app-main--compact" : "app-main"}>
          <NavBreadcrumb items={items} selectedKey={selectedKey} />
          <PageErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
