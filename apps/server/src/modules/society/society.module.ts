import type { FeatureModule, NodeFetcher } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { CreateSocieties1764650000000 } from "./1764650000000-create-societies.js";
import { SocietyActivitiesResolver } from "./society-activities.resolver.js";
import { SocietyMemberResolver, SocietyPostResolver } from "./society-member.resolver.js";
import { SocietyMutationResolver } from "./society-mutation.resolver.js";
import { Society, SOCIETY_MEMBER_TYPE, SOCIETY_POST_TYPE, SOCIETY_TYPE, SocietyMember, SocietyPost } from "./society.entity.js";
import { SocietyResolver } from "./society.resolver.js";
import { SocietyService } from "./society.service.js";

/** node(id) fetchers: each applies the same visibility as the society queries (null when the caller may not see it). */
const fetcher =
  (find: (svc: SocietyService, id: number) => Promise<object | null>): NodeFetcher =>
  async (rc, key) => {
    const id = parseIntKey(key);
    return id === null ? null : find(new SocietyService(rc), id);
  };

export const societyModule: FeatureModule = {
  name: "society",
  resolvers: [SocietyResolver, SocietyMutationResolver, SocietyMemberResolver, SocietyPostResolver, SocietyActivitiesResolver],
  entities: [Society, SocietyMember, SocietyPost],
  migrations: [CreateSocieties1764650000000],
  nodes: {
    [SOCIETY_TYPE]: fetcher((svc, id) => svc.findVisible(id)),
    [SOCIETY_MEMBER_TYPE]: fetcher((svc, id) => svc.findVisibleMember(id)),
    [SOCIETY_POST_TYPE]: fetcher((svc, id) => svc.findVisiblePost(id)),
  },
};
