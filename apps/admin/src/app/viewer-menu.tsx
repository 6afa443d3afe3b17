import { DownOutlined, EnvironmentOutlined, KeyOutlined, LogoutOutlined } from "@ant-design/icons";
import { Button, Dropdown, Flex, Tooltip, Typography } from "antd";
import { lazy, Suspense, useState } from "react";
import { useLogout } from "../features/auth/use-logout";
import { personName } from "../shared/person-name";
import { TierTag } from "../shared/tier-tag";
import { useViewer } from "./viewer-context";

// Its form is loaded the first time someone opens it, not with every page.
const ChangePasswordModal = lazy(() => import("../features/auth/change-password-modal").then((m) => ({ default: m.ChangePasswordModal })));

const onDark = { color: "rgba(255,255,255,0.92)" };

/**
 * Right side of the header: who is signed in, with what authority over which region. Compact
 * (phones): only the account menu and an icon 退出登录, so both stay on screen at 390 px.
 */
export function ViewerMenu({ compact = false }: { compact?: boolean }) {
  const viewer = useViewer();
  const { signOut, signingOut } = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);
  const name = personName(viewer);
  const scope = viewer.tier === "PROVINCE_ADMIN" ? "河南省（全省）" : viewer.managedRegion?.name;

  return (
    <Flex align="center" gap={compact ? 4 : 12} style={{ marginLeft: "auto", flexShrink: 0 }} data-testid="viewer-menu">
      {compact ? null : <TierTag tier={viewer.tier} />}
      {scope && !compact ? (
        <Tooltip title={viewer.managedRegion?.path ?? "管辖范围"}>
          <Typography.Text style={onDark}>
            <EnvironmentOutlined style={{ marginInlineEnd: 4 }} />
            {scope}
          </Typography.Text>
        </Tooltip>
      ) : null}
      {compact ? null : <span className="viewer-menu__divider" aria-hidden />}
      <Dropdown
        trigger={["click"]}
        menu={{ items: [{ key: "password", icon: <KeyOutlined />, label: "修改密码", onClick: () => setChangingPassword(true) }] }}
      >
        <Button type="text" style={{ ...onDark, paddingInline: 6 }} aria-label="账号菜单">
          <span className="viewer-menu__avatar" aria-hidden>
            {name.slice(0, 1)}
          </span>
          <span data-testid="viewer-name" className={compact ? "visually-hidden" : undefined}>
            {name}
          </span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Button
        type="text"
        icon={<LogoutOutlined />}
        loading={signingOut}
        onClick={() => void signOut()}
        style={onDark}
        aria-label={compact ? "退出登录" : undefined}
        title={compact ? "退出登录" : undefined}
      >
        {compact ? null : "退出登录"}
      </Button>
      {changingPassword ? (
        <Suspense fallback={null}>
          <ChangePasswordModal open onClose={() => setChangingPassword(false)} />
        </Suspense>
      ) : null}
    </Flex>
  );
}
