import {
  ancestorCodeCandidates,
  assertRegionCode,
  badInput,
  cleanText,
  excerpt,
  notFound,
  populationProblem,
  type RegionLevel,
  subtreeRange,
} from "@kepu/domain";
import type { Connection } from "../../platform/pagination/connection.js";
import { type PageArgs, paginate } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { setPopulations } from "./region-population.service.js";
import { Region } from "./region.entity.js";
import { createRegionLoaders } from "./region.loaders.js";

export interface RegionFilter {
  parentCode?: string | null;
  level?: RegionLevel | null;
  search?: string | null;
  /** a region code: only that region and its subtree */
  within?: string | null;
}

const MAX_SEARCH_LENGTH = 32;

export class RegionService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createRegionLoaders);
  }

  /** Loads a region by code; malformed code → BAD_USER_INPUT, unknown → NOT_FOUND. */
  async require(code: string, field = "code"): Promise<Region> {
    const valid = assertRegionCode(code, field);
    const region = await this.loaders.byCode.load(valid);
    if (!region) throw notFound(`地区不存在：${excerpt(valid)}`);
    return region;
  }

  /** For a region named in an input (certify, apply…): unknown is the input's fault, so BAD_USER_INPUT on `field`. */
  async requireInput(code: string, field: string): Promise<Region> {
    const valid = assertRegionCode(code, field);
    const region = await this.loaders.byCode.load(valid);
    if (!region) throw badInput(`地区不存在：${excerpt(valid)}`, field);
    return region;
  }

  /** Ancestors root first, excluding the region itself. */
  async ancestors(region: Region): Promise<Region[]> {
    const found = await this.loaders.byCode.loadMany(ancestorCodeCandidates(region.code).reverse());
    return found.filter((r): r is Region => r instanceof Region);
  }

  async path(region: Region): Promise<string> {
    return [...(await this.ancestors(region)), region].map((r) => r.name).join(" / ");
  }

  /** The province's edit: own figure with provenance IMPORTED, ancestors re-derived; the change is an event (and so audited). */
  async setPopulation(code: string, population: number): Promise<Region> {
    const region = await this.require(code);
    const problem = populationProblem(population);
    if (problem) throw badInput(problem, "population");
    await this.rc.write((tx) => setPopulations(tx, [{ code: region.code, population }], "IMPORTED"));
    this.loaders.byCode.clearAll();
    return (await this.loaders.byCode.load(region.code))!;
  }

  async list(filter: RegionFilter, page: PageArgs): Promise<Connection<Region>> {
    const qb = this.rc.ds.getRepository(Region).createQueryBuilder("r");
    if (filter.parentCode) {
      const parent = await this.require(filter.parentCode, "parentCode");
      qb.andWhere("r.parent_code = :parent", { parent: parent.code });
    }
    if (filter.level) qb.andWhere("r.level = :level", { level: filter.level });
    if (filter.within) {
      // A range on the code (the materialized path), so the search below scans one subtree, not the province.
      const { low, high } = subtreeRange((await this.require(filter.within, "within")).code);
      qb.andWhere("r.code >= :withinLow AND r.code < :withinHigh", { withinLow: low, withinHigh: high });
    }
    const search = cleanText(filter.search, "search", "搜索词", MAX_SEARCH_LENGTH);
    if (search) {
      if (/^\d+$/.test(search)) {
        const { low, high } = subtreeRange(search);
        qb.andWhere("r.code >= :low AND r.code < :high", { low, high });
      } else {
        // '!' as the escape character: a backslash means different things in MariaDB and SQLite literals.
        qb.andWhere("r.name LIKE :pattern ESCAPE '!'", { pattern: `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%` });
      }
      // Broadest matches first: 金水区 before 金水路街道 before its villages.
      return paginate(
        qb,
        [
          { column: "r.depth", direction: "ASC", value: (r) => r.depth },
          { column: "r.code", direction: "ASC", value: (r) => r.code },
        ],
        page,
      );
    }
    return paginate(qb, [{ column: "r.code", direction: "ASC", value: (r) => r.code }], page);
  }
}
