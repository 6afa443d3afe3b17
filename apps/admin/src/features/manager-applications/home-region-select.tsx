import { skipToken, useQuery } from "@apollo/client/react";
import type { RegionLevel } from "@kepu/domain";
import { Select } from "antd";
import { useEffect, useMemo } from "react";
import { regionDetailQuery } from "../regions/regions.graphql";

interface HomeRegionSelectProps {
  /** The applicant's home region (实名认证 所在地区). */
  homeCode: string | null;
  level: RegionLevel | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
}

/**
 * The only regions an applicant may manage: those containing their home, at the tier's level
 * (the server's rule, assertApplicationTarget). Usually exactly one, so it is chosen for them.
 */
export function HomeRegionSelect({ homeCode, level, value, onChange, id }: HomeRegionSelectProps) {
  const { data, loading } = useQuery(regionDetailQuery, homeCode ? { variables: { code: homeCode } } : skipToken);
  const home = data?.region;
  const options = useMemo(() => {
    if (!home || !level) return [];
    const path = [...home.ancestors, { code: home.code, name: home.name, level: home.level }];
    return path.filter((r) => r.level === level).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }));
  }, [home, level]);
  const only = options.length === 1 ? options[0]?.value : undefined;
  useEffect(() => {
    if (only && value !== only) onChange?.(only);
  }, [only, value, onChange]);

  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      disabled={!level || options.length === 0}
      placeholder={!level ? "请先选择申请层级" : loading ? "加载中…" : options.length === 0 ? "您所在地区没有该级别的上级地区" : "选择地区"}
      aria-label="申请地区"
      style={{ width: "100%" }}
    />
  );
}
