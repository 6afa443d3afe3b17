import { tierLabels } from "@kepu/domain";
import { Result } from "antd";
import { LinkButton } from "../shared/link-button";
import { useDocumentTitle } from "./use-document-title";
import { useViewer } from "./viewer-context";

/** Shown instead of a page the viewer's tier may not use (direct navigation, old bookmarks). */
export function ForbiddenPage() {
  const viewer = useViewer();
  useDocumentTitle("无权访问");
  return (
    <Result
      status="403"
      title={<h1 className="result-title">无权访问</h1>}
      subTitle={`当前账号（${tierLabels[viewer.tier]}）无权访问此页面。如需开通，请向上级管理员申请相应权限。`}
      extra={
        <LinkButton to="/" type="primary">
          返回首页
        </LinkButton>
      }
    />
  );
}
