import { MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Layout, Menu } from "antd";
import { Suspense, useEffect, useMemo, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import "./app-layout.css";
import { NavBreadcrumb } from "./nav-breadcrumb";
import { PageErrorBoundary } from "./page-error-boundary";
import { selectedNavKey } from "./nav-visibility";
import { PageLoading } from "./page-loading";
import { useNavItems } from "./resource-context";
import { useCompact } from "./use-compact";
import { ViewerMenu } from "./viewer-menu";

/** Header, left menu (a drawer below 768 px), breadcrumb and the page, with a skip link for keyboards. */
export function AppLayout() {
  const { pathname } = useLocation();
  const compact = useCompact();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = useNavItems();
  const selectedKey = selectedNavKey(items, pathname);
  const menuItems = useMemo(
    () =>
      items.map(({ key, icon, path, label, badge: Badge }) => ({
        key,
        icon,
        label: (
          <Link to={path}>
            {label}
            {Badge ? <Badge /> : null}
          </Link>
        ),
      })),
    [items],
  );
  // Following a menu link closes the drawer.
  useEffect(() => setDrawerOpen(false), [pathname]);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
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
            onClick={() => setDrawerOpen(true)}
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
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={240}
            title="菜单"
            styles={{ body: { padding: 0 } }}
            rootClassName="app-nav-drawer"
          >
            {menu}
          </Drawer>
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
