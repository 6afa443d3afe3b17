import { Flex, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { VolunteerRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { personName } from "../../shared/person-name";
import { relativeRegionLabel } from "../../shared/region-label";
import { TierTag } from "../../shared/tier-tag";
import type { ConnectionTable } from "../../shared/use-connection-table";
import "./volunteer-cards.css";
import { volunteerPath } from "./volunteer-path";

interface VolunteerCardsProps {
  table: ConnectionTable<VolunteerRowFragment>;
  scopePath: string | null;
  search: string;
  emptyText: string;
}

/** The 科普员 list on phones: one card per person, the whole card one link to the detail. */
export function VolunteerCards({ table, scopePath, search, emptyText }: VolunteerCardsProps) {
  if (table.rows.length === 0) return <ListEmpty pending={table.pending || Boolean(table.tableProps.loading)} text={emptyText} />;
  return (
    <Spin spinning={Boolean(table.tableProps.loading)}>
      <ul className="volunteer-cards" data-testid="volunteer-cards">
        {table.rows.map((v) => (
          <li key={v.id}>
            <Link to={`${volunteerPath(v.id)}${search}`} className="volunteer-cards__item">
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>
                  {personName(v)}
                </Typography.Text>
                <TierTag tier={v.tier} />
              </Flex>
              <Typography.Text type="secondary" className="volunteer-cards__line">
                {v.region ? relativeRegionLabel(v.region.path, scopePath) : "—"}
              </Typography.Text>
              <Flex justify="space-between" gap={8} className="volunteer-cards__line">
                <Typography.Text type="secondary" style={{ fontVariantNumeric: "tabular-nums" }}>
                  {v.phone ?? v.phoneMasked}
                </Typography.Text>
                {v.certified ? <Typography.Text type="secondary">认证 {formatDateTime(v.certifiedAt)}</Typography.Text> : <Tag>未认证</Tag>}
              </Flex>
            </Link>
          </li>
        ))}
      </ul>
    </Spin>
  );
}
