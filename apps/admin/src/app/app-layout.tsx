import { Layout, Menu, Typography } from "antd";
import { Suspense, useMemo, useState } from "react";
import { Link, Outlet, useLocation } from "react-router";
import { selectedNavKey } from "./nav-visibility";
import { PageLoading } from "./page-loading";
import { useNavItems } from "./resource-context";
import { ViewerMenu } from "./viewer-menu";

const HEADER_HEIGHT = 56;

export function AppLayout() {
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const items = useNavItems();
  const selectedKey = selectedNavKey(items, pathname);
  const menuItems = useMemo(
    () => items.map((item) => ({ key: item.key, icon: item.icon, label: <Link to={item.path}>{item.label}</Link> })),
    [items],
  );

  return (
    <Layout style={{ height: "100vh" }}>
      <Layout.Header
        style={{
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          paddingInline: 20,
          display: "flex",
          alignItems: "center",
          gap: 12,
          background: "linear-gradient(90deg, #0b3d91 0%, #1668dc 100%)",
        }}
      >
        <Link to="/" style={{ display: "flex", alignItems: "center", gap: 10 }} aria-label="返回首页">
          <span
            aria-hidden
            style={{
              width: 30,
              height: 30,
              borderRadius: 8,
              background: "rgba(255,255,255,0.18)",
              color: "#fff",
              fontWeight: 700,
              display: "inline-flex",
              alignItems: "center",
              justifyContent: "center",
              lineHeight: 1,
            }}
          >
            科
          </span>
          <Typography.Title level={4} style={{ color: "#fff", margin: 0, fontSize: 18, letterSpacing: 1 }}>
            科普中国信息员管理平台
          </Typography.Title>
        </Link>
        <Typography.Text style={{ color: "rgba(255,255,255,0.65)", fontSize: 13, marginLeft: 4 }}>河南省科学技术协会</Typography.Text>
        <ViewerMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={200} theme="light">
          <Menu
            mode="inline"
            selectedKeys={selectedKey ? [selectedKey] : []}
            items={menuItems}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16, overflow: "auto", display: "flex", flexDirection: "column", minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
