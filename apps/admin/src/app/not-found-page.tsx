import { Result } from "antd";
import { LinkButton } from "../shared/link-button";
import { useDocumentTitle } from "./use-document-title";

export function NotFoundPage() {
  useDocumentTitle("页面不存在");
  return (
    <Result
      status="404"
      title={<h1 className="result-title">页面不存在</h1>}
      subTitle="您访问的地址不存在，可能已被移动或删除。"
      extra={
        <LinkButton to="/" type="primary">
          返回首页
        </LinkButton>
      }
    />
  );
}
