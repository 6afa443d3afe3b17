import { AuditOutlined, EnvironmentOutlined, FileSearchOutlined, RightOutlined, SolutionOutlined, TeamOutlined } from "@ant-design/icons";
import type { Tier } from "@kepu/domain";
import { Alert, Button, Card, Col, Flex, Row, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { hasTier, isStaffTier, pageAccess } from "../../app/access";
import { useViewer } from "../../app/viewer-context";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";

interface Shortcut {
  key: string;
  title: string;
  icon: ReactNode;
  path: string;
  text: string;
  requiredTier?: Tier;
  /** Shown only to viewers who are not staff (individuals applying). */
  individualsOnly?: boolean;
}

const shortcuts: Shortcut[] = [
  { key: "regions", title: "地区", icon: <EnvironmentOutlined />, path: "/regions", text: "浏览全省行政区划树（市、区县、乡镇街道、村社区），查看各地区常住人口及其数据来源。" },
  {
    key: "volunteers",
    title: "科普员",
    icon: <TeamOutlined />,
    path: "/volunteers",
    text: "按地区、层级、认证状态和认证时间查询管辖范围内的科普员，查看实名认证信息。",
    requiredTier: pageAccess.volunteers,
  },
  {
    key: "manager-applications",
    title: "管理员审批",
    icon: <AuditOutlined />,
    path: "/manager-applications",
    text: "审批下级管理员认证申请：通过后申请人即成为该地区管理员。",
    requiredTier: pageAccess.managerApplications,
  },
  {
    key: "audit-log",
    title: "审计日志",
    icon: <FileSearchOutlined />,
    path: "/audit-log",
    text: "查看审批决定、层级变更、实名认证等全部关键操作记录。",
    requiredTier: pageAccess.auditLog,
  },
  {
    key: "apply",
    title: "申请成为管理员",
    icon: <SolutionOutlined />,
    path: "/manager-applications?tab=mine",
    text: "完成实名认证后，可申请成为乡镇、区县或市级管理员，负责本地区科普员队伍建设。",
    individualsOnly: true,
  },
];

/** 概览: who you are, what you manage, and the parts of the console your tier can use. */
export function HomePage() {
  const viewer = useViewer();
  const staff = isStaffTier(viewer.tier);
  const visible = shortcuts.filter((s) => hasTier(viewer.tier, s.requiredTier) && (!s.individualsOnly || !staff));
  const scope = viewer.tier === "PROVINCE_ADMIN" ? "河南省（全省）" : viewer.managedRegion?.path;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {personName(viewer)}，您好
        </Typography.Title>
        <Space size={12} wrap style={{ marginBottom: 12 }}>
          <TierTag tier={viewer.tier} />
          {scope ? <Typography.Text type="secondary">管辖范围：{scope}</Typography.Text> : null}
          {viewer.region ? <Typography.Text type="secondary">所在地区：{viewer.region.path}</Typography.Text> : null}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          本平台服务于河南省科协科普中国信息员队伍建设，按地区统计注册量、累计注册、注册比例、传播量、活跃度和活动信息发布量。
          数据概览与通报功能将在后续版本中提供。
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
                <Link to={shortcut.path}>
                  <Button type="link" icon={<RightOutlined />} iconPlacement="end">
                    进入
                  </Button>
                </Link>
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
