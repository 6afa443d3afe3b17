import { useMutation, useQuery } from "@apollo/client/react";
import { Card, Col, Flex, Row, Segmented, Statistic, Tabs } from "antd";
import { useState } from "react";
import { useAppMessage } from "../../app/app-message";
import type { CityQuotaFragment, VolunteerMeasure } from "../../gql/graphql";
import { topVolunteersQuery, withdrawNominationMutation } from "./commendation.graphql";
import { quotaText, volunteerMeasureLabels } from "./commendation-labels";
import { NominateModal, type NominationTarget } from "./nominate-modal";
import { NominationsTable } from "./nominations-table";
import { RegionCandidates } from "./region-candidates";
import type { Round } from "./round-summary";
import { NominateVolunteerButton, TopVolunteersTable } from "./top-volunteers-table";

const CANDIDATES = 50;

/**
 * 市级管理员: the city's places, its nominations (撤回 while pending), and the two rankings it
 * nominates from — its counties/townships by composite score and its people by points, shares or
 * activity posts over the round's period.
 */
export function CityRoundView({
  round,
  city,
  scopePath,
  loading,
}: {
  round: Round;
  city: CityQuotaFragment;
  scopePath: string | null;
  loading: boolean;
}) {
  const { message } = useAppMessage();
  const [measure, setMeasure] = useState<VolunteerMeasure>("POINTS");
  const [target, setTarget] = useState<NominationTarget | null>(null);
  const [open, setOpen] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [withdraw] = useMutation(withdrawNominationMutation, { refetchQueries: ["CommendationRound"], awaitRefetchQueries: true });
  const people = useQuery(topVolunteersQuery, {
    variables: { regionCode: city.cityCode, from: round.from, to: round.to, measure, first: CANDIDATES },
    fetchPolicy: "cache-and-network",
  });
  const mine = round.nominations.filter((n) => n.cityCode === city.cityCode);
  // Pending and confirmed ones hold a place; a rejected nominee cannot come back this year.
  const taken = mine.filter((n) => n.status !== "WITHDRAWN");
  const nominatedRegions = new Set(taken.filter((n) => n.kind === "REGION").map((n) => n.region.code));
  const nominatedPeople = new Set(taken.flatMap((n) => (n.volunteer ? [n.volunteer.id] : [])));
  const isOpen = round.status === "OPEN";
  const nominate = (t: NominationTarget) => {
    setTarget(t);
    setOpen(true);
  };
  const remainingText =
    target?.kind === "VOLUNTEER"
      ? quotaText(city.individualsRemaining, city.individualQuota, "名")
      : quotaText(city.regionsRemaining, city.regionQuota, "个");
  const rows = people.data?.topVolunteers ?? people.previousData?.topVolunteers ?? [];

  return (
    <Flex vertical gap={12}>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="先进单位剩余名额" value={city.regionsRemaining} suffix={`/ ${city.regionQuota}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="先进个人剩余名额" value={city.individualsRemaining} suffix={`/ ${city.individualQuota}`} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`${city.city.name}的提名`}>
        <NominationsTable
          rows={mine}
          loading={loading}
          scopePath={scopePath}
          showCity={false}
          emptyText={isOpen ? "还没有提名：在下方排名中点“提名”" : "没有提名"}
          withdrawing={withdrawing}
          onWithdraw={(n) => {
            setWithdrawing(n.id);
            withdraw({ variables: { id: n.id } })
              .then(
                () => void message.success(`已撤回“${n.nomineeName}”的提名`),
                () => undefined,
              )
              .finally(() => setWithdrawing(null));
          }}
        />
      </Card>
      {isOpen ? (
        <Card size="small" title="从排名中提名">
          <Tabs
            items={[
              {
                key: "regions",
                label: `先进单位（剩 ${city.regionsRemaining}）`,
                children: (
                  <RegionCandidates
                    city={{ code: city.cityCode, name: city.city.name }}
                    from={round.from}
                    to={round.to}
                    nominated={nominatedRegions}
                    canNominate={city.regionsRemaining > 0}
                    onNominate={nominate}
                  />
                ),
              },
              {
                key: "people",
                label: `先进个人（剩 ${city.individualsRemaining}）`,
                children: (
                  <Flex vertical gap={8}>
                    <Segmented<VolunteerMeasure>
                      value={measure}
                      onChange={setMeasure}
                      options={(Object.keys(volunteerMeasureLabels) as VolunteerMeasure[]).map((m) => ({
                        value: m,
                        label: volunteerMeasureLabels[m],
                      }))}
                    />
                    <TopVolunteersTable
                      rows={rows}
                      loading={people.loading}
                      measure={measure}
                      scopePath={scopePath}
                      action={(r) => {
                        const done = Boolean(r.volunteer && nominatedPeople.has(r.volunteer.id));
                        return (
                          <NominateVolunteerButton
                            row={r}
                            nominated={done}
                            canNominate={city.individualsRemaining > 0}
                            onClick={() =>
                              r.volunteer &&
                              nominate({
                                kind: "VOLUNTEER",
                                key: r.volunteer.id,
                                name: r.name,
                                detail: `${volunteerMeasureLabels[measure]}第 ${r.rank} 名：积分 ${r.points}，传播量 ${r.shares}，活动发布 ${r.activityPosts}`,
                              })
                            }
                          />
                        );
                      }}
                    />
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
      <NominateModal year={round.year} target={target} open={open} remainingText={remainingText} onClose={() => setOpen(false)} />
    </Flex>
  );
}
