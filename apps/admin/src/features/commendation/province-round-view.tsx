import { Card, Flex, Select, Table, Typography, type TableColumnsType } from "antd";
import { useMemo, useState } from "react";
import type { CityQuotaFragment, NominationRowFragment, NominationStatus } from "../../gql/graphql";
import { nominationStatusLabels } from "./commendation-labels";
import { DecideNominationModal, type NominationDecision } from "./decide-nomination-modal";
import { NominationsTable } from "./nominations-table";
import type { Round } from "./round-summary";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

interface CityLine extends CityQuotaFragment {
  pending: number;
}

/** 省科协: the places each city used, and every nomination with 确认 / 驳回, filtered by city and status. */
export function ProvinceRoundView({ round, loading }: { round: Round; loading: boolean }) {
  const [city, setCity] = useState<string | undefined>();
  const [status, setStatus] = useState<NominationStatus | undefined>(round.status === "PUBLISHED" ? undefined : "PENDING");
  const [target, setTarget] = useState<{ nomination: NominationRowFragment; decision: NominationDecision } | null>(null);
  const [open, setOpen] = useState(false);
  const cities: CityLine[] = useMemo(
    () =>
      round.cities.map((c) => ({
        ...c,
        pending: round.nominations.filter((n) => n.cityCode === c.cityCode && n.status === "PENDING").length,
      })),
    [round],
  );
  const rows = round.nominations.filter((n) => (!city || n.cityCode === city) && (!status || n.status === status));
  const columns: TableColumnsType<CityLine> = [
    { title: "市", key: "city", render: (_: unknown, c) => c.city.name },
    {
      title: "先进单位（已用 / 名额）",
      key: "regions",
      render: (_: unknown, c) => <span style={mono}>{`${c.regionsUsed} / ${c.regionQuota}`}</span>,
    },
    {
      title: "先进个人（已用 / 名额）",
      key: "people",
      render: (_: unknown, c) => <span style={mono}>{`${c.individualsUsed} / ${c.individualQuota}`}</span>,
    },
    { title: "待审核", key: "pending", render: (_: unknown, c) => <span style={mono}>{c.pending || "—"}</span> },
  ];
  return (
    <Flex vertical gap={12}>
      <Card size="small" title="各市提名情况">
        <Table<CityLine>
          rowKey="cityCode"
          dataSource={cities}
          columns={columns}
          size="small"
          pagination={false}
          scroll={{ x: 520 }}
          onRow={(c) => ({ onClick: () => setCity(c.cityCode), style: { cursor: "pointer" } })}
        />
      </Card>
      <Card size="small" title="提名">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="全部市"
            value={city}
            onChange={setCity}
            options={round.cities.map((c) => ({ value: c.cityCode, label: c.city.name }))}
            style={{ minWidth: 140 }}
            aria-label="按市筛选"
          />
          <Select
            allowClear
            placeholder="全部状态"
            value={status}
            onChange={setStatus}
            options={(Object.keys(nominationStatusLabels) as NominationStatus[]).map((s) => ({
              value: s,
              label: nominationStatusLabels[s],
            }))}
            style={{ minWidth: 120 }}
            aria-label="按状态筛选"
          />
          <Typography.Text type="secondary" style={{ alignSelf: "center" }}>
            共 {rows.length} 条
          </Typography.Text>
        </Flex>
        <NominationsTable
          rows={rows}
          loading={loading}
          scopePath={null}
          showCity
          emptyText={status === "PENDING" ? "没有待审核的提名" : "暂无提名"}
          onDecide={(nomination, decision) => {
            setTarget({ nomination, decision });
            setOpen(true);
          }}
        />
      </Card>
      <DecideNominationModal target={target} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
