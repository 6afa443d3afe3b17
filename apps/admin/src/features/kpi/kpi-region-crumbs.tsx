import { Skeleton } from "antd";
import { Link } from "react-router";
import type { KpiRegionQuery } from "../../gql/graphql";
import { regionCrumbs } from "./kpi-scope";
import "./kpi.css";

type Region = NonNullable<KpiRegionQuery["region"]>;

/**
 * 河南省 / 郑州市 / 金水区: the path of the region looked at, each level a link back up — except the
 * levels above the viewer's own region, which are shown for orientation only.
 */
export function KpiRegionCrumbs({
  region,
  root,
  searchFor,
}: {
  region: Region | undefined;
  root: string;
  searchFor: (code: string) => string;
}) {
  if (!region) return <Skeleton.Input active size="small" style={{ width: 200 }} />;
  const crumbs = regionCrumbs(region, root);
  return (
    <nav aria-label="地区路径" className="kpi-crumbs" data-testid="kpi-crumbs">
      <ol>
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          if (last) {
            return (
              <li key={crumb.code} aria-current="page" className="kpi-crumbs__here">
                {crumb.name}
              </li>
            );
          }
          return (
            <li key={crumb.code}>
              {crumb.reachable ? (
                <Link to={{ search: searchFor(crumb.code) }}>{crumb.name}</Link>
              ) : (
                <span style={{ color: "rgba(0,0,0,0.45)" }}>{crumb.name}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
