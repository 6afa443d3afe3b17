import { HomeOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { regionLevelLabels } from "@kepu/domain";
import { Breadcrumb, Button, Card, Descriptions, Divider, Result, Skeleton, Space, Typography } from "antd";
import { useEffect } from "react";
import { Link } from "react-router";
import { formatCount } from "../../shared/format";
import { LinkButton } from "../../shared/link-button";
import { PopulationSourceTag } from "./population-source-tag";
import { RegionChildrenTable } from "./region-children-table";
import { firstGraphQLErrorCode } from "../../app/error-text";
import { RegionLevelTag } from "./region-level-tag";
import { regionDetailQuery } from "./regions.graphql";

interface RegionDetailCardProps {
  code: string;
  /** Called when a region's ancestors become known, so the tree can open the path to it. Keep it stable. */
  onLoaded?: (ancestorCodes: readonly string[], code: string) => void;
}

export function RegionDetailCard({ code, onLoaded }: RegionDetailCardProps) {
  const { data, loading, error, refetch } = useQuery(regionDetailQuery, { variables: { code } });
  const region = data?.region?.code === code ? data.region : undefined;

  // A string key, not the array: a cache refresh returns a new array for the same path, and the
  // tree should only be re-opened when the selection really moves.
  const regionCode = region?.code;
  const ancestorKey = region?.ancestors.map((a) => a.code).join(",");
  useEffect(() => {
    if (regionCode !== undefined && ancestorKey !== undefined) onLoaded?.(ancestorKey ? ancestorKey.split(",") : [], regionCode);
  }, [regionCode, ancestorKey, onLoaded]);

  if (error && !region) {
    const errorCode = firstGraphQLErrorCode(error);
    const notFound = errorCode === "NOT_FOUND" || errorCode === "BAD_USER_INPUT";
    return (
      <Card>
        <Result
          status={notFound ? "404" : "error"}
          title={notFound ? "未找到该地区" : "地区信息加载失败"}
          subTitle={notFound ? `地区代码“${code}”不存在或格式不正确，请从左侧地区树重新选择。` : error.message}
          extra={
            notFound ? (
              <LinkButton to="/regions" type="primary">
                返回地区列表
              </LinkButton>
            ) : (
              <Button type="primary" onClick={() => void refetch()}>
                重试
              </Button>
            )
          }
        />
      </Card>
    );
  }

  if (loading && !region) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  if (!region) return null;

  const breadcrumbItems = [
    {
      title: (
        <Link to="/regions" aria-label="地区">
          <HomeOutlined />
        </Link>
      ),
    },
    ...region.ancestors.map((a) => ({ title: <Link to={`/regions/${a.code}`}>{a.name}</Link> })),
    { title: region.name },
  ];

  return (
    <Card
      title={
        <Space size={8}>
          <span>{region.name}</span>
          <RegionLevelTag level={region.level} />
        </Space>
      }
      extra={
        <Typography.Text type="secondary" copyable={{ text: region.code, tooltips: ["复制代码", "已复制"] }}>
          {region.code}
        </Typography.Text>
      }
    >
      <Breadcrumb items={breadcrumbItems} style={{ marginBottom: 16 }} />
      <Descriptions
        bordered
        column={{ xs: 1, sm: 2, xl: 3 }}
        size="small"
        items={[
          {
            key: "code",
            label: "地区代码",
            children: <Typography.Text style={{ fontVariantNumeric: "tabular-nums" }}>{region.code}</Typography.Text>,
          },
          { key: "level", label: "级别", children: regionLevelLabels[region.level] },
          { key: "children", label: "下级数量", children: formatCount(region.childCount) },
          {
            key: "population",
            label: "常住人口",
            children: (
              <Space size={8}>
                <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatCount(region.population)}</span>
                {region.population === null ? null : <PopulationSourceTag source={region.populationSource} />}
              </Space>
            ),
          },
          { key: "path", label: "完整路径", span: "filled", children: region.path },
        ]}
      />
      <Divider style={{ marginBlock: 16 }} />
      <RegionChildrenTable code={region.code} isLeafLevel={region.level === "VILLAGE"} />
    </Card>
  );
}
