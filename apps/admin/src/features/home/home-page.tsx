import { RightOutlined } from "@ant-design/icons";
import { Alert, Card, Col, Flex, Row, Skeleton, Space, Typography } from "antd";
import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { isStaffTier } from "../../app/access";
import { useHomeShortcuts } from "../../app/resource-context";
import { useDocumentTitle } from "../../app/use-document-title";
import { useViewer } from "../../app/viewer-context";
import { LinkButton } from "../../shared/link-button";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";

// Staff land on their region's dashboard (features/kpi); fetched only for them, after the greeting.
const KpiHomePanel = lazy(() => import("../kpi/kpi-home-panel").then((m) => ({ default: m.KpiHomePanel })));

/** 概览: who you are, what you manage, and the parts of the console your tier can use. */
export function HomePage() {
  const viewer = useViewer();
  const staff = isStaffTier(viewer.tier);
  // Each page declares its own card (features/*/*.resource.tsx); the registry filters them for this viewer.
  const visible = useHomeShortcuts();
  const scope = viewer.tier === "PROVINCE_ADMIN" ? "河南省（全省）" : viewer.managedRegion?.path;
  useDocumentTitle("概览");

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 20 }}>
          {personName(viewer)}，您好
        </Typography.Title>
        <Space size={12} wrap style={{ marginBottom: 12 }}>
          <TierTag tier={viewer.tier} />
          {scope ? <Typography.Text type="secondary">管辖范围：{scope}</Typography.Text> : null}
          {viewer.region ? <Typography.Text type="secondary">所在地区：{viewer.region.path}</Typography.Text> : null}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          本平台服务于河南省科协科普中国信息员队伍建设，按地区统计注册量、累计注册、注册比例、传播量、活跃度和活动信息发布量。
          {staff ? (
            <>
              各地区与各期间的指标和下级排名见<Link to="/kpi">数据看板</Link>，排名通报可在<Link to="/bulletins">通报</Link>中生成和下载。
            </>
          ) : null}
        </Typography.Paragraph>
      </Card>
      {!staff ? (
        <Alert
          type="info"
          showIcon
          title="本平台主要面向各级管理员"
          description="个人用户可在此查看地区信息、申请成为管理员；签到、分享、积分等功能请使用科普中国信息员 App。"
        />
      ) : null}
      {staff ? (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
          <KpiHomePanel />
        </Suspense>
      ) : null}
      <Row gutter={[16, 16]}>
        {visible.map((shortcut) => (
          <Col xs={24} md={12} xl={8} key={shortcut.key}>
            <Card
              style={{ height: "100%" }}
              title={
                <Flex align="center" gap={8}>
                  {shortcut.icon}
                  {shortcut.title}
                </Flex>
              }
              extra={
                <LinkButton to={shortcut.to} type="link" icon={<RightOutlined />} iconPlacement="end" aria-label={`进入${shortcut.title}`}>
                  进入
                </LinkButton>
              }
            >
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {shortcut.text}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
