import { UserDeleteOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { canRevokeManager } from "@kepu/domain";
import { Button, Descriptions, Drawer, Flex, Result, Skeleton, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";
import { VolunteerPointsPanel } from "../points/volunteer-points-panel";
import { RevokeManagerModal } from "./revoke-manager-modal";
import { volunteerDetailQuery } from "./volunteers.graphql";

const mono = { fontVariantNumeric: "tabular-nums" } as const;
const dash = <Typography.Text type="secondary">—</Typography.Text>;

function VolunteerDetail({ id }: { id: string }) {
  const viewer = useViewer();
  const [revoking, setRevoking] = useState(false);
  const { data, loading, error } = useQuery(volunteerDetailQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  const volunteer = data?.node?.__typename === "Volunteer" ? data.node : null;

  if (!volunteer) {
    if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
    return <Result status="404" title="未找到该科普员" subTitle={error ? error.message : "该科普员不存在，或不在您的管辖范围内。"} />;
  }

  const name = personName(volunteer);
  // The same rule the server enforces (ids only need to be comparable here).
  const canRevoke = canRevokeManager(
    { volunteerId: viewer.id, tier: viewer.tier, managedRegionCode: viewer.managedRegion?.code ?? null },
    { volunteerId: volunteer.id, tier: volunteer.tier, managedRegionCode: volunteer.managedRegion?.code ?? null },
  );

  return (
    <Flex vertical gap={16}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Space size={10} align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
            {name}
          </Typography.Title>
          <TierTag tier={volunteer.tier} />
          {volunteer.certified ? <Tag color="success">已实名认证</Tag> : <Tag>未认证</Tag>}
        </Space>
        {canRevoke ? (
          <Button danger icon={<UserDeleteOutlined />} onClick={() => setRevoking(true)}>
            撤销管理员
          </Button>
        ) : null}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 96 } }}
        items={[
          { key: "realName", label: "姓名", children: volunteer.realName ?? dash },
          { key: "nickname", label: "昵称", children: volunteer.nickname ?? dash },
          { key: "phone", label: "手机", children: <span style={mono}>{volunteer.phone ?? volunteer.phoneMasked}</span> },
          {
            key: "idNumber",
            label: "身份证",
            children: volunteer.idNumberMasked ? <span style={mono}>{volunteer.idNumberMasked}</span> : dash,
          },
          { key: "region", label: "所属地区", children: volunteer.region?.path ?? dash },
          { key: "workUnit", label: "工作单位", children: volunteer.workUnit ?? dash },
          { key: "tier", label: "层级", children: <TierTag tier={volunteer.tier} /> },
          { key: "managedRegion", label: "管辖地区", children: volunteer.managedRegion?.path ?? dash },
          { key: "certifiedAt", label: "认证时间", children: volunteer.certified ? formatDateTime(volunteer.certifiedAt) : "未认证" },
          { key: "createdAt", label: "注册时间", children: formatDateTime(volunteer.createdAt) },
          { key: "points", label: "积分余额", children: <span style={mono}>{formatCount(volunteer.pointsBalance)}</span> },
          { key: "streak", label: "连续签到", children: `${formatCount(volunteer.checkInStreak)} 天` },
        ]}
      />
      <VolunteerPointsPanel volunteerId={volunteer.id} name={name} />
      {canRevoke ? (
        <RevokeManagerModal
          open={revoking}
          onClose={() => setRevoking(false)}
          volunteer={{ id: volunteer.id, name, tier: volunteer.tier, managedRegionName: volunteer.managedRegion?.name ?? null }}
        />
      ) : null}
    </Flex>
  );
}

/** `/volunteers/:id`: the volunteer's full record over the list, which stays as it was. */
export function VolunteerDetailDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const compact = useCompact();
  return (
    <Drawer title="科普员详情" open={id !== undefined} onClose={onClose} size={compact ? "100%" : 560} destroyOnHidden>
      {id ? <VolunteerDetail key={id} id={id} /> : null}
    </Drawer>
  );
}
