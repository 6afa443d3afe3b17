import { tierLabels } from "@kepu/domain";
import { Button, Result } from "antd";
import { Link } from "react-router";
import { useViewer } from "./viewer-context";

/** Shown instead of a page the viewer's tier may not use (direct navigation, old bookmarks). */
export function ForbiddenPage() {
  const viewer = useViewer();
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={`当前账号（${tierLabels[viewer.tier]}）无权访问此页面。如需开通，请向上级管理员申请相应权限。`}
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
