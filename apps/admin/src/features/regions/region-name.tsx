import { useQuery } from "@apollo/client/react";
import { Tooltip } from "antd";
import { handledLocally } from "../../app/apollo-client";
import { regionNameQuery } from "./regions.graphql";

/**
 * A region's name for a code, with the full path and the code on hover; the code itself while
 * loading or when the region no longer exists (no error toast: the code is still meaningful).
 */
export function RegionName({ code }: { code: string }) {
  const { data } = useQuery(regionNameQuery, { variables: { code }, context: handledLocally, errorPolicy: "all" });
  const region = data?.region;
  if (!region) return <>{code}</>;
  return (
    <Tooltip title={`${region.path}（${region.code}）`}>
      <span>{region.name}</span>
    </Tooltip>
  );
}
