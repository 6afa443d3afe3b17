import { EnvironmentOutlined, RightOutlined } from "@ant-design/icons";
import { Button, Card, Col, Flex, Row, Typography } from "antd";
import { Link } from "react-router";

/** 概览: placeholder until the KPI dashboard issue lands; points to what already works. */
export function HomePage() {
  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          欢迎使用科普中国信息员管理平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          本平台服务于河南省科协科普中国信息员队伍建设，按地区统计注册量、累计注册、注册比例、传播量、活跃度和活动信息发布量。
          数据概览与通报功能将在后续版本中提供。
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <Card
            title={
              <Flex align="center" gap={8}>
                <EnvironmentOutlined />
                地区
              </Flex>
            }
            extra={
              <Link to="/regions">
                <Button type="link" icon={<RightOutlined />} iconPlacement="end">
                  进入
                </Button>
              </Link>
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              浏览全省行政区划树（市、区县、乡镇街道、村社区），查看各地区常住人口及其数据来源。
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
